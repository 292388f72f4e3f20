#include "grid/grid.h"

#include <algorithm>

#include "util/text.h"

namespace jxlint {

bool Grid::row_is_blank(int r) const {
  for (int c = 0; c < cols_; ++c) {
    if (!text::is_blank(text(r, c))) return false;
  }
  return true;
}

void Grid::resize(int rows, int cols) {
  std::vector<Cell> cells(static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols));
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < cols; ++c) {
      Cell& cell = cells[static_cast<std::size_t>(r) * static_cast<std::size_t>(cols) +
                         static_cast<std::size_t>(c)];
      if (r < rows_ && c < cols_) {
        cell = std::move(at(r, c));
        // A merge cut by the resize falls back to its own anchor.
        if (cell.anchor_row >= rows || cell.anchor_col >= cols) {
          cell.anchor_row = r;
          cell.anchor_col = c;
        }
      } else {
        cell.anchor_row = r;
        cell.anchor_col = c;
      }
    }
  }
  rows_ = rows;
  cols_ = cols;
  cells_ = std::move(cells);
}

void Grid::keep_rows(int rows) {
  rows = std::clamp(rows, 0, rows_);
  // Cells are stored row by row: the kept rows are the front of the vector.
  cells_.resize(static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols_));
  rows_ = rows;
}

void Grid::merge(int r1, int c1, int r2, int c2) {
  r1 = std::max(r1, 0);
  c1 = std::max(c1, 0);
  r2 = std::min(r2, rows_ - 1);
  c2 = std::min(c2, cols_ - 1);
  if (r1 > r2 || c1 > c2) return;
  Cell& anchor_cell = at(r1, c1);
  // Overlapping merges: the first one to claim a position keeps it.
  if (!(anchor_cell.anchor_row == r1 && anchor_cell.anchor_col == c1)) return;
  for (int r = r1; r <= r2; ++r) {
    for (int c = c1; c <= c2; ++c) {
      if (r == r1 && c == c1) continue;
      Cell& covered = at(r, c);
      if (!(covered.anchor_row == r && covered.anchor_col == c)) continue;
      if (!text::is_blank(covered.text)) {
        if (!anchor_cell.text.empty()) anchor_cell.text += '\n';
        anchor_cell.text += covered.text;
      }
      covered.text.clear();
      covered.anchor_row = r1;
      covered.anchor_col = c1;
    }
  }
  anchor_cell.row_span = std::max(anchor_cell.row_span, r2 - r1 + 1);
  anchor_cell.col_span = std::max(anchor_cell.col_span, c2 - c1 + 1);
}

void Grid::append(const Grid& other) {
  // Cells are row-major: rows of the same width append to the vector, whose
  // growth is geometric, so a table continued 8,000 times costs linear time
  // (a full re-layout per part made it quadratic: 9 s for 8,000 parts). Only
  // a wider part re-lays the grid out, at most once per added column.
  if (other.cols_ > cols_) resize(rows_, other.cols_);
  int old_rows = rows_;
  cells_.resize(static_cast<std::size_t>(rows_ + other.rows_) * static_cast<std::size_t>(cols_));
  rows_ += other.rows_;
  for (int r = 0; r < other.rows_; ++r) {
    for (int c = 0; c < cols_; ++c) {
      Cell& cell = at(old_rows + r, c);
      if (c < other.cols_) {
        cell = other.at(r, c);
        cell.anchor_row += old_rows;
      } else {
        cell.anchor_row = old_rows + r;
        cell.anchor_col = c;
      }
    }
  }
}

void GridBuilder::begin_row() {
  budget_->check_table_rows(rows_.size() + 1);
  budget_->check_table_cells(rows_.size() + 1, static_cast<std::uint64_t>(width_));
  rows_.emplace_back();
  next_col_.push_back(0);
}

void GridBuilder::widen(long long n) {
  // In 64 bits: a span of INT_MAX on a wide row must not wrap.
  long long width = static_cast<long long>(next_col_.back()) + n;
  budget_->check_table_columns(static_cast<std::uint64_t>(width));
  if (width > width_) {
    budget_->check_table_cells(rows_.size(), static_cast<std::uint64_t>(width));
    width_ = static_cast<int>(width);
  }
}

void GridBuilder::skip_columns(long long n) {
  if (rows_.empty()) begin_row();
  if (n <= 0) return;
  widen(n);
  // One placeholder for the whole run: gridBefore="1000" is one entry, not 1000.
  rows_.back().push_back(
      PendingCell{"", next_col_.back(), static_cast<int>(n), VMerge::none, true});
  next_col_.back() += static_cast<int>(n);
}

void GridBuilder::add_cell(std::string text, long long col_span, VMerge vmerge,
                           bool hmerge_continue) {
  if (rows_.empty()) begin_row();
  col_span = std::max(col_span, 1LL);
  widen(col_span);
  int span = static_cast<int>(col_span);
  auto& row = rows_.back();
  if (hmerge_continue && !row.empty() && !row.back().placeholder) {
    // Legacy horizontal merge: widen the cell to the left.
    PendingCell& left = row.back();
    left.span += span;
    if (!text::is_blank(text)) left.text += text;
    next_col_.back() += span;
    return;
  }
  row.push_back(PendingCell{std::move(text), next_col_.back(), span, vmerge, false});
  next_col_.back() += span;
}

Grid GridBuilder::build() {
  int width = width_;
  budget_->add_cells(static_cast<std::uint64_t>(rows_.size()) * static_cast<std::uint64_t>(width));
  Grid grid(static_cast<int>(rows_.size()), width);
  for (int r = 0; r < static_cast<int>(rows_.size()); ++r) {
    for (PendingCell& pending : rows_[static_cast<std::size_t>(r)]) {
      if (pending.placeholder) continue;
      int c = pending.col;
      bool continues = pending.vmerge == VMerge::continue_above && r > 0;
      if (continues) {
        const Cell& above = grid.at(r - 1, c);
        const Cell& top = grid.at(above.anchor_row, above.anchor_col);
        // Only a cell with the same left edge and width continues the merge;
        // a misaligned one is malformed and stands on its own.
        continues = above.anchor_col == c && top.col_span == pending.span;
        if (continues) {
          // Grow the merge by this row only: re-merging the whole rectangle
          // would make a column merged over n rows cost n² (a 20 000-row
          // 一级 column is a real shape).
          Cell& anchor = grid.at(above.anchor_row, above.anchor_col);
          anchor.row_span = r - above.anchor_row + 1;
          for (int k = c; k < c + pending.span; ++k) {
            Cell& covered = grid.at(r, k);
            if (k == c && !text::is_blank(pending.text)) {
              if (!anchor.text.empty()) anchor.text += '\n';
              anchor.text += pending.text;
            }
            covered.anchor_row = above.anchor_row;
            covered.anchor_col = above.anchor_col;
          }
          continue;
        }
      }
      grid.at(r, c).text = std::move(pending.text);
      if (pending.span > 1) grid.merge(r, c, r, c + pending.span - 1);
    }
  }
  rows_.clear();
  next_col_.clear();
  width_ = 0;
  return grid;
}

}  // namespace jxlint
