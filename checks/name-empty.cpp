constexpr char kDoc[] = R"doc(三级指标名称为空
An indicator row has no 三级指标 (indicator name).

检查内容 / What it finds
  指标行填了描述、指标值或依据，但「三级指标」为空或只有 /、- 之类的符号。
  An indicator row with a description, value or basis but no 三级指标 name
  (blank, or only a stand-in such as /).

为什么重要 / Why it matters
  没有名称的指标说不清考核什么，也无法在自评和复核中引用。
  An indicator without a name cannot be referred to in evaluation or review.

示例 / Example
  数量指标 | 三级指标 （空） | 参训人次 | ≥300人次   ← error

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"
#include "model/value.h"
#include "util/text.h"

namespace jxlint {
namespace {

class NameEmpty final : public TargetTableCheck {
 public:
  explicit NameEmpty(const CheckOptions&) {}

  void run(const TargetTable& t, Emitter& out) const override {
    if (t.columns.name < 0) return;
    for (const IndicatorRow& row : t.indicators) {
      if (!is_empty_marker(row.name.text)) continue;
      out.report(row, row.name, "三级指标",
                 {"三级指标名称为空（二级指标「" + quote(row.level2.text) + "」下的这一行）",
                  "the indicator name (三级指标) is empty (the row under \"" +
                      quote(row.level2.text) + "\")"});
    }
  }
};

const RegisterCheck<NameEmpty> registration("name-empty", Severity::error, kDoc);

}  // namespace
}  // namespace jxlint
