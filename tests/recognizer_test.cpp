#include "model/recognizer.h"

#include <gtest/gtest.h>

#include "docx_builder.h"

namespace jxlint {
namespace {

using testing::paragraph;
using testing::parse_body;
using testing::table;
using Rows = std::vector<std::vector<std::string>>;

// The seeds' 7-column layout, with labels that can be respelled.
struct Labels {
  std::string code = "项目编码", name = "项目名称", block = "预算规模及资金用途", budget = "预算数",
              fiscal = "其中：财政资金", other = "其他资金", plan = "资金支出计划（%）",
              goal = "绩效目标";
  std::vector<std::string> checkpoints{"3月底", "6月底", "10月底", "12月底"};
};

Rows project_block(const Labels& l = {},
                   const std::vector<std::string>& plan = {"30%", "60%", "85%", "100%"}) {
  return {
      {l.code, "13082123P00008510002H@2", l.name, "安可设备购置@3"},
      {l.block + "^", l.budget, "0.91", l.fiscal, "0.91", l.other, ""},
      {"^", "安可设备购置@6"},
      {l.plan + "^", l.checkpoints[0] + "@2", l.checkpoints[1], l.checkpoints[2],
       l.checkpoints[3] + "@2"},
      {"^", plan[0] + "@2", plan[1], plan[2], plan[3] + "@2"},
      {l.goal, "1.按时拨付资金 2.保证设备合格@6"},
  };
}

Rows header() {
  return {{"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据@2"}};
}

Rows indicators() {
  return {
      {"产出指标^", "数量指标", "购买数量", "购置设备台数", "1台", "计划标准@2"},
      {"^", "质量指标", "项目验收合格率", "验收合格设备占比", "≥95%", "行业标准@2"},
      {"效益指标", "社会效益指标", "信息网络系统安全", "全年无安全事故", "0次", "历史标准@2"},
  };
}

Rows concat(std::initializer_list<Rows> parts) {
  Rows out;
  for (const auto& p : parts)
    out.insert(out.end(), p.begin(), p.end());
  return out;
}

Recognition recognize_body(const std::string& body) {
  return recognize(parse_body(body));
}

TEST(RecognizerTest, ReadsTheProjectBlockPlanGoalAndIndicators) {
  auto r = recognize_body(paragraph("1.安可设备购置绩效目标表") + paragraph("单位：万元") +
                          table(concat({project_block(), header(), indicators()})));
  ASSERT_EQ(r.tables.size(), 1u);
  const TargetTable& t = r.tables[0];
  EXPECT_EQ(t.index, 1);
  EXPECT_EQ(t.title, "1.安可设备购置绩效目标表");
  EXPECT_EQ(t.unit_line, "单位：万元");
  EXPECT_EQ(t.money_unit, MoneyUnit::wan_yuan);
  EXPECT_EQ(t.project_code.text, "13082123P00008510002H");
  EXPECT_EQ(t.project_name.text, "安可设备购置");
  EXPECT_EQ(t.budget.text, "0.91");
  EXPECT_EQ(t.fiscal.text, "0.91");
  EXPECT_TRUE(t.other.found());
  EXPECT_EQ(t.other.text, "");
  EXPECT_EQ(t.purpose.text, "安可设备购置");
  EXPECT_EQ(t.purpose.row, 2);
  ASSERT_TRUE(t.has_plan);
  ASSERT_EQ(t.plan.size(), 4u);
  EXPECT_EQ(t.plan[3].month, 12);
  EXPECT_EQ(t.plan[3].value.row, 4);
  EXPECT_EQ(t.plan[3].value.col, 5);
  EXPECT_DOUBLE_EQ(*t.plan[0].percent, 30);
  EXPECT_EQ(t.goal.text, "1.按时拨付资金 2.保证设备合格");
  EXPECT_EQ(t.goal.row, 5);
  EXPECT_EQ(t.header_row, 6);
  EXPECT_EQ(t.columns.basis, 5);
  ASSERT_EQ(t.indicators.size(), 3u);
  const IndicatorRow& second = t.indicators[1];
  EXPECT_EQ(second.row, 8);
  EXPECT_EQ(second.level1.text, "产出指标");  // through the vertical merge
  EXPECT_FALSE(second.level1_inherited);
  EXPECT_EQ(second.level2.text, "质量指标");
  EXPECT_EQ(second.name.text, "项目验收合格率");
  EXPECT_EQ(second.value.text, "≥95%");
  EXPECT_EQ(second.basis.text, "行业标准");
  EXPECT_EQ(second.basis.col, 5);
  EXPECT_EQ(second.parsed.op, Op::ge);
  EXPECT_EQ(t.indicators[2].level1.text, "效益指标");
}

TEST(RecognizerTest, LabelSpellingsVary) {
  Labels l;
  l.code = "项目 编码";
  l.fiscal = "其中:财政资金";
  l.plan = "资金支出计划(%)";
  l.checkpoints = {"3 月底", "6 月底", "９月底", "12 月底"};
  l.goal = "年度绩效目标";
  auto r = recognize_body(table(concat({project_block(l), header(), indicators()})));
  ASSERT_EQ(r.tables.size(), 1u);
  const TargetTable& t = r.tables[0];
  EXPECT_EQ(t.project_code.text, "13082123P00008510002H");
  EXPECT_EQ(t.fiscal.text, "0.91");
  EXPECT_TRUE(t.has_plan);
  EXPECT_EQ(t.plan[2].month, 9);
  EXPECT_EQ(t.plan[3].label, "12 月底");
  EXPECT_EQ(t.goal.text, "1.按时拨付资金 2.保证设备合格");
}

TEST(RecognizerTest, QuarterCheckpointsAndFractions) {
  Labels l;
  l.checkpoints = {"一季度", "二季度", "三季度", "四季度"};
  auto r = recognize_body(
      table(concat({project_block(l, {"0.3", "0.6", "0.85", "1"}), header(), indicators()})));
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].plan[3].month, 12);
  EXPECT_DOUBLE_EQ(*r.tables[0].plan[3].percent, 100);
  EXPECT_DOUBLE_EQ(*r.tables[0].plan[0].percent, 30);
}

