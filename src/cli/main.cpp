// jxlint's command line. Exit status (docs/output.md): 0 clean, 1 findings at
// or above --fail-on, 2 usage/configuration error or an unreadable input.
#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "cli/inputs.h"
#include "lint/check.h"
#include "lint/linter.h"
#include "lint/ruleset.h"
#include "report/reporter.h"

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
  std::string rule;  // explain
};

Lang resolve_lang(const std::string& flag) {
  std::string chosen = flag;
  if (chosen.empty()) {
    const char* env = std::getenv("JXLINT_LANG");
    chosen = env ? env : "zh";
  }
  return chosen == "en" ? Lang::en : Lang::zh;
}

int explain(const Settings& s, Lang lang) {
  const CheckInfo* info = Registry::instance().find(s.rule);
  if (info == nullptr) {
    std::cerr << (lang == Lang::en ? "jxlint: unknown rule: " : "jxlint：没有这条规则：") << s.rule
              << '\n'
              << (lang == Lang::en ? "rules: " : "现有规则：");
    for (const auto& c : Registry::instance().all())
      std::cerr << c.id << ' ';
    std::cerr << '\n';
    return kExitTrouble;
  }
  std::cout << info->id << " (" << severity_name(info->severity) << ")\n\n";
  std::string_view doc = info->doc;
  while (!doc.empty() && doc.front() == '\n')
    doc.remove_prefix(1);
  std::cout << doc;
  if (!doc.empty() && doc.back() != '\n') std::cout << '\n';
  return kExitClean;
}

int list_checks(Lang lang, const RuleSet& rules) {
  for (const auto& c : Registry::instance().all()) {
    std::cout << fmt::format("{:<20} {:<8} {:<4} {}\n", c.id, severity_name(c.severity),
                             rules.enabled(c.id) ? (lang == Lang::en ? "on" : "启用")
                                                 : (lang == Lang::en ? "off" : "停用"),
                             c.summary(lang));
  }
  return kExitClean;
}

int lint(const Settings& s, Lang lang) {
  if (s.paths.empty()) {
    std::cerr << (lang == Lang::en
                      ? "jxlint: no input: give files or directories to lint (see --help)\n"
                      : "jxlint：没有指定要检查的文件或文件夹（用法见 --help）\n");
    return kExitTrouble;
  }
  std::optional<Severity> fail_level = parse_severity(s.fail_on);

  std::ofstream file_out;
  std::ostream* out = &std::cout;
  if (!s.output.empty()) {
    file_out.open(s.output, std::ios::binary);
    if (!file_out) {
      std::cerr << "jxlint: " << (lang == Lang::en ? "cannot write " : "无法写入 ") << s.output
                << '\n';
      return kExitTrouble;
    }
    out = &file_out;
  }
  ReportOptions report_options;
  report_options.lang = lang;
  report_options.verbose = s.verbose;
  report_options.quiet = s.quiet;
  report_options.color = s.color == "always" || (s.color == "auto" && s.output.empty() &&
                                                 isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"));
  std::unique_ptr<Reporter> reporter = s.format == "json"
                                           ? make_json_reporter(*out, report_options)
                                           : make_text_reporter(*out, std::cerr, report_options);

  RuleSet rules = RuleSet::defaults();
  LintOptions lint_options;
  lint_options.lang = lang;
  Summary summary;
  bool failed = false;
  bool unreadable = false;
  for (const std::string& path : collect_inputs(s.paths, InputOptions{})) {
    FileResult result = lint_file(path, rules, lint_options);
    summary.add(result);
    if (result.error) unreadable = true;
    for (const Finding& f : result.findings) {
      if (fail_level && f.severity >= *fail_level) failed = true;
    }
    reporter->file(result);
  }
  reporter->finish(summary);
  out->flush();
  if (unreadable) return kExitTrouble;
  return failed ? kExitFindings : kExitClean;
}

}  // namespace

int main(int argc, char** argv) {
  Settings s;
  CLI::App app{"jxlint: 绩效目标表检查工具 — a linter for performance target tables (.docx)"};
  app.set_version_flag("--version", std::string("jxlint ") + JXLINT_VERSION);
  app.require_subcommand(0, 1);
  app.add_option("paths", s.paths, "要检查的文件或文件夹 / files and directories to lint");
  app.add_option("--format", s.format, "输出格式 / output format")
      ->check(CLI::IsMember({"text", "json"}))
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

  CLI::App* explain_cmd = app.add_subcommand("explain", "说明一条规则 / explain a rule");
  explain_cmd->add_option("rule", s.rule, "规则编号 / rule id")->required();
  CLI::App* checks_cmd = app.add_subcommand("checks", "列出所有检查 / list the checks");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitClean : kExitTrouble;
  }
  Lang lang = resolve_lang(s.lang);
  try {
    if (*explain_cmd) return explain(s, lang);
    if (*checks_cmd) return list_checks(lang, RuleSet::defaults());
    return lint(s, lang);
  } catch (const std::exception& e) {
    std::cerr << "jxlint: " << e.what() << '\n';
    return kExitTrouble;
  }
}
