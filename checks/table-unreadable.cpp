constexpr char kDoc[] = R"doc(绩效目标表读不出指标，无法检查
A target table whose indicators could not be read, so nothing in it was checked.

检查内容 / What it finds
  被识别为绩效目标表（有标题、项目信息、资金支出计划或绩效目标）的表格中，找不到指标表头
  （一级指标/二级指标、三级指标或指标内容、指标值），或表头下一行指标也没有读到。
  A table recognised as a 绩效目标表 (by its title, project block, plan or goal)
  in which no indicator header (一级/二级, 三级指标 or 指标内容, 指标值) was
  found, or no indicator row under it.

为什么重要 / Why it matters
  读不出的表不能算「没有问题」：门禁如果让它通过，比没有门禁更糟。这条错误说明 jxlint
  没能检查这张表，需要人工查看，或把表格整理成标准格式；`jxlint inspect` 显示读到了什么。
  A table jxlint could not read is not a clean table: a gate that passes it is
  worse than no gate. Look at it by hand, or bring it to a standard layout;
  `jxlint inspect` shows what was read.

示例 / Example
  1.某项目绩效目标表 | 项目名称 … | 绩效目标 … | （指标粘贴成一整段文字）   ← error
  表头「一级指标 | 二级指标 | 三级指标 | 指标值 …」下有指标行               ← 通过

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"

namespace jxlint {
namespace {

class TableUnreadable final : public TargetTableCheck {
 public:
  explicit TableUnreadable(const CheckOptions&) {}

  void run(const TargetTable& t, Emitter& out) const override {
    if (!t.has_indicator_header) {
      out.report(Field{"", 0, 0}, "指标",
                 {"没有找到指标表头（一级指标/二级指标、三级指标或指标内容、指标值），"
                  "这张表的指标一项也没有检查，请人工查看",
                  "no indicator header (一级/二级指标, 三级指标 or 指标内容, 指标值) was found: "
                  "none of this table's indicators was checked; review it by hand"});
      return;
    }
    if (t.indicators.empty()) {
      out.report(Field{"", t.header_row, 0}, "指标",
                 {"指标表头下没有读到任何指标行，这张表的指标一项也没有检查，请人工查看",
                  "no indicator row was read under the indicator header: none of this table's "
                  "indicators was checked; review it by hand"});
    }
  }
};

const RegisterCheck<TableUnreadable> registration("table-unreadable", Severity::error, kDoc);

}  // namespace
}  // namespace jxlint
