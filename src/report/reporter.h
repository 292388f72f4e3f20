// Reporters turn file results into output. They see results in input order,
// one file at a time, and a summary at the end.
#pragma once

#include <map>
#include <memory>
#include <ostream>
#include <string>

#include "lint/baseline_entry.h"
#include "lint/finding.h"
#include "util/lang.h"

namespace jxlint {

struct Summary {
  int files = 0;
  int failed_files = 0;  // files that could not be read
  int tables = 0;        // performance tables of every kind
  int skipped_tables = 0;
  // Performance tables by kind id ("target", "self-evaluation" …); kinds
  // with no table are left out.
  std::map<std::string, int> tables_by_kind;
  int error = 0;
  int warning = 0;
  int info = 0;
  int suppressed = 0;                // silenced by reviewers' jxlint-disable comments
  int baselined = 0;                 // known to --baseline, not reported
  std::string baseline_path;         // set with --baseline
  std::vector<BaselineEntry> stale;  // baseline entries that matched nothing

  void add(const FileResult& r);
};

// Performance tables by kind id, as Summary::tables_by_kind counts them.
std::map<std::string, int> tables_by_kind(const FileResult& r);
// The tables in words, by kind: "32 张绩效目标表、1 张绩效自评表", "32 tables, 1 自评表 …".
// Target tables are always named, the other kinds when there are any.
std::string tables_in_words(const std::map<std::string, int>& by_kind, Lang lang);

struct ReportOptions {
  Lang lang = Lang::zh;
  bool color = false;
  bool verbose = false;
  bool quiet = false;  // no summary line
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void file(const FileResult& result) = 0;
  virtual void finish(const Summary& summary) = 0;
};

// Findings as lines for people and editors; unreadable files go to `err`.
std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, std::ostream& err,
                                             ReportOptions options);
// One JSON document (docs/output.md).
std::unique_ptr<Reporter> make_json_reporter(std::ostream& out, ReportOptions options);
// SARIF 2.1.0, for code-scanning tools.
std::unique_ptr<Reporter> make_sarif_reporter(std::ostream& out, ReportOptions options);
// CSV with a UTF-8 BOM, one row per finding, for Excel.
std::unique_ptr<Reporter> make_csv_reporter(std::ostream& out, ReportOptions options);
// JSON Lines: one finding per line, written as each file finishes.
std::unique_ptr<Reporter> make_jsonl_reporter(std::ostream& out, ReportOptions options);
// GitHub Actions workflow annotations (::error file=…::…).
std::unique_ptr<Reporter> make_github_reporter(std::ostream& out, ReportOptions options);
// One self-contained HTML page for a reviewer. Needs the tables' views
// (LintOptions::keep_tables).
std::unique_ptr<Reporter> make_html_reporter(std::ostream& out, ReportOptions options);
// Counts per rule, like `ruff --statistics`.
std::unique_ptr<Reporter> make_statistics_reporter(std::ostream& out, ReportOptions options);

// "表1「安可设备购置」第8行「购买数量」指标值确定依据" — the location part of a text line.
std::string describe_location(const Finding& f, Lang lang);

}  // namespace jxlint
