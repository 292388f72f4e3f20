constexpr char kDoc[] = R"doc(扣了分的指标没有写原因
An indicator of a 自评表 scored below its points has no reason given.

适用于 / Applies to
  绩效自评表 / self-evaluation tables

检查内容 / What it finds
  「得分」低于「分值」、而「偏差原因分析及改进措施」为空时报告。实际完成值明显未达到
  指标值的行由 eval-missed-unexplained 报告，这里不重复；这里报告的是指标已完成
  或完成情况是文字、却扣了分又不说明原因的行。
  Reported when the 得分 is below the 分值 and the 偏差原因分析 is blank.
  Rows whose value visibly falls short are eval-missed-unexplained's; this
  rule reports rows reached (or described in words) yet marked down without
  a word of why.

为什么重要 / Why it matters
  扣分必须有依据；完成了却扣分、又不写原因，复核时无法判断哪个数字是对的。
  A deduction needs a reason; a target met yet marked down without one leaves
  the reviewer unable to tell which figure is right.

示例 / Example
  及时足额申请经费 | 年底前 | 按时完成 | 分值 10 | 得分 8 | （空）    ← warning
  及时足额申请经费 | 年底前 | 第四季度晚15天 | 分值 10 | 得分 8 | 第四季度申请晚于计划…  ← 通过

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"
#include "lint/message.h"
#include "model/attainment.h"
#include "model/value.h"

namespace jxlint {
namespace {

constexpr Message kDeducted{
    "「{name}」得分 {score} 低于分值 {points}，但没有写扣分原因（偏差原因分析及改进措施）",
    "{name} scores {score} of {points}, but no reason for the deduction "
    "is given"};

class EvalDeductionUnexplained final : public SelfEvaluationCheck {
 public:
  explicit EvalDeductionUnexplained(const CheckOptions&) {}

  void run(const SelfEvaluationTable& table, Emitter& out) const override {
    if (table.columns.reason < 0) return;
    for (const EvaluationRow& row : table.indicators) {
      if (!row.points.has_value() || !row.score.has_value()) continue;
      if (row.score.value() >= row.points.value() - 1e-9) continue;
      if (attainment_of(row) == Attainment::missed) continue;  // eval-missed-unexplained's
      if (!is_empty_marker(row.reason.text)) continue;
      Field where = row.reason.found() ? row.reason : Field{"", row.row, table.columns.reason};
      out.report(row.name.text, where, "偏差原因分析及改进措施",
                 kDeducted.format(fmt::arg("name", quote(row.name.text)),
                                  fmt::arg("score", row.score.cell.text),
                                  fmt::arg("points", row.points.cell.text)));
    }
  }
};

const RegisterCheck<EvalDeductionUnexplained> registration("eval-deduction-unexplained",
                                                           Severity::warning, kDoc);

}  // namespace
}  // namespace jxlint
