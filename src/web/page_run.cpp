#include "web/page_run.h"

#include <nlohmann/json.hpp>

#include "lint/file_guard.h"
#include "report/report_guard.h"
#include "util/path_text.h"

namespace jxlint::web {

PageRun::PageRun(Lang lang)
    : lang_(lang), queue_(true, lang, [this](FileResult&& result) { deliver(std::move(result)); }) {
  options_.lang = lang;
  options_.keep_tables = true;  // the HTML report draws every table
  defaults_.config = std::make_unique<Config>();
  defaults_.rules = std::make_unique<RuleSet>(RuleSet::from_config(*defaults_.config));
  ReportOptions report;
  report.lang = lang;
  json_ = make_json_reporter(json_out_, report);
  csv_ = make_csv_reporter(csv_out_, report);
  html_ = make_html_reporter(html_out_, report);
}

std::string PageRun::add_config(const std::string& path, std::string_view text) {
  Loaded loaded;
  try {
    loaded.config = std::make_unique<Config>(parse_config(text, path));
    loaded.rules = std::make_unique<RuleSet>(RuleSet::from_config(*loaded.config));
  } catch (const ConfigError& e) {
    keep_broken_config(path, e.what());
    return e.what();
  }
  keep_config(path, std::move(loaded));
  return {};
}

std::string PageRun::add_unreadable_config(const std::string& path, const std::string& why) {
  std::string problem = path + ": cannot read the file: " + why;
  keep_broken_config(path, problem);
  return problem;
}

// As ConfigSet does for a jxlint.toml found on the way that cannot be read:
// a stand-in whose limits carry the reason, so each file it governs ends as
// config-error while the others are linted.
void PageRun::keep_broken_config(const std::string& path, const std::string& problem) {
  Loaded loaded;
  loaded.config = std::make_unique<Config>();
  loaded.config->path = path;
  loaded.config->limits.config_error = problem;
  loaded.rules = std::make_unique<RuleSet>(RuleSet::from_config(*loaded.config));
  keep_config(path, std::move(loaded));
}

void PageRun::keep_config(const std::string& path, Loaded loaded) {
  by_folder_[folder_of_path(path)] = std::move(loaded);
}

ResultQueue::Ignored PageRun::ignored_for(const Loaded& loaded, const std::string& path) {
  return [config = loaded.config.get(), path] { return config->per_file_ignores(path); };
}

const PageRun::Loaded& PageRun::config_for(const std::string& path) const {
  // The nearest jxlint.toml in the file's folder or above (find_config).
  std::string folder = folder_of_path(path);
  for (;;) {
    if (auto it = by_folder_.find(folder); it != by_folder_.end()) return it->second;
    if (folder.empty()) return defaults_;
    folder = folder_of_path(folder);
  }
}

std::string PageRun::status_of(const FileResult& r) const {
  int counts[3] = {0, 0, 0};
  for (const Finding& f : r.findings)
    ++counts[static_cast<int>(f.severity)];
  nlohmann::json j{
      {"path", r.path},
      {"error", r.error ? nlohmann::json{{"code", r.error->code}, {"message", r.error->message}}
                        : nlohmann::json(nullptr)},
      {"tables", r.tables.size()},
      {"errors", counts[static_cast<int>(Severity::error)]},
      {"warnings", counts[static_cast<int>(Severity::warning)]},
      {"infos", counts[static_cast<int>(Severity::info)]}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string PageRun::lint(const std::string& path, std::string_view bytes) {
  const Loaded& loaded = config_for(path);
  FileResult result = lint_guarded(path, lang_, [&] {
    const Config& config = *loaded.config;
    return lint_bytes(path, bytes, *loaded.rules, with_limits(options_, config.limits),
                      config.per_file_ignores(path));
  });
  std::string status = status_of(result);
  queue_.add(std::move(result), *loaded.rules, ignored_for(loaded, path));
  return status;
}

std::string PageRun::unreadable(const std::string& path, const std::string& code,
                                const std::string& message) {
  FileResult result = failed_result(path, FileError{code, message});
  std::string status = status_of(result);
  const Loaded& loaded = config_for(path);
  queue_.add(std::move(result), *loaded.rules, ignored_for(loaded, path));
  return status;
}

void PageRun::deliver(FileResult&& result) {
  // The JSON is the contract: its view of the file is the summary's. The
  // CSV and the HTML report see the same result.
  report_guarded(*json_, result, lang_);
  summary_.add(result);
  report_also(*csv_, result, lang_);
  report_also(*html_, result, lang_);
}

void PageRun::finish() {
  if (finished_) return;
  finished_ = true;
  queue_.finish();
  json_->finish(summary_);
  csv_->finish(summary_);
  html_->finish(summary_);
  json_text_ = json_out_.str();
  csv_text_ = csv_out_.str();
  html_text_ = html_out_.str();
  json_out_.str({});
  csv_out_.str({});
  html_out_.str({});
}

}  // namespace jxlint::web
