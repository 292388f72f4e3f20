#include "util/text.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

namespace jxlint::text {
namespace {

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

// Runs utf8proc_map with the given options; nullopt-like empty result on
// invalid input is signalled through `ok`.
std::string map(std::string_view s, int options, bool& ok) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                        static_cast<utf8proc_ssize_t>(s.size()), &out,
                        static_cast<utf8proc_option_t>(options));
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> guard(out);
  if (n < 0) {
    ok = false;
    return std::string(s);
  }
  ok = true;
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

// True when NFKC leaves this character alone whatever surrounds it: no
// decomposition, not a combining mark, no part in any composition.
// Hangul composes by algorithm, outside the property table: jamo and
// syllables (which take a trailing jamo) are never judged stable.
bool stable_under_nfkc(char32_t cp, const utf8proc_property_t* p) {
  // ≤ and ≥ (in most 指标值) start a composition only with U+0338 (≰ ≱), a
  // combining mark, which is never stable and so sends the whole text to the
  // slow path by itself: on their own they are stable.
  if (cp == 0x2264 || cp == 0x2265) return true;
  bool hangul = (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) ||
                (cp >= 0xAC00 && cp <= 0xD7FF);
  return !hangul && p->decomp_seqindex == UINT16_MAX && p->combining_class == 0 &&
         p->comb_index == UINT16_MAX;
}

bool is_punct_category(utf8proc_category_t c) {
  switch (c) {
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return true;
    default:
      return false;
  }
}

bool is_control_or_format(utf8proc_category_t c) {
  return c == UTF8PROC_CATEGORY_CC || c == UTF8PROC_CATEGORY_CF;
}

}  // namespace

CodePointSet::CodePointSet(std::u32string_view marks) {
  for (char32_t cp : marks)
    limit_ = std::max<char32_t>(limit_, cp + 1);
  bits_.assign(limit_ / 64 + 1, 0);
  for (char32_t cp : marks)
    bits_[cp / 64] |= std::uint64_t{1} << (cp % 64);
}

bool holds_any_of(std::string_view s, const CodePointSet& marks) {
  for (std::size_t i = 0; i < s.size();) {
    if (marks.contains(next_code_point(s, i))) return true;
  }
  return false;
}

char32_t next_code_point_other(std::string_view s, std::size_t& pos) {
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + pos),
                            static_cast<utf8proc_ssize_t>(s.size() - pos), &cp);
  if (n <= 0) {
    ++pos;
    return U'\uFFFD';
  }
  pos += static_cast<std::size_t>(n);
  return static_cast<char32_t>(cp);
}

void append_utf8(std::string& out, char32_t cp) {
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

bool is_space(char32_t cp) {
  if (cp == U'\t' || cp == U'\n' || cp == U'\v' || cp == U'\f' || cp == U'\r') return true;
  // Fast answers for what cells are made of, before asking utf8proc: ASCII
  // (only U+0020 is Zs there), the C1 controls (Cc), and the CJK ideographs
  // (Lo). Every other code point gets utf8proc's category.
  if (cp < 0xA0) return cp == U' ';
  if (cp >= 0x3400 && cp <= 0x9FFF) return false;
  auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

std::string nfkc_reference(std::string_view s) {
  bool ok = false;
  return map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT, ok);
}

std::string nfkc(std::string_view s) {
  // Fast path: nothing in s changes under NFKC but full-width ASCII (a fixed
  // offset) and U+3000 (a space). Unchanged runs are copied whole.
  std::string out;
  out.reserve(s.size());
  std::size_t run = 0;  // start of the unchanged bytes not yet copied
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    std::size_t start = pos;
    char32_t cp = next_code_point(s, pos);
    if (cp >= 0x4E00 && cp <= 0x9FFF) continue;
    char replacement;
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      replacement = static_cast<char>(cp - 0xFEE0);
    } else if (cp == 0x3000) {
      replacement = ' ';
    } else if (cp != 0xFFFD &&
               stable_under_nfkc(cp, utf8proc_get_property(static_cast<utf8proc_int32_t>(cp)))) {
      continue;
    } else {
      return nfkc_reference(s);
    }
    out.append(s.substr(run, start - run));
    out += replacement;
    run = pos;
  }
  out.append(s.substr(run));
  return out;
}

