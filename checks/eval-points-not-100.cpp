constexpr char kDoc[] = R"doc(自评表的分值合计不是100分
The points of a 自评表 do not add up to 100.

适用于 / Applies to
  绩效自评表 / self-evaluation tables

检查内容 / What it finds
  各绩效指标的「分值」加上「年度资金总额」一行预算执行率的分值，合计应为 100 分。
  只有每一行的分值都是数字时才计算；有空白或文字的分值时不报告。
  The 分值 of every indicator plus the 预算执行率's 分值 on the 年度资金总额
  line must make 100. Only computed when every 分值 is a number.

为什么重要 / Why it matters
  自评按百分制打分，等级按总分划档：分值合计不是 100，总分和等级就没有意义。
  Self-evaluation is scored out of 100 and graded by the total; with points
  that do not make 100, neither the total nor the grade means anything.

示例 / Example
  预算执行率 10 + 产出 50 + 效益 30 + 满意度 10 = 100    ← 通过
  预算执行率 10 + 产出 45 + 效益 30 + 满意度 10 = 95     ← error

选项 / Options
  （无 / none）
)doc";

#include <cmath>

#include "lint/check.h"
#include "lint/message.h"

namespace jxlint {
namespace {

constexpr Message kNot100{
    "各指标分值与预算执行率分值合计为 {sum} 分，不是 100 分（预算执行率 {execution}，指标 "
    "{indicators}）",
    "the points add up to {sum}, not 100 (budget execution {execution}, indicators {indicators})"};

class EvalPointsNot100 final : public SelfEvaluationCheck {
 public:
  explicit EvalPointsNot100(const CheckOptions&) {}

  void run(const SelfEvaluationTable& table, Emitter& out) const override {
    if (table.indicators.empty()) return;
    double indicators = 0;
    int decimals = 0;
    for (const EvaluationRow& row : table.indicators) {
      if (!row.points.has_value()) return;
      indicators += row.points.value();
      decimals = std::max(decimals, row.points.figure->decimals);
    }
    double execution = 0;
    if (const FundingLine* total = table.total_funding(); total && total->points.has_value()) {
      execution = total->points.value();
      decimals = std::max(decimals, total->points.figure->decimals);
    }
    double sum = indicators + execution;
    if (std::fabs(sum - 100.0) < 1e-6) return;
    Field where = table.total_points.has_value() ? table.total_points.cell : table.total_label;
    out.report("", where, "分值",
               kNot100.format(fmt::arg("sum", figure_text(sum, decimals)),
                              fmt::arg("execution", figure_text(execution, decimals)),
                              fmt::arg("indicators", figure_text(indicators, decimals))));
  }
};

const RegisterCheck<EvalPointsNot100> registration("eval-points-not-100", Severity::error, kDoc);

}  // namespace
}  // namespace jxlint
