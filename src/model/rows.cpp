#include "model/rows.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "util/text.h"

namespace jxlint {

std::vector<RowCell> row_cells(const Grid& g, int r) {
  std::vector<RowCell> out;
  out.reserve(static_cast<std::size_t>(g.cols()));  // one allocation per row, not log₂(cols)
  for (int c = 0; c < g.cols(); ++c) {
    const Cell& cell = g.at(r, c);
    if (!out.empty() && c > 0) {
      const Cell& left = g.at(r, c - 1);
      if (left.anchor_row == cell.anchor_row && left.anchor_col == cell.anchor_col) continue;
    }
    out.push_back(RowCell{c, cell.anchor_row, g.text(r, c)});
  }
  return out;
}

std::vector<RowCell> non_blank(const std::vector<RowCell>& cells) {
  std::vector<RowCell> out;
  out.reserve(cells.size());
  for (const auto& c : cells) {
    if (!text::is_blank(c.text)) out.push_back(c);
  }
  return out;
}

Field field_at(const Grid& g, int r, int c) {
  Field f;
  if (!g.contains(r, c)) return f;
  f.text = std::string(text::trim(g.text(r, c)));
  f.row = r;
  f.col = g.at(r, c).anchor_col;
  return f;
}

namespace {

// A cell of row r of a grid, made a cell of its slice [begin, end): a merge
// reaching in from above is cut (its cells stand alone, the slice's first row
// keeping `text_above`), one reaching below ends with the slice.
Cell sliced_cell(Cell cell, int r, int c, int begin, int end, const std::string& text_above) {
  if (cell.anchor_row < begin) {
    cell.text = r == begin && cell.anchor_col == c ? text_above : std::string();
    cell.anchor_row = r;
    cell.anchor_col = c;
    cell.row_span = 1;
    cell.col_span = 1;
  }
  cell.anchor_row -= begin;
  if (cell.anchor_row == r - begin && cell.anchor_col == c)
    cell.row_span = std::min(cell.row_span, end - r);
  return cell;
}

}  // namespace

Grid slice(const Grid& g, int begin, int end) {
  Grid out(end - begin, g.cols());
  for (int r = begin; r < end; ++r) {
    for (int c = 0; c < g.cols(); ++c) {
      out.at(r - begin, c) = sliced_cell(g.at(r, c), r, c, begin, end, g.anchor(r, c).text);
    }
  }
  return out;
}

Grid slice(Grid&& g, int begin, int end) {
  // The texts of merges cut at the top, copied first so that the moves
  // below need no ordering around their anchors above the slice.
  std::vector<std::string> above(static_cast<std::size_t>(g.cols()));
  for (int c = 0; c < g.cols() && begin < end; ++c) {
    const Cell& cell = g.at(begin, c);
    if (cell.anchor_row < begin && cell.anchor_col == c)
      above[static_cast<std::size_t>(c)] = g.anchor(begin, c).text;
  }
  // Row r moves to row r - begin: rows already moved, or above the slice.
  for (int r = begin; r < end; ++r) {
    for (int c = 0; c < g.cols(); ++c) {
      g.at(r - begin, c) =
          sliced_cell(std::move(g.at(r, c)), r, c, begin, end, above[static_cast<std::size_t>(c)]);
    }
  }
  g.keep_rows(end - begin);
  return std::move(g);
}

}  // namespace jxlint
