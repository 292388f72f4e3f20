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

#include "xml/attribute_guard.h"

struct zip;
struct zip_source;
struct zip_file;

namespace jxlint {

struct ZipLimits {
  std::uint64_t max_entries = 10'000;
  std::uint64_t max_part_bytes = 512ull << 20;     // one part, inflated
  std::uint64_t max_total_bytes = 1ull << 30;      // all parts read from one file, inflated
  double max_inflate_ratio = 100.0;                // inflated / compressed …
  std::uint64_t ratio_grace_bytes = 100ull << 10;  // … checked once a part passes 100 KiB
  // Not the zip's own: handed on to the XML reader of every part (PartReader),
  // which is always opened from the archive.
  std::size_t max_xml_attributes = kDefaultMaxAttributes;
};

class ZipArchive {
 public:
  class Entry;

  // Throws InputError (zip-corrupt, zip-limit, zip-duplicate-entry …).
  ZipArchive(const std::string& path, const ZipLimits& limits);
  // Over bytes in memory, which must outlive the archive.
  ZipArchive(std::string_view bytes, const ZipLimits& limits);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // OOXML part names compare case-insensitively; a leading '/' is ignored.
  std::optional<std::uint64_t> locate(std::string_view part_name) const;
  bool has(std::string_view part_name) const { return locate(part_name).has_value(); }
  const std::string& name(std::uint64_t index) const { return names_[index]; }
  std::size_t size() const { return names_.size(); }
  const ZipLimits& limits() const { return limits_; }

  // A stream over one entry; throws InputError on encrypted entries, unknown
  // compression methods and broken data.
  std::unique_ptr<Entry> open(std::uint64_t index);
  // The whole entry (for small parts such as relationships); limits apply.
  std::string read_all(std::uint64_t index);

 private:
  friend class Entry;
  void open_source(::zip_source* source);
  zip* archive_ = nullptr;
  ZipLimits limits_;
  std::uint64_t total_inflated_ = 0;
  std::vector<std::string> names_;
  std::unordered_map<std::string, std::uint64_t> by_folded_name_;
};

// One part's bytes. Deflated parts (all of OOXML in practice) are inflated
// here with zlib from libzip's raw compressed stream, so that the inflate
// ratio is measured against the compressed bytes actually consumed, as it
// goes (a bomb stops after its first 100 KiB, not after 100× its size), and
// the CRC and size are checked against the central directory at the end.
// Other methods go through libzip's own decompression.
class ZipArchive::Entry {
 public:
  struct Info {
    std::uint16_t method = 0;
    std::uint64_t compressed_size = 0;
    std::uint64_t size = 0;  // declared in the central directory: checked, never trusted
    std::uint32_t crc = 0;
    bool has_crc = false;
  };
  Entry(ZipArchive& owner, std::uint64_t index, zip_file* file, const Info& info);
  ~Entry();
  Entry(const Entry&) = delete;
  Entry& operator=(const Entry&) = delete;

  // Reads up to `n` bytes; 0 at the end. Throws InputError.
  std::size_t read(char* buf, std::size_t n);
  const std::string& name() const { return owner_.names_[index_]; }

 private:
  std::size_t inflate_into(char* buf, std::size_t n);
  void account(std::size_t produced);
  void check_end();
  [[noreturn]] void damaged(const std::string& zh, const std::string& en) const;

  ZipArchive& owner_;
  std::uint64_t index_;
  zip_file* file_;
  Info info_;
  std::uint64_t inflated_ = 0;
  std::uint64_t consumed_ = 0;     // compressed bytes read from the archive so far
  std::uint64_t consumed_in_ = 0;  // … of which zlib has used
  std::uint32_t crc_ = 0;
  bool deflate_ = false;
  bool input_done_ = false;
  bool stream_done_ = false;
  struct Inflater;
  std::unique_ptr<Inflater> inflater_;
};

}  // namespace jxlint
