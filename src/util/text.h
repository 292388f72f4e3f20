// Unicode text helpers. Every fold goes through utf8proc (NFKC, case folding,
// general categories) so that no table of Unicode equivalences lives here.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jxlint::text {

// NFKC: full-width letters, digits and punctuation become their ASCII forms
// (`ＡＢＣ１２３％（）` → `ABC123%()`), compatibility ideographs are unified.
// Invalid UTF-8 is returned unchanged.
std::string nfkc(std::string_view s);
// nfkc()'s definition (utf8proc on the whole string); nfkc() takes a fast path
// when that gives the same and must always equal this.
std::string nfkc_reference(std::string_view s);

// The key under which two labels or two pieces of prose count as "the same":
// NFKC, case-folded, with every white space, control character and
// punctuation mark removed. Symbols (≥ ≤ + …) and letters are kept.
// `资金支出计划（%）` and `资金支出计划(%)` and `资金支出计 划` share one key.
std::string fold(std::string_view s);
// fold()'s definition, computed the slow way (utf8proc NFKC + case folding on
// the whole string); fold() takes a fast path when nothing in `s` changes
// under NFKC and must always equal this.
std::string fold_reference(std::string_view s);

// Leading and trailing white space removed (Unicode white space, including
// U+3000 IDEOGRAPHIC SPACE and NBSP).
std::string_view trim(std::string_view s);

// True when `s` holds nothing but white space.
bool is_blank(std::string_view s);

// Collapse each run of white space to one ASCII space and trim the ends; for
// quoting cell text on one line.
std::string one_line(std::string_view s);

// Shorten `s` to at most `max_chars` code points, ending with "…" when cut.
std::string ellipsize(std::string_view s, std::size_t max_chars);

// A few code points, looked up in a bitmap: built once (a function's static),
// asked about every character of every cell.
class CodePointSet {
 public:
  explicit CodePointSet(std::u32string_view marks);
  bool contains(char32_t cp) const { return cp < limit_ && (bits_[cp / 64] >> (cp % 64) & 1) != 0; }

 private:
  std::vector<std::uint64_t> bits_;
  char32_t limit_ = 0;  // every member is below it
};

// True when `s` holds any of the code points of `marks` (one pass over `s`):
// the cheap test that lets most cells skip a label's folding and matching.
bool holds_any_of(std::string_view s, const CodePointSet& marks);

// What next_code_point leaves to utf8proc.
char32_t next_code_point_other(std::string_view s, std::size_t& pos);

// Decode one code point at `pos`; advances `pos`. Returns U+FFFD on bad input.
// Inline for what cells are made of: ASCII and the three-byte sequences of
// CJK text; E0 (overlong forms), ED (surrogates) and everything else are left
// to utf8proc.
inline char32_t next_code_point(std::string_view s, std::size_t& pos) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char b0 = byte(pos);
  if (b0 < 0x80) {
    ++pos;
    return b0;
  }
  if (((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) && pos + 2 < s.size() &&
      (byte(pos + 1) & 0xC0) == 0x80 && (byte(pos + 2) & 0xC0) == 0x80) {
    char32_t cp = (static_cast<char32_t>(b0 & 0x0F) << 12) |
                  (static_cast<char32_t>(byte(pos + 1) & 0x3F) << 6) |
                  static_cast<char32_t>(byte(pos + 2) & 0x3F);
    pos += 3;
    return cp;
  }
  return next_code_point_other(s, pos);
}

// Encode one code point as UTF-8 and append it.
void append_utf8(std::string& out, char32_t cp);

// Number of code points.
std::size_t length(std::string_view s);

// Unicode white space (Z* categories, and the C0 controls \t \n \v \f \r).
bool is_space(char32_t cp);

// Replace invalid UTF-8 sequences by U+FFFD so that any text can be printed
// and serialised to JSON.
std::string valid_utf8(std::string_view s);

}  // namespace jxlint::text
