#include "util/spooled_text.h"

#include <algorithm>
#include <vector>

namespace jxlint {

void SpooledText::spill_if_large() {
  if (memory_.size() < threshold_ || file_failed_) return;
  if (!file_) file_.reset(std::tmpfile());
  if (!file_ || std::fwrite(memory_.data(), 1, memory_.size(), file_.get()) != memory_.size()) {
    // A full or missing temporary directory: keep what was written (if
    // anything) and hold the rest in memory from now on.
    file_failed_ = true;
    return;
  }
  spilled_ += memory_.size();
  memory_.clear();
}

void SpooledText::write_to(std::ostream& out) {
  if (file_ && spilled_ > 0) {
    std::fflush(file_.get());
    std::rewind(file_.get());
    std::vector<char> block(1u << 16);
    std::size_t left = spilled_;
    while (left > 0) {
      std::size_t n = std::fread(block.data(), 1, std::min(block.size(), left), file_.get());
      if (n == 0) break;
      out.write(block.data(), static_cast<std::streamsize>(n));
      left -= n;
    }
  }
  out << memory_;
}

}  // namespace jxlint
