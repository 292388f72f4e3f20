constexpr char kDoc[] = R"doc(预算数不等于财政资金与其他资金之和
The budget (预算数) is not the sum of fiscal funds and other funds.

检查内容 / What it finds
  「预算数」与「其中：财政资金」+「其他资金」相差超过半分钱（按表格的金额单位换算：
  单位为万元时是 0.0000005 万元）。其他资金为空按 0 计。金额可以带千位分隔符。
  预算数或财政资金不是数字时不检查。
  预算数 differs from 财政资金 + 其他资金 by more than half a cent in the
  table's unit. An empty 其他资金 counts as 0; thousands separators are fine.

为什么重要 / Why it matters
  金额对不上说明填报有误，财政部门会退回。
  Figures that do not add up are returned by the finance bureau.

示例 / Example
  预算数 12.00 | 财政资金 10.00 | 其他资金 1.00        ← error（10.00 + 1.00 = 11.00）
  预算数 0.91  | 财政资金 0.91  | 其他资金 （空）      ← 通过

选项 / Options
  （无 / none）
)doc";

#include <fmt/format.h>

#include <cmath>

#include "lint/check.h"
#include "model/categories.h"
#include "util/text.h"

namespace jxlint {
namespace {

std::string show(double v) {
  return fmt::format("{:.2f}", v);
}

class BudgetSumMismatch final : public Check {
 public:
  explicit BudgetSumMismatch(const CheckOptions&) {}

  void run(const TargetTable& t, Emitter& out) const override {
    if (!t.budget.found() || !t.fiscal.found()) return;
    auto budget = parse_amount(t.budget.text);
    auto fiscal = parse_amount(t.fiscal.text);
    if (!budget || !fiscal) return;
    double other = 0;
    if (t.other.found() && !text::is_blank(t.other.text)) {
      auto o = parse_amount(t.other.text);
      if (!o) return;
      other = o->value;
    }
    // Half a cent, in the table's unit (万元 when it says nothing).
    double unit = table_unit_in_yuan(t);
    double tolerance = 0.005 / (unit > 0 ? unit : 10000) + 1e-9;
    double sum = fiscal->value + other;
    if (std::abs(budget->value - sum) <= tolerance) return;
    std::string u = t.money_unit == MoneyUnit::yuan       ? "元"
                    : t.money_unit == MoneyUnit::wan_yuan ? "万元"
                                                          : "";
    out.report(
        t.budget, "预算数",
        {fmt::format("预算数 {} 不等于财政资金 {} 与其他资金 {} 之和 {}（相差 {}{}）",
                     quote(t.budget.text), quote(t.fiscal.text),
                     text::is_blank(t.other.text) ? "0" : quote(t.other.text), show(sum),
                     show(std::abs(budget->value - sum)), u),
         fmt::format("the budget {} is not fiscal funds {} plus other funds {} = {} (off by {}{})",
                     quote(t.budget.text), quote(t.fiscal.text),
                     text::is_blank(t.other.text) ? "0" : quote(t.other.text), show(sum),
                     show(std::abs(budget->value - sum)), u.empty() ? "" : " " + u)});
  }
};

const RegisterCheck<BudgetSumMismatch> registration("budget-sum-mismatch", Severity::error, kDoc);

}  // namespace
}  // namespace jxlint
