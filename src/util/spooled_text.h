// Text built piece by piece and written out once, at the end: kept in memory
// up to a threshold, then in an anonymous temporary file (std::tmpfile, gone
// when closed), so a report over thousands of files holds a few MiB, not its
// whole size. Without a usable temporary directory it stays in memory.
#pragma once

#include <cstdio>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace jxlint {

class SpooledText {
 public:
  explicit SpooledText(std::size_t threshold = 4u << 20) : threshold_(threshold) {}

  // The buffer to append to; call spill_if_large() after a piece is done.
  std::string& buffer() { return memory_; }
  void spill_if_large();
  // Writes everything appended so far to `out`, in order.
  void write_to(std::ostream& out);
  std::size_t size() const { return spilled_ + memory_.size(); }

 private:
  struct Close {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };
  std::size_t threshold_;
  std::string memory_;
  std::unique_ptr<std::FILE, Close> file_;
  std::size_t spilled_ = 0;
  bool file_failed_ = false;
};

}  // namespace jxlint
