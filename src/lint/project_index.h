// The run-wide side of cross-document checks: every target table's digest
// from every file linted so far, and the pairing of each 自评表 with the
// target table of its project (same 项目编码, else the same 项目名称),
// wherever in the run that table is. The 自评表's findings join its file's.
// Past a memory budget the digests' rows wait in a temporary file (names,
// codes and years, what pairing looks at, stay in memory), so that a run of
// any length holds a bounded index.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "lint/finding.h"
#include "lint/held_results.h"
#include "lint/ruleset.h"

namespace jxlint {

class ProjectIndex {
 public:
  explicit ProjectIndex(std::size_t budget_bytes = kDefaultHoldBudget) : file_(budget_bytes) {}

  // Takes the target tables' digests of a linted file into the index;
  // result.projects keeps the others (the 自评表 that check() pairs).
  void add(FileResult& result);
  // True when the file holds a 自评表 that cross-document checks must see
  // once every file of the run is in the index.
  static bool needs_pairing(const FileResult& result);
  // Runs the project-pair checks on every 自评表 of `result` and adds their
  // findings (minus the rules `ignored` names) to it. Throws HeldResultError
  // when the rows of the paired target table cannot be read back.
  void check(FileResult& result, const RuleSet& rules, Lang lang,
             const std::vector<std::string>& ignored = {}) const;

 private:
  struct Entry {
    std::string path;
    ProjectDigest digest;                          // rows empty when spilled
    std::optional<SpillFile::Place> spilled_rows;  // in file_
  };
  const Entry* match(const ProjectDigest& evaluation, const std::string& path) const;
  std::vector<Entry> targets_;
  std::unordered_multimap<std::string, std::size_t> by_code_, by_name_;
  // Reading back moves the file's position: no change to the index itself.
  mutable SpillFile file_;
};

}  // namespace jxlint