TEST(RecognizerTest, PlanValuesBesideTheirLabels) {
  Rows rows = {{"项目名称", "测试项目@5"},
               {"资金支出计划", "3月底", "30%", "6月底", "60%", "12月底", "100%"},
               {"绩效目标", "目标@6"}};
  auto r = recognize_body(table(concat({rows, header(), indicators()})));
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].plan.size(), 3u);
  EXPECT_EQ(r.tables[0].plan[1].value.text, "60%");
  EXPECT_EQ(r.tables[0].plan[2].value.col, 6);
}

TEST(RecognizerTest, GoalLabelOverSeveralRows) {
  Rows rows = {{"项目名称", "测试项目@5"}, {"绩效目标^", "目标一@5"}, {"^", "目标二@5"}};
  auto r = recognize_body(table(concat({rows, header(), indicators()})));
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].goal.text, "目标一\n目标二");
  EXPECT_EQ(r.tables[0].goal.row, 1);
}

TEST(RecognizerTest, ContinuationTableJoinsThePreviousOne) {
  Rows continuation = concat(
      {header(),
       {{"^", "经济效益指标", "节约资金", "节约的资金", "≥1万元", "计划标准@2"}},
       {{"满意度指标", "服务对象满意度指标", "满意度", "使用者满意度", "≥90%", "行业标准@2"}}});
  // The continuation's first 一级 cell is blank: it continues 效益指标.
  continuation[1][0] = "";
  auto r = recognize_body(table(concat({project_block(), header(), indicators()})) + paragraph("") +
                          "<w:p/>" + table(continuation));
  ASSERT_EQ(r.tables.size(), 1u);
  const TargetTable& t = r.tables[0];
  EXPECT_EQ(t.parts, 2);
  ASSERT_EQ(t.indicators.size(), 5u);
  EXPECT_EQ(t.indicators[3].level1.text, "效益指标");
  EXPECT_TRUE(t.indicators[3].level1_inherited);
  EXPECT_EQ(t.indicators[3].row, 11);  // rows continue: 10 rows, then the repeated header
  EXPECT_EQ(t.indicators[4].level1.text, "满意度指标");
  EXPECT_EQ(t.grid.rows(), 13);
  EXPECT_EQ(r.skipped_tables, 0);
}

TEST(RecognizerTest, ContinuationWithoutRepeatedHeader) {
  Rows continuation = {{"", "经济效益指标", "节约资金", "节约的资金", "≥1万元", "计划标准@2"}};
  auto r = recognize_body(table(concat({project_block(), header(), indicators()})) +
                          table(continuation));
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].indicators.size(), 4u);
  EXPECT_EQ(r.tables[0].indicators[3].name.text, "节约资金");
  EXPECT_EQ(r.tables[0].indicators[3].level1.text, "效益指标");
}

TEST(RecognizerTest, ATitleBetweenTablesStartsANewTable) {
  auto r =
      recognize_body(table(concat({project_block(), header(), indicators()})) +
                     paragraph("2.另一个项目绩效目标表") + table(concat({header(), indicators()})));
  ASSERT_EQ(r.tables.size(), 2u);
  EXPECT_EQ(r.tables[1].index, 2);
  EXPECT_EQ(r.tables[1].title, "2.另一个项目绩效目标表");
  EXPECT_FALSE(r.tables[1].project_name.found());
  EXPECT_EQ(r.tables[0].parts, 1);
}

