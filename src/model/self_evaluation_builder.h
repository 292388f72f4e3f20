// Builds the SelfEvaluationTable model from a 自评表's grid: the project and
// department labels, the 项目资金 block (a header row of 年初预算数 |
// 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over one line per source),
// the 预期目标/实际完成情况 goals, the indicator header and rows, the 总分
// and the 自评等级. Columns are found by their labels, never by position.
#pragma once

#include "model/self_evaluation_table.h"

namespace jxlint {

// Reads (or, after rows were appended, rereads) the whole table.
void build_self_evaluation(SelfEvaluationTable& table);

}  // namespace jxlint
