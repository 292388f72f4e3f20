constexpr char kDoc[] = R"doc(指标值只是重复了指标名称
The 指标值 just repeats the indicator's name.

检查内容 / What it finds
  「指标值」与「三级指标」相同（忽略空格、标点和全半角差别），例如
  「工会会员满意度 → 工会会员满意度」。
  A target value equal to the 三级指标 name once spaces, punctuation and
  width are folded away.

为什么重要 / Why it matters
  指标值应给出目标（数量、比例、等级或时限），照抄名称等于没有目标。
  The value should state a target; repeating the name states none.

示例 / Example
  工会会员满意度 | 指标值 工会会员满意度    ← warning
  工会会员满意度 | 指标值 ≥90%            ← 通过

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"
#include "util/text.h"

namespace jxlint {
namespace {

class ValueRepeatsName final : public TargetTableCheck {
 public:
  explicit ValueRepeatsName(const CheckOptions&) {}

  void run(const TargetTable& t, Emitter& out) const override {
    for (const IndicatorRow& row : t.indicators) {
      if (row.folded.value.empty() || row.folded.value != row.folded.name) continue;
      out.report(row, row.value, "指标值",
                 {"指标值「" + quote(row.value.text) + "」只是重复了指标名称，没有给出目标",
                  "the value \"" + quote(row.value.text) +
                      "\" only repeats the indicator's name and sets no target"});
    }
  }
};

const RegisterCheck<ValueRepeatsName> registration("value-repeats-name", Severity::warning, kDoc);

}  // namespace
}  // namespace jxlint
