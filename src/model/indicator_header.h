// The indicator header of a target table: which grid column holds which
// role (一级, 二级, 三级, 指标值 …), read from one header row or from two
// (三级指标 over 指标名称 | 指标解释, 指标值 over 计算符号 | 数值 | 单位).
#pragma once

#include <string>
#include <string_view>

#include "grid/grid.h"
#include "model/target_table.h"

namespace jxlint {

struct HeaderRead {
  int rows = 0;  // 0: no indicator header at this row; else 1 or 2
  IndicatorColumns columns;
  std::string block;  // the block a leading cell names (长期绩效指标 → "长期"), or ""
};

// The indicator header starting at row r (rows before `end`), if there is one.
HeaderRead read_indicator_header(const Grid& g, int r, int end);

// True when the columns make an indicator header: a name and a value
// column, and a 一级 or 二级 column.
bool is_indicator_header(const IndicatorColumns& columns);

// "长期", "中期" or "年度" for a text naming a block of indicators
// (长期绩效指标, 年度绩效指标, 中期指标); "" otherwise.
std::string indicator_block_of(std::string_view text);

}  // namespace jxlint