namespace {

// fold() without utf8proc_map when no character of `s` changes under NFKC
// and case folding (no decomposition, no case fold, no combining mark): the
// common case of Chinese text, ASCII digits and lower-case letters. Full-width
// ASCII (U+FF01–FF5E) maps to ASCII by a fixed offset, which is what NFKC
// does to it. Returns false to ask for the slow path.
// An ASCII character folded: lower case; letters, digits and the ASCII
// symbols (Sc, Sm, Sk) kept; punctuation, spaces and controls dropped (0).
char fold_ascii(unsigned char byte) {
  if ((byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9')) return static_cast<char>(byte);
  if (byte >= 'A' && byte <= 'Z') return static_cast<char>(byte - 'A' + 'a');
  switch (byte) {
    case '$':
    case '+':
    case '<':
    case '=':
    case '>':
    case '^':
    case '`':
    case '|':
    case '~':
      return static_cast<char>(byte);
    default:
      return 0;
  }
}

bool fold_fast(std::string_view s, std::string& out) {
  out.clear();
  out.reserve(s.size());
  std::size_t run = 0;  // start of the bytes kept as they are, not yet copied
  std::size_t pos = 0;
  // Ends the kept run before `start`; then appends `c` unless it is 0.
  auto change = [&](std::size_t start, char c) {
    out.append(s.substr(run, start - run));
    if (c != 0) out += c;
  };
  while (pos < s.size()) {
    std::size_t start = pos;
    auto byte = static_cast<unsigned char>(s[pos]);
    if (byte < 0x80) {
      ++pos;
      char folded = fold_ascii(byte);
      if (folded != static_cast<char>(byte)) {
        change(start, folded);
        run = pos;
      }
      continue;
    }
    char32_t cp = next_code_point(s, pos);
    if (cp >= 0x4E00 && cp <= 0x9FFF) continue;  // CJK unified ideographs: stable, no case
    if (cp >= 0xFF01 && cp <= 0xFF5E) {          // full-width ASCII: NFKC maps it to ASCII
      change(start, fold_ascii(static_cast<unsigned char>(cp - 0xFEE0)));
      run = pos;
      continue;
    }
    if (cp == 0x3000) {  // the ideographic space: NFKC makes it a space, which goes
      change(start, 0);
      run = pos;
      continue;
    }
    const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
    if (cp == 0xFFFD || !stable_under_nfkc(cp, p) || p->casefold_seqindex != UINT16_MAX)
      return false;
    auto c = static_cast<utf8proc_category_t>(p->category);
    if (is_space(cp) || is_punct_category(c) || is_control_or_format(c)) {
      change(start, 0);
      run = pos;
    }
  }
  out.append(s.substr(run));
  return true;
}

}  // namespace

std::string fold_reference(std::string_view s) {
  bool ok = false;
  std::string folded =
      map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD, ok);
  std::string out;
  out.reserve(folded.size());
  std::size_t pos = 0;
  while (pos < folded.size()) {
    char32_t cp = next_code_point(folded, pos);
    if (is_space(cp)) continue;
    auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    if (is_punct_category(c) || is_control_or_format(c)) continue;
    append_utf8(out, cp);
  }
  return out;
}

std::string fold(std::string_view s) {
  std::string out;
  if (fold_fast(s, out)) return out;
  return fold_reference(s);
}

namespace {

// Where the first character that trim() keeps starts; s.size() for none.
std::size_t first_kept(std::string_view s) {
  std::size_t begin = 0;
  while (begin < s.size()) {
    std::size_t next = begin;
    char32_t cp = next_code_point(s, next);
    if (!is_space(cp) && cp != U'\uFEFF') break;
    begin = next;
  }
  return begin;
}

}  // namespace

std::string_view trim(std::string_view s) {
  std::size_t begin = first_kept(s);
  std::size_t end = s.size();
  while (end > begin) {
    // Step back to the start of the previous code point.
    std::size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
      --start;
    std::size_t probe = start;
    char32_t cp = next_code_point(s, probe);
    if (!is_space(cp) && cp != U'\uFEFF') break;
    end = start;
  }
  return s.substr(begin, end - begin);
}

bool is_blank(std::string_view s) {
  // trim(s).empty() without trim's scan from the back: most cells are not
  // blank, and their first character says so.
  return first_kept(s) == s.size();
}

std::string one_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < s.size()) {
    char32_t cp = next_code_point(s, pos);
    if (is_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    append_utf8(out, cp);
  }
  return out;
}

std::size_t length(std::string_view s) {
  std::size_t n = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    next_code_point(s, pos);
    ++n;
  }
  return n;
}

namespace {

bool opens(char32_t c) {
  return c == U'(' || c == U'（' || c == U'【' || c == U'[' || c == U'《' || c == U'〔' ||
         c == U'「' || c == U'“' || c == U'［';
}
bool closes(char32_t c) {
  return c == U')' || c == U'）' || c == U'】' || c == U']' || c == U'》' || c == U'〕' ||
         c == U'」' || c == U'”' || c == U'］';
}
bool word_char(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
         c == U'.' || c == U'%';
}

}  // namespace

std::string ellipsize(std::string_view s, std::size_t max_chars) {
  // Where each kept code point starts, to step back to a boundary.
  std::vector<std::size_t> starts;
  std::vector<char32_t> points;
  std::size_t pos = 0;
  while (pos < s.size() && points.size() < max_chars) {
    starts.push_back(pos);
    points.push_back(next_code_point(s, pos));
  }
  if (pos >= s.size()) return std::string(s);
  // Never cut inside brackets (承财行【2022】73号) or a number or word: end
  // before the bracket or the run instead, as long as half the room is kept.
  std::size_t keep = points.size();
  std::size_t open_at = keep;
  int depth = 0;
  for (std::size_t i = 0; i < keep; ++i) {
    if (opens(points[i])) {
      if (depth++ == 0) open_at = i;
    } else if (closes(points[i]) && depth > 0) {
      --depth;
    }
  }
  std::size_t cut = keep;
  if (depth > 0) {
    cut = open_at;
  } else {
    std::size_t next = pos;
    char32_t after = next_code_point(s, next);
    while (cut > 0 && word_char(points[cut - 1]) && word_char(after))
      --cut;
  }
  if (cut * 2 < keep) cut = keep;
  std::size_t end = cut < keep ? starts[cut] : pos;
  std::string out(trim(s.substr(0, end)));
  out += "…";
  return out;
}

std::string valid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t start = pos;
    char32_t cp = next_code_point(s, pos);
    if (cp == U'\uFFFD' && pos - start == 1 && static_cast<unsigned char>(s[start]) >= 0x80) {
      out += "\xEF\xBF\xBD";
      continue;
    }
    out.append(s.substr(start, pos - start));
  }
  return out;
}

}  // namespace jxlint::text
