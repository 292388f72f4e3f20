// What jxlint found, where, and the results of linting one file. These are
// what reporters read; their JSON form is a contract (docs/output.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/severity.h"
#include "model/project_digest.h"

namespace jxlint {

struct Finding {
  std::string rule;
  Severity severity = Severity::warning;
  std::string message;
  int table = 0;             // 1-based among the file's performance tables
  std::string project_name;  // "" when the table names no project
  int row = 0;               // 1-based in the table's grid; 0 when not applicable
  int column = 0;
  std::string field;  // 指标值确定依据, 绩效指标描述, 资金支出计划 …
  std::optional<std::string> indicator;  // the 三级指标 name for an indicator row
  std::string text;                      // the offending text as written
  std::optional<std::string> sheet;      // workbooks: sheet name
  std::optional<std::string> cell;       // workbooks: A1 reference
  std::string project_code;              // for baselines: findings are keyed by content
};

// A finding a reviewer's comment silenced, with the comment's reason.
struct SuppressedFinding {
  Finding finding;
  std::string reason;
  std::string author;
};

// A recognised table's cells, for reports that draw tables (HTML). Only
// kept when asked for (LintOptions::keep_tables): it costs memory.
struct TableView {
  struct Cell {
    std::string text;
    int row_span = 1;
    int col_span = 1;
    bool covered = false;  // inside another cell's merge: not drawn
    std::string ref;       // A1 reference in a sheet
  };
  int rows = 0;
  int cols = 0;
  std::vector<Cell> cells;  // row-major, rows × cols
  const Cell& at(int r, int c) const { return cells[static_cast<std::size_t>(r * cols + c)]; }
};

struct TableSummary {
  int table = 0;     // 1-based among the performance tables; 0 for a table of kind other
  std::string kind;  // "target", "department-target", "self-evaluation", "score", "other"
  int order = 0;     // 1-based among all the file's tables, in reading order
  std::vector<std::string> evidence;  // why the classifier chose the kind
  std::string project_code;
  std::string project_name;
  std::string title;
  int indicators = 0;
  std::string unit;  // "万元", "元" or ""
  int parts = 1;     // source tables it was assembled from
  std::optional<std::string> sheet;
  bool hidden = false;            // on a hidden sheet
  std::optional<TableView> view;  // with LintOptions::keep_tables
};

struct FileError {
  std::string code;
  std::string message;
};

struct FileResult {
  std::string path;
  std::string format;  // "docx", "xlsx", or "" when unknown
  std::optional<FileError> error;
  std::vector<TableSummary> tables;        // performance tables of every kind, in reading order
  std::vector<TableSummary> other_tables;  // tables of kind other: listed, not linted
  std::vector<Finding> findings;
  std::vector<SuppressedFinding> suppressed;
  int skipped_tables = 0;
  int baselined = 0;  // findings a --baseline already knew, not reported
  // The file's target tables and 自评表 as a run's cross-document checks
  // need them (not reported; kept in the cache).
  std::vector<ProjectDigest> projects;
};

// Sorts findings by table, row, column, rule: the order every reporter uses.
void sort_findings(std::vector<Finding>& findings);

}  // namespace jxlint
