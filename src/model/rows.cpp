#include "model/rows.h"

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

Grid slice(const Grid& g, int begin, int end) {
  Grid out(end - begin, g.cols());
  for (int r = begin; r < end; ++r) {
    for (int c = 0; c < g.cols(); ++c) {
      Cell cell = g.at(r, c);
      if (cell.anchor_row < begin) {
        cell.text = r == begin && cell.anchor_col == c ? g.anchor(r, c).text : std::string();
        cell.anchor_row = r;
        cell.anchor_col = c;
        cell.row_span = 1;
        cell.col_span = 1;
      }
      cell.anchor_row -= begin;
      // A merge reaching below the slice ends with it.
      if (cell.anchor_row == r - begin && cell.anchor_col == c)
        cell.row_span = std::min(cell.row_span, end - r);
      out.at(r - begin, c) = std::move(cell);
    }
  }
  return out;
}

}  // namespace jxlint
