// Which kind of table a region is, from its labels, its header and the title
// above it. Every decision carries its evidence, which `jxlint inspect`
// prints: when a table is read as the wrong kind, that is where to look.
#pragma once

#include <string>
#include <vector>

#include "grid/grid.h"
#include "model/table_kind.h"

namespace jxlint {

struct Classification {
  TableKind kind = TableKind::other;
  std::vector<std::string> evidence;  // what decided it, in words: 表头「实际完成值」 …
  // What the region holds, for joining continuations and for the builders.
  bool project_block = false;        // 项目编码 / 项目名称
  bool plan_or_goal = false;         // 资金支出计划 / 绩效目标
  bool indicator_header = false;     // a target table's indicator header
  bool indicator_rows_like = false;  // rows whose 一级 or 二级 ends with 指标
  bool own_kind_markers = false;     // labels only a 自评表 or 评分表 has
};

// `captions`: the lines above the region (titles, unit lines), nearest last.
Classification classify(const Grid& grid, const std::vector<std::string>& captions);

}  // namespace jxlint
