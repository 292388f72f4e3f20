// What a cross-document check needs of a table, kept after the table itself
// is gone: the project it is about and its indicators with their target
// values and cells. A run keeps one per 绩效目标表 and 自评表 of every file it
// lints (a few hundred bytes each), so that a 自评表 can be compared with the
// target table of its project wherever in the run that table was.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/table_kind.h"

namespace jxlint {

struct TargetTable;
struct SelfEvaluationTable;

struct DigestRow {
  std::string name;       // 三级指标, one line
  std::string key;        // name folded: what rows are matched by
  std::string value;      // 指标值 / 年度指标值 as written (split layouts joined)
  std::string value_key;  // value folded: what values are compared by
  std::string block;      // 长期 / 中期 / 年度, or "" (target tables)
  int row = -1;           // 0-based grid row and column of the value
  int col = -1;
  std::string cell;  // A1 reference of the value in a sheet, else ""
};

struct ProjectDigest {
  TableKind kind = TableKind::target;
  int table = 0;     // the table's index in its file (Finding::table)
  std::string code;  // 项目编码, one line
  std::string name;  // 项目名称 (or the table's display name), one line
  std::string name_key;
  std::string sheet;  // workbooks: the table's sheet
  // The budget year the table is for, where it says: its title or the lines
  // above it (「（2023年度）」), else, for a target table, the one year its
  // indicator values name (「2023年11月底前」); 0 when unknown.
  int year = 0;
  std::vector<DigestRow> rows;
};

// A target table's digest (its 年度 block only, where it has several).
ProjectDigest digest_of(const TargetTable& table);
ProjectDigest digest_of(const SelfEvaluationTable& table);
// digest_of() for a table that is done with: its texts move into the digest
// where they are the same, and the table is left fit only to be destroyed.
ProjectDigest take_digest(TargetTable& table);

// A 自评表 and the target table of the same project, found in one run.
struct ProjectPair {
  const ProjectDigest& evaluation;
  const ProjectDigest& target;
  std::string target_file;  // where the target table is (its path as given)
  bool same_file = false;
};

}  // namespace jxlint
