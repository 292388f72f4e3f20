constexpr char kDoc[] = R"doc(指标值确定依据只是重复了指标值
The 指标值确定依据 (basis) just repeats the target value.

检查内容 / What it finds
  「指标值确定依据」与「指标值」相同（忽略空格、标点和全半角差别），例如
  「确保劳模全部登记在册 | 确保劳模全部登记在册」。
  A basis equal to the value once spaces, punctuation and width are folded away.

为什么重要 / Why it matters
  依据要说明目标值从哪里来（计划标准、行业标准、历史标准……）；重复指标值等于没有依据。
  The basis should say where the target comes from; repeating it says nothing.

示例 / Example
  指标值 确保劳模全部登记在册 | 依据 确保劳模全部登记在册     ← warning
  指标值 ≥6期 | 依据 计划标准：2023年度培训计划             ← 通过

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"
#include "util/text.h"

namespace jxlint {
namespace {

class BasisRepeatsValue final : public TargetTableCheck {
 public:
  explicit BasisRepeatsValue(const CheckOptions&) {}

  void run(const TargetTable& t, Emitter& out) const override {
    for (const IndicatorRow& row : t.indicators) {
      const std::string& basis = row.folded.basis;
      // In split layouts the value reads 指标性质 + 指标值 + 度量单位 together.
      if (basis.empty() || (basis != row.folded.value && basis != row.folded.written)) continue;
      out.report(row, row.basis, "指标值确定依据",
                 {"指标值确定依据「" + quote(row.basis.text) +
                      "」只是重复了指标值，没有说明目标值从何而来",
                  "the basis \"" + quote(row.basis.text) +
                      "\" only repeats the value and says nothing of where it comes from"});
    }
  }
};

const RegisterCheck<BasisRepeatsValue> registration("basis-repeats-value", Severity::warning, kDoc);

}  // namespace
}  // namespace jxlint
