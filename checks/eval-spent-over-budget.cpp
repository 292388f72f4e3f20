constexpr char kDoc[] = R"doc(自评表的全年执行数超过全年预算数
A 全年执行数 in a 自评表 is higher than the 全年预算数.

适用于 / Applies to
  绩效自评表 / self-evaluation tables

检查内容 / What it finds
  项目资金各行的「全年执行数」不能超过「全年预算数」（没有全年预算数时与年初预算数
  比较）。
  On every 项目资金 line the 全年执行数 may not exceed the 全年预算数 (the
  年初预算数 where there is no 全年预算数).

为什么重要 / Why it matters
  执行超过预算，要么是超支，要么是数字填错（常见的是预算数漏填了调整）；
  两种情况都要说明。
  Spending above the budget is either overspending or a wrong figure (often
  a budget adjustment left out); either needs explaining.

示例 / Example
  全年预算数 96.30 | 全年执行数 94.37    ← 通过
  全年预算数 96.30 | 全年执行数 98.00    ← error

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"
#include "lint/message.h"

namespace jxlint {
namespace {

constexpr Message kOver{"「{line}」的全年执行数 {executed} 超过全年预算数 {budget}",
                        "the 全年执行数 {executed} of {line} is above its budget {budget}"};

class EvalSpentOverBudget final : public SelfEvaluationCheck {
 public:
  explicit EvalSpentOverBudget(const CheckOptions&) {}

  void run(const SelfEvaluationTable& table, Emitter& out) const override {
    for (const FundingLine& line : table.funding) {
      const FigureField& budget = line.budget();
      if (!budget.has_value() || !line.executed.has_value()) continue;
      if (line.executed.value() <= budget.value() + 1e-9) continue;
      out.report("", line.executed.cell, "全年执行数",
                 kOver.format(fmt::arg("line", quote(line.label.text)),
                              fmt::arg("executed", line.executed.cell.text),
                              fmt::arg("budget", budget.cell.text)));
    }
  }
};

const RegisterCheck<EvalSpentOverBudget> registration("eval-spent-over-budget", Severity::error,
                                                      kDoc);

}  // namespace
}  // namespace jxlint
