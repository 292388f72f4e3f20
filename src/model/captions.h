// The lines around and between tables that are not table content: titles,
// department and unit lines, notes, totals. They may be paragraphs of a
// document or rows of a sheet (often a title merged over A:E beside a unit
// line over F:G). The segmenter starts a table at them; no builder ever reads
// one as an indicator row.
#pragma once

#include <string_view>
#include <vector>

#include "model/rows.h"
#include "model/table_kind.h"

namespace jxlint {

enum class LineKind {
  none,
  title,       // "2.动物防疫补助项目绩效目标表", "项目支出绩效自评表"
  year,        // "（2023年度）"
  department,  // "715001 承德县档案馆本级", "填报单位（盖章）：承德县档案馆"
  unit,        // "单位：万元", "金额单位：元"
  continuation,  // "续表"
  note,          // "注：…", "填表说明", "填报人：…"
  total,         // "合计", "小计", "总分", "总计"
};

LineKind line_kind(std::string_view text);

// The kind a title names: 绩效目标表 → target, 部门整体…目标表 →
// department_target, 自评表 → self_evaluation, 评分表/评价指标体系 → score;
// other when it names none.
TableKind title_kind(std::string_view text);

// A row that carries only lines above a table: every non-blank cell is a
// title, year, department or unit line, and there is one.
bool is_heading_row(const std::vector<RowCell>& cells);

// A row whose first non-blank cell says 合计/小计/总分/总计, or a note row
// (one cell, 注：…): never an indicator row.
bool is_total_or_note_row(const std::vector<RowCell>& cells);

}  // namespace jxlint
