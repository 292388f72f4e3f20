// Finds the tables of a document and reads each as its kind, in stages:
//
//   blocks ─▶ segmenter (where each table starts and ends, by meaning)
//          ─▶ classifier (which kind: target, department target, 自评表,
//             评分表, other; with its evidence)
//          ─▶ continuation joining (a w:tbl that goes on after a page break)
//          ─▶ a builder per kind (TargetBuilder, SelfEvaluationBuilder,
//             ScoreBuilder)
//          ─▶ reviewers' comments attached to the tables they sit in.
//
// Tables of kind other are listed (title, evidence) and never linted as
// something else.
#pragma once

#include <vector>

#include "grid/document.h"
#include "model/score_table.h"
#include "model/self_evaluation_table.h"
#include "model/target_table.h"

namespace jxlint {

struct Recognition {
  std::vector<TargetTable> tables;  // target and department-target tables
  std::vector<SelfEvaluationTable> self_evaluations;
  std::vector<ScoreTable> score_tables;
  std::vector<Table> other_tables;  // tables of kind other, with the classifier's evidence
  int skipped_tables = 0;           // how many other_tables

  // Every table of every kind, in reading order.
  std::vector<const Table*> in_reading_order() const;
};

// Takes the document by value: each grid that holds a single table moves into
// it (pass an rvalue to avoid copying the document).
Recognition recognize(SourceDocument doc);

}  // namespace jxlint
