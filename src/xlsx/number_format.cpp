#include "xlsx/number_format.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>

namespace jxlint::xlsx {
namespace {

// Days since 1970-01-01 → civil date (proleptic Gregorian).
void civil_from_days(long long z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long year = static_cast<long long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<int>(year + (m <= 2));
}

std::string with_thousands(const std::string& digits) {
  // digits: optional '-', integer part, optional fraction.
  std::size_t start = digits[0] == '-' ? 1 : 0;
  std::size_t end = digits.find('.');
  if (end == std::string::npos) end = digits.size();
  std::string out = digits.substr(0, start);
  for (std::size_t i = start; i < end; ++i) {
    if (i > start && (end - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  out += digits.substr(end);
  return out;
}

// Rounds half away from zero at `decimals` places, as Excel does, judging
// the half on the value's 15 significant digits (2.675 is 2.68, not 2.67).
double excel_round(double v, int decimals) {
  double scale = std::pow(10.0, decimals);
  double scaled = std::strtod(fmt::format("{:.15g}", v * scale).c_str(), nullptr);
  return std::round(scaled) / scale;
}

std::string general(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return fmt::format("{:.0f}", v);
  return fmt::format("{:.15g}", v);
}

}  // namespace

NumberFormat builtin_format(int id) {
  using K = NumberFormat::Kind;
  switch (id) {
    case 1:
      return {K::fixed, 0, false};
    case 2:
      return {K::fixed, 2, false};
    case 3:
      return {K::fixed, 0, true};
    case 4:
      return {K::fixed, 2, true};
    case 5:
    case 6:
    case 37:
    case 38:
      return {K::fixed, 0, true};
    case 7:
    case 8:
    case 39:
    case 40:
      return {K::fixed, 2, true};
    case 9:
      return {K::percent, 0, false};
    case 10:
      return {K::percent, 2, false};
    case 11:
    case 48:
      return {K::scientific, 2, false};
    case 14:
    case 15:
    case 16:
    case 17:
    case 27:
    case 28:
    case 29:
    case 30:
    case 31:
    case 36:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 57:
    case 58:
      return {K::date, 0, false};
    case 18:
    case 19:
    case 20:
    case 21:
    case 32:
    case 33:
    case 34:
    case 35:
    case 45:
    case 46:
    case 47:
    case 55:
    case 56:
      return {K::time, 0, false};
    case 22:
      return {K::datetime, 0, false};
    case 49:
      return {K::text, 0, false};
    default:
      return {K::general, 0, false};
  }
}

NumberFormat classify_format_code(std::string_view code) {
  using K = NumberFormat::Kind;
  // The first section (positive numbers) without literals, escapes and [..]
  // modifiers; elapsed-time brackets ([h], [mm]) count as time.
  std::string bare;
  bool elapsed_time = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == ';') break;
    if (c == '"') {
      auto close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is a literal or padding
    } else if (c == '[') {
      auto close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      std::string_view inside = code.substr(i + 1, close - i - 1);
      if (!inside.empty() && (inside[0] == 'h' || inside[0] == 'H' || inside[0] == 'm' ||
                              inside[0] == 'M' || inside[0] == 's' || inside[0] == 'S')) {
        elapsed_time = true;
      }
      i = close;
    } else {
      bare += c;
    }
  }
  if (bare == "General" || bare == "general" || bare.empty()) return {K::general, 0, false};
  if (bare.find('@') != std::string::npos) return {K::text, 0, false};
  bool has_date = false, has_time = elapsed_time;
  for (char c : bare) {
    char l = static_cast<char>(c | 0x20);
    if (l == 'y' || l == 'd' || l == 'e') has_date = true;
    if (l == 'h' || l == 's') has_time = true;
  }
  // 'm' is a month next to dates and a minute next to times.
  if (!has_date && !has_time && bare.find_first_of("mM") != std::string::npos) has_date = true;
  if (has_date || has_time)
    return {has_date && has_time ? K::datetime : has_date ? K::date : K::time, 0, false};

  int decimals = 0;
  if (auto dot = bare.find('.'); dot != std::string::npos) {
    for (std::size_t i = dot + 1;
         i < bare.size() && (bare[i] == '0' || bare[i] == '#' || bare[i] == '?'); ++i) {
      ++decimals;
    }
  }
  if (bare.find('%') != std::string::npos) return {K::percent, decimals, false};
  if (bare.find("E+") != std::string::npos || bare.find("E-") != std::string::npos ||
      bare.find("e+") != std::string::npos) {
    return {K::scientific, decimals, false};
  }
  if (bare.find_first_of("0#?") != std::string::npos)
    return {K::fixed, decimals, bare.find(',') != std::string::npos};
  return {K::general, 0, false};
}

std::string format_date(double serial, bool date1904, bool with_date, bool with_time) {
  double day = std::floor(serial);
  double fraction = serial - day;
  long long days = static_cast<long long>(day);
  // Days since 1970-01-01. The 1904 system counts from 1904-01-01 (serial
  // 0); the 1900 system from 1900-01-01 (serial 1) and also counts a
  // 29 February 1900 that never was (serial 60), so later serials are one off.
  long long unix_days = date1904 ? days - 24107 : (days > 60 ? days - 25569 : days - 25568);
  int y = 0;
  unsigned m = 0, d = 0;
  civil_from_days(unix_days, y, m, d);
  std::string out;
  if (with_date) out = fmt::format("{:04}-{:02}-{:02}", y, m, d);
  if (with_time) {
    long long seconds = std::llround(fraction * 86400.0);
    if (seconds >= 86400) seconds = 86399;
    if (!out.empty()) out += ' ';
    out += fmt::format("{:02}:{:02}:{:02}", seconds / 3600, (seconds / 60) % 60, seconds % 60);
  }
  return out;
}

std::string format_number(double v, const NumberFormat& f, bool date1904) {
  using K = NumberFormat::Kind;
  if (!std::isfinite(v)) return general(v);
  switch (f.kind) {
    case K::general:
    case K::text:
      return general(v);
    case K::fixed: {
      std::string s = fmt::format("{:.{}f}", excel_round(v, f.decimals), f.decimals);
      return f.thousands ? with_thousands(s) : s;
    }
    case K::percent:
      return fmt::format("{:.{}f}%", excel_round(v * 100.0, f.decimals), f.decimals);
    case K::scientific:
      return fmt::format("{:.{}E}", v, f.decimals);
    case K::date:
      // Serials outside Excel's calendar (before 1900, after 9999) are not dates.
      if (v < 0 || v > 2958465) return general(v);
      return format_date(v, date1904, true, false);
    case K::time:
      if (v < 0 || v > 2958465) return general(v);
      return format_date(v, date1904, false, true);
    case K::datetime:
      if (v < 0 || v > 2958465) return general(v);
      return format_date(v, date1904, true, true);
  }
  return general(v);
}

}  // namespace jxlint::xlsx
