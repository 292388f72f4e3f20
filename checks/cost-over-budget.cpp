constexpr char kDoc[] = R"doc(成本指标的上限超过了预算数
A cost target's upper bound is above the budget (预算数).

检查内容 / What it finds
  成本指标（二级「成本指标」，或 2021 年模板的一级「成本指标」）写成上限（≤、<、=）时，
  上限换算成元后大于预算数。指标值的单位（元、千元、万元、亿元）与表格单位（单位：万元/元）
  分别换算；指标值没有写单位时按表格单位理解。表格单位不明时不检查。
  A cost indicator whose upper bound (≤, <, =), converted to yuan, is above
  the budget. The value's own unit and the table's unit line are both
  converted (≤5万元 on a budget of 50000.00 元 is fine); a value without a
  unit is read in the table's unit. Skipped when the table's unit is unknown.

为什么重要 / Why it matters
  成本上限高于预算，要么目标写错了，要么预算不够，审核人必然追问。
  A cost ceiling above the budget means either the target or the budget is wrong.

示例 / Example
  单位：万元，预算数 12.00，成本指标 ≤15万元      ← error
  单位：元，预算数 50000.00，成本指标 ≤5万元      ← 通过（5万元 = 50000 元）

选项 / Options
  （无 / none）
)doc";

#include <fmt/format.h>

#include "lint/check.h"
#include "model/categories.h"

namespace jxlint {
namespace {

class CostOverBudget final : public TargetTableCheck {
 public:
  explicit CostOverBudget(const CheckOptions&) {}

  void run(const TargetTable& t, Emitter& out) const override {
    double table_unit = table_unit_in_yuan(t);
    auto budget = parse_amount(t.budget.text);
    if (table_unit == 0 || !budget) return;
    double budget_yuan =
        budget->value * (budget->unit_in_yuan > 0 ? budget->unit_in_yuan : table_unit);
    for (const IndicatorRow& row : t.indicators) {
      const Value& v = row.parsed;
      if (!is_cost(row) || !v.is_numeric()) continue;
      // A 长期/中期 target spans several years: the year's budget is no bound.
      if (!row.block.empty() && row.block != "年度") continue;
      if (v.op != Op::le && v.op != Op::lt && v.op != Op::eq && v.op != Op::none &&
          v.op != Op::range)
        continue;
      double unit = v.has_unit() ? money_unit_in_yuan(v.unit) : table_unit;
      if (unit == 0) continue;  // a cost in 人, 次 … is no amount of money
      double limit_yuan = v.high() * unit;
      if (limit_yuan <= budget_yuan * (1 + 1e-9) + 0.005) continue;
      std::string value = quote(v.written.empty() ? v.text : v.written);
      out.report(
          row, row.value, "指标值",
          {fmt::format("成本指标的上限「{}」（{:.2f} 元）超过了预算数 {}（{:.2f} 元）", value,
                       limit_yuan, quote(t.budget.text), budget_yuan),
           fmt::format("the cost ceiling \"{}\" ({:.2f} yuan) is above the budget {} ({:.2f} yuan)",
                       value, limit_yuan, quote(t.budget.text), budget_yuan)});
    }
  }
};

const RegisterCheck<CostOverBudget> registration("cost-over-budget", Severity::error, kDoc);

}  // namespace
}  // namespace jxlint
