constexpr char kDoc[] = R"doc(成本指标写成了下限（≥）
A cost target is written as a lower bound (≥, >).

检查内容 / What it finds
  成本指标的指标值用了 ≥、>、不低于、大于等表示下限的写法（分列格式看「指标性质」）。
  A cost indicator whose target uses ≥, >, 不低于 or the like.

为什么重要 / Why it matters
  成本是要控制的上限：「≥12万元」等于鼓励多花钱。应写成「≤12万元」。
  A cost is a ceiling to keep under; "at least 12万元" invites spending more.

示例 / Example
  成本指标 | 培训成本控制数 | ≥12万元     ← warning（应为 ≤12万元）
  成本指标 | 培训成本控制数 | ≤12万元     ← 通过

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"
#include "model/categories.h"

namespace jxlint {
namespace {

class CostOperator final : public Check {
 public:
  explicit CostOperator(const CheckOptions&) {}

  void run(const TargetTable& t, Emitter& out) const override {
    for (const IndicatorRow& row : t.indicators) {
      const Value& v = row.parsed;
      if (!is_cost(row) || !v.is_numeric() || (v.op != Op::ge && v.op != Op::gt)) continue;
      const Field& where = row.op.found() && !row.op.text.empty() ? row.op : row.value;
      out.report(row, where, where.col == row.op.col && row.op.found() ? "指标性质" : "指标值",
                 {"成本指标的目标「" + quote(v.text) + "」写成了下限，成本应控制在上限以内（≤）",
                  "the cost target \"" + quote(v.text) +
                      "\" is a lower bound; a cost should be capped (≤)"});
    }
  }
};

const RegisterCheck<CostOperator> registration("cost-operator", Severity::warning, kDoc);

}  // namespace
}  // namespace jxlint
