constexpr char kDoc[] = R"doc(文件中没有找到绩效目标表
No performance target table was found in the file.

检查内容 / What it finds
  文件中一张绩效目标表也没有识别出来：没有表格，或表格都不是 jxlint 认识的绩效表格。
  文件中有绩效自评表或评分表时不报告：这些表格按各自的规则检查。
  Not one 绩效目标表 was recognised in the file: it has no table, or none of
  its tables is a performance table jxlint knows. A file holding a 自评表 or
  a 评分表 is not reported: those tables are checked by their own rules.

为什么重要 / Why it matters
  读不出任何表格的文件如果「0 个问题」通过，就是一次静默放行：可能表格是图片、
  是另一种模板，或文件交错了。
  A file that yields no table and passes with "0 problems" is a silent pass:
  the table may be a picture, another template, or the wrong file.

示例 / Example
  「XX项目绩效目标表」标题下没有表格（表格是截图）   ← warning
  文件只有一张绩效自评表                             ← 通过（不报告）

选项 / Options
  （无 / none）
)doc";

#include <algorithm>

#include "lint/check.h"

namespace jxlint {
namespace {

class NoTargetTable final : public DocumentCheck {
 public:
  explicit NoTargetTable(const CheckOptions&) {}

  void run(const Recognition& doc, Emitter& out) const override {
    if (!doc.tables.empty()) return;
    bool any_other_kind = !doc.self_evaluations.empty() || !doc.score_tables.empty();
    // A file of 自评表 or 评分表 was linted as such: nothing was passed unread.
    if (any_other_kind) return;
    std::size_t unknown = doc.other_tables.size();
    if (unknown == 0) {
      out.report_on(nullptr, {"文件中没有表格，没有找到绩效目标表（表格可能是图片，或文件交错了）",
                              "the file holds no table, so no 绩效目标表 was found (a picture of "
                              "the table, or the wrong file?)"});
    } else {
      out.report_on(nullptr,
                    {"文件中的 " + std::to_string(unknown) +
                         " 张表格都不是绩效目标表（`jxlint inspect` 可查看读到的内容）",
                     "none of the file's " + std::to_string(unknown) +
                         " other table(s) is a 绩效目标表 (`jxlint inspect` shows what was read)"});
    }
  }
};

const RegisterCheck<NoTargetTable> registration("no-target-table", Severity::warning, kDoc);

}  // namespace
}  // namespace jxlint
