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
  成本指标 | 预算执行率 | ≥90%           ← warning（比率放错了类别，应归入产出指标）

选项 / Options
  （无 / none）
)doc";

#include <fmt/format.h>

#include "lint/check.h"
#include "model/categories.h"

namespace jxlint {
namespace {

class CostOperator final : public TargetTableCheck {
 public:
  explicit CostOperator(const CheckOptions&) {}

  // A rate is no amount of money: 预算执行率, 完成率, a target in %.
  static bool is_rate(const IndicatorRow& row) {
    return row.parsed.is_percent() || row.folded.name.ends_with("率") ||
           row.folded.name.find("比例") != std::string::npos;
  }

  void run(const TargetTable& t, Emitter& out) const override {
    for (const IndicatorRow& row : t.indicators) {
      const Value& v = row.parsed;
      if (!is_cost(row) || !v.is_numeric() || (v.op != Op::ge && v.op != Op::gt)) continue;
      const Field& where = row.op.found() && !row.op.text.empty() ? row.op : row.value;
      std::string_view field = where.col == row.op.col && row.op.found() ? "指标性质" : "指标值";
      std::string written = quote(v.written.empty() ? v.text : v.written);
      if (is_rate(row)) {
        // 预算执行率 ≥90% under 成本指标: the bound is right, the category is not.
        out.report(
            row, row.level2, "二级指标",
            {fmt::format("「{}」（{}）是比率，不是成本：这个指标放错了类别，应归入产出指标"
                         "（如质量指标、时效指标）",
                         quote(row.name.text), written),
             fmt::format("\"{}\" ({}) is a rate, not a cost: the indicator is filed under the "
                         "wrong category (it belongs under 产出指标, e.g. 质量指标 or 时效指标)",
                         quote(row.name.text), written)});
        continue;
      }
      out.report(
          row, where, field,
          {fmt::format("成本指标的目标「{}」写成了下限，成本应控制在上限以内（≤）", written),
           fmt::format("the cost target \"{}\" is a lower bound; a cost should be capped (≤)",
                       written)});
    }
  }
};

const RegisterCheck<CostOperator> registration("cost-operator", Severity::warning, kDoc);

}  // namespace
}  // namespace jxlint
