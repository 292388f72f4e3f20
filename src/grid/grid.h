// A table as rows × columns of cells, whatever it was read from. A position
// covered by a merge (w:gridSpan, w:vMerge, <mergeCell>) resolves to the
// merge's anchor cell, so every row of an indicator table knows its 一级 and
// 二级 even where the document shows them once for several rows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "grid/cell_name.h"
#include "grid/work_budget.h"

namespace jxlint {

struct Cell {
  std::string text;
  int anchor_row = 0;  // position of the merge anchor that covers this cell
  int anchor_col = 0;  // (equal to the cell's own position for an anchor)
  int row_span = 1;    // on an anchor: how many rows and columns it covers
  int col_span = 1;
  // Where a sheet has the cell (1-based; 0 when the grid is not a sheet's):
  // two ints rather than the name itself, which would double a large
  // table's grid.
  int sheet_row = 0;
  int sheet_col = 0;
  // The source's own name for the cell, e.g. "F12" in a sheet; "" elsewhere.
  std::string ref() const {
    return sheet_row > 0 ? cell_name(sheet_row, sheet_col) : std::string();
  }
};

class Grid {
 public:
  Grid() = default;
  Grid(int rows, int cols) { resize(rows, cols); }

  int rows() const { return rows_; }
  int cols() const { return cols_; }
  bool contains(int r, int c) const { return r >= 0 && c >= 0 && r < rows_ && c < cols_; }

  // The cell stored at (r, c), which may be covered by a merge.
  const Cell& at(int r, int c) const { return cells_[index(r, c)]; }
  Cell& at(int r, int c) { return cells_[index(r, c)]; }
  // The anchor of the merge covering (r, c), or the cell itself.
  const Cell& anchor(int r, int c) const {
    const Cell& cell = at(r, c);
    return at(cell.anchor_row, cell.anchor_col);
  }
  std::string_view text(int r, int c) const { return anchor(r, c).text; }
  // The sheet's name for the cell at (r, c) ("F12"); "" outside the grid or
  // when the grid is not a sheet's.
  std::string ref(int r, int c) const { return contains(r, c) ? at(r, c).ref() : std::string(); }
  bool is_anchor(int r, int c) const {
    const Cell& cell = at(r, c);
    return cell.anchor_row == r && cell.anchor_col == c;
  }
  // True when every position of row r shows blank text.
  bool row_is_blank(int r) const;

  // Grows or shrinks; new cells are their own anchors.
  void resize(int rows, int cols);
  // Keeps the first `rows` rows and drops the rest, in place (rows <= rows()).
  // Merges reaching below are the caller's to cut.
  void keep_rows(int rows);
  // Makes (r1, c1) the anchor of the rectangle up to (r2, c2) inclusive. Text
  // in the covered cells is appended to the anchor's (a merge in a sheet keeps
  // only the anchor's value; in Word the texts show together).
  void merge(int r1, int c1, int r2, int c2);
  // Appends the rows of `other` below this grid (a table continued over a
  // page break). The wider of the two widths wins.
  void append(const Grid& other);

 private:
  std::size_t index(int r, int c) const {
    return static_cast<std::size_t>(r) * static_cast<std::size_t>(cols_) +
           static_cast<std::size_t>(c);
  }
  int rows_ = 0;
  int cols_ = 0;
  std::vector<Cell> cells_;
};

// Builds a grid row by row from a word-processor table, where rows may have
// different widths and vertical merges are marked on the lower cells.
// Spans and skipped positions are counted against a WorkBudget as they come
// (throwing InputError resource-limit), so a span of millions is refused
// before anything of its size is allocated.
class GridBuilder {
 public:
  enum class VMerge { none, restart, continue_above };

  // `budget`: the file's; nullptr for a budget of the default limits.
  explicit GridBuilder(WorkBudget* budget = nullptr) : budget_(budget ? budget : &own_budget_) {}
  GridBuilder(const GridBuilder&) = delete;
  GridBuilder& operator=(const GridBuilder&) = delete;

  void begin_row();
  // Empty grid positions (w:gridBefore / w:gridAfter); n < 0 counts as 0.
  void skip_columns(long long n);
  // A cell spanning `col_span` grid columns (< 1 counts as 1).
  void add_cell(std::string text, long long col_span, VMerge vmerge, bool hmerge_continue = false);
  // The grid, its cells counted against the file's budget.
  Grid build();
  // Where the next add_cell() lands: its row and first grid column.
  int current_row() const { return rows_.empty() ? 0 : static_cast<int>(rows_.size()) - 1; }
  int next_column() const { return next_col_.empty() ? 0 : next_col_.back(); }

 private:
  struct PendingCell {
    std::string text;
    int col = 0;
    int span = 1;
    VMerge vmerge = VMerge::none;
    bool placeholder = false;  // `span` skipped grid positions
  };
  // Makes room for `n` more columns in the current row, within the budget.
  void widen(long long n);

  WorkBudget own_budget_;
  WorkBudget* budget_;
  std::vector<std::vector<PendingCell>> rows_;
  std::vector<int> next_col_;
  int width_ = 0;  // the widest row so far
};

}  // namespace jxlint
