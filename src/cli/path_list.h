// Lists of paths to lint (--files-from, --files-from0 / -0): one path per
// line as editors and `find` write them, or NUL-separated as `find -print0`
// writes them. A list is read within limits, so that /dev/zero or a binary
// file given by mistake ends in a clear error instead of eating the memory.
#pragma once

#include <cstddef>
#include <istream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "util/lang.h"

namespace jxlint {

enum class PathListSeparator { line, nul };

struct PathListLimits {
  std::size_t max_entry_bytes = 64 * 1024;   // far beyond PATH_MAX (4096)
  std::size_t max_entries = 1'000'000;       // a review queue is thousands
  std::size_t max_total_bytes = 256u << 20;  // about 256 bytes per path
};

// Why a list cannot be used, in both languages; the CLI adds the list's name.
class PathListError : public std::runtime_error {
 public:
  explicit PathListError(Bilingual message)
      : std::runtime_error(message.en), message_(std::move(message)) {}
  const Bilingual& message() const { return message_; }

 private:
  Bilingual message_;
};

// Splits a list fed in pieces of any size. In a line list a UTF-8 byte order
// mark at the start (Windows Notepad writes one) and a '\r' before each
// '\n' are dropped, and lines that are blank are skipped; a NUL byte is an
// error (a -print0 list read as lines). In a NUL list entries are taken
// byte for byte, empty ones skipped.
class PathListParser {
 public:
  explicit PathListParser(PathListSeparator separator, PathListLimits limits = {})
      : separator_(separator), limits_(limits) {}
  void feed(std::string_view bytes);  // throws PathListError
  std::vector<std::string> finish();  // throws PathListError

 private:
  void end_entry();

  PathListSeparator separator_;
  PathListLimits limits_;
  std::vector<std::string> paths_;
  std::string entry_;
  std::size_t total_ = 0;
  bool at_start_ = true;
};

// The whole of `in` as a list; a read error is a PathListError.
std::vector<std::string> read_path_list(std::istream& in,
                                        PathListSeparator separator = PathListSeparator::line,
                                        const PathListLimits& limits = {});

// The list in the file `path` ("-": standard input); errors name the reason
// (a folder, permissions …) from errno.
std::vector<std::string> read_path_list_file(const std::string& path, PathListSeparator separator,
                                             const PathListLimits& limits = {});

}  // namespace jxlint
