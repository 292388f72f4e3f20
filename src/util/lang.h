// The language of everything jxlint says to people. Chinese by default: its
// users are finance clerks and reviewers.
#pragma once

#include <string>
#include <string_view>

namespace jxlint {

enum class Lang { zh, en };

// A message in both languages; `pick` chooses at the last moment.
struct Bilingual {
  std::string zh;
  std::string en;
  const std::string& pick(Lang lang) const { return lang == Lang::en ? en : zh; }
};

}  // namespace jxlint
