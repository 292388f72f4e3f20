// Number formats, just far enough to show a cell as Excel shows it where that
// matters to a reviewer: percentages (0.3 in a "0%" cell reads "30%"), fixed
// decimals (96.3 in a "0.00" cell reads "96.30"), dates and times.
#pragma once

#include <string>
#include <string_view>

namespace jxlint::xlsx {

struct NumberFormat {
  enum class Kind { general, fixed, percent, scientific, date, time, datetime, text };
  Kind kind = Kind::general;
  int decimals = 0;
  bool thousands = false;
};

// The built-in formats (numFmtId < 164), including the CJK date formats.
NumberFormat builtin_format(int id);
// Classifies a format code such as `0.00%`, `yyyy"年"m"月"d"日"`, `#,##0.00_ `.
NumberFormat classify_format_code(std::string_view code);
// Shows a number as the format would.
std::string format_number(double value, const NumberFormat& format, bool date1904);
// A date serial as "2023-11-30" (and " 08:30:00" for times).
std::string format_date(double serial, bool date1904, bool with_date, bool with_time);

}  // namespace jxlint::xlsx
