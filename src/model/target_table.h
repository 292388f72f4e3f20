// The 绩效目标表 as checks see it: named fields, each remembering the grid
// position it came from, so a finding can point at the exact cell.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "grid/grid.h"
#include "model/value.h"

namespace jxlint {

// A piece of the table and where it is. Positions are 0-based in the table's
// grid; row < 0 means the table has no such cell.
struct Field {
  std::string text;
  int row = -1;
  int col = -1;
  bool found() const { return row >= 0; }
};

enum class MoneyUnit { unknown, yuan, wan_yuan };

// One checkpoint of the cumulative spending plan (资金支出计划).
struct PlanPoint {
  std::string label;              // as written: "3月底", "3 月底", "一季度"
  int month = 0;                  // 3, 6, 9/10, 12
  Field value;                    // the cell under (or beside) the label
  std::optional<double> percent;  // parsed: "30%" → 30
};

// The texts of an indicator row folded once (text::fold: no spaces, no
// punctuation, half width, lower case), for checks that compare them. The
// categories are keyed by category_key (a trailing 指标 dropped).
struct FoldedRow {
  std::string name, description, value, basis, written;
  std::string level1, level2;
};

// One indicator row (一级 | 二级 | 三级 | 描述 | 指标值 | 依据 …).
struct IndicatorRow {
  int row = -1;       // grid row
  Field level1;       // 一级指标, resolved through merges (and inherited when blank)
  Field level2;       // 二级指标
  Field name;         // 三级指标
  Field description;  // 绩效指标描述 / 指标解释 / 指标说明
  Field value;        // 指标值
  Field basis;        // 指标值确定依据
  Field op;           // split layout: 指标性质 / 计算符号
  Field unit;         // split layout: 度量单位 / 计量单位 / 单位
  Field weight;       // 权重 / 分值
  Field direction;    // 指标方向 (正向/反向)
  Field last_year;    // 上年指标值
  Value parsed;       // the value's meaning, split columns merged in
  FoldedRow folded;   // the texts above, folded once
  bool level1_inherited = false;  // blank cell that continues the 一级 above
  bool level2_inherited = false;
};

// Which grid column holds which role, read from the indicator header.
struct IndicatorColumns {
  int level1 = -1, level2 = -1, name = -1, description = -1, value = -1, basis = -1;
  int op = -1, unit = -1, weight = -1, direction = -1, last_year = -1;
  bool split() const { return op >= 0 || unit >= 0; }
};

// Rows [first_row, last_row] of source block `block` are the table's grid
// rows from `offset` on (a table may come from a slice of a sheet, or from a
// w:tbl and its continuations).
struct SourceSpan {
  int block = 0;
  int first_row = 0;
  int last_row = 0;
  int offset = 0;
};

// A reviewer's comment anchored in the table: on grid rows [first_row,
// last_row], or on the whole table (first_row < 0) when it sits on the
// table's title paragraph.
struct Annotation {
  std::string text;
  std::string author;
  int first_row = -1;
  int last_row = -1;
  Field anchor;  // the cell it is attached to (row < 0 for the whole table)
};

struct TargetTable {
  int index = 0;          // 1-based among the file's performance tables
  std::string title;      // the paragraph or row naming it: "1.安可设备购置绩效目标表"
  std::string unit_line;  // "单位：万元"
  MoneyUnit money_unit = MoneyUnit::unknown;

  Field project_code;
  Field project_name;
  Field budget;   // 预算数
  Field fiscal;   // 其中：财政资金
  Field other;    // 其他资金
  Field purpose;  // 资金用途
  Field goal;     // 绩效目标

  bool has_plan = false;
  Field plan_label;
  std::vector<PlanPoint> plan;

  bool has_indicator_header = false;
  int header_row = -1;
  IndicatorColumns columns;  // of the (first) indicator header
  std::vector<IndicatorRow> indicators;

  Grid grid;               // the table's cells (continuation tables appended)
  int parts = 1;           // how many source tables it was assembled from
  int source_ordinal = 0;  // the first source table's ordinal (w:tbl number or sheet number)
  std::string sheet;       // the sheet it came from (workbooks)
  bool sheet_hidden = false;
  std::vector<SourceSpan> spans;
  std::vector<Annotation> annotations;

  // The project's name, else the title, else "" — what people call the table.
  const std::string& display_name() const;
};

}  // namespace jxlint
