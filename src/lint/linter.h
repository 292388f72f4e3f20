// Lints one file: bytes → package → parts → grids → tables → findings. Any
// failure to read ends as FileResult::error with a stable code; nothing a
// file holds can crash the process.
#pragma once

#include <string>
#include <vector>

#include "lint/finding.h"
#include "lint/ruleset.h"
#include "package/zip_archive.h"
#include "util/lang.h"

namespace jxlint {

struct LintOptions {
  Lang lang = Lang::zh;
  ZipLimits limits;
  bool keep_tables = false;  // copy each table's cells into its summary (for HTML)
};

// `ignored`: rule ids or prefixes that this file's [[per-file]] entries ignore.
FileResult lint_file(const std::string& path, const RuleSet& rules, const LintOptions& options,
                     const std::vector<std::string>& ignored = {});

// The table summaries the reporters print, from the recognised tables.
TableSummary summarize(const TargetTable& table, bool keep_view = false);

}  // namespace jxlint
