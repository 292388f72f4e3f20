constexpr char kDoc[] = R"doc(累计资金支出计划出现下降
The cumulative spending plan (资金支出计划) goes down.

检查内容 / What it finds
  资金支出计划是累计数，后一个节点不能小于前一个节点（空白的节点跳过）。
  各节点相加正好是 100% 时，提示计划可能被填成了分期比例。
  A later checkpoint below an earlier one (blanks are skipped). When the
  checkpoints add up to 100, the message says they look like per-period
  shares rather than a cumulative plan.

为什么重要 / Why it matters
  累计支出不可能减少；出现下降说明填法错误，财政部门会退回。
  Money spent cannot be un-spent: a falling cumulative plan is filled in wrongly.

示例 / Example
  3月底 30% | 6月底 60% | 10月底 50% | 12月底 100%    ← error（10月底低于6月底）
  3月底 40% | 6月底 30% | 10月底 20% | 12月底 10%    ← error（看起来是分期比例）
  3月底     | 6月底     | 10月底 50% | 12月底 100%    ← 通过

选项 / Options
  （无 / none）
)doc";

#include <fmt/format.h>

#include <cmath>

#include "lint/check.h"

namespace jxlint {
namespace {

class PlanDecreasing final : public TargetTableCheck {
 public:
  explicit PlanDecreasing(const CheckOptions&) {}

  void run(const TargetTable& t, Emitter& out) const override {
    if (!t.has_plan) return;
    double sum = 0;
    for (const PlanPoint& p : t.plan)
      sum += p.percent.value_or(0);
    bool shares = std::abs(sum - 100.0) < 1e-6;
    const PlanPoint* previous = nullptr;
    for (const PlanPoint& p : t.plan) {
      if (!p.percent) continue;
      if (previous != nullptr && *p.percent < *previous->percent - 1e-9) {
        std::string zh = fmt::format("累计支出计划从{}的 {:g}% 降到了{}的 {:g}%，累计数不能下降",
                                     previous->label, *previous->percent, p.label, *p.percent);
        std::string en = fmt::format("the cumulative plan falls from {:g}% at {} to {:g}% at {}",
                                     *previous->percent, previous->label, *p.percent, p.label);
        if (shares) {
          zh += "；各节点相加正好是100%，看起来填成了各期的分期比例";
          en += "; the checkpoints add up to 100%: they look like per-period shares";
        }
        out.report(p.value, "资金支出计划", {zh, en});
        return;  // one finding per plan: the first fall explains the rest
      }
      previous = &p;
    }
  }
};

const RegisterCheck<PlanDecreasing> registration("plan-decreasing", Severity::error, kDoc);

}  // namespace
}  // namespace jxlint
