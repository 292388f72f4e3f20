// Suppressions by reviewers' comments, on files with comments made by real
// writers (LibreOffice Writer comments; openpyxl and LibreOffice Calc notes),
// checked against fixtures/suppressions/expected.json; and baselines that
// survive a row inserted above.
#include "lint/suppression.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "app/baseline.h"
#include "support.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;
using testing::default_rules;
using testing::lint_fixture;
using testing::read_file;
using testing::source_path;

TEST(DirectiveTest, Spellings) {
  const RuleSet& rules = default_rules();
  auto d = parse_directive("jxlint-disable basis-empty -- 依据见附件", rules);
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->valid());
  EXPECT_EQ(d->rules, (std::vector<std::string>{"basis-empty"}));
  EXPECT_EQ(d->reason, "依据见附件");

  auto several = parse_directive(
      "审核意见：JXLINT-DISABLE: value-missing-unit，percent-over-100、desc-repeats-name——可以接受",
      rules);
  ASSERT_TRUE(several);
  EXPECT_TRUE(several->valid()) << several->problem.en;
  EXPECT_EQ(several->rules.size(), 3u);
  EXPECT_EQ(several->reason, "可以接受");

  auto full_width = parse_directive("jxlint-disable ｂａｓｉｓ-empty －－ 理由，照写", rules);
  ASSERT_TRUE(full_width);
  EXPECT_TRUE(full_width->valid()) << full_width->problem.en;
  EXPECT_EQ(full_width->rules, (std::vector<std::string>{"basis-empty"}));
  EXPECT_EQ(full_width->reason, "理由，照写");  // the reason stays as written

  EXPECT_FALSE(parse_directive("请补充依据", rules));
  auto no_reason = parse_directive("jxlint-disable desc-repeats-name", rules);
  ASSERT_TRUE(no_reason);
  EXPECT_FALSE(no_reason->valid());
  EXPECT_FALSE(parse_directive("jxlint-disable desc-repeats-name -- ", rules)->valid());
  EXPECT_FALSE(parse_directive("jxlint-disable -- 没写规则", rules)->valid());
  auto unknown = parse_directive("jxlint-disable no-such-rule -- 原因", rules);
  EXPECT_FALSE(unknown->valid());
  EXPECT_NE(unknown->problem.zh.find("no-such-rule"), std::string::npos);
}

using Place = std::tuple<std::string, int, int>;  // rule, table, row

std::multiset<Place> places(const std::vector<Finding>& findings) {
  std::multiset<Place> out;
  for (const auto& f : findings)
    out.emplace(f.rule, f.table, f.row);
  return out;
}

TEST(SuppressionTest, WordCommentsSilenceWhatExpectedJsonSays) {
  auto expected =
      nlohmann::json::parse(read_file(source_path("fixtures/suppressions/expected.json")));
  FileResult r = lint_fixture("fixtures/suppressions/comments.libreoffice.docx");
  ASSERT_FALSE(r.error);
  std::multiset<Place> silenced;
  for (const auto& s : r.suppressed) {
    silenced.emplace(s.finding.rule, s.finding.table, s.finding.row);
    EXPECT_EQ(s.author, "审核人");
    EXPECT_FALSE(s.reason.empty());
  }
  auto reported = places(r.findings);
  std::multiset<Place> want_silenced;
  int unused = 0, invalid = 0;
  for (const auto& c : expected["files"]["comments.libreoffice.docx"]) {
    SCOPED_TRACE(c["key"].get<std::string>());
    for (const auto& s : c["silences"])
      want_silenced.emplace(s["rule"], s["table"], s["row"]);
    for (const auto& s : c["still_reported"]) {
      EXPECT_TRUE(reported.count({s["rule"], s["table"], s["row"]})) << s.dump();
    }
    int table = c["anchor"]["table"];
    int row = c["anchor"].contains("row") ? c["anchor"]["row"].get<int>() : 0;
    for (const auto& rule : c["unused"]) {
      ++unused;
      bool found = false;
      for (const auto& f : r.findings) {
        if (f.rule == "unused-suppression" && f.table == table && f.row == row &&
            f.message.find(rule.get<std::string>()) != std::string::npos) {
          found = true;
          EXPECT_EQ(f.severity, Severity::info);
        }
      }
      EXPECT_TRUE(found) << rule;
    }
    if (c["invalid"].get<bool>()) {
      ++invalid;
      EXPECT_TRUE(reported.count({"invalid-suppression", table, row}));
    }
  }
  EXPECT_EQ(silenced, want_silenced);
  EXPECT_EQ(places(r.findings).count({"unused-suppression", 1, 14}), 1u);
  int engine = 0;
  for (const auto& f : r.findings)
    engine += f.rule.ends_with("-suppression");
  EXPECT_EQ(engine, unused + invalid);
  EXPECT_EQ(r.findings.size(), 86u);  // seed 000's 89, 6 silenced, 2 unused, 1 invalid
}

