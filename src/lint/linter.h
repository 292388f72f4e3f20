// Lints one file: bytes → package → parts → grids → tables → findings. Any
// failure to read ends as FileResult::error with a stable code; nothing a
// file holds can crash the process.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "grid/work_budget.h"
#include "lint/finding.h"
#include "lint/ruleset.h"
#include "model/recognizer.h"
#include "model/table.h"
#include "package/input_file.h"
#include "package/zip_archive.h"
#include "util/lang.h"

namespace jxlint {

struct LintOptions {
  Lang lang = Lang::zh;
  ZipLimits limits;
  WorkLimits work;                          // tables, rows, columns, cells: one budget per file
  bool keep_tables = false;                 // copy each table's cells into its summary (for HTML)
  std::size_t max_sheet_cells = 4'000'000;  // a sheet's rows × columns after compaction
  // Set (by with_limits) when the file's jxlint.toml could not be read:
  // lint_input refuses the file with config-error and this reason.
  std::string config_error;
};

struct LimitSettings;
// The options with a configuration's [limits] applied.
LintOptions with_limits(LintOptions options, const LimitSettings& limits);

// Lints one input: `open` hands over its bytes (throwing InputError when it
// cannot), and everything from there on ends in the result, an error
// included: nothing a file holds escapes as an exception. `ignored`: rule ids
// or prefixes that this file's [[per-file]] entries ignore. A file whose
// options carry a config_error is not opened: it ends as config-error.
// (The engine reads no paths itself: app/lint_file.h opens files on disk.)
FileResult lint_input(const std::string& name, const std::function<InputFile()>& open,
                      const RuleSet& rules, const LintOptions& options,
                      const std::vector<std::string>& ignored = {});

// Lints bytes held in memory as if they were a file called `name` (the
// browser page, fuzzers).
FileResult lint_bytes(const std::string& name, std::string_view bytes, const RuleSet& rules,
                      const LintOptions& options, const std::vector<std::string>& ignored = {});

// Reads and recognises an input without linting it (`jxlint inspect`).
// Throws InputError when it cannot be read.
Recognition recognize_input(const InputFile& file, const LintOptions& options, std::string& format);

// The table summaries the reporters print, from the recognised tables.
TableSummary summarize(const Table& table, bool keep_view = false);

}  // namespace jxlint
