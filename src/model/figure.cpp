#include "model/figure.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

#include "model/value.h"
#include "util/text.h"

namespace jxlint {

std::optional<Figure> parse_figure(std::string_view raw) {
  std::string s = text::nfkc(text::trim(raw));
  if (s.empty() || is_empty_marker(s)) return std::nullopt;
  Figure f;
  // A unit at the end: %, 分, 元, 万元.
  auto strip = [&](std::string_view suffix) {
    if (s.size() > suffix.size() && std::string_view(s).ends_with(suffix)) {
      s.resize(s.size() - suffix.size());
      while (!s.empty() && s.back() == ' ')
        s.pop_back();
      return true;
    }
    return false;
  };
  if (strip("%")) {
    f.percent = true;
  } else if (!strip("万元") && !strip("元")) {
    strip("分");
  }
  // Whole digits with the point dropped, then scaled: exact for what cells
  // hold, the same everywhere (no locale, and no from_chars for double,
  // which the browser build's libc++ lacks).
  bool negative = false;
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
  unsigned long long whole = 0;
  int digits = 0;
  bool seen_point = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      if (++digits > 18) return std::nullopt;
      whole = whole * 10 + static_cast<unsigned long long>(c - '0');
      if (seen_point) ++f.decimals;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else if (c == ',' && digits > 0 && !seen_point) {
      continue;  // thousands separator
    } else {
      return std::nullopt;
    }
  }
  if (digits == 0) return std::nullopt;
  double v = static_cast<double>(whole) / std::pow(10.0, f.decimals);
  f.value = negative ? -v : v;
  return f;
}

double round_to(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  return std::round(value * scale + (value >= 0 ? 1e-9 : -1e-9)) / scale;
}

bool matches_at_precision(double written, double exact, int decimals, int slack) {
  double unit = std::pow(10.0, -decimals);
  return std::fabs(written - round_to(exact, decimals)) <= unit * (slack + 0.001);
}

std::string fixed_text(double value, int decimals) {
  char buffer[64];
  int n = std::snprintf(buffer, sizeof buffer, "%.*f", decimals < 0 ? 0 : std::min(decimals, 6),
                        round_to(value, std::clamp(decimals, 0, 6)));
  std::string s(buffer, n > 0 ? static_cast<std::size_t>(n) : 0);
  if (s == "-0" || s.find_first_not_of("-0.") == std::string::npos) s.erase(0, s[0] == '-');
  return s;
}

std::string figure_text(double value, int decimals) {
  std::string s = fixed_text(value, decimals);
  if (s.find('.') != std::string::npos) {
    while (s.ends_with('0'))
      s.pop_back();
    if (s.ends_with('.')) s.pop_back();
  }
  if (s == "-0") s.assign(1, '0');  // not s = "0": GCC 12 warns falsely (-Wrestrict, PR 105329)
  return s;
}

}  // namespace jxlint
