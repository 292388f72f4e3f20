// The labels of a 绩效目标表 and their spellings. Labels are compared by
// their folded key (text::fold): spaces, punctuation and full/half width do
// not matter, so `资金支出计 划(%)` is `资金支出计划（%）`.
#pragma once

#include <string_view>

#include "model/target_table.h"

namespace jxlint {

enum class Label {
  none,
  project_code,  // 项目编码
  project_name,  // 项目名称
  budget_block,  // 预算规模及资金用途 (the block's row label)
  budget,        // 预算数
  fiscal,        // 其中：财政资金 / 财政拨款
  carry_over,    // 上年结转 / 结转资金
  other,         // 其他资金, 自有资金, 事业收入 … (every other source of the budget)
  department,    // 部门名称 / 单位名称 (a department's table)
  purpose,       // 资金用途 (an explicit purpose label)
  plan,          // 资金支出计划（%）
  goal,          // 绩效目标 / 年度目标
  long_term_goal,  // 长期目标 / 中期目标 / 总目标
  checkpoint,      // 3月底, 一季度 … (see checkpoint_month)
  other_field,     // a label of a field jxlint does not use (主管部门, 实施单位 …)
};

// What a cell's text labels, judged by its folded key.
Label classify_label(std::string_view cell_text);
// The same for a key already folded (text::fold of the cell's text).
Label classify_label_key(std::string_view key);

// The month a plan checkpoint label stands for ("3 月底" → 3, "四季度" → 12);
// 0 when it is no checkpoint.
int checkpoint_month(std::string_view cell_text);

enum class Role {
  none,
  level1,
  level2,
  name,
  description,
  value,
  basis,
  op,
  unit,
  weight,
  direction,
  last_year,
  remark,  // 备注
};

// The role of a column header in the indicator header row.
Role classify_header(std::string_view cell_text);

// The money unit of a unit line: "单位：万元", "（单位：元）".
MoneyUnit money_unit_of_line(std::string_view text);
// The money unit a label carries: "预算数（万元）".
MoneyUnit money_unit_of_label(std::string_view text);

// True for a title such as "1.安可设备购置绩效目标表".
bool looks_like_title(std::string_view text);

// True for a paragraph that only says the table goes on ("续表", "（续）").
bool is_continuation_note(std::string_view text);

}  // namespace jxlint
