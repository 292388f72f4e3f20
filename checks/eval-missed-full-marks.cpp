constexpr char kDoc[] = R"doc(未完成的指标得了满分
A target a 自评表 shows as missed is scored full marks.

适用于 / Applies to
  绩效自评表 / self-evaluation tables

检查内容 / What it finds
  实际完成值没有达到年度指标值（比较方法同 eval-missed-unexplained：同一单位的
  数字才比较）而「得分」等于「分值」时报告。
  Reported when the value achieved falls short of the target (compared as in
  eval-missed-unexplained: numbers in the same unit only) and the 得分 equals
  the 分值.

为什么重要 / Why it matters
  没完成的指标得满分，是自评「打高分」最常见的形式，也是财政复核扣分的重点。
  Full marks for a missed target is the commonest form of a generous
  self-evaluation, and what a finance bureau's review looks for first.

示例 / Example
  培训合格率 | ≥90% | 85% | 分值 10 | 得分 10    ← warning
  培训合格率 | ≥90% | 85% | 分值 10 | 得分 8     ← 通过

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"
#include "lint/message.h"
#include "model/attainment.h"

namespace jxlint {
namespace {

constexpr Message kFull{
    "「{name}」实际完成值 {actual} 未达到年度指标值 {target}，却得了满分 {score}",
    "{name}: {actual} falls short of the target {target}, yet scores full "
    "marks ({score})"};

class EvalMissedFullMarks final : public SelfEvaluationCheck {
 public:
  explicit EvalMissedFullMarks(const CheckOptions&) {}

  void run(const SelfEvaluationTable& table, Emitter& out) const override {
    for (const EvaluationRow& row : table.indicators) {
      if (attainment_of(row) != Attainment::missed || !full_marks(row)) continue;
      out.report(row.name.text, row.score.cell, "得分",
                 kFull.format(fmt::arg("name", quote(row.name.text)),
                              fmt::arg("actual", quote(row.actual.text)),
                              fmt::arg("target", quote(row.target.text)),
                              fmt::arg("score", row.score.cell.text)));
    }
  }
};

const RegisterCheck<EvalMissedFullMarks> registration("eval-missed-full-marks", Severity::warning,
                                                      kDoc);

}  // namespace
}  // namespace jxlint
