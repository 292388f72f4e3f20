// jxlint's command line. Exit status (docs/output.md): 0 clean, 1 findings at
// or above --fail-on, 2 usage/configuration error or an unreadable input.
#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>

#include "app/baseline.h"
#include "app/batch.h"
#include "app/cache.h"
#include "app/config_file.h"
#include "app/config_set.h"
#include "app/lint_file.h"
#include "app/output_file.h"
#include "cli/input_errors.h"
#include "cli/inputs.h"
#include "cli/inspect.h"
#include "cli/output_clash.h"
#include "cli/path_list.h"
#include "cli/progress.h"
#include "cli/rule_list.h"
#include "lint/check.h"
#include "lint/custom_rule.h"
#include "lint/file_guard.h"
#include "lint/linter.h"
#include "lint/result_queue.h"
#include "lint/ruleset.h"
#include "report/report_guard.h"
#include "report/reporter.h"
#include "util/errno_text.h"
#include "util/printable.h"

namespace {

using namespace jxlint;

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitTrouble = 2;

struct Settings {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string lang;
  std::string fail_on = "error";
  std::string output;
  std::string color = "auto";
  bool verbose = false;
  bool quiet = false;
  bool statistics = false;
  std::string config;
  bool no_config = false;
  std::string baseline;
  std::string write_baseline;
  int jobs = 0;  // 0: one per core
  std::vector<std::string> files_from;
  std::vector<std::string> files_from0;  // NUL-separated lists
  bool null_separated = false;           // -0: the --files-from lists are too
  std::vector<std::string> exclude;
  bool cache = false;
  std::string cache_dir;
  std::string rule;         // explain
  std::string config_path;  // config PATH
};

Lang resolve_lang(const std::string& flag) {
  std::string chosen = flag;
  if (chosen.empty()) {
    const char* env = std::getenv("JXLINT_LANG");
    chosen = env ? env : "zh";
  }
  return chosen == "en" ? Lang::en : Lang::zh;
}

int config_error(const ConfigError& e, Lang lang) {
  std::cerr << (lang == Lang::en ? "jxlint: configuration error: " : "jxlint：配置错误：")
            << e.what() << '\n';
  return kExitTrouble;
}

int explain(const Settings& s, ConfigSet& configs, Lang lang) {
  if (const CheckInfo* info = Registry::instance().find(s.rule)) {
    std::cout << info->id << " (" << severity_name(info->severity) << ")\n\n";
    std::string_view doc = info->doc;
    while (!doc.empty() && doc.front() == '\n')
      doc.remove_prefix(1);
    std::cout << doc;
    if (!doc.empty() && doc.back() != '\n') std::cout << '\n';
    return kExitClean;
  }
  auto resolved = configs.for_path(".");
  for (const CustomRuleSpec& r : resolved.config->rules) {
    if (r.id != s.rule) continue;
    std::cout << r.id << " (" << severity_name(r.severity) << ", custom)\n\n"
              << custom_rule_doc(r, resolved.config->path);
    return kExitClean;
  }
  std::cerr << (lang == Lang::en ? "jxlint: unknown rule: " : "jxlint：没有这条规则：") << s.rule
            << '\n'
            << (lang == Lang::en ? "rules: " : "现有规则：");
  for (const auto& id : known_rule_ids(*resolved.config))
    std::cerr << id << ' ';
  std::cerr << '\n';
  return kExitTrouble;
}

int list_checks(ConfigSet& configs, Lang lang, bool markdown) {
  if (markdown) {
    std::cout << rule_list_markdown(lang);
    return kExitClean;
  }
  auto resolved = configs.for_path(".");
  std::cout << rule_list_text(*resolved.rules, *resolved.config, lang);
  return kExitClean;
}

int show_config(const Settings& s, ConfigSet& configs) {
  auto resolved = configs.for_path(s.config_path.empty() ? "." : s.config_path);
  std::cout << describe_config(*resolved.config);
  return kExitClean;
}

// The paths named on the command line and in --files-from lists. A list
// that cannot be used is a usage error: nothing is linted (exit 2).
std::optional<std::vector<std::string>> named_paths(const Settings& s, Lang lang) {
  std::vector<std::string> paths = s.paths;
  auto add_list = [&](const std::string& list, PathListSeparator separator) {
    try {
      std::vector<std::string> listed = read_path_list_file(list, separator);
      paths.insert(paths.end(), listed.begin(), listed.end());
      return true;
    } catch (const PathListError& e) {
      std::cerr << (lang == Lang::en ? "jxlint: cannot read the file list "
                                     : "jxlint：无法读取文件清单 ")
                << printable(list) << (lang == Lang::en ? ": " : "：") << e.message().pick(lang)
                << '\n';
      return false;
    }
  };
  for (const std::string& list : s.files_from) {
    if (!add_list(list, s.null_separated ? PathListSeparator::nul : PathListSeparator::line))
      return std::nullopt;
  }
  for (const std::string& list : s.files_from0) {
    if (!add_list(list, PathListSeparator::nul)) return std::nullopt;
  }
  return paths;
}

// The files to lint in order, folders that could not be listed among them
// (each becomes that folder's error), and the errors by path.
struct PlannedInputs {
  std::vector<std::string> paths;
  std::map<std::string, FileError> folder_errors;
};

PlannedInputs plan_inputs(const CollectedInputs& collected, Lang lang) {
  PlannedInputs planned;
  planned.paths = collected.files;
  for (const UnreadableFolder& folder : collected.unreadable_folders) {
    if (planned.folder_errors.emplace(folder.path, folder_error(folder, lang)).second)
      planned.paths.push_back(folder.path);
  }
  std::sort(planned.paths.begin(), planned.paths.end());
  return planned;
}

// -o and --write-baseline must not name anything the run reads; checked
// before anything is written.
bool refuse_overwrite(const Settings& s, const std::vector<std::string>& inputs, Lang lang) {
  ReadFiles read{inputs, s.files_from, s.baseline, s.write_baseline};
  read.lists.insert(read.lists.end(), s.files_from0.begin(), s.files_from0.end());
  std::optional<Bilingual> clash;
  if (!s.output.empty()) clash = output_clash(s.output, read);
  if (!clash && !s.write_baseline.empty()) {
    read.baseline.clear();
    read.other_output = s.output;
    clash = output_clash(s.write_baseline, read);
  }
  if (clash) std::cerr << (lang == Lang::en ? "jxlint: " : "jxlint：") << clash->pick(lang) << '\n';
  return clash.has_value();
}

std::string standard_output_name(Lang lang) {
  return lang == Lang::en ? "standard output" : "标准输出";
}

// A report that could not be written in full: the target and the reason.
int output_failed(const OutputError& e, Lang lang) {
  bool standard = e.target() == standard_output_name(lang);
  std::string target = standard ? e.target() : printable(e.target());
  std::string reason = errno_reason(e.error(), lang);
  if (lang == Lang::en)
    std::cerr << "jxlint: cannot write " << target << ": " << reason << '\n';
  else
    std::cerr << "jxlint：无法写入" << (standard ? "" : " ") << target << "：" << reason << '\n';
  return kExitTrouble;
}

std::unique_ptr<OutputFile> open_report(const Settings& s, Lang lang) {
  if (s.output.empty()) return OutputFile::standard_output(standard_output_name(lang));
  return OutputFile::open(s.output);
}

// A write that fails (a full disk, a closed pipe, a file size limit) must
// be an error the run reports, not a signal that kills it unexplained.
void report_write_errors_instead_of_dying() {
  std::signal(SIGPIPE, SIG_IGN);
  std::signal(SIGXFSZ, SIG_IGN);
}

// What a subcommand printed must have reached standard output.
int flushed(int status, Lang lang) {
  errno = 0;
  std::cout.flush();
  if (std::cout && std::fflush(stdout) == 0 && !std::ferror(stdout)) return status;
  int error = errno != 0 ? errno : EIO;
  std::cerr << (lang == Lang::en ? "jxlint: cannot write standard output: "
                                 : "jxlint：无法写入标准输出：")
            << errno_reason(error, lang) << '\n';
  return kExitTrouble;
}

// The memory budget of the results a run holds for the 自评表 pairing
// ($JXLINT_HOLD_MIB, in MiB; the default when unset or not a number).
std::size_t hold_budget() {
  const char* env = std::getenv("JXLINT_HOLD_MIB");
  if (env == nullptr || *env == '\0') return kDefaultHoldBudget;
  char* end = nullptr;
  unsigned long long mib = std::strtoull(env, &end, 10);
  if (*end != '\0' || env[0] == '-' || mib > (1ull << 20)) return kDefaultHoldBudget;
  return static_cast<std::size_t>(mib) << 20;
}

int lint(const Settings& s, ConfigSet& configs, Lang lang) {
  bool en = lang == Lang::en;
  if (s.paths.empty() && s.files_from.empty() && s.files_from0.empty()) {
    std::cerr << (en ? "jxlint: no input: give files or directories to lint (see --help)\n"
                     : "jxlint：没有指定要检查的文件或文件夹（用法见 --help）\n");
    return kExitTrouble;
  }
  InputOptions input_options;
  for (const std::string& pattern : s.exclude) {
    try {
      input_options.exclude.push_back(std::make_shared<const Glob>(pattern));
    } catch (const std::invalid_argument& e) {
      std::cerr << (en ? "jxlint: bad --exclude pattern " : "jxlint：--exclude 的模式有误 ")
                << pattern << ": " << e.what() << '\n';
      return kExitTrouble;
    }
  }
  std::optional<std::vector<std::string>> named = named_paths(s, lang);
  if (!named) return kExitTrouble;
  CollectedInputs collected = collect_inputs(*named, input_options);
  // Like a missing file, a pattern that matches nothing is a trouble (exit
  // 2): a gate must not pass because a path was mistyped.
  for (const std::string& pattern : collected.unmatched) {
    std::cerr << (en ? "jxlint: no file matches " : "jxlint：没有文件匹配 ") << printable(pattern)
              << '\n';
  }
  const PlannedInputs planned = plan_inputs(collected, lang);
  const std::vector<std::string>& inputs = planned.paths;
  if (refuse_overwrite(s, collected.files, lang)) return kExitTrouble;
  // Every configuration is read before any file is linted: a broken
  // jxlint.toml stops the run instead of half of it.
  std::vector<ConfigSet::Resolved> resolved;
  resolved.reserve(inputs.size());
  for (const auto& path : inputs)
    resolved.push_back(configs.for_file(path));
  std::optional<Baseline> baseline;
  if (!s.baseline.empty()) baseline = Baseline::load(s.baseline, lang);

  report_write_errors_instead_of_dying();
  std::unique_ptr<OutputFile> output = open_report(s, lang);
  std::ostream* out = &output->stream();
  ReportOptions report_options;
  report_options.lang = lang;
  report_options.verbose = s.verbose;
  report_options.quiet = s.quiet;
  report_options.color = s.color == "always" || (s.color == "auto" && s.output.empty() &&
                                                 isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"));
  std::unique_ptr<Reporter> reporter;
  if (s.statistics)
    reporter = make_statistics_reporter(*out, report_options);
  else if (s.format == "json")
    reporter = make_json_reporter(*out, report_options);
  else if (s.format == "sarif")
    reporter = make_sarif_reporter(*out, report_options);
  else if (s.format == "csv")
    reporter = make_csv_reporter(*out, report_options);
  else if (s.format == "jsonl")
    reporter = make_jsonl_reporter(*out, report_options);
  else if (s.format == "github")
    reporter = make_github_reporter(*out, report_options);
  else if (s.format == "html")
    reporter = make_html_reporter(*out, report_options);
  else
    reporter = make_text_reporter(*out, std::cerr, report_options);

  std::optional<Severity> fail_level = parse_severity(s.fail_on);
  LintOptions lint_options;
  lint_options.lang = lang;
  lint_options.keep_tables = s.format == "html" && !s.statistics;
  std::optional<ResultCache> cache;
  std::map<const Config*, std::string> described;
  if (s.cache || !s.cache_dir.empty()) {
    cache.emplace(s.cache_dir.empty() ? ResultCache::default_dir() : s.cache_dir);
    for (const auto& r : resolved)
      described.try_emplace(r.config, describe_config(*r.config));
  }

  // Runs on worker threads: reads only what was resolved above.
  auto lint_unguarded = [&](std::size_t i) {
    if (auto folder = planned.folder_errors.find(inputs[i]); folder != planned.folder_errors.end())
      return failed_result(inputs[i], folder->second);
    if (std::optional<FileError> error = path_error(inputs[i], lang))
      return failed_result(inputs[i], *error);
    const Config& config = *resolved[i].config;
    LintOptions options = with_limits(lint_options, config.limits);
    std::optional<std::string> key;
    if (cache) {
      key = ResultCache::key_of(inputs[i],
                                cache_context(inputs[i], config, described.at(&config), options));
      if (key) {
        if (std::optional<FileResult> hit = cache->load(*key)) {
          hit->path = inputs[i];
          return std::move(*hit);
        }
      }
    }
    FileResult result =
        lint_file(inputs[i], *resolved[i].rules, options, per_file_ignores(config, inputs[i]));
    if (key) cache->store(*key, result);
    return result;
  };
  auto lint_one = [&](std::size_t i) {
    return lint_guarded(inputs[i], lang, [&] { return lint_unguarded(i); });
  };

  // Progress only on a terminal, and only when the batch takes a while.
  std::optional<ProgressLine> progress;
  if (!s.quiet && inputs.size() > 5 && isatty(STDERR_FILENO))
    progress.emplace(std::cerr, inputs.size(), lang);
  bool report_on_terminal = s.output.empty() && isatty(STDOUT_FILENO);

  Summary summary;
  bool failed = false;
  bool unreadable = false;
  std::vector<FileResult> for_baseline;
  auto deliver = [&](FileResult&& result) {
    if (progress && (report_on_terminal || result.error)) progress->clear();
    if (baseline) baseline->filter(result);
    report_guarded(*reporter, result, lang);
    output->check();  // a report that cannot be written stops the run now
    summary.add(result);
    if (result.error) unreadable = true;
    for (const Finding& f : result.findings) {
      if (fail_level && f.severity >= *fail_level) failed = true;
    }
    if (!s.write_baseline.empty()) for_baseline.push_back(std::move(result));
  };
  bool pairing = std::any_of(resolved.begin(), resolved.end(), [](const auto& r) {
    return r.rules->has_scope(CheckScope::project_pair);
  });
  ResultQueue queue(pairing, lang, deliver, hold_budget());
  auto emit = [&](std::size_t i, FileResult&& result) {
    queue.add(std::move(result), *resolved[i].rules,
              [config = resolved[i].config, &path = inputs[i]] {
                return per_file_ignores(*config, path);
              });
  };
  BatchOptions batch;
  batch.jobs = s.jobs > 0 ? s.jobs : default_jobs();
  std::function<void(std::size_t)> on_progress;
  if (progress) on_progress = [&](std::size_t done) { progress->update(done); };
  run_batch(inputs.size(), batch, lint_one, emit, on_progress);
  queue.finish();
  if (progress) progress->clear();
  if (baseline) {
    summary.baseline_path = s.baseline;
    summary.stale = baseline->stale();
  }
  reporter->finish(summary);
  output->commit();
  if (!s.write_baseline.empty()) {
    Baseline::write(s.write_baseline, for_baseline);
    std::size_t count = 0;
    for (const auto& r : for_baseline)
      count += r.findings.size();
    std::cerr << (lang == Lang::en ? fmt::format("wrote {} finding(s) to the baseline {}\n", count,
                                                 printable(s.write_baseline))
                                   : fmt::format("已把 {} 个问题写入基线 {}\n", count,
                                                 printable(s.write_baseline)));
    return unreadable || !collected.unmatched.empty() ? kExitTrouble : kExitClean;
  }
  if (unreadable || !collected.unmatched.empty()) return kExitTrouble;
  return failed ? kExitFindings : kExitClean;
}

}  // namespace

int main(int argc, char** argv) {
  Settings s;
  CLI::App app{
      "jxlint: 绩效目标表检查工具 — a linter for performance target tables (.docx, .xlsx)"};
  app.set_version_flag("--version", std::string("jxlint ") + JXLINT_VERSION);
  app.require_subcommand(0, 1);
  app.fallthrough();
  app.add_option("paths", s.paths, "要检查的文件或文件夹 / files and directories to lint");
  app.add_option("--format", s.format, "输出格式 / output format")
      ->check(CLI::IsMember({"text", "json", "sarif", "csv", "jsonl", "github", "html"}))
      ->capture_default_str();
  app.add_option("--lang", s.lang, "语言 / language (zh, en; default zh or $JXLINT_LANG)")
      ->check(CLI::IsMember({"zh", "en"}));
  app.add_option("--fail-on", s.fail_on,
                 "达到该级别即以状态 1 退出 / exit 1 at or above this level")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();
  app.add_option("-o,--output", s.output, "输出到文件 / write the report to a file");
  app.add_option("--color", s.color, "彩色输出 / colour (auto, always, never)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.add_flag("-v,--verbose", s.verbose, "显示每个文件识别和跳过的表格数 / per-file table counts");
  app.add_flag("-q,--quiet", s.quiet, "不输出汇总行 / no summary line");
  app.add_flag("--statistics", s.statistics,
               "按规则统计问题数量 / counts per rule instead of the findings");
  auto* config_opt = app.add_option("--config", s.config,
                                    "使用这个配置文件 / use this jxlint.toml for every file");
  app.add_flag("--no-config", s.no_config, "不读取任何 jxlint.toml / ignore every jxlint.toml")
      ->excludes(config_opt);
  app.add_option("--baseline", s.baseline,
                 "只报告基线之外的新问题 / report only findings not in this baseline");
  app.add_option("--write-baseline", s.write_baseline,
                 "把当前问题写入基线 / record today's findings as a baseline");
  app.add_option("-j,--jobs", s.jobs,
                 "并行检查的文件数，默认为处理器核数 / parallel workers (default: cores)")
      ->check(CLI::Range(1, 1024));
  app.add_option("--files-from", s.files_from,
                 "从清单文件读取要检查的路径，每行一个；- 为标准输入 / read paths, one per line, "
                 "from FILE or - (stdin)")
      ->allow_extra_args(false);
  app.add_option("--files-from0", s.files_from0,
                 "从清单文件读取以 NUL 分隔的路径（find -print0）；- 为标准输入 / read "
                 "NUL-separated paths (find -print0) from FILE or - (stdin)")
      ->allow_extra_args(false);
  app.add_flag("-0,--null", s.null_separated,
               "--files-from 的清单以 NUL 分隔 / --files-from lists are NUL-separated");
  app.add_option("--exclude", s.exclude,
                 "跳过匹配的文件或文件夹（可多次使用）/ skip paths matching this glob (repeatable)")
      ->allow_extra_args(false);
  app.add_flag("--cache", s.cache,
               "缓存检查结果，未改动的文件不再解析 / reuse results for unchanged files");
  app.add_option(
      "--cache-dir", s.cache_dir,
      "缓存目录（隐含 --cache）/ cache folder (implies --cache; default ~/.cache/jxlint)");

  CLI::App* explain_cmd = app.add_subcommand("explain", "说明一条规则 / explain a rule");
  explain_cmd->add_option("rule", s.rule, "规则编号 / rule id")->required();
  CLI::App* checks_cmd = app.add_subcommand("checks", "列出所有检查 / list the checks");
  bool checks_markdown = false;
  checks_cmd->add_flag("--markdown", checks_markdown,
                       "输出 README 用的 Markdown 表格 / the Markdown tables of the docs");
  CLI::App* config_cmd =
      app.add_subcommand("config", "显示生效的配置 / print the effective configuration");
  std::string inspect_path;
  CLI::App* inspect_cmd = app.add_subcommand(
      "inspect", "显示 jxlint 如何读取文件中的每张表 / show how each table of a file was read");
  inspect_cmd->add_option("file", inspect_path, "文件 / the file")->required();
  config_cmd->add_option("path", s.config_path, "文件或文件夹 / a file or folder (default: .)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitClean : kExitTrouble;
  }
  Lang lang = resolve_lang(s.lang);
  ConfigSet configs(s.config, s.no_config);
  try {
    if (*explain_cmd) return flushed(explain(s, configs, lang), lang);
    if (*checks_cmd) return flushed(list_checks(configs, lang, checks_markdown), lang);
    if (*config_cmd) return flushed(show_config(s, configs), lang);
    if (*inspect_cmd) {
      LintOptions options;
      options.lang = lang;
      return flushed(inspect_file(inspect_path, s.format == "json", options, std::cout, std::cerr),
                     lang);
    }
    return lint(s, configs, lang);
  } catch (const ConfigError& e) {
    return config_error(e, lang);
  } catch (const OutputError& e) {
    return output_failed(e, lang);
  } catch (const std::exception& e) {
    std::cerr << "jxlint: " << e.what() << '\n';
    return kExitTrouble;
  }
}
