constexpr char kDoc[] = R"doc(未完成的指标没有写偏差原因
A target a 自评表 shows as missed has no 偏差原因分析.

适用于 / Applies to
  绩效自评表 / self-evaluation tables

检查内容 / What it finds
  年度指标值和实际完成值都是同一单位的数字、且实际完成值没有达到指标值时
  （≥90% 对 85%，≤96.30万元 对 98万元，=4次 对 3次），「偏差原因分析及改进措施」
  必须填写。文字描述的完成情况（按时完成、已完成）不做比较。成本指标的「=」
  按上限理解；其他指标超额完成不算未完成。
  When 年度指标值 and 实际完成值 are numbers in the same unit and the value
  achieved falls short (≥90% against 85%, ≤96.30万元 against 98万元, =4次
  against 3次), the 偏差原因分析及改进措施 must be filled in. Values in words
  are never compared; = is a ceiling for costs, and doing more than planned
  is no shortfall.

为什么重要 / Why it matters
  财预〔2020〕10号要求对未完成的指标说明原因和改进措施；空着就是没有分析。
  The national template requires a reason and a remedy for every target
  missed; a blank means no analysis was done.

示例 / Example
  培训合格率 | ≥90% | 85% | 分值 10 | 得分 8 | （空）             ← warning
  培训合格率 | ≥90% | 85% | 分值 10 | 得分 8 | 两期培训考试推迟…   ← 通过

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"
#include "lint/message.h"
#include "model/attainment.h"
#include "model/value.h"

namespace jxlint {
namespace {

constexpr Message kMissed{
    "「{name}」实际完成值 {actual} 未达到年度指标值 {target}，但没有写偏差原因分析及改进措施",
    "{name}: {actual} falls short of the target {target}, but no reason "
    "or remedy is given"};

class EvalMissedUnexplained final : public SelfEvaluationCheck {
 public:
  explicit EvalMissedUnexplained(const CheckOptions&) {}

  void run(const SelfEvaluationTable& table, Emitter& out) const override {
    if (table.columns.reason < 0) return;
    for (const EvaluationRow& row : table.indicators) {
      if (attainment_of(row) != Attainment::missed) continue;
      if (!is_empty_marker(row.reason.text)) continue;
      Field where = row.reason.found() ? row.reason : Field{"", row.row, table.columns.reason};
      out.report(row.name.text, where, "偏差原因分析及改进措施",
                 kMissed.format(fmt::arg("name", quote(row.name.text)),
                                fmt::arg("actual", quote(row.actual.text)),
                                fmt::arg("target", quote(row.target.text))));
    }
  }
};

const RegisterCheck<EvalMissedUnexplained> registration("eval-missed-unexplained",
                                                        Severity::warning, kDoc);

}  // namespace
}  // namespace jxlint
