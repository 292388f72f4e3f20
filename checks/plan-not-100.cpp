constexpr char kDoc[] = R"doc(资金支出计划到12月底没有达到100%
The cumulative spending plan (资金支出计划) does not stand at 100% at 12月底.

检查内容 / What it finds
  「资金支出计划（%）」是累计数：每个节点填写截至该日累计支出占预算的比例，
  12月底（四季度、全年）必须正好是 100%。本检查在 12月底 为空、低于 100% 或
  高于 100% 时报告；各节点相加恰好为 100% 时，会提示计划可能被误填成了分期比例。
  表中有资金支出计划却没有 12月底 节点时，也会报告。
  The plan is cumulative: each checkpoint is the share of the budget spent by
  that date, so 12月底 must be exactly 100%. Reported when it is blank, lower
  or higher; when the checkpoints add up to 100, the message says they look
  like per-period shares.

为什么重要 / Why it matters
  到年底没有支出完的预算就是没有执行完的预算；财政部门会退回这样的表。
  A budget not fully planned by year end is a budget not executed; the finance
  bureau returns such tables.

示例 / Example
  3月底 | 6月底 | 10月底 50% | 12月底 50%    ← error（分期比例，应为累计：50%、100%）
  3月底 30% | 6月底 60% | 10月底 85% | 12月底 100%    ← 通过

选项 / Options
  （无 / none）
)doc";

#include <fmt/format.h>

#include <cmath>

#include "lint/check.h"
#include "util/text.h"

namespace jxlint {
namespace {

std::string pct(double v) {
  return fmt::format("{:g}%", v);
}

class PlanNot100 final : public TargetTableCheck {
 public:
  explicit PlanNot100(const CheckOptions&) {}

  void run(const TargetTable& table, Emitter& out) const override {
    if (!table.has_plan || table.plan.empty()) return;
    const PlanPoint* last = nullptr;
    for (const PlanPoint& p : table.plan) {
      if (p.month == 12) last = &p;
    }
    if (last == nullptr) {
      out.report(
          table.plan_label, "资金支出计划",
          {"资金支出计划没有12月底（全年）的节点，无法确认全年支出达到100%",
           "the spending plan has no 12月底 (year-end) checkpoint, so it never reaches 100%"});
      return;
    }
    const std::string& label = last->label;
    if (!last->percent) {
      if (text::is_blank(last->value.text)) {
        std::string earlier;
        for (const PlanPoint& p : table.plan) {
          if (&p != last && p.percent && std::abs(*p.percent - 100.0) < 1e-9) earlier = p.label;
        }
        std::string hint_zh =
            earlier.empty() ? "" : "（" + earlier + "已为100%，累计数应延续到年底）";
        std::string hint_en =
            earlier.empty()
                ? ""
                : " (" + earlier + " is already 100%; a cumulative plan carries it to year end)";
        out.report(last->value, "资金支出计划",
                   {label + "的累计支出计划为空，应为100%" + hint_zh,
                    "the cumulative plan at " + label + " is blank; it must be 100%" + hint_en});
      } else {
        out.report(last->value, "资金支出计划",
                   {label + "的支出计划「" + quote(last->value.text) + "」不是百分比，应为100%",
                    "the plan at " + label + " reads \"" + quote(last->value.text) +
                        "\", not a percentage; it must be 100%"});
      }
      return;
    }
    double v = *last->percent;
    if (std::abs(v - 100.0) < 1e-6) return;
    double sum = 0;
    for (const PlanPoint& p : table.plan)
      sum += p.percent.value_or(0);
    bool shares = v < 100.0 && std::abs(sum - 100.0) < 1e-6;
    std::string zh =
        label + "的累计支出计划为" + pct(v) + (v < 100 ? "，没有达到100%" : "，超过了100%");
    std::string en = "the cumulative plan at " + label + " is " + pct(v) +
                     (v < 100 ? ", short of 100%" : ", above 100%");
    if (shares) {
      zh +=
          "。各节点相加正好是100%：计划应按累计数填写（截至各节点累计支出的比例，12月底为100%），"
          "这里看起来填成了各期的分期比例";
      en +=
          "; the checkpoints add up to 100%: the plan is cumulative, these look like per-period "
          "shares";
    }
    out.report(last->value, "资金支出计划", {zh, en});
  }
};

const RegisterCheck<PlanNot100> registration("plan-not-100", Severity::error, kDoc);

}  // namespace
}  // namespace jxlint
