// A table's rows cut out of the grid they were read in: by copy, or in place
// when the grid is done with. Both must give the same grid, merges cut the
// same way at either end.
#include <gtest/gtest.h>

#include <string>

#include "grid/grid.h"
#include "model/rows.h"

namespace jxlint {
namespace {

// A 7 × 4 grid with merges across every boundary a slice can cut: a column
// of three rows, a 2 × 2 block, a row-wide title, single cells.
Grid sample() {
  Grid g(7, 4);
  for (int r = 0; r < g.rows(); ++r) {
    for (int c = 0; c < g.cols(); ++c) {
      g.at(r, c).text =
          "格" + std::to_string(r) + "-" + std::to_string(c) + " 一段超过十五个字节的文字";
      g.at(r, c).sheet_row = r + 3;
      g.at(r, c).sheet_col = c + 1;
    }
  }
  g.merge(0, 0, 0, 3);  // a title across the row
  g.merge(1, 0, 3, 0);  // 一级 over three rows
  g.merge(2, 1, 3, 2);  // a 2 × 2 block
  g.merge(4, 3, 6, 3);  // down to the last row
  return g;
}

std::string dump(const Grid& g) {
  std::string out = std::to_string(g.rows()) + "x" + std::to_string(g.cols()) + "\n";
  for (int r = 0; r < g.rows(); ++r) {
    for (int c = 0; c < g.cols(); ++c) {
      const Cell& cell = g.at(r, c);
      out += cell.text + "@" + std::to_string(cell.anchor_row) + "," +
             std::to_string(cell.anchor_col) + " span " + std::to_string(cell.row_span) + "x" +
             std::to_string(cell.col_span) + " " + cell.ref() + " | ";
    }
    out += "\n";
  }
  return out;
}

TEST(SliceTest, InPlaceSliceEqualsTheCopy) {
  const Grid whole = sample();
  for (int begin = 0; begin < whole.rows(); ++begin) {
    for (int end = begin + 1; end <= whole.rows(); ++end) {
      Grid copied = slice(whole, begin, end);
      Grid moved = slice(sample(), begin, end);
      EXPECT_EQ(dump(moved), dump(copied)) << "rows [" << begin << ", " << end << ")";
    }
  }
}

TEST(SliceTest, AMergeCutAtTheTopKeepsItsTextInTheFirstRow) {
  Grid g = slice(sample(), 2, 5);
  EXPECT_EQ(g.rows(), 3);
  EXPECT_TRUE(g.is_anchor(0, 0));
  EXPECT_EQ(g.text(0, 0).substr(0, 6), "格1-0");  // the 一级 anchored in row 1
  EXPECT_TRUE(g.is_anchor(1, 0));                 // cut: its rows stand alone
  EXPECT_EQ(g.text(1, 0), "");
  EXPECT_EQ(g.at(2, 3).row_span, 1);  // the merge below ends with the slice
  EXPECT_EQ(g.ref(0, 0), "A5");
}

}  // namespace
}  // namespace jxlint
