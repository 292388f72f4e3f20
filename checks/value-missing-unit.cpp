constexpr char kDoc[] = R"doc(数值型指标值没有计量单位
A numeric 指标值 has no unit.

检查内容 / What it finds
  指标值只有运算符和数字、没有计量单位，如「≥90」「500」「≤0.91」「1」。
  分列格式（指标性质 | 指标值 | 度量单位）中，数字旁的「度量单位」为空时报告。
  写了单位的（≥3次、≥80%、≤5万元、≥100人次）和定性的指标值（每年一次、优）不报告。
  A value that is only an operator and a number (≥90, 500, ≤0.91, 1). In split
  layouts, an empty 度量单位 beside a number. Values with a unit and
  qualitative values are fine.

为什么重要 / Why it matters
  没有单位就无法判断目标的含义：「≥90」是 90%、90 分还是 90 人？审核人无法
  评价目标是否合理，年底也无法据此评价是否完成。
  Without a unit nobody can tell what ≥90 means (90%? 90 points? 90 people?),
  so the target can neither be reviewed nor evaluated.

示例 / Example
  资产使用者满意度 | ≥90      ← warning（应为 ≥90%）
  培训次数         | ≥2次     ← 通过

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"

namespace jxlint {
namespace {

class ValueMissingUnit final : public TargetTableCheck {
 public:
  explicit ValueMissingUnit(const CheckOptions&) {}

  void run(const TargetTable& table, Emitter& out) const override {
    for (const IndicatorRow& row : table.indicators) {
      const Value& v = row.parsed;
      if (!v.is_numeric() || v.has_unit()) continue;
      std::string value = quote(v.written.empty() ? v.text : v.written);
      if (row.unit.found()) {
        out.report(row, row.unit, "度量单位",
                   {"度量单位为空，指标值「" + value + "」无法判断含义（%、次、万元……）",
                    "the unit column is empty, so the value \"" + value +
                        "\" means nothing (%, times, 万元 …)"});
      } else {
        out.report(
            row, row.value, "指标值",
            {"指标值「" + value + "」只有数字，没有计量单位（%、次、万元……）",
             "the value \"" + value + "\" is a bare number without a unit (%, times, 万元 …)"});
      }
    }
  }
};

const RegisterCheck<ValueMissingUnit> registration("value-missing-unit", Severity::warning, kDoc);

}  // namespace
}  // namespace jxlint
