// The bytes of one input, from a path or from memory (fuzzers, tests). The
// readers ask it for the head (to tell what the file is), for bounded reads
// at an offset (the OLE directory) and for the zip archive.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "package/zip_archive.h"

namespace jxlint {

class InputFile {
 public:
  // A file on disk; nothing is read until asked. Throws InputError when the
  // path is missing, a directory, or cannot be opened.
  static InputFile from_path(const std::string& path);
  // Bytes in memory; they must outlive the InputFile and its archives.
  static InputFile from_memory(std::string_view bytes, std::string name);

  const std::string& name() const { return name_; }
  std::uint64_t size() const { return size_; }
  // Up to n bytes at offset (fewer at the end); false when unreadable.
  bool read_at(std::uint64_t offset, std::size_t n, std::string& out) const;
  std::string head(std::size_t n) const;
  // The zip archive over these bytes. Throws InputError.
  std::unique_ptr<ZipArchive> open_zip(const ZipLimits& limits) const;

 private:
  std::string name_;
  std::string path_;        // set for files
  std::string_view bytes_;  // set for memory
  std::uint64_t size_ = 0;
  bool in_memory_ = false;
};

}  // namespace jxlint
