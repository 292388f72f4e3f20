// The kinds of table a budget document holds. Every table jxlint finds is
// classified before any rule runs, and a rule runs only on the kind it
// declares: a 自评表 or a 评分表 linted as a 绩效目标表 is a false alarm.
#pragma once

#include <string_view>

#include "util/lang.h"

namespace jxlint {

enum class TableKind {
  target,  // 项目支出绩效目标表: a project's targets (项目编码/项目名称 …)
  department_target,  // 部门整体支出绩效目标表: a department's targets, no project
  self_evaluation,    // 绩效自评表: 年度指标值 | 实际完成值 | 分值 | 得分 …
  score,              // 评分表 / 评价指标体系: 评分标准 | 得分, points in the labels
  other,              // anything else: listed, never linted
};

// The stable id used in JSON and configuration: "target", "department-target",
// "self-evaluation", "score", "other".
std::string_view kind_id(TableKind kind);
// The kind a kind_id() names; other for anything else.
TableKind kind_from_id(std::string_view id);
// What people call it: 绩效目标表, 部门整体绩效目标表, 绩效自评表 …
std::string_view kind_name(TableKind kind, Lang lang);

// The two kinds the target-table rules apply to.
inline bool is_target_kind(TableKind kind) {
  return kind == TableKind::target || kind == TableKind::department_target;
}

}  // namespace jxlint
