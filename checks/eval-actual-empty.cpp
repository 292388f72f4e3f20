constexpr char kDoc[] = R"doc(自评表的实际完成值为空
An indicator of a 自评表 has no 实际完成值.

适用于 / Applies to
  绩效自评表 / self-evaluation tables

检查内容 / What it finds
  每个绩效指标都要填写「实际完成值」：空白，或只有 /、—、无 等占位符号时报告。
  Every indicator needs its 实际完成值: reported when the cell is blank or
  holds only a stand-in (/, —, 无).

为什么重要 / Why it matters
  没有实际完成值，得分就没有依据；这样的自评表会被退回补填。
  Without the value achieved the score has no basis; such a 自评表 is sent
  back to be completed.

示例 / Example
  培训人次 | ≥300人次 | 实际完成值 （空） | 分值 10 | 得分 10    ← error
  培训人次 | ≥300人次 | 实际完成值 326人次 | 分值 10 | 得分 10   ← 通过

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"
#include "lint/message.h"

namespace jxlint {
namespace {

constexpr Message kEmpty{"「{name}」没有填写实际完成值", "{name} has no 实际完成值"};

class EvalActualEmpty final : public SelfEvaluationCheck {
 public:
  explicit EvalActualEmpty(const CheckOptions&) {}

  void run(const SelfEvaluationTable& table, Emitter& out) const override {
    for (const EvaluationRow& row : table.indicators) {
      if (row.actual_value.kind != Value::Kind::empty || table.columns.actual < 0) continue;
      Field where = row.actual.found() ? row.actual : Field{"", row.row, table.columns.actual};
      out.report(row.name.text, where, "实际完成值",
                 kEmpty.format(fmt::arg("name", quote(row.name.text))));
    }
  }
};

const RegisterCheck<EvalActualEmpty> registration("eval-actual-empty", Severity::error, kDoc);

}  // namespace
}  // namespace jxlint
