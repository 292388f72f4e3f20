constexpr char kDoc[] = R"doc(满意度目标偏低或定为100%
A satisfaction target is below 80%, or exactly 100%.

检查内容 / What it finds
  满意度指标（一级满意度指标下，或二级含「满意度」）的目标低于 min（默认 80%），
  或者正好是 100%（=100%、100%）。≥100% 由 percent-over-100 报告。
  A satisfaction target below min (80% by default), or exactly 100%.
  ≥100% is percent-over-100's.

为什么重要 / Why it matters
  满意度目标过低缺乏激励，100% 则几乎无法实现，都需要审核人判断是否合理。
  Too low a target sets no ambition; 100% is practically unattainable.

示例 / Example
  服务对象满意度指标 | 参训职工满意度 | ≥70%     ← info
  服务对象满意度指标 | 参训职工满意度 | =100%    ← info
  服务对象满意度指标 | 参训职工满意度 | ≥90%     ← 通过

选项 / Options
  satisfaction-range.min  (数字 / number, 默认 80)  低于这个百分数的目标会被报告
)doc";

#include <fmt/format.h>

#include "lint/check.h"
#include "model/categories.h"

namespace jxlint {
namespace {

class SatisfactionRange final : public TargetTableCheck {
 public:
  explicit SatisfactionRange(const CheckOptions& options) : min_(options.get_number("min")) {}

  void run(const TargetTable& t, Emitter& out) const override {
    for (const IndicatorRow& row : t.indicators) {
      const Value& v = row.parsed;
      if (!is_satisfaction(row) || !v.is_numeric()) continue;
      // A unitless number on a satisfaction row is a percentage in practice.
      if (!v.is_percent() && v.has_unit()) continue;
      std::string value = quote(v.text);
      if ((v.op == Op::eq || v.op == Op::none) && v.number == 100.0) {
        out.report(
            row, row.value, "指标值",
            {"满意度目标「" + value + "」定为100%，几乎无法实现，建议设为 ≥90% 之类可实现的目标",
             "the satisfaction target \"" + value +
                 "\" is 100%, which is practically unattainable"});
      } else if (v.op != Op::le && v.op != Op::lt && v.high() < min_) {
        out.report(row, row.value, "指标值",
                   {fmt::format("满意度目标「{}」低于 {:g}%，目标偏低", value, min_),
                    fmt::format("the satisfaction target \"{}\" is below {:g}%", value, min_)});
      }
    }
  }

 private:
  double min_;
};

const RegisterCheck<SatisfactionRange> registration(
    "satisfaction-range", Severity::info, kDoc,
    {{"min", 80.0, {"满意度目标的下限（百分数）", "the lowest satisfaction target, in percent"}}});

}  // namespace
}  // namespace jxlint
