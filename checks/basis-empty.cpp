constexpr char kDoc[] = R"doc(指标值确定依据为空
An indicator's basis for its target value (指标值确定依据) is empty.

检查内容 / What it finds
  指标行的「指标值确定依据」为空，或只填了 /、-、—、无 之类等于没填的内容。
  表中根本没有这一栏时（有的模板没有），由 column-missing 说明。
  An indicator row whose 指标值确定依据 is blank, or holds only a stand-in for
  nothing (/, -, —, 无). A table without that column (some templates have
  none) is column-missing's to report.

为什么重要 / Why it matters
  依据说明目标值从哪里来（计划标准、行业标准、历史标准或其他标准），
  财政部门审核目标值是否合理全靠它；为空的表会被退回。
  The basis is how a reviewer judges whether a target is reasonable; tables
  without it are sent back.

示例 / Example
  三级指标 购买数量 | 指标值 1 | 指标值确定依据 （空）     ← error
  三级指标 购买数量 | 指标值 1台 | 计划标准：2023年设备购置计划   ← 通过

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"
#include "model/value.h"
#include "util/text.h"

namespace jxlint {
namespace {

class BasisEmpty final : public TargetTableCheck {
 public:
  explicit BasisEmpty(const CheckOptions&) {}

  void run(const TargetTable& table, Emitter& out) const override {
    if (table.indicators.empty()) return;
    if (table.columns.basis < 0) return;  // column-missing says so
    for (const IndicatorRow& row : table.indicators) {
      if (!is_empty_marker(row.basis.text)) continue;
      if (text::is_blank(row.basis.text)) {
        out.report(
            row, row.basis, "指标值确定依据",
            {"指标值确定依据为空", "the basis of the target value (指标值确定依据) is empty"});
      } else {
        out.report(row, row.basis, "指标值确定依据",
                   {"指标值确定依据只填了「" + quote(row.basis.text) + "」，等于没有填写",
                    "the basis of the target value is only \"" + quote(row.basis.text) +
                        "\", which says nothing"});
      }
    }
  }
};

const RegisterCheck<BasisEmpty> registration("basis-empty", Severity::error, kDoc);

}  // namespace
}  // namespace jxlint
