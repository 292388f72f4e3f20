// Path globs for [[per-file]] entries, matched with RE2: `*` within one path
// segment, `**` across segments, `?` one character, `[…]` a class, `{a,b}`
// alternatives. Paths use '/'.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>

namespace jxlint {

class Glob {
 public:
  // Throws std::invalid_argument for a malformed pattern.
  explicit Glob(std::string_view pattern);
  bool matches(std::string_view path) const;
  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
  std::unique_ptr<RE2> regex_;
};

}  // namespace jxlint
