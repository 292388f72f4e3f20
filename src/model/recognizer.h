// Finds the tables of a document and reads each as its kind, in stages:
//
//   blocks ─▶ segmenter (where each table starts and ends, by meaning)
//          ─▶ classifier (which kind: target, department target, 自评表,
//             评分表, other; with its evidence)
//          ─▶ continuation joining (a w:tbl that goes on after a page break)
//          ─▶ a builder per kind (TargetBuilder for target tables)
//          ─▶ reviewers' comments attached to the tables they sit in.
//
// Tables of kinds without a model yet are listed (kind, title, evidence) and
// never linted as something else.
#pragma once

#include <vector>

#include "grid/document.h"
#include "model/target_table.h"

namespace jxlint {

struct Recognition {
  std::vector<TargetTable> tables;  // target and department-target tables: what checks read
  std::vector<Table> other_tables;  // every other table, with its kind and evidence
  int skipped_tables = 0;           // the other_tables of kind other
};

// Takes the document by value: each grid that holds a single table moves into
// it (pass an rvalue to avoid copying the document).
Recognition recognize(SourceDocument doc);

}  // namespace jxlint
