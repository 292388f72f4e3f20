// The order in which a run's results reach its reports, shared by the command
// line (results from worker threads, in input order) and the browser page
// (one file at a time). A 自评表 is compared with its project's target table
// wherever in the run that table is, so from the first file that holds one,
// results wait for the end of the run, in order: the output of -j N stays
// that of -j 1, and the page's that of the CLI. Only the digests of target
// tables are kept for the files delivered before; the held results stay in
// memory up to a budget and go to a temporary file past it (HeldResults).
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "lint/finding.h"
#include "lint/held_results.h"
#include "lint/project_index.h"
#include "lint/ruleset.h"
#include "util/lang.h"

namespace jxlint {

class ResultQueue {
 public:
  using Deliver = std::function<void(FileResult&&)>;
  // The rules that the file's [[per-file]] entries ignore: asked only for a
  // file whose 自评表 the cross-document checks see.
  using Ignored = std::function<std::vector<std::string>()>;

  // pairing: whether any rule set of the run has a project-pair check; when
  // none has, results go straight through.
  // hold_budget: the bytes of held results, and again of target digests,
  // kept in memory before the rest goes to a temporary file.
  ResultQueue(bool pairing, Lang lang, Deliver deliver,
              std::size_t hold_budget = kDefaultHoldBudget);

  // The next result in input order, linted with `rules` (which must outlive
  // the queue).
  void add(FileResult&& result, const RuleSet& rules, Ignored ignored);
  // Runs the cross-document checks on the held results and delivers them.
  // Whatever those checks throw becomes that file's error.
  void finish();

 private:
  bool pairing_;
  Lang lang_;
  Deliver deliver_;
  ProjectIndex projects_;
  struct Held {
    const RuleSet* rules;
    Ignored ignored;
  };
  std::vector<Held> held_;  // beside held_results_, index for index
  HeldResults held_results_;
};

}  // namespace jxlint
