// The progress line on stderr while a large batch runs:
//   已检查 120/2000 个文件（每秒 35 个，预计还需 54 秒）
// redrawn in place with '\r', and erased before anything else is printed so
// that it never mixes with findings.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>

#include "util/lang.h"

namespace jxlint {

class ProgressLine {
 public:
  ProgressLine(std::ostream& out, std::size_t total, Lang lang);
  void update(std::size_t done);
  // Erases the line if one is showing.
  void clear();

 private:
  std::ostream& out_;
  std::size_t total_;
  Lang lang_;
  std::chrono::steady_clock::time_point start_;
  bool showing_ = false;
};

// "54 秒", "3 分 20 秒", "1 小时 5 分" (or the English).
std::string format_duration(double seconds, Lang lang);

}  // namespace jxlint
