constexpr char kDoc[] = R"doc(自评表的总分不等于各项得分之和
The 总分 of a 自评表 is not the sum of its scores.

适用于 / Applies to
  绩效自评表 / self-evaluation tables

检查内容 / What it finds
  「总分」行的得分应等于各绩效指标得分加上预算执行率得分；它的分值（如写出）应
  等于各分值之和。按总分写出的小数位数比较，允许末位相差 1（分项四舍五入）。
  只有每一行的得分（或分值）都是数字时才计算。
  The 总分 row's score must be the indicators' scores plus the budget
  execution's; its points, where written, the sum of the points. Compared at
  the total's decimals, give or take one in the last place (rounded parts).

为什么重要 / Why it matters
  等级按总分划档，总分算错，等级就错了；这是审核中最常见的退回原因之一。
  The grade follows the total; a wrong total means a wrong grade, and it is
  among the commonest reasons for sending a 自评表 back.

示例 / Example
  指标得分 88 + 预算执行率得分 9.80，总分 97.80    ← 通过
  指标得分 88 + 预算执行率得分 9.80，总分 98.80    ← error

选项 / Options
  （无 / none）
)doc";

#include <algorithm>

#include "lint/check.h"
#include "lint/message.h"

namespace jxlint {
namespace {

constexpr Message kScore{
    "总分 {total} 不等于各项得分之和 {sum}（指标得分 {indicators} + 预算执行率得分 {execution}）",
    "the 总分 {total} is not the sum of the scores, {sum} (indicators {indicators} + budget "
    "execution {execution})"};
constexpr Message kPoints{"总分行的分值 {total} 不等于各项分值之和 {sum}",
                          "the 总分 row's points {total} are not the sum of the points, {sum}"};

struct Sum {
  double value = 0;
  int decimals = 0;
  bool readable = true;
  void add(const FigureField& f) {
    if (!f.has_value()) {
      readable = false;
      return;
    }
    value += f.value();
    decimals = std::max(decimals, f.figure->decimals);
  }
};

class EvalTotalMismatch final : public SelfEvaluationCheck {
 public:
  explicit EvalTotalMismatch(const CheckOptions&) {}

  void run(const SelfEvaluationTable& table, Emitter& out) const override {
    if (table.indicators.empty()) return;
    Sum scores, points;
    for (const EvaluationRow& row : table.indicators) {
      scores.add(row.score);
      points.add(row.points);
    }
    Sum execution_score, execution_points;
    if (const FundingLine* total = table.total_funding()) {
      if (total->score.has_value()) execution_score.add(total->score);
      if (total->points.has_value()) execution_points.add(total->points);
    }
    if (table.total_score.has_value() && scores.readable) {
      const Figure& t = *table.total_score.figure;
      double sum = scores.value + execution_score.value;
      if (!matches_at_precision(t.value, sum, t.decimals, 1)) {
        int d = std::max({t.decimals, scores.decimals, execution_score.decimals});
        out.report("", table.total_score.cell, "总分",
                   kScore.format(fmt::arg("total", table.total_score.cell.text),
                                 fmt::arg("sum", fixed_text(sum, t.decimals)),
                                 fmt::arg("indicators", figure_text(scores.value, d)),
                                 fmt::arg("execution", figure_text(execution_score.value, d))));
      }
    }
    if (table.total_points.has_value() && points.readable) {
      const Figure& t = *table.total_points.figure;
      double sum = points.value + execution_points.value;
      if (!matches_at_precision(t.value, sum, t.decimals)) {
        out.report("", table.total_points.cell, "总分",
                   kPoints.format(fmt::arg("total", table.total_points.cell.text),
                                  fmt::arg("sum", fixed_text(sum, t.decimals))));
      }
    }
  }
};

const RegisterCheck<EvalTotalMismatch> registration("eval-total-mismatch", Severity::error, kDoc);

}  // namespace
}  // namespace jxlint
