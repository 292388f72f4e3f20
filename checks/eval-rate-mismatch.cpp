constexpr char kDoc[] = R"doc(自评表的执行率不等于全年执行数除以全年预算数
A 执行率 in a 自评表 is not 全年执行数 / 全年预算数.

适用于 / Applies to
  绩效自评表 / self-evaluation tables

检查内容 / What it finds
  项目资金各行的「执行率」应等于「全年执行数 ÷ 全年预算数」（没有全年预算数时用
  年初预算数），按执行率写出的小数位数四舍五入后比较，允许末位相差 1。预算数为 0
  或空白的行不计算。
  Each 项目资金 line's 执行率 must be 全年执行数 / 全年预算数 (年初预算数
  where there is no 全年预算数), rounded to the decimals the rate shows, give
  or take one in the last place. Lines with a budget of 0 or none are skipped.

为什么重要 / Why it matters
  执行率决定预算执行率得分（通常 10 分）；算错的执行率会直接改变总分。
  The rate decides the budget-execution score (usually 10 points); a wrong
  rate changes the total.

示例 / Example
  全年预算数 96.30 | 全年执行数 94.37 | 执行率 98.00%    ← 通过（97.996%）
  全年预算数 96.30 | 全年执行数 94.37 | 执行率 99.00%    ← error

选项 / Options
  （无 / none）
)doc";

#include <algorithm>

#include "lint/check.h"
#include "lint/message.h"

namespace jxlint {
namespace {

constexpr Message kRate{
    "执行率 {rate} 与全年执行数 {executed} ÷ 全年预算数 {budget} = {expected} 不符",
    "the rate {rate} does not match 全年执行数 {executed} / 全年预算数 {budget} = {expected}"};

class EvalRateMismatch final : public SelfEvaluationCheck {
 public:
  explicit EvalRateMismatch(const CheckOptions&) {}

  void run(const SelfEvaluationTable& table, Emitter& out) const override {
    for (const FundingLine& line : table.funding) {
      const FigureField& budget = line.budget();
      if (!line.rate.has_value() || !budget.has_value() || !line.executed.has_value()) continue;
      if (budget.value() <= 0) continue;
      const Figure& rate = *line.rate.figure;
      double exact = line.executed.value() / budget.value();
      // 98.00% and 98 are percentages; 0.98 is the same rate as a fraction.
      bool percent = rate.percent || rate.value > 1.5;
      double written = percent ? rate.value : rate.value * 100;
      int decimals = percent ? rate.decimals : std::max(0, rate.decimals - 2);
      if (matches_at_precision(written, exact * 100, decimals, 1)) continue;
      out.report("", line.rate.cell, "执行率",
                 kRate.format(fmt::arg("rate", line.rate.cell.text),
                              fmt::arg("executed", line.executed.cell.text),
                              fmt::arg("budget", budget.cell.text),
                              fmt::arg("expected", fixed_text(exact * 100, decimals) + "%")));
    }
  }
};

const RegisterCheck<EvalRateMismatch> registration("eval-rate-mismatch", Severity::error, kDoc);

}  // namespace
}  // namespace jxlint
