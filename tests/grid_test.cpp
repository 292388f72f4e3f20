#include "grid/grid.h"

#include <gtest/gtest.h>

namespace jxlint {
namespace {

using VM = GridBuilder::VMerge;

TEST(GridTest, GridSpanCoversColumns) {
  GridBuilder b;
  b.begin_row();
  b.add_cell("项目编码", 1, VM::none);
  b.add_cell("CODE", 2, VM::none);
  b.add_cell("项目名称", 1, VM::none);
  Grid g = b.build();
  ASSERT_EQ(g.cols(), 4);
  EXPECT_EQ(g.text(0, 1), "CODE");
  EXPECT_EQ(g.text(0, 2), "CODE");
  EXPECT_FALSE(g.is_anchor(0, 2));
  EXPECT_EQ(g.at(0, 1).col_span, 2);
  EXPECT_EQ(g.text(0, 3), "项目名称");
}

TEST(GridTest, VerticalMergeResolvesToAnchor) {
  GridBuilder b;
  b.begin_row();
  b.add_cell("产出指标", 1, VM::restart);
  b.add_cell("数量指标", 1, VM::none);
  b.begin_row();
  b.add_cell("", 1, VM::continue_above);
  b.add_cell("质量指标", 1, VM::none);
  b.begin_row();
  b.add_cell("", 1, VM::continue_above);
  b.add_cell("时效指标", 1, VM::none);
  Grid g = b.build();
  EXPECT_EQ(g.text(2, 0), "产出指标");
  EXPECT_EQ(g.at(2, 0).anchor_row, 0);
  EXPECT_EQ(g.at(0, 0).row_span, 3);
  EXPECT_EQ(g.text(2, 1), "时效指标");
}

TEST(GridTest, VerticalMergeOfSpannedCells) {
  GridBuilder b;
  b.begin_row();
  b.add_cell("A", 2, VM::restart);
  b.add_cell("B", 1, VM::none);
  b.begin_row();
  b.add_cell("", 2, VM::continue_above);
  b.add_cell("C", 1, VM::none);
  Grid g = b.build();
  EXPECT_EQ(g.text(1, 1), "A");
  EXPECT_EQ(g.at(0, 0).row_span, 2);
  EXPECT_EQ(g.at(0, 0).col_span, 2);
}

TEST(GridTest, MisalignedContinuationStandsAlone) {
  GridBuilder b;
  b.begin_row();
  b.add_cell("A", 2, VM::restart);
  b.begin_row();
  b.add_cell("X", 1, VM::continue_above);  // narrower than the cell above: malformed
  b.add_cell("Y", 1, VM::none);
  Grid g = b.build();
  EXPECT_EQ(g.text(1, 0), "X");
  EXPECT_TRUE(g.is_anchor(1, 0));
}

TEST(GridTest, ContinuationWithoutAnythingAboveIsItsOwnAnchor) {
  GridBuilder b;
  b.begin_row();
  b.add_cell("orphan", 1, VM::continue_above);
  Grid g = b.build();
  EXPECT_EQ(g.text(0, 0), "orphan");
}

TEST(GridTest, GridBeforeAndRaggedRowsArePadded) {
  GridBuilder b;
  b.begin_row();
  b.skip_columns(1);
  b.add_cell("B", 1, VM::none);
  b.begin_row();
  b.add_cell("A", 1, VM::none);
  b.add_cell("B", 1, VM::none);
  b.add_cell("C", 1, VM::none);
  Grid g = b.build();
  EXPECT_EQ(g.cols(), 3);
  EXPECT_EQ(g.text(0, 0), "");
  EXPECT_EQ(g.text(0, 1), "B");
  EXPECT_EQ(g.text(0, 2), "");
}

TEST(GridTest, LegacyHorizontalMerge) {
  GridBuilder b;
  b.begin_row();
  b.add_cell("wide", 1, VM::none);
  b.add_cell("", 1, VM::none, /*hmerge_continue=*/true);
  b.add_cell("next", 1, VM::none);
  Grid g = b.build();
  EXPECT_EQ(g.text(0, 1), "wide");
  EXPECT_EQ(g.text(0, 2), "next");
}

TEST(GridTest, MergeRectangleKeepsAnchorTextFirst) {
  Grid g(2, 2);
  g.at(0, 0).text = "anchor";
  g.at(1, 1).text = "stray";
  g.merge(0, 0, 1, 1);
  EXPECT_EQ(g.text(1, 1), "anchor\nstray");
  EXPECT_FALSE(g.is_anchor(1, 0));
}

TEST(GridTest, AppendContinuesRowsAndWidens) {
  Grid a(1, 2);
  a.at(0, 0).text = std::string("a");  // not a literal: GCC 12 bug 105329 warns
  Grid b(2, 3);
  b.at(0, 2).text = std::string("b");
  b.merge(0, 0, 1, 0);
  a.append(b);
  EXPECT_EQ(a.rows(), 3);
  EXPECT_EQ(a.cols(), 3);
  EXPECT_EQ(a.text(1, 2), "b");
  EXPECT_EQ(a.at(2, 0).anchor_row, 1);
  EXPECT_TRUE(a.row_is_blank(2));
}

}  // namespace
}  // namespace jxlint
