// What every table jxlint finds has, whatever its kind: where it came from,
// its cells, its title and unit, the reviewers' comments on it, and why the
// classifier gave it its kind. The model of each kind (TargetTable …) builds
// on it; tables of kinds without a model are listed as a plain Table.
#pragma once

#include <string>
#include <vector>

#include "grid/grid.h"
#include "model/table_kind.h"

namespace jxlint {

// A piece of a table and where it is. Positions are 0-based in the table's
// grid; row < 0 means the table has no such cell.
struct Field {
  std::string text;
  int row = -1;
  int col = -1;
  bool found() const { return row >= 0; }
};

enum class MoneyUnit { unknown, yuan, wan_yuan };

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

struct Table {
  TableKind kind = TableKind::other;
  int index = 0;  // 1-based among the file's performance tables (any kind but other); 0 for other
  int order = 0;  // 1-based among all the tables of the file, in reading order
  std::string title;      // the paragraph or row naming it: "1.安可设备购置绩效目标表"
  std::string unit_line;  // "单位：万元"
  // What the table is about as it names it (项目名称 / 部门名称 beside their
  // label), for tables of kinds without a model; "" when it names none.
  std::string subject;
  MoneyUnit money_unit = MoneyUnit::unknown;
  // The lines standing right above the table (paragraphs or caption rows of
  // a sheet): title, department, unit. Where title and unit_line come from.
  std::vector<std::string> captions;
  // Why the classifier chose `kind`: the labels it saw ("表头「实际完成值」").
  std::vector<std::string> evidence;

  Grid grid;               // the table's cells (continuation tables appended)
  int parts = 1;           // how many source tables it was assembled from
  int source_ordinal = 0;  // the first source table's ordinal (w:tbl number or sheet number)
  std::string sheet;       // the sheet it came from (workbooks)
  bool sheet_hidden = false;
  std::vector<SourceSpan> spans;
  std::vector<Annotation> annotations;

  // What people call the table: its name, else its title, else "".
  virtual const std::string& display_name() const { return title; }
  // The project code, for baselines that key findings by content; "" if none.
  virtual const std::string& code() const;

  Table() = default;
  Table(const Table&) = default;
  Table(Table&&) noexcept = default;
  Table& operator=(const Table&) = default;
  Table& operator=(Table&&) noexcept = default;
  virtual ~Table() = default;
};

}  // namespace jxlint
