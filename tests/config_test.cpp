// jxlint.toml: selection, severities, options, discovery, custom rules,
// per-file ignores, and configuration errors that name their key and line.
#include "config/config.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "app/config_file.h"
#include "app/config_set.h"
#include "app/lint_file.h"
#include "lint/linter.h"
#include "support.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;
using testing::count_by_rule;
using testing::source_path;

class TempDir {
 public:
  TempDir()
      : path_(fs::temp_directory_path() /
              ("jxlint-config-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++))) {
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  fs::path write(const std::string& relative, const std::string& content) const {
    fs::path p = path_ / relative;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
  fs::path copy(const std::string& fixture, const std::string& relative) const {
    fs::path p = path_ / relative;
    fs::create_directories(p.parent_path());
    fs::copy_file(source_path(fixture), p, fs::copy_options::overwrite_existing);
    return p;
  }
  const fs::path& path() const { return path_; }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

Config config_of(const std::string& toml) {
  TempDir dir;
  return load_config(dir.write("jxlint.toml", toml).string());
}

std::string error_of(const std::string& toml) {
  try {
    config_of(toml);
  } catch (const ConfigError& e) {
    std::string what = e.what();
    return what.substr(what.find("jxlint.toml:") + std::string("jxlint.toml:").size());
  }
  return "no error";
}

std::vector<std::string> enabled(const Config& c) {
  std::vector<std::string> out;
  RuleSet rules = RuleSet::from_config(c);
  for (const auto& a : rules.checks())
    out.push_back(a.id);
  return out;
}

FileResult lint_with(const std::string& toml, const std::string& fixture) {
  Config c = config_of(toml);
  RuleSet rules = RuleSet::from_config(c);
  return lint_file(source_path(fixture), rules, LintOptions{},
                   c.per_file_ignores(source_path(fixture)));
}

constexpr const char* kSeed000 = "fixtures/seeds/000.python-docx.docx";

TEST(ConfigTest, SelectAndIgnoreByIdOrPrefix) {
  EXPECT_EQ(enabled(config_of("select = [\"basis-\", \"plan\"]")),
            (std::vector<std::string>{"basis-empty", "basis-generic", "basis-repeats-value",
                                      "plan-decreasing", "plan-not-100"}));
  EXPECT_EQ(enabled(config_of("select = [\"basis-empty\", \"plan-not-100\"]")),
            (std::vector<std::string>{"basis-empty", "plan-not-100"}));
  auto without = enabled(config_of("ignore = [\"desc\", \"value-missing-unit\"]"));
  EXPECT_EQ(std::count(without.begin(), without.end(), "desc-repeats-name"), 0);
  EXPECT_EQ(std::count(without.begin(), without.end(), "value-missing-unit"), 0);
  EXPECT_EQ(std::count(without.begin(), without.end(), "basis-empty"), 1);
  // A prefix names whole words: "bas" is no rule and no prefix of one.
  EXPECT_EQ(error_of("select = [\"bas\"]"), "1: \"select\": no rule is called \"bas\"");
  EXPECT_TRUE(rule_selected_by("basis-empty", "basis"));
  EXPECT_FALSE(rule_selected_by("basis-empty", "bas"));
  EXPECT_TRUE(rule_selected_by("local/basis-standard", "local/"));
  EXPECT_TRUE(rule_selected_by("local/basis-standard", "local"));
}

TEST(ConfigTest, SelectionChangesWhatIsReported) {
  FileResult r = lint_with("select = [\"plan-not-100\", \"goal-\"]", kSeed000);
  auto counts = count_by_rule(r);
  EXPECT_EQ(counts, (std::map<std::string, int>{{"goal-placeholder", 3}, {"plan-not-100", 1}}));
}

TEST(ConfigTest, SeverityOverride) {
  FileResult r = lint_with(
      "severity = { \"value-missing-unit\" = \"error\", \"basis-\" = \"info\" }", kSeed000);
  std::map<std::string, Severity> seen;
  for (const auto& f : r.findings)
    seen[f.rule] = f.severity;
  EXPECT_EQ(seen["value-missing-unit"], Severity::error);
  EXPECT_EQ(seen["basis-empty"], Severity::info);
  EXPECT_EQ(seen["desc-repeats-name"], Severity::warning);
}

TEST(ConfigTest, CheckOptions) {
  // A bureau whose template says "请填写目标" and nothing about 目标内容.
  FileResult r = lint_with("[goal-placeholder]\npatterns = [\"请填写\"]\n", kSeed000);
  EXPECT_EQ(count_by_rule(r)["goal-placeholder"], 0);
  // 满意度 no longer marks a rate: the satisfaction rows of seed 000 are ≥90 anyway;
  // with "率" gone too, the two ≥100 rates are not rates any more.
  FileResult rates = lint_with("[percent-over-100]\nrate-words = [\"比例\"]\n", kSeed000);
  EXPECT_EQ(count_by_rule(rates)["percent-over-100"], 0);
  FileResult dotted = lint_with("goal-placeholder.patterns = [\"按时拨付\"]\n", kSeed000);
  EXPECT_EQ(count_by_rule(dotted)["goal-placeholder"], 1);  // only table 1's goal says 按时拨付资金
}

TEST(ConfigTest, DiscoveryTakesTheNearestFile) {
  TempDir dir;
  dir.write("jxlint.toml", "select = [\"basis-empty\"]\n");
  dir.write("a/b/jxlint.toml", "select = [\"plan-not-100\"]\n");
  fs::path near = dir.copy(kSeed000, "a/b/c/near.docx");
  fs::path far = dir.copy(kSeed000, "a/far.docx");
  EXPECT_EQ(find_config(near.string()), (dir.path() / "a/b/jxlint.toml").string());
  EXPECT_EQ(find_config(far.string()), (dir.path() / "jxlint.toml").string());

  ConfigSet configs("", false);
  auto near_rules = configs.for_file(near.string());
  auto far_rules = configs.for_file(far.string());
  EXPECT_TRUE(near_rules.rules->enabled("plan-not-100"));
  EXPECT_FALSE(near_rules.rules->enabled("basis-empty"));
  EXPECT_TRUE(far_rules.rules->enabled("basis-empty"));
  // --config overrides discovery; --no-config ignores every file.
  ConfigSet forced((dir.path() / "jxlint.toml").string(), false);
  EXPECT_FALSE(forced.for_file(near.string()).rules->enabled("plan-not-100"));
  ConfigSet none("", true);
  EXPECT_TRUE(none.for_file(near.string()).rules->enabled("desc-repeats-name"));
  EXPECT_TRUE(none.for_file(near.string()).config->path.empty());
}

TEST(ConfigTest, PerFileIgnoresByGlob) {
  TempDir dir;
  fs::path config = dir.write(
      "jxlint.toml",
      "[[per-file]]\nglob = \"附件/**/*.docx\"\nignore = [\"value-missing-unit\", \"desc-\"]\n");
  Config c = load_config(config.string());
  EXPECT_EQ(c.per_file_ignores((dir.path() / "附件/2023/a.docx").string()),
            (std::vector<std::string>{"value-missing-unit", "desc-"}));
  EXPECT_TRUE(c.per_file_ignores((dir.path() / "正文/a.docx").string()).empty());
  fs::path attached = dir.copy(kSeed000, "附件/a.docx");
  FileResult r = lint_file(attached.string(), RuleSet::from_config(c), LintOptions{},
                           c.per_file_ignores(attached.string()));
  auto counts = count_by_rule(r);
  EXPECT_EQ(counts.count("value-missing-unit"), 0u);
  EXPECT_EQ(counts.count("desc-repeats-name"), 0u);
  EXPECT_EQ(counts["basis-empty"], 28);
}

TEST(ConfigTest, GlobSyntax) {
  EXPECT_TRUE(Glob("*.docx").matches("a.docx"));
  EXPECT_FALSE(Glob("*.docx").matches("sub/a.docx"));
  EXPECT_TRUE(Glob("**/*.docx").matches("a.docx"));
  EXPECT_TRUE(Glob("**/*.docx").matches("x/y/a.docx"));
  EXPECT_TRUE(Glob("附件/*.{docx,xlsx}").matches("附件/表.xlsx"));
  EXPECT_TRUE(Glob("202?/[!.]*").matches("2023/a"));
  EXPECT_FALSE(Glob("202?/[!.]*").matches("2023/.a"));
  EXPECT_TRUE(Glob("a+b(1).docx").matches("a+b(1).docx"));  // regex characters are literal
  EXPECT_THROW(Glob("[abc"), std::invalid_argument);
}

TEST(ConfigTest, CustomRuleMustMatch) {
  FileResult r = lint_with(
      "[[rule]]\nid = \"local/basis-standard\"\nfield = \"指标值确定依据\"\nmust-match = "
      "\"(计划|行业|历史)标准\"\n"
      "severity = \"warning\"\nmessage = "
      "\"指标值确定依据「{text}」应注明计划标准、行业标准或历史标准\"\n",
      "fixtures/seeds/003.python-docx.docx");
  auto counts = count_by_rule(r);
  EXPECT_EQ(counts["local/basis-standard"], 36);  // 003 fills every basis, none names a standard
  const Finding* first = nullptr;
  for (const auto& f : r.findings) {
    if (f.rule == "local/basis-standard" && !first) first = &f;
  }
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->severity, Severity::warning);
  EXPECT_EQ(first->field, "指标值确定依据");
  EXPECT_EQ(first->indicator, "年度经费测算数量");
  EXPECT_EQ(first->message, "指标值确定依据「测算年度经费数量」应注明计划标准、行业标准或历史标准");
  // Empty bases are left to basis-empty by default …
  EXPECT_EQ(count_by_rule(
                lint_with("[[rule]]\nid = \"local/b\"\nfield = \"依据\"\nmust-match = \"标准\"\n",
                          kSeed000))
                .count("local/b"),
            0u);
  // … unless skip-empty = false.
  EXPECT_EQ(count_by_rule(
                lint_with("[[rule]]\nid = \"local/b\"\nfield = \"依据\"\nmust-match = \"标准\"\n"
                          "skip-empty = false\n",
                          kSeed000))["local/b"],
            28);
  // The clean table names a standard everywhere.
  EXPECT_TRUE(lint_with("[[rule]]\nid = \"local/b\"\nfield = \"指标值确定依据\"\nmust-match = "
                        "\"(计划|行业|历史)标准\"\n",
                        "fixtures/seeds/clean.python-docx.docx")
                  .findings.empty());
}

TEST(ConfigTest, CustomRuleMustNotMatchWithCategoryFilterAndTableField) {
  std::string toml =
      "[[rule]]\nid = \"local/no-generic-basis\"\nfield = \"指标值确定依据\"\nmust-not-match = "
      "\"^相关政策$|^无$\"\n"
      "severity = \"info\"\n"
      "[[rule]]\nid = \"local/cost-le\"\nfield = \"指标值\"\nlevel2 = \"成本指标\"\nmust-not-match "
      "= \"^[≥>]\"\n"
      "message = \"成本指标「{indicator}」不应写成下限\"\n"
      "[[rule]]\nid = \"local/code-format\"\nfield = \"项目编码\"\nmust-match = "
      "\"^\\\\d{8}P[0-9A-Z]{12}$\"\n"
      "severity = \"error\"\n";
  FileResult r = lint_with(toml, "fixtures/seeds/000.python-docx.docx");
  auto counts = count_by_rule(r);
  EXPECT_EQ(counts.count("local/no-generic-basis"), 0u);  // 000's bases are empty: skipped
  EXPECT_EQ(counts.count("local/cost-le"), 0u);           // its cost values are ≤
  EXPECT_EQ(counts.count("local/code-format"), 0u);       // its codes are well formed
  FileResult bad = lint_with(toml, "fixtures/checks/basis-empty/fail.python-docx.docx");
  EXPECT_EQ(count_by_rule(bad).count("local/cost-le"), 0u);
  FileResult codes = lint_with(
      "[[rule]]\nid = \"local/code\"\nfield = \"项目编码\"\nmust-match = \"^X\"\n", kSeed000);
  EXPECT_EQ(count_by_rule(codes)["local/code"], 3);
  for (const auto& f : codes.findings) {
    if (f.rule == "local/code") {
      EXPECT_EQ(f.field, "项目编码");
      EXPECT_FALSE(f.indicator.has_value());
    }
  }
}

TEST(ConfigTest, ErrorsNameTheKeyAndLine) {
  EXPECT_EQ(error_of("select = []\nignor = [\"x\"]\n"),
            "2: unknown key \"ignor\" (jxlint.toml has select, ignore, severity, template, limits, "
            "per-file, rule, and a table of options per rule)");
  EXPECT_EQ(error_of("severity = { \"value-missing-unit\" = \"fatal\" }"),
            "1: \"severity.value-missing-unit\" = \"fatal\": a severity is \"error\", \"warning\" "
            "or \"info\"");
  EXPECT_EQ(
      error_of("\n\n[goal-placeholder]\npatern = [\"x\"]\n"),
      "4: unknown option \"goal-placeholder.patern\" (goal-placeholder has the options patterns)");
  EXPECT_EQ(error_of("[goal-placeholder]\npatterns = [\"(unclosed\"]\n"),
            "1: goal-placeholder.patterns: \"(unclosed\" does not compile: missing ): (unclosed");
  EXPECT_EQ(error_of("[goal-placeholder]\npatterns = \"x\"\n"),
            "2: \"goal-placeholder.patterns\" must be a list of strings");
  EXPECT_EQ(error_of("template = \"2019\""),
            "1: \"template\" = \"2019\": use \"legacy\", \"2021\" or \"auto\"");
  EXPECT_EQ(error_of("[[rule]]\nid = \"local/x\"\nfield = \"指标值\"\nmust-match = \"[z-a]\"\n"),
            "1: [[rule]] \"local/x\": must-match \"[z-a]\" does not compile: invalid character "
            "class range: z-a");
  EXPECT_EQ(error_of("[[rule]]\nid = \"basis-empty\"\nfield = \"指标值\"\nmust-match = \"x\"\n"),
            "1: rule id \"basis-empty\" is a built-in rule");
  EXPECT_EQ(error_of("[[rule]]\nid = \"Local Rule\"\nfield = \"指标值\"\nmust-match = \"x\"\n"),
            "1: rule id \"Local Rule\" must be kebab-case, e.g. \"local/basis-standard\"");
  EXPECT_EQ(error_of("[[rule]]\nid = \"local/x\"\nfield = \"指标值\"\n"),
            "1: rule \"local/x\" needs exactly one of must-match and must-not-match");
  EXPECT_EQ(error_of("\n[[rule]]\nid = \"local/x\"\nfield = \"指标值\"\nmust-match = \"x\"\ncolour "
                     "= \"red\"\n"),
            "6: unknown key \"rule.colour\" (a rule has id, field, must-match or must-not-match, "
            "level1, level2, "
            "skip-empty, severity, message, message-en)");
  EXPECT_EQ(error_of("[[per-file]]\nignore = [\"basis-empty\"]\n"),
            "1: a [[per-file]] entry needs a glob");
  EXPECT_EQ(error_of("select = [\n"), "1:12: Error while parsing array: encountered end-of-file");
}

TEST(ConfigTest, CustomRulesCanBeSelectedIgnoredAndOverridden) {
  std::string rule = "[[rule]]\nid = \"local/x\"\nfield = \"项目编码\"\nmust-match = \"^X\"\n";
  EXPECT_EQ(enabled(config_of("select = [\"local/\"]\n" + rule)),
            (std::vector<std::string>{"local/x"}));
  auto ignored = enabled(config_of("ignore = [\"local\"]\n" + rule));
  EXPECT_EQ(std::count(ignored.begin(), ignored.end(), "local/x"), 0);
  Config c = config_of("severity = { \"local/x\" = \"error\" }\n" + rule);
  EXPECT_EQ(RuleSet::from_config(c).severity("local/x"), Severity::error);
}

TEST(ConfigTest, DescribedConfigurationLoadsBackTheSame) {
  std::string toml =
      "select = [\"basis-\", \"goal-placeholder\", \"local/\"]\nseverity = { \"basis-empty\" = "
      "\"warning\" }\n"
      "[goal-placeholder]\npatterns = ['目标内容\\s*\\d+']\n"
      "[[per-file]]\nglob = \"附件/*.docx\"\nignore = [\"basis-empty\"]\n"
      "[[rule]]\nid = \"local/x\"\nfield = \"项目编码\"\nmust-match = \"^X\"\nmessage = \"编码应以 "
      "X 开头\"\n";
  Config original = config_of(toml);
  std::string described = describe_config(original);
  Config again = config_of(described);
  // Only the source line and the "# default" notes (every option is now set) differ.
  auto body = [](std::string d) {
    d = d.substr(d.find('\n', d.find("# source")));
    for (auto at = d.find("  # default"); at != std::string::npos; at = d.find("  # default"))
      d.erase(at, 11);
    return d;
  };
  EXPECT_EQ(body(describe_config(again)), body(described));
  EXPECT_EQ(enabled(again), enabled(original));
  EXPECT_EQ(RuleSet::from_config(again).severity("basis-empty"), Severity::warning);
}

}  // namespace
}  // namespace jxlint

namespace jxlint {
namespace {

// The README's example configuration is real: it loads, and its rules work.
TEST(ConfigTest, ReadmeExampleLoadsAndWorks) {
  std::string readme = testing::read_file(source_path("README.md"));
  auto start = readme.find("```toml\n", readme.find("## Configuration"));
  ASSERT_NE(start, std::string::npos);
  start += 8;
  std::string toml = readme.substr(start, readme.find("```", start) - start);
  TempDir dir;
  Config c = load_config(dir.write("jxlint.toml", toml).string());
  EXPECT_EQ(c.rules.size(), 3u);
  RuleSet rules = RuleSet::from_config(c);
  EXPECT_FALSE(rules.enabled("desc-repeats-name"));
  EXPECT_EQ(rules.severity("value-missing-unit"), Severity::error);
  FileResult r =
      lint_file(source_path("fixtures/seeds/003.python-docx.docx"), rules, LintOptions{});
  auto counts = count_by_rule(r);
  EXPECT_EQ(counts["local/basis-standard"], 36);
  EXPECT_EQ(counts["goal-placeholder"], 4);  // 目标内容 1
  EXPECT_EQ(counts.count("desc-repeats-name"), 0u);
}

}  // namespace
}  // namespace jxlint
