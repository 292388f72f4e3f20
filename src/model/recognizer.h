// Finds the 绩效目标表 in a document body by their labels, never by fixed
// positions, and builds the TargetTable model the checks read.
//
//  - A grid may hold one table (a .docx w:tbl) or several stacked ones (a
//    sheet); a new table starts where a project block (项目编码/项目名称)
//    follows an earlier one, together with its title and unit rows.
//  - A grid that opens with the indicator header (or with indicator rows) and
//    has no project block continues the table before it, when nothing but
//    blank paragraphs or a "续表" note stands between them.
//  - Grids that are neither are counted as skipped.
#pragma once

#include <vector>

#include "grid/document.h"
#include "model/target_table.h"

namespace jxlint {

struct Recognition {
  std::vector<TargetTable> tables;
  int skipped_tables = 0;  // tables of the document that are not 绩效目标表
};

// Takes the document by value: each grid that holds a single table moves into
// it (pass an rvalue to avoid copying the document).
Recognition recognize(SourceDocument doc);

}  // namespace jxlint
