// A1-style cell references: "AB12" ↔ (row 12, column 28), 1-based, within
// Excel's limits (1 048 576 rows, 16 384 columns = XFD).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "grid/cell_name.h"

namespace jxlint::xlsx {

inline constexpr int kMaxRows = 1'048'576;
inline constexpr int kMaxCols = 16'384;

struct CellRef {
  int row = 0;  // 1-based
  int col = 0;  // 1-based
};

struct RangeRef {
  CellRef first;
  CellRef last;
};

// Parses "A1" or "$A$1"; nullopt when malformed or outside Excel's limits
// ("A0", "XFD1048577", "XFE1").
std::optional<CellRef> parse_cell_ref(std::string_view s);
// Parses "A1:B2" (or a single cell); the corners are ordered.
std::optional<RangeRef> parse_range_ref(std::string_view s);
// "AB" for column 28, "AB12": the grid's names (grid/cell_name.h).
using jxlint::cell_name;
using jxlint::column_name;

}  // namespace jxlint::xlsx
