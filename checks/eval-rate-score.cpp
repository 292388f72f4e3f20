constexpr char kDoc[] = R"doc(预算执行率得分不等于执行率乘以分值
The budget-execution score is not 执行率 × its 分值.

适用于 / Applies to
  绩效自评表 / self-evaluation tables

检查内容 / What it finds
  「年度资金总额」一行的得分应为 执行率 × 分值，执行率超过 100% 时按 100% 计
  （得分不超过分值）。按得分写出的小数位数比较，表中写出的执行率和按执行数、
  预算数算出的执行率都接受。
  The 年度资金总额 line's score must be 执行率 × 分值, the rate capped at
  100%. Compared at the score's decimals; both the written rate and the rate
  computed from the figures are accepted.

为什么重要 / Why it matters
  这是财预〔2020〕10号规定的计分方法；有的地方另有计分办法，所以是警告。
  It is the national template's scoring rule; some provinces score budget
  execution their own way, hence a warning.

示例 / Example
  分值 10 | 执行率 98.00% | 得分 9.80    ← 通过
  分值 10 | 执行率 98.00% | 得分 10      ← warning

选项 / Options
  （无 / none）
)doc";

#include <algorithm>

#include "lint/check.h"
#include "lint/message.h"

namespace jxlint {
namespace {

constexpr Message kScore{"预算执行率得分 {score} 不等于 执行率 {rate} × 分值 {points} = {expected}",
                         "the budget-execution score {score} is not rate {rate} × points {points} "
                         "= {expected}"};

double capped(double percent) {
  return std::min(percent, 100.0) / 100.0;
}

class EvalRateScore final : public SelfEvaluationCheck {
 public:
  explicit EvalRateScore(const CheckOptions&) {}

  void run(const SelfEvaluationTable& table, Emitter& out) const override {
    const FundingLine* line = table.total_funding();
    if (line == nullptr || !line->score.has_value() || !line->points.has_value()) return;
    const Figure& score = *line->score.figure;
    double points = line->points.value();
    std::vector<double> rates;
    if (line->rate.has_value()) {
      const Figure& r = *line->rate.figure;
      rates.push_back(r.percent || r.value > 1.5 ? r.value : r.value * 100);
    }
    const FigureField& budget = line->budget();
    if (budget.has_value() && budget.value() > 0 && line->executed.has_value())
      rates.push_back(line->executed.value() / budget.value() * 100);
    if (rates.empty()) return;
    for (double rate : rates) {
      if (matches_at_precision(score.value, capped(rate) * points, score.decimals, 1)) return;
    }
    double rate = rates.front();
    out.report(
        "", line->score.cell, "执行率得分",
        kScore.format(fmt::arg("score", line->score.cell.text),
                      fmt::arg("rate", fixed_text(rate, 2) + "%"),
                      fmt::arg("points", line->points.cell.text),
                      fmt::arg("expected", fixed_text(capped(rate) * points, score.decimals))));
  }
};

const RegisterCheck<EvalRateScore> registration("eval-rate-score", Severity::warning, kDoc);

}  // namespace
}  // namespace jxlint
