#include "util/printable.h"

#include <fmt/format.h>

#include "util/text.h"

namespace jxlint {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

bool is_escaped(char32_t cp) {
  return (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

void append_ascii(std::string& out, unsigned char c) {
  switch (c) {
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default:
      if (c < 0x20 || c == 0x7F)
        out += fmt::format("\\x{:02x}", c);
      else
        out += static_cast<char>(c);
  }
}

}  // namespace

std::string printable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t pos = 0;
  while (pos < s.size()) {
    auto byte = static_cast<unsigned char>(s[pos]);
    if (byte < 0x80) {
      append_ascii(out, byte);
      ++pos;
      continue;
    }
    std::size_t start = pos;
    char32_t cp = text::next_code_point(s, pos);
    if (is_escaped(cp))
      out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(cp));
    else if (cp == 0xFFFD)
      out += kReplacement;  // an invalid byte, or U+FFFD itself
    else
      out.append(s.substr(start, pos - start));
  }
  return out;
}

bool is_valid_utf8(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    std::size_t start = pos;
    if (text::next_code_point(s, pos) == 0xFFFD && s.substr(start, pos - start) != kReplacement)
      return false;
  }
  return true;
}

}  // namespace jxlint
