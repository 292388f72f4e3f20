// A number as a table writes it in a figure cell: 96.30, 1,200.00, 98.00%,
// 9.8分. Self-evaluation and score tables are arithmetic on such cells, and
// their checks compare at the precision the cell shows: 98.00% is not
// 97.996%, but it is what 94.37 / 96.30 comes to at two decimals.
#pragma once

#include <optional>
#include <string_view>

namespace jxlint {

struct Figure {
  double value = 0;      // 98.00% → 98 (a percentage stays in percent)
  int decimals = 0;      // digits after the point as written: 98.00% → 2
  bool percent = false;  // written with %
};

// Parses a cell that holds one number and nothing else but a unit of money,
// points or percent (元, 万元, 分, %); thousands separators are allowed.
// nullopt for blank cells, stand-ins (—, /, 无) and anything else.
std::optional<Figure> parse_figure(std::string_view text);

// `value` rounded to `decimals` places, half away from zero.
double round_to(double value, int decimals);

// True when `written` (shown with `decimals` places) is what `exact` rounds
// to, give or take `slack` units in the last place (a rate rounded in steps).
bool matches_at_precision(double written, double exact, int decimals, int slack = 0);

// A number for a message, with at most `decimals` places and no trailing
// zeros: (9.8, 2) → "9.8", (100, 0) → "100", (97.996, 2) → "98".
std::string figure_text(double value, int decimals);
// The same with exactly `decimals` places, as a cell written to that
// precision shows it: (97.996, 2) → "98.00".
std::string fixed_text(double value, int decimals);

}  // namespace jxlint
