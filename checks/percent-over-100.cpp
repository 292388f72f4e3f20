constexpr char kDoc[] = R"doc(比率类指标的目标值达到或超过100%
A percentage or rate is targeted at ≥100, >100 or above 100.

检查内容 / What it finds
  百分比或比率类指标的目标值写成了 ≥100、≥100%、>100%、=120% 之类。
  判断是否为百分比：单位是 %（含全角 ％）；或没有写单位、而三级指标名称或描述
  表明它是比率（含「率」「比例」「占比」「满意度」等，见选项 rate-words）。
  带其他单位的计数不是百分比：≥100人次、≥100个 不报告。=100%、≤100% 不报告。
  A target such as ≥100, ≥100%, >100% or =120% on a percentage: the unit is %,
  or there is no unit and the indicator's name or description says it is a
  rate (see rate-words). Counts with another unit (≥100人次) are not
  percentages; =100% and ≤100% are fine.

为什么重要 / Why it matters
  比率最高就是 100%。「≥100%」实际只能等于 100%，应写作「=100%」；
  大于 100% 的合格率、完成率无法实现，审核人会要求修改。
  A rate cannot exceed 100%: ≥100% can only mean =100%, and more is impossible.

示例 / Example
  项目验收合格率 | ≥100      ← warning（应为 =100% 或 ≥95%）
  培训人次       | ≥100人次  ← 通过（计数，不是百分比）

选项 / Options
  percent-over-100.rate-words  (字符串列表 / list of strings)
      没有单位时，名称或描述含这些词即视为比率。
      默认 ["率", "比例", "占比", "百分比", "满意度"]。
)doc";

#include <fmt/format.h>

#include "lint/check.h"
#include "util/text.h"

namespace jxlint {
namespace {

class PercentOver100 final : public TargetTableCheck {
 public:
  explicit PercentOver100(const CheckOptions& options)
      : rate_words_(options.get_list("rate-words")) {}

  void run(const TargetTable& table, Emitter& out) const override {
    for (const IndicatorRow& row : table.indicators) {
      const Value& v = row.parsed;
      if (!v.is_numeric()) continue;
      bool unitless_rate = !v.has_unit() && is_rate(row);
      if (!v.is_percent() && !unitless_rate) continue;
      bool over = false;
      switch (v.op) {
        case Op::ge:
        case Op::gt:
          over = v.number >= 100.0;
          break;
        case Op::eq:
        case Op::none:
          over = v.number > 100.0;
          break;
        case Op::range:
          over = v.upper > 100.0;
          break;
        case Op::le:
        case Op::lt:
          break;
      }
      if (!over) continue;
      std::string value = quote(v.written.empty() ? v.text : v.written);
      std::string zh = "比率类指标的目标值「" + value + "」";
      std::string en = "the rate's target \"" + value + "\"";
      if (v.op == Op::ge && v.number == 100.0) {
        zh +=
            "要求达到或超过100%，而比率最高为100%：应写作「=100%」，或定一个可实现的目标如「≥95%」";
        en +=
            " asks for 100% or more, but a rate cannot exceed 100%: write =100%, or an achievable "
            "target such as ≥95%";
      } else {
        zh += "超过了100%，比率不可能超过100%";
        en += " is above 100%, which a rate cannot be";
      }
      if (unitless_rate) {
        zh += "（未写单位，按百分比理解）";
        en += " (no unit written; read as a percentage)";
      }
      out.report(row, row.value, "指标值", {zh, en});
    }
  }

 private:
  bool is_rate(const IndicatorRow& row) const {
    for (const std::string& w : rate_words_) {
      if (row.name.text.find(w) != std::string::npos ||
          row.description.text.find(w) != std::string::npos) {
        return true;
      }
    }
    return false;
  }

  std::vector<std::string> rate_words_;
};

const RegisterCheck<PercentOver100> registration(
    "percent-over-100", Severity::warning, kDoc,
    {{"rate-words",
      std::vector<std::string>{"率", "比例", "占比", "百分比", "满意度"},
      {"没有单位时，名称或描述含这些词即视为比率", "words that mark a unitless value as a rate"}}});

}  // namespace
}  // namespace jxlint
