// Reading a grid row by row as people see it: each merged cell once, with
// its text. Shared by the segmenter, the classifier and the builders.
#pragma once

#include <string_view>
#include <vector>

#include "grid/grid.h"
#include "model/table.h"

namespace jxlint {

// One distinct cell of a row: the merge anchor covering grid column `col`
// (the leftmost column it covers in this row) and its text.
struct RowCell {
  int col = 0;         // first grid column of this cell in the row
  int anchor_row = 0;  // where its text lives
  std::string_view text;
};

// The distinct merge anchors of row r, left to right.
std::vector<RowCell> row_cells(const Grid& g, int r);
// The non-blank ones among them.
std::vector<RowCell> non_blank(const std::vector<RowCell>& cells);
// The cell at (r, c) as a Field: its anchor's text, trimmed, at (r, anchor column).
Field field_at(const Grid& g, int r, int c);

// A copy of rows [begin, end) of a grid. A merge reaching in from above the
// slice is cut: its cells stand alone, the first row keeping the text.
Grid slice(const Grid& g, int begin, int end);
// The same from a grid that is done with otherwise: its cells are moved into
// place, not copied (a 20,000-row sheet's cells and texts are not made twice).
Grid slice(Grid&& g, int begin, int end);

inline bool contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

}  // namespace jxlint