TEST(RecognizerTest, OtherTablesAreSkippedAndCounted) {
  auto r =
      recognize_body(table({{"序号", "姓名", "职务"}, {"1", "张三", "科员"}}) +
                     table(concat({project_block(), header(), indicators()})) + table({{"附注"}}));
  ASSERT_EQ(r.tables.size(), 1u);
  // The staff list is another table, listed with its kind; a one-cell w:tbl
  // holding a line of prose (附注) is a framed paragraph, not a table.
  EXPECT_EQ(r.skipped_tables, 1);
  ASSERT_EQ(r.other_tables.size(), 1u);
  EXPECT_EQ(r.other_tables[0].kind, TableKind::other);
  EXPECT_EQ(r.other_tables[0].order, 1);
  EXPECT_EQ(r.tables[0].order, 2);
}

TEST(RecognizerTest, SplitValueColumns) {
  Rows rows = {
      {"项目名称", "测试项目@7"},
      {"绩效目标", "目标@7"},
      {"一级指标", "二级指标", "三级指标", "指标解释", "指标性质", "指标值", "度量单位", "权重"},
      {"产出指标", "数量指标", "培训人次", "参训人次", "≥", "300", "人次", "10"},
      {"产出指标", "质量指标", "合格率", "考核合格占比", "≥", "95", "", "10"},
      {"产出指标", "时效指标", "完成时间", "年内完成", "定性", "年底前完成", "", "10"}};
  auto r = recognize_body(table(rows));
  ASSERT_EQ(r.tables.size(), 1u);
  const TargetTable& t = r.tables[0];
  EXPECT_TRUE(t.columns.split());
  EXPECT_EQ(t.columns.description, 3);
  EXPECT_EQ(t.columns.weight, 7);
  ASSERT_EQ(t.indicators.size(), 3u);
  EXPECT_EQ(t.indicators[0].parsed.op, Op::ge);
  EXPECT_EQ(t.indicators[0].parsed.unit, "人次");
  EXPECT_TRUE(t.indicators[0].parsed.unit_from_column);
  EXPECT_FALSE(t.indicators[1].parsed.has_unit());
  EXPECT_EQ(t.indicators[1].unit.col, 6);
  EXPECT_EQ(t.indicators[2].parsed.kind, Value::Kind::qualitative);
}

TEST(RecognizerTest, StackedTablesInOneGridAreSeparated) {
  Rows first = concat(
      {{{"1.甲项目绩效目标表@7"}}, {{"单位：元@7"}}, project_block(), header(), indicators()});
  Rows second = concat({{{""}},
                        {{"2.乙项目绩效目标表@7"}},
                        {{"单位：万元@7"}},
                        project_block(),
                        header(),
                        indicators()});
  auto r = recognize_body(table(concat({first, second})));
  ASSERT_EQ(r.tables.size(), 2u);
  EXPECT_EQ(r.tables[0].title, "1.甲项目绩效目标表");
  EXPECT_EQ(r.tables[0].money_unit, MoneyUnit::yuan);
  EXPECT_EQ(r.tables[1].title, "2.乙项目绩效目标表");
  EXPECT_EQ(r.tables[1].money_unit, MoneyUnit::wan_yuan);
  EXPECT_EQ(r.tables[1].indicators.size(), 3u);
  // Rows count within each table's own grid.
  EXPECT_EQ(r.tables[1].indicators[0].row, r.tables[0].indicators[0].row);
}

TEST(RecognizerTest, BlankAndFooterRowsAreNotIndicators) {
  Rows rows = concat({project_block(),
                      header(),
                      indicators(),
                      {{"", "", "", "", "", "@2"}},
                      {{"备注：本表由单位填报@7"}}});
  auto r = recognize_body(table(rows));
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].indicators.size(), 3u);
}

TEST(RecognizerTest, RowWithOnlyACategoryIsAnIndicatorWithoutName) {
  Rows rows = concat({project_block(), header(), {{"产出指标", "成本指标", "", "", "", "@2"}}});
  auto r = recognize_body(table(rows));
  ASSERT_EQ(r.tables.size(), 1u);
  ASSERT_EQ(r.tables[0].indicators.size(), 1u);
  EXPECT_EQ(r.tables[0].indicators[0].level2.text, "成本指标");
  EXPECT_EQ(r.tables[0].indicators[0].name.text, "");
}

}  // namespace
}  // namespace jxlint
