#include "cli/path_list.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>

#include "util/errno_text.h"

namespace jxlint {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_blank_line(const std::string& s) {
  return s.find_first_not_of(" \t") == std::string::npos;
}

PathListError read_error(int error) {
  return PathListError(Bilingual{errno_reason(error, Lang::zh), errno_reason(error, Lang::en)});
}

}  // namespace

void PathListParser::feed(std::string_view bytes) {
  total_ += bytes.size();
  if (total_ > limits_.max_total_bytes) {
    throw PathListError(
        Bilingual{fmt::format("清单超过 {} MiB：这不像是文件清单", limits_.max_total_bytes >> 20),
                  fmt::format("the list is over {} MiB: it does not look like a list of files",
                              limits_.max_total_bytes >> 20)});
  }
  const char separator = separator_ == PathListSeparator::nul ? '\0' : '\n';
  while (!bytes.empty()) {
    if (entry_.empty() && !at_start_) {
      // A run of separators ends only empty entries: skipped at once, so
      // that a stream of NULs (/dev/zero) costs no more than its reading.
      std::size_t next = bytes.find_first_not_of(separator);
      if (next == std::string_view::npos) break;
      bytes.remove_prefix(next);
    }
    std::size_t end = bytes.find(separator);
    std::string_view piece = bytes.substr(0, end);
    if (separator_ == PathListSeparator::line && piece.find('\0') != std::string_view::npos) {
      throw PathListError(
          Bilingual{"清单中有 NUL 字符：用 find -print0 生成的清单请用 --files-from0 或 -0 读取",
                    "the list holds NUL bytes: read a find -print0 list with --files-from0 or -0"});
    }
    if (entry_.size() + piece.size() > limits_.max_entry_bytes) {
      throw PathListError(Bilingual{
          fmt::format("清单中有一行超过 {} 字节：这不像是文件清单", limits_.max_entry_bytes),
          fmt::format("the list has an entry over {} bytes: it does not look like a list of files",
                      limits_.max_entry_bytes)});
    }
    entry_.append(piece);
    if (end == std::string_view::npos) break;
    end_entry();
    bytes.remove_prefix(end + 1);
  }
}

void PathListParser::end_entry() {
  if (at_start_) {
    at_start_ = false;
    if (std::string_view(entry_).substr(0, kByteOrderMark.size()) == kByteOrderMark)
      entry_.erase(0, kByteOrderMark.size());
  }
  if (separator_ == PathListSeparator::line && !entry_.empty() && entry_.back() == '\r')
    entry_.pop_back();
  bool skip = separator_ == PathListSeparator::line ? is_blank_line(entry_) : entry_.empty();
  if (!skip) {
    if (paths_.size() >= limits_.max_entries) {
      throw PathListError(
          Bilingual{fmt::format("清单中的路径超过 {} 个", limits_.max_entries),
                    fmt::format("the list names more than {} paths", limits_.max_entries)});
    }
    paths_.push_back(std::move(entry_));
  }
  entry_.clear();
}

std::vector<std::string> PathListParser::finish() {
  if (!entry_.empty() || at_start_) end_entry();
  return std::move(paths_);
}

std::vector<std::string> read_path_list(std::istream& in, PathListSeparator separator,
                                        const PathListLimits& limits) {
  PathListParser parser(separator, limits);
  std::array<char, 1 << 16> block;
  while (in) {
    in.read(block.data(), block.size());
    parser.feed(std::string_view(block.data(), static_cast<std::size_t>(in.gcount())));
  }
  if (in.bad()) throw read_error(EIO);
  return parser.finish();
}

std::vector<std::string> read_path_list_file(const std::string& path, PathListSeparator separator,
                                             const PathListLimits& limits) {
  bool standard_input = path == "-";
  int fd = standard_input ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw read_error(errno);
  struct Closer {
    int fd;
    bool owned;
    ~Closer() {
      if (owned) ::close(fd);
    }
  } closer{fd, !standard_input};
  PathListParser parser(separator, limits);
  std::array<char, 1 << 16> block;
  for (;;) {
    ssize_t n = ::read(fd, block.data(), block.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw read_error(errno);
    if (n == 0) break;
    parser.feed(std::string_view(block.data(), static_cast<std::size_t>(n)));
  }
  return parser.finish();
}

}  // namespace jxlint
