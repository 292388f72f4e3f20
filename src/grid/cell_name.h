// A1 names of sheet cells ("F12"), for any layer that reports where a cell
// is: the sheet reader names its cells with them, and a grid cell read from a
// sheet names itself.
#pragma once

#include <string>

namespace jxlint {

// 1 → "A", 27 → "AA", 16384 → "XFD".
std::string column_name(int col);
// Row and column 1-based: (12, 6) → "F12".
std::string cell_name(int row, int col);

}  // namespace jxlint
