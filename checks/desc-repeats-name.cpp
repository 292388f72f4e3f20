constexpr char kDoc[] = R"doc(绩效指标描述只是重复了三级指标名称
The description (绩效指标描述) says nothing beyond the indicator's name.

检查内容 / What it finds
  「绩效指标描述」与「三级指标」名称相同：忽略空格、标点和全角/半角差别后完全一致。
  描述以名称开头但补充了内容的，不算重复。
  A description equal to the 三级指标 name once spaces, punctuation and
  full/half width are folded away. A description that starts with the name
  and adds to it is fine.

为什么重要 / Why it matters
  描述应说明指标衡量什么、怎样计算（口径、范围、计算方法）。照抄名称的描述
  没有提供任何信息，审核人会要求补充。
  The description should say what is measured and how; a copy of the name
  tells the reviewer nothing.

示例 / Example
  三级指标 购买数量 | 绩效指标描述 购买数量                        ← warning
  三级指标 购买数量 | 绩效指标描述 年内购置安可设备的台数          ← 通过

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"
#include "util/text.h"

namespace jxlint {
namespace {

class DescRepeatsName final : public TargetTableCheck {
 public:
  explicit DescRepeatsName(const CheckOptions&) {}

  void run(const TargetTable& table, Emitter& out) const override {
    if (table.columns.description < 0 || table.columns.name < 0) return;
    for (const IndicatorRow& row : table.indicators) {
      if (row.folded.name.empty() || row.folded.name != row.folded.description) continue;
      std::string d = quote(row.description.text);
      out.report(row, row.description, "绩效指标描述",
                 {"绩效指标描述「" + d + "」只是重复了三级指标名称，应说明指标衡量什么、如何计算",
                  "the description \"" + d +
                      "\" only repeats the indicator's name; say what is measured and how"});
    }
  }
};

const RegisterCheck<DescRepeatsName> registration("desc-repeats-name", Severity::warning, kDoc);

}  // namespace
}  // namespace jxlint
