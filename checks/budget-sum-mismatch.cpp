constexpr char kDoc[] = R"doc(预算数不等于各项资金之和
The budget (预算数) is not the sum of its funding sources.

检查内容 / What it finds
  「预算数」与表中列出的各项资金（财政资金/财政拨款、上年结转、其他资金、自有资金……）之和
  相差超过半分钱（按表格的金额单位换算：单位为万元时是 0.0000005 万元）。为空的一项按 0 计；
  金额可以带千位分隔符。上年结转若已含在财政资金中（财政资金 + 其他资金 = 预算数），也算对得上。
  预算数、财政资金或任何一项不是数字时不检查。
  预算数 differs from the sum of the sources the table lists (财政资金, 上年结转,
  其他资金, 自有资金 …) by more than half a cent in the table's unit. An empty
  source counts as 0; thousands separators are fine. A carry-over already
  inside the fiscal funds (fiscal + other = budget) also adds up.

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

class BudgetSumMismatch final : public TargetTableCheck {
 public:
  explicit BudgetSumMismatch(const CheckOptions&) {}

  void run(const TargetTable& t, Emitter& out) const override {
    if (!t.budget.found() || !t.fiscal.found()) return;
    auto budget = parse_amount(t.budget.text);
    if (!budget) return;
    // Every source the block lists (财政拨款, 上年结转, 其他资金, 自有资金 …).
    double all = 0, fiscal_and_other = 0;
    std::string parts_zh, parts_en;
    for (const FundingPart& part : t.funding) {
      double value = 0;
      if (!text::is_blank(part.value.text)) {
        auto a = parse_amount(part.value.text);
        if (!a) return;  // a source that is not a number: nothing to add up
        value = a->value;
      }
      all += value;
      if (part.source != FundingPart::Source::carry_over) fiscal_and_other += value;
      std::string shown = text::is_blank(part.value.text) ? "0" : quote(part.value.text);
      parts_zh += (parts_zh.empty() ? "" : " + ") + label_of(part) + " " + shown;
      parts_en += (parts_en.empty() ? "" : " + ") + label_of(part) + " " + shown;
    }
    // Half a cent, in the table's unit (万元 when it says nothing).
    double unit = table_unit_in_yuan(t);
    double tolerance = 0.005 / (unit > 0 ? unit : 10000) + 1e-9;
    // Either reading of the block adds up: all its sources, or (when a
    // carry-over is listed as part of the fiscal funds) fiscal + other.
    if (std::abs(budget->value - all) <= tolerance ||
        std::abs(budget->value - fiscal_and_other) <= tolerance)
      return;
    std::string u = t.money_unit == MoneyUnit::yuan       ? "元"
                    : t.money_unit == MoneyUnit::wan_yuan ? "万元"
                                                          : "";
    out.report(
        t.budget, "预算数",
        {fmt::format("预算数 {} 不等于各项资金之和 {} = {}（相差 {}{}）", quote(t.budget.text),
                     parts_zh, show(all), show(std::abs(budget->value - all)), u),
         fmt::format("the budget {} is not the sum of its sources {} = {} (off by {}{})",
                     quote(t.budget.text), parts_en, show(all), show(std::abs(budget->value - all)),
                     u.empty() ? "" : " " + u)});
  }

 private:
  // "其中：财政拨款" → "财政拨款": the source as people name it.
  static std::string label_of(const FundingPart& part) {
    std::string label = text::one_line(part.label);
    for (std::string_view prefix : {"其中：", "其中:", "其中"}) {
      if (label.starts_with(prefix)) label.erase(0, prefix.size());
    }
    return label;
  }
};

const RegisterCheck<BudgetSumMismatch> registration("budget-sum-mismatch", Severity::error, kDoc);

}  // namespace
}  // namespace jxlint
