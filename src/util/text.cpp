#include "util/text.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

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

char32_t next_code_point(std::string_view s, std::size_t& pos) {
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
  auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

std::string nfkc(std::string_view s) {
  bool ok = false;
  return map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT, ok);
}

std::string fold(std::string_view s) {
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

std::string_view trim(std::string_view s) {
  std::size_t begin = 0;
  while (begin < s.size()) {
    std::size_t next = begin;
    char32_t cp = next_code_point(s, next);
    if (!is_space(cp) && cp != U'\uFEFF') break;
    begin = next;
  }
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
  return trim(s).empty();
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

std::string ellipsize(std::string_view s, std::size_t max_chars) {
  std::size_t pos = 0;
  std::size_t count = 0;
  while (pos < s.size() && count < max_chars) {
    next_code_point(s, pos);
    ++count;
  }
  if (pos >= s.size()) return std::string(s);
  std::string out(s.substr(0, pos));
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
