constexpr char kDoc[] = R"doc(自评表的得分高于分值
A score in a 自评表 is higher than the points the row is worth.

适用于 / Applies to
  绩效自评表 / self-evaluation tables

检查内容 / What it finds
  每个绩效指标的「得分」不能超过它的「分值」，「年度资金总额」一行的预算执行率
  得分也不能超过它的分值（通常 10 分）。按表中写出的数字比较。
  An indicator's 得分 may not exceed its 分值, nor may the 预算执行率 score
  on the 年度资金总额 line exceed its 分值 (usually 10). Compared as written.

为什么重要 / Why it matters
  超出分值的得分会抬高总分和自评等级；审核人员会逐行复核并退回。
  A score above the row's points inflates the total and the grade; reviewers
  recheck every row and send such tables back.

示例 / Example
  质量指标 | 保障机关工会正常运行 | … | 分值 15 | 得分 16    ← error
  质量指标 | 保障机关工会正常运行 | … | 分值 15 | 得分 15    ← 通过

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"
#include "lint/message.h"

namespace jxlint {
namespace {

constexpr Message kIndicator{"得分 {score} 高于本指标的分值 {points}",
                             "the score {score} is higher than the indicator's points {points}"};
constexpr Message kExecution{
    "预算执行率得分 {score} 高于分值 {points}",
    "the budget-execution score {score} is higher than its points {points}"};

class EvalScoreOverPoints final : public SelfEvaluationCheck {
 public:
  explicit EvalScoreOverPoints(const CheckOptions&) {}

  void run(const SelfEvaluationTable& table, Emitter& out) const override {
    for (const EvaluationRow& row : table.indicators) {
      if (!row.points.has_value() || !row.score.has_value()) continue;
      if (row.score.value() <= row.points.value() + 1e-9) continue;
      out.report(row.name.text, row.score.cell, "得分",
                 kIndicator.format(fmt::arg("score", row.score.cell.text),
                                   fmt::arg("points", row.points.cell.text)));
    }
    const FundingLine* total = table.total_funding();
    if (total != nullptr && total->points.has_value() && total->score.has_value() &&
        total->score.value() > total->points.value() + 1e-9) {
      out.report("", total->score.cell, "执行率得分",
                 kExecution.format(fmt::arg("score", total->score.cell.text),
                                   fmt::arg("points", total->points.cell.text)));
    }
  }
};

const RegisterCheck<EvalScoreOverPoints> registration("eval-score-over-points", Severity::error,
                                                      kDoc);

}  // namespace
}  // namespace jxlint
