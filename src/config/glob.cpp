#include "config/glob.h"

#include <stdexcept>

namespace jxlint {

Glob::Glob(std::string_view pattern) : pattern_(pattern) {
  std::string re = "^";
  int braces = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '*') {
      if (i + 1 < pattern.size() && pattern[i + 1] == '*') {
        ++i;
        // "**/" matches zero or more whole segments.
        if (i + 1 < pattern.size() && pattern[i + 1] == '/') {
          ++i;
          re += "(?:.*/)?";
        } else {
          re += ".*";
        }
      } else {
        re += "[^/]*";
      }
    } else if (c == '?') {
      re += "[^/]";
    } else if (c == '[') {
      auto close = pattern.find(']', i + 1);
      if (close == std::string_view::npos) throw std::invalid_argument("unclosed [ in glob");
      std::string cls(pattern.substr(i + 1, close - i - 1));
      if (!cls.empty() && cls[0] == '!') cls[0] = '^';
      re += "[" + cls + "]";
      i = close;
    } else if (c == '{') {
      ++braces;
      re += "(?:";
    } else if (c == '}' && braces > 0) {
      --braces;
      re += ")";
    } else if (c == ',' && braces > 0) {
      re += "|";
    } else {
      re += RE2::QuoteMeta(std::string(1, c));
    }
  }
  if (braces != 0) throw std::invalid_argument("unclosed { in glob");
  re += "$";
  regex_ = std::make_unique<RE2>(re, RE2::Quiet);
  if (!regex_->ok()) throw std::invalid_argument(regex_->error());
}

bool Glob::matches(std::string_view path) const {
  return RE2::FullMatch(path, *regex_);
}

}  // namespace jxlint