TEST(SuppressionTest, ExcelNotesSilenceTheirRows) {
  auto expected =
      nlohmann::json::parse(read_file(source_path("fixtures/suppressions/expected.json")));
  for (const char* file : {"notes.openpyxl.xlsx", "notes.libreoffice.xlsx"}) {
    SCOPED_TRACE(file);
    FileResult r = lint_fixture(std::string("fixtures/suppressions/") + file);
    ASSERT_FALSE(r.error);
    std::set<std::tuple<std::string, int, std::string, std::string>> silenced;
    for (const auto& s : r.suppressed) {
      silenced.emplace(s.finding.rule, s.finding.table, s.finding.indicator.value_or(""),
                       s.finding.cell.value_or(""));
    }
    std::set<std::tuple<std::string, int, std::string, std::string>> want;
    int unused = 0;
    for (const auto& note : expected["files"][file]) {
      for (const auto& s : note["silences"])
        want.emplace(s["rule"], s["table"], s["indicator"], s["cell"]);
      unused += static_cast<int>(note["unused"].size());
    }
    EXPECT_EQ(silenced, want);
    int reported_unused = 0;
    for (const auto& f : r.findings)
      reported_unused += f.rule == "unused-suppression";
    EXPECT_EQ(reported_unused, unused);
  }
}

TEST(SuppressionTest, EngineRulesFollowConfiguration) {
  Config c;
  c.ignore = {"unused-suppression"};
  c.severity["invalid-suppression"] = Severity::error;
  RuleSet rules = RuleSet::from_config(c);
  FileResult r = lint_file(source_path("fixtures/suppressions/comments.libreoffice.docx"), rules,
                           LintOptions{});
  int unused = 0;
  for (const auto& f : r.findings) {
    unused += f.rule == "unused-suppression";
    if (f.rule == "invalid-suppression") {
      EXPECT_EQ(f.severity, Severity::error);
    }
  }
  EXPECT_EQ(unused, 0);
  EXPECT_EQ(r.suppressed.size(), 6u);
}

class TempFolder {
 public:
  TempFolder()
      : path_(fs::temp_directory_path() / ("jxlint-baseline-" + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_ / "submissions");
  }
  ~TempFolder() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

TEST(BaselineTest, StillMatchesAfterARowIsInsertedAbove) {
  TempFolder dir;
  fs::path submission = dir.path() / "submissions" / "000.docx";
  fs::path baseline_file = dir.path() / "baseline.json";
  for (const char* writer : {"python-docx", "libreoffice"}) {
    SCOPED_TRACE(writer);
    fs::copy_file(source_path(std::string("fixtures/seeds/000.") + writer + ".docx"), submission,
                  fs::copy_options::overwrite_existing);
    FileResult today = lint_file(submission.string(), default_rules(), LintOptions{});
    Baseline::write(baseline_file.string(), {today});
    auto written = nlohmann::json::parse(read_file(baseline_file.string()));
    EXPECT_EQ(written["entries"][0]["file"], "submissions/000.docx");  // relative to the baseline

    // The same submission, edited: a row inserted above 购买数量, one basis filled in.
    fs::copy_file(source_path(std::string("fixtures/baseline/000-edited.") + writer + ".docx"),
                  submission, fs::copy_options::overwrite_existing);
    Baseline baseline = Baseline::load(baseline_file.string());
    FileResult tomorrow = lint_file(submission.string(), default_rules(), LintOptions{});
    baseline.filter(tomorrow);
    std::set<std::pair<std::string, std::string>> fresh;
    for (const auto& f : tomorrow.findings)
      fresh.emplace(f.rule, f.indicator.value_or(""));
    EXPECT_EQ(fresh, (std::set<std::pair<std::string, std::string>>{
                         {"basis-empty", "安可设备台数"},
                         {"desc-repeats-name", "安可设备台数"},
                         {"value-missing-unit", "安可设备台数"}}));
    EXPECT_EQ(tomorrow.findings.size(), 3u);
    EXPECT_EQ(tomorrow.baselined, 88);
    auto stale = baseline.stale();
    ASSERT_EQ(stale.size(), 1u);
    EXPECT_EQ(stale[0].rule, "basis-empty");
    EXPECT_EQ(stale[0].indicator, "培训次数");
    EXPECT_EQ(stale[0].project, "13082123P000083100026");
  }
}

TEST(BaselineTest, DuplicatesAreCountedAndOtherFilesAreNotStale) {
  TempFolder dir;
  fs::path a = dir.path() / "submissions" / "003.docx";
  fs::copy_file(source_path("fixtures/seeds/003.python-docx.docx"), a);
  fs::path baseline_file = dir.path() / "b.json";
  FileResult r = lint_file(a.string(), default_rules(), LintOptions{});
  Baseline::write(baseline_file.string(), {r});
  // 003 table 1 has 保障机关工会正常运行 four times: one key, counted.
  auto written = nlohmann::json::parse(read_file(baseline_file.string()));
  bool counted = false;
  for (const auto& e : written["entries"])
    counted = counted || e["count"].get<int>() > 1;
  EXPECT_TRUE(counted);
  Baseline baseline = Baseline::load(baseline_file.string());
  EXPECT_TRUE(baseline.stale().empty());  // 003.docx was not linted in this run yet
  FileResult again = lint_file(a.string(), default_rules(), LintOptions{});
  baseline.filter(again);
  EXPECT_TRUE(again.findings.empty());
  EXPECT_TRUE(baseline.stale().empty());
  EXPECT_THROW(Baseline::load((dir.path() / "missing.json").string()), ConfigError);
  std::ofstream(dir.path() / "bad.json") << "{\"entries\": []}";
  EXPECT_THROW(Baseline::load((dir.path() / "bad.json").string()), ConfigError);
}

}  // namespace
}  // namespace jxlint
