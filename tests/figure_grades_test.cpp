// The arithmetic vocabulary of 自评表 and 评分表: numbers as cells write them,
// grades and their bands, points inside labels.
#include <gtest/gtest.h>

#include "model/figure.h"
#include "model/grades.h"
#include "model/score_table.h"

namespace jxlint {
namespace {

TEST(FigureTest, ReadsNumbersAsCellsWriteThem) {
  auto f = parse_figure("98.00%");
  ASSERT_TRUE(f);
  EXPECT_DOUBLE_EQ(f->value, 98);
  EXPECT_EQ(f->decimals, 2);
  EXPECT_TRUE(f->percent);
  EXPECT_DOUBLE_EQ(parse_figure("1,200.50")->value, 1200.5);
  EXPECT_DOUBLE_EQ(parse_figure(" ９.８ ")->value, 9.8);  // full width
  EXPECT_DOUBLE_EQ(parse_figure("15分")->value, 15);
  EXPECT_DOUBLE_EQ(parse_figure("96.30万元")->value, 96.3);
  EXPECT_FALSE(parse_figure(""));
  EXPECT_FALSE(parse_figure("—"));
  EXPECT_FALSE(parse_figure("/"));
  EXPECT_FALSE(parse_figure("约10"));
  EXPECT_FALSE(parse_figure("10-20"));
  EXPECT_FALSE(parse_figure("1.2.3"));
}

TEST(FigureTest, ComparesAtThePrecisionWritten) {
  EXPECT_TRUE(matches_at_precision(98.00, 94.37 / 96.30 * 100, 2));  // 97.996 → 98.00
  EXPECT_FALSE(matches_at_precision(99.00, 94.37 / 96.30 * 100, 2));
  EXPECT_TRUE(matches_at_precision(97.99, 97.996, 2, 1));  // rounded in steps
  EXPECT_FALSE(matches_at_precision(99, 100, 0));          // whole points: exact
  EXPECT_TRUE(matches_at_precision(97.8, 97.80, 1));
  EXPECT_EQ(figure_text(9.8, 2), "9.8");
  EXPECT_EQ(figure_text(100, 2), "100");
  EXPECT_EQ(figure_text(65.8000001, 2), "65.8");
}

TEST(GradesTest, ReadsTheBandsAnEvaluationStates) {
  auto bands = parse_bands(
      "□ 优秀 90分≤得分≤100分；\n□ 良好 80分≤得分≤89分；\n□ 中 60分≤得分≤79分；\n□ 较差 "
      "0≤得分≤59分");
  ASSERT_EQ(bands.size(), 4u);
  EXPECT_EQ(bands[0].name, "优秀");
  EXPECT_DOUBLE_EQ(bands[1].low, 80);
  EXPECT_EQ(band_of(bands, 91.2)->grade, Grade::excellent);
  EXPECT_EQ(band_of(bands, 89.5)->grade, Grade::good);  // between two written bands: the lower
  EXPECT_EQ(band_of(bands, 12)->grade, Grade::poor);
  EXPECT_TRUE(parse_bands("按得分高低评定").empty());
  auto option = bands_from_option("优=90,良=80,中=60,差=0");
  ASSERT_TRUE(option);
  EXPECT_EQ(band_of(*option, 79.99)->name, "中");
  EXPECT_FALSE(bands_from_option("优90"));
}

TEST(GradesTest, ReadsTheGradeACellGives) {
  EXPECT_EQ(grade_of("优"), Grade::excellent);
  EXPECT_EQ(grade_of("良好"), Grade::good);
  EXPECT_EQ(grade_of("合格"), Grade::fair);
  EXPECT_EQ(grade_of("不合格"), Grade::poor);
  EXPECT_EQ(grade_of("☑良 □优 □中 □差"), Grade::good);
  EXPECT_FALSE(grade_of("□优 □良 □中 □差"));  // nothing ticked
  EXPECT_FALSE(grade_of(""));
  EXPECT_FALSE(grade_of("经综合评价，本项目完成情况较好"));
}

TEST(ScoreLabelTest, ReadsPointsInsideLabels) {
  EXPECT_DOUBLE_EQ(points_in_label("投入 (15分)")->value, 15);
  EXPECT_DOUBLE_EQ(points_in_label("职责明确（1分）")->value, 1);
  EXPECT_DOUBLE_EQ(points_in_label("“三公控制”费率(3分)\n政府采购率(3分)")->value, 6);
  EXPECT_FALSE(points_in_label("职责明确"));
  EXPECT_EQ(name_without_points("预算完成率(3分)"), "预算完成率");
  EXPECT_EQ(name_without_points("投入 (15分)"), "投入");
}

}  // namespace
}  // namespace jxlint
