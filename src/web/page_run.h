// One run of the offline page (web/, scripts/web): the files a clerk dropped,
// handed in as bytes one at a time, linted as `jxlint` lints them — the same
// configuration discovery (the nearest dropped jxlint.toml in the file's
// folder or above), the same cross-document pass (ProjectIndex: a 自评表 is
// compared with its project's target table anywhere in the run) and the same
// reporters — so that the page's JSON, CSV and HTML are those of
// `jxlint --format json|csv|html` over the same files.
//
// No threads, no file system: paths are names only (a dropped folder's
// relative paths), used for reports, configuration lookup and per-file globs.
#pragma once

#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "lint/finding.h"
#include "lint/linter.h"
#include "lint/result_queue.h"
#include "lint/ruleset.h"
#include "report/reporter.h"
#include "util/lang.h"

namespace jxlint::web {

class PageRun {
 public:
  explicit PageRun(Lang lang);

  // A jxlint.toml from the drop, at `path` ("jxlint.toml", "提交材料/jxlint.toml").
  // Call before linting. A configuration that cannot be read is kept as
  // the CLI keeps a broken jxlint.toml met on the way: every file it governs
  // ends as config-error. Returns "" or that reason.
  std::string add_config(const std::string& path, std::string_view text);
  // A jxlint.toml the browser could not read: "path: cannot read the file: why",
  // as read_config_text says it. Returns that reason.
  std::string add_unreadable_config(const std::string& path, const std::string& why);

  // Lints one file (call in the CLI's input order: sorted by path, no
  // duplicates). Returns a line of JSON for the progress display:
  // {"path":…,"error":null|{"code","message"},"tables":…,"errors":…,"warnings":…,"infos":…}.
  std::string lint(const std::string& path, std::string_view bytes);
  // A file the browser could not read (its bytes never arrived).
  std::string unreadable(const std::string& path, const std::string& code,
                         const std::string& message);

  // Ends the run: the held files are paired and reported, the reports closed.
  void finish();
  // After finish(): docs/output.md's JSON, the CSV (UTF-8 with a BOM) and
  // the HTML report, byte for byte those of the CLI over the same files.
  const std::string& json() const { return json_text_; }
  const std::string& csv() const { return csv_text_; }
  const std::string& html() const { return html_text_; }

 private:
  struct Loaded {
    std::unique_ptr<Config> config;
    std::unique_ptr<RuleSet> rules;
  };
  void keep_config(const std::string& path, Loaded loaded);
  void keep_broken_config(const std::string& path, const std::string& problem);
  const Loaded& config_for(const std::string& path) const;
  // What the file's [[per-file]] entries ignore, for the cross-document checks.
  static ResultQueue::Ignored ignored_for(const Loaded& loaded, const std::string& path);
  std::string status_of(const FileResult& result) const;
  void deliver(FileResult&& result);

  Lang lang_;
  LintOptions options_;
  Loaded defaults_;
  std::map<std::string, Loaded> by_folder_;  // "" for a jxlint.toml at the top
  Summary summary_;
  std::ostringstream json_out_, csv_out_, html_out_;
  std::unique_ptr<Reporter> json_, csv_, html_;
  ResultQueue queue_;  // after what its callbacks use
  std::string json_text_, csv_text_, html_text_;
  bool finished_ = false;
};

}  // namespace jxlint::web
