// Builds the ScoreTable model from a 评分表's grid: the header (one or two
// rows: 三级指标 over 指标名称 | 指标解释说明), the 一级 → 二级 → 三级 tree
// from the merged label cells, each scored row's cells, the 小计/合计 row and
// the 评价结果 (bands and grade). Columns are found by their labels.
#pragma once

#include "model/score_table.h"

namespace jxlint {

// Reads (or, after rows were appended, rereads) the whole table.
void build_score_table(ScoreTable& table);

}  // namespace jxlint
