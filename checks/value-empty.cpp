constexpr char kDoc[] = R"doc(指标值为空
An indicator row has no 指标值 (target value).

检查内容 / What it finds
  指标行的「指标值」为空，或只填了 /、-、无 之类等于没填的内容。
  分列格式中看「指标值」一列（指标性质、度量单位另行检查）。
  An indicator row whose 指标值 is blank or only a stand-in (/, -, 无). In
  split layouts, the 指标值 column itself.

为什么重要 / Why it matters
  没有目标值的指标无法考核；这是必退的问题。
  An indicator without a target cannot be evaluated.

示例 / Example
  培训人次 | 指标值 （空）     ← error
  培训人次 | 指标值 ≥300人次   ← 通过

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"
#include "model/value.h"
#include "util/text.h"

namespace jxlint {
namespace {

class ValueEmpty final : public TargetTableCheck {
 public:
  explicit ValueEmpty(const CheckOptions&) {}

  void run(const TargetTable& t, Emitter& out) const override {
    if (t.columns.value < 0) return;
    for (const IndicatorRow& row : t.indicators) {
      if (!is_empty_marker(row.value.text)) continue;
      bool blank = text::is_blank(row.value.text);
      out.report(
          row, row.value, "指标值",
          {blank ? "指标值为空" : "指标值只填了「" + quote(row.value.text) + "」，等于没有填写",
           blank
               ? "the target value (指标值) is empty"
               : "the target value is only \"" + quote(row.value.text) + "\", which says nothing"});
    }
  }
};

const RegisterCheck<ValueEmpty> registration("value-empty", Severity::error, kDoc);

}  // namespace
}  // namespace jxlint
