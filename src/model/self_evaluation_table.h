// The model of a 绩效自评表 (national template of 财预〔2020〕10号 and its
// provincial variants): the project, its 项目资金 lines (budget, execution,
// points, rate, score), the year's goal as planned and as achieved, the
// indicator rows scored against their 年度指标值, the 总分 and the 自评等级.
// Built by SelfEvaluationBuilder; read by the eval- checks.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/figure.h"
#include "model/table.h"
#include "model/value.h"

namespace jxlint {

// A Field that holds a number: the cell and, when it reads as one, its figure.
struct FigureField {
  Field cell;
  std::optional<Figure> figure;
  bool has_value() const { return figure.has_value(); }
  double value() const { return figure ? figure->value : 0; }
};

// One 项目资金 line: 年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金.
struct FundingLine {
  enum class Source { total, fiscal, carry_over, other };
  Source source = Source::other;
  Field label;                 // as written
  FigureField initial_budget;  // 年初预算数
  FigureField annual_budget;   // 全年预算数 (预算数 where the template has one column)
  FigureField executed;        // 全年执行数
  FigureField points;          // 分值 (the 预算执行率's weight, on the total line)
  FigureField rate;            // 执行率
  FigureField score;           // 得分
  // The budget the rate is measured against: 全年预算数, else 年初预算数.
  const FigureField& budget() const {
    return annual_budget.has_value() || !initial_budget.has_value() ? annual_budget
                                                                    : initial_budget;
  }
};

// One scored indicator row.
struct EvaluationRow {
  int row = -1;
  Field level1, level2;  // 一级 / 二级, resolved through merges, inherited when blank
  Field name;            // 三级指标
  Field target;  // 年度指标值 (in split layouts: 指标性质 + 指标值 + 度量单位 joined)
  Field actual;        // 实际完成值
  FigureField points;  // 分值
  FigureField score;   // 得分
  Field reason;        // 偏差原因分析及改进措施
  Value target_value;  // parsed
  Value actual_value;
};

// Which grid column holds which part of an indicator row.
struct EvaluationColumns {
  int level1 = -1, level2 = -1, name = -1, target = -1, actual = -1, points = -1, score = -1,
      reason = -1;
  int op = -1, unit = -1;  // split layouts: 指标性质 | 指标值 | 度量单位
};

struct SelfEvaluationTable : Table {
  Field project_code;
  Field project_name;
  Field department;   // 主管部门, or 部门名称/单位名称 in a department's 自评表
  Field implementer;  // 实施单位
  std::vector<FundingLine> funding;  // in reading order
  Field expected_goal;               // 年度总体目标: 预期目标
  Field achieved_goal;               //             实际完成情况

  bool has_indicator_header = false;
  int header_row = -1;
  EvaluationColumns columns;
  std::vector<EvaluationRow> indicators;

  Field total_label;  // 总分 / 合计
  FigureField total_points;
  FigureField total_score;
  Field grade;  // 自评等级's value

  // The 年度资金总额 line, or null when the table has none.
  const FundingLine* total_funding() const;

  const std::string& display_name() const override;
  const std::string& code() const override { return project_code.text; }
};

}  // namespace jxlint
