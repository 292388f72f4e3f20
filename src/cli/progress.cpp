#include "cli/progress.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace jxlint {

ProgressLine::ProgressLine(std::ostream& out, std::size_t total, Lang lang)
    : out_(out), total_(total), lang_(lang), start_(std::chrono::steady_clock::now()) {}

std::string format_duration(double seconds, Lang lang) {
  long s = std::lround(std::max(0.0, seconds));
  bool en = lang == Lang::en;
  if (s < 60) return fmt::format(fmt::runtime(en ? "{} s" : "{} 秒"), s);
  if (s < 3600)
    return fmt::format(fmt::runtime(en ? "{} min {} s" : "{} 分 {} 秒"), s / 60, s % 60);
  return fmt::format(fmt::runtime(en ? "{} h {} min" : "{} 小时 {} 分"), s / 3600, s % 3600 / 60);
}

void ProgressLine::update(std::size_t done) {
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::string line;
  bool en = lang_ == Lang::en;
  if (done == 0 || elapsed <= 0) {
    line =
        fmt::format(fmt::runtime(en ? "checked {}/{} files" : "已检查 {}/{} 个文件"), done, total_);
  } else {
    double rate = static_cast<double>(done) / elapsed;
    double left = static_cast<double>(total_ - done) / rate;
    line = fmt::format(fmt::runtime(en ? "checked {}/{} files ({:.0f} files/s, about {} left)"
                                       : "已检查 {}/{} 个文件（每秒 {:.0f} 个，预计还需 {}）"),
                       done, total_, rate, format_duration(left, lang_));
  }
  // "\x1b[K" erases what a longer previous line left to the right.
  out_ << '\r' << line << "\x1b[K" << std::flush;
  showing_ = true;
}

void ProgressLine::clear() {
  if (!showing_) return;
  out_ << "\r\x1b[K" << std::flush;
  showing_ = false;
}

}  // namespace jxlint
