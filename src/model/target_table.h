// The 绩效目标表 as checks see it: named fields, each remembering the grid
// position it came from, so a finding can point at the exact cell.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/table.h"
#include "model/value.h"

namespace jxlint {

// One checkpoint of the cumulative spending plan (资金支出计划).
struct PlanPoint {
  std::string label;              // as written: "3月底", "3 月底", "一季度"
  int month = 0;                  // 3, 6, 9/10, 12
  Field value;                    // the cell under (or beside) the label
  std::optional<double> percent;  // parsed: "30%" → 30; for a plan in amounts, the share of 预算数
  std::optional<double> amount;  // a plan in amounts: the amount as written (in the plan's unit)
};

// One source of the 预算数: 财政资金/财政拨款, 上年结转, 其他资金, 自有资金 …
struct FundingPart {
  enum class Source { fiscal, carry_over, other };
  Source source = Source::other;
  std::string label;  // as written: "其中：财政拨款"
  Field value;
};

// The texts of an indicator row folded once (text::fold: no spaces, no
// punctuation, half width, lower case), for checks that compare them. The
// categories are keyed by category_key (a trailing 指标 dropped).
struct FoldedRow {
  std::string name, description, value, basis, written;
  std::string level1, level2;
};

// One indicator row (一级 | 二级 | 三级 | 描述 | 指标值 | 依据 …).
struct IndicatorRow {
  int row = -1;       // grid row
  Field level1;       // 一级指标, resolved through merges (and inherited when blank)
  Field level2;       // 二级指标
  Field name;         // 三级指标
  Field description;  // 绩效指标描述 / 指标解释 / 指标说明
  Field value;        // 指标值
  Field basis;        // 指标值确定依据
  Field op;           // split layout: 指标性质 / 计算符号
  Field unit;         // split layout: 度量单位 / 计量单位 / 单位
  Field weight;       // 权重 / 分值
  Field direction;    // 指标方向 (正向/反向)
  Field last_year;    // 上年指标值
  Value parsed;       // the value's meaning, split columns merged in
  FoldedRow folded;   // the texts above, folded once
  bool level1_inherited = false;  // blank cell that continues the 一级 above
  bool level2_inherited = false;
  // The block of indicators the row belongs to, in tables that have several:
  // "长期", "中期" or "年度"; "" in a table with one block.
  std::string block;
};

// Which grid column holds which role, read from the indicator header.
struct IndicatorColumns {
  int level1 = -1, level2 = -1, name = -1, description = -1, value = -1, basis = -1;
  int op = -1, unit = -1, weight = -1, direction = -1, last_year = -1, remark = -1;
  bool split() const { return op >= 0 || unit >= 0; }
};

struct TargetTable : Table {
  Field project_code;
  Field project_name;
  Field department;  // 部门名称 / 单位名称 (a department's table names no project)
  Field budget;      // 预算数
  Field fiscal;      // 其中：财政资金 / 财政拨款 (the first fiscal source)
  Field other;       // 其他资金
  // Every source of the budget in the project block, in reading order
  // (fiscal and other above are among them).
  std::vector<FundingPart> funding;
  Field purpose;         // 资金用途
  Field goal;            // 绩效目标 / 年度目标
  Field long_term_goal;  // 长期目标 / 中期目标, where the template has one

  bool has_plan = false;
  Field plan_label;
  std::vector<PlanPoint> plan;
  // The plan is written in money (资金支出计划（元）: 50000 … 260000), its
  // percent the share of 预算数; plan_unit is the unit its amounts are in.
  bool plan_in_amounts = false;
  MoneyUnit plan_unit = MoneyUnit::unknown;

  bool has_indicator_header = false;
  int header_row = -1;
  IndicatorColumns columns;  // of the (first) indicator header
  std::vector<IndicatorRow> indicators;

  const std::string& display_name() const override;
  const std::string& code() const override { return project_code.text; }
};

}  // namespace jxlint
