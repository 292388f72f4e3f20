// A read-only OOXML container over libzip. Entries are streamed through
// zip_fread and every limit counts bytes actually inflated: sizes written in
// the zip's headers are never trusted (in the spirit of Apache POI's
// ZipSecureFile).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct zip;
struct zip_file;

namespace jxlint {

struct ZipLimits {
  std::uint64_t max_entries = 10'000;
  std::uint64_t max_part_bytes = 512ull << 20;     // one part, inflated
  std::uint64_t max_total_bytes = 1ull << 30;      // all parts read from one file, inflated
  double max_inflate_ratio = 100.0;                // inflated / compressed …
  std::uint64_t ratio_grace_bytes = 100ull << 10;  // … checked once a part passes 100 KiB
};

class ZipArchive {
 public:
  class Entry;

  // Throws InputError (zip-corrupt, zip-limit, zip-duplicate-entry …).
  ZipArchive(const std::string& path, const ZipLimits& limits);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // OOXML part names compare case-insensitively; a leading '/' is ignored.
  std::optional<std::uint64_t> locate(std::string_view part_name) const;
  bool has(std::string_view part_name) const { return locate(part_name).has_value(); }
  const std::string& name(std::uint64_t index) const { return names_[index]; }
  std::size_t size() const { return names_.size(); }

  // A stream over one entry; throws InputError on encrypted entries, unknown
  // compression methods and broken data.
  std::unique_ptr<Entry> open(std::uint64_t index);
  // The whole entry (for small parts such as relationships); limits apply.
  std::string read_all(std::uint64_t index);

 private:
  friend class Entry;
  zip* archive_ = nullptr;
  ZipLimits limits_;
  std::uint64_t total_inflated_ = 0;
  std::vector<std::string> names_;
  std::unordered_map<std::string, std::uint64_t> by_folded_name_;
};

class ZipArchive::Entry {
 public:
  Entry(ZipArchive& owner, std::uint64_t index, zip_file* file, std::uint64_t compressed_size);
  ~Entry();
  Entry(const Entry&) = delete;
  Entry& operator=(const Entry&) = delete;

  // Reads up to `n` bytes; 0 at the end. Throws InputError.
  std::size_t read(char* buf, std::size_t n);
  const std::string& name() const { return owner_.names_[index_]; }

 private:
  ZipArchive& owner_;
  std::uint64_t index_;
  zip_file* file_;
  std::uint64_t compressed_size_;
  std::uint64_t inflated_ = 0;
};

}  // namespace jxlint
