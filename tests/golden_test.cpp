// Golden tests: jxlint's JSON for each seed fixture, from both writers, must
// equal a reviewed expected file in tests/golden/ (the file path aside).
//
// How the expected files were reviewed
// ------------------------------------
// tests/golden/*.json were first written by jxlint (JXLINT_UPDATE_GOLDEN=1)
// and then read finding by finding against the seed text in
// ../shared/seeds/ and the defect table of domain.md:
//  - seed 000 (承德县工商业联合会): 3 tables, 9 + 10 + 9 indicator rows.
//    basis-empty: all 28 rows, the 指标值确定依据 column is empty throughout.
//    desc-repeats-name: 26 rows; the two rows of table 3 whose description
//    adds a word (举办专业培训/辅导场次数量 → …场次数, 各项活动累计邀请并实际
//    参会企业 → …企业数) were checked not to be reported.
//    value-missing-unit: all 28 values are bare numbers (1, ≥100, ≤1, ≤0.91,
//    ≥90, ≥3 …). percent-over-100: 项目验收合格率 ≥100 and 购置设备合格率 ≥100
//    (rates by name); 设备性能良好 ≥100 is not named as a rate and is left
//    to value-missing-unit. goal-placeholder: all 3 goals (目标内容 1/3/2).
//    plan-not-100: table 1 only; its single plan figure (100%) stands under
//    10月底 with 12月底 blank, where the seed's columns put it.
//  - seed 003 (承德高新区总工会): 4 tables of 9 rows; table 2 is two w:tbl.
//    plan-not-100: tables 1, 3, 4 (10月底 50% | 12月底 50%, flagged as
//    per-period shares); table 2 reaches 100% and is silent.
//    goal-placeholder: all 4 goals (1.目标内容 1). desc-repeats-name: 31 rows
//    (all 9 rows of tables 1, 3 and 4, and rows 9, 10, 15, 17 of table 2,
//    which spans the continuation; 慰问标准 | 慰问标准 among them).
//    percent-over-100: 实际体检人员占区职工比率 ≥100 and 体检项目完成率 ≥100.
//    value-missing-unit: ≥100 ×3 and ≥90 in table 3, 500 and ≥90 in table 4.
//    basis-empty: none (003 fills every basis, even if only by repeating the
//    value — a defect for basis-repeats-value, not for this rule).
//  - the review rules (added later, each finding read against the seed):
//    000: name-repeats-category once (经济效益指标 | 经济效益指标, table 1).
//    003: goal-empty on all 4 goals (nothing but 1. and 目标内容 1);
//    value-not-measurable on 15 rows: every 数量/质量/时效/成本 row of tables
//    1-3 (4 each: 测算年度经费数量, 使机关工会正常运转 …) and 3 of table 4 (its
//    数量 value 500 is a number); basis-repeats-value on 20 rows (9 + 4 + 0
//    + 7: 确保劳模全部登记在册 | 确保劳模全部登记在册 among them);
//    duplicate-indicator on rows 12, 13, 14 of table 1 (保障机关工会正常运行,
//    first on row 9); value-repeats-name twice (工会会员满意度, 每年对劳模进行慰问).
//    Budgets add up, costs stay within budget, plans never fall, categories
//    are the legacy template's: those rules are silent on both seeds.
//  - clean: no finding at all.
//  - the .xlsx versions (tests/golden/<seed>.<writer>.xlsx.json): their
//    findings equal the .docx's by rule, table, project and indicator (which
//    xlsx_fixture_test.cpp asserts); what the golden files add is the sheet
//    and cell of each finding, spot-checked in the workbooks: in
//    003.openpyxl.xlsx the 度量单位 of 慰问标准 is 劳模春节慰问金项目!G10 (split
//    layout, so value-missing-unit points at the unit column), the 12月底 plan
//    value of 工会保障项目 is H7; in 000.libreoffice.xlsx all tables share
//    Sheet1 and table 1's blank 12月底 is F9, under its label in F8.
// The counts above are also asserted directly below, so regenerating the
// golden files cannot silently accept a regression.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "support.h"

namespace jxlint {
namespace {

using testing::count_by_rule;
using testing::json_of;
using testing::lint_fixture;
using testing::read_file;
using testing::source_path;
using testing::where;

struct GoldenCase {
  std::string seed;
  std::string file;      // the fixture's suffix: "python-docx.docx", "openpyxl.xlsx" …
  std::string expected;  // the golden file's name under tests/golden/
};

class GoldenTest : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(GoldenTest, MatchesReviewedExpectation) {
  const GoldenCase& c = GetParam();
  FileResult r = lint_fixture("fixtures/seeds/" + c.seed + "." + c.file);
  ASSERT_FALSE(r.error) << r.error->message;
  // Both .docx writers share one expectation, so the path is the seed's.
  r.path = "fixtures/seeds/" + c.seed + (c.file.ends_with(".docx") ? ".docx" : "." + c.file);
  std::string actual = json_of(r);
  std::string expected_path = source_path("tests/golden/" + c.expected);
  if (std::getenv("JXLINT_UPDATE_GOLDEN") != nullptr && c.file != "libreoffice.docx") {
    std::ofstream(expected_path, std::ios::binary) << actual;
  }
  EXPECT_EQ(actual, read_file(expected_path)) << c.file;
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, GoldenTest,
    ::testing::Values(GoldenCase{"000", "python-docx.docx", "000.json"},
                      GoldenCase{"000", "libreoffice.docx", "000.json"},
                      GoldenCase{"003", "python-docx.docx", "003.json"},
                      GoldenCase{"003", "libreoffice.docx", "003.json"},
                      GoldenCase{"clean", "python-docx.docx", "clean.json"},
                      GoldenCase{"clean", "libreoffice.docx", "clean.json"},
                      GoldenCase{"000", "openpyxl.xlsx", "000.openpyxl.xlsx.json"},
                      GoldenCase{"000", "libreoffice.xlsx", "000.libreoffice.xlsx.json"},
                      GoldenCase{"003", "openpyxl.xlsx", "003.openpyxl.xlsx.json"},
                      GoldenCase{"003", "libreoffice.xlsx", "003.libreoffice.xlsx.json"}),
    [](const auto& info) {
      std::string name = "seed_" + info.param.seed + "_" + info.param.file;
      for (char& ch : name) {
        if (ch == '-' || ch == '.') ch = '_';
      }
      return name;
    });

class SeedDefectsTest : public ::testing::TestWithParam<const char*> {};

TEST_P(SeedDefectsTest, Seed000HoldsEveryDefectDomainMdNames) {
  FileResult r = lint_fixture(std::string("fixtures/seeds/000.") + GetParam() + ".docx");
  ASSERT_EQ(r.tables.size(), 3u);
  EXPECT_EQ(r.tables[0].project_code, "13082123P00008510002H");
  EXPECT_EQ(r.tables[0].title, "1.安可设备购置绩效目标表");
  EXPECT_EQ(r.tables[1].indicators, 10);
  auto counts = count_by_rule(r);
  EXPECT_EQ(counts["basis-empty"],
            28);  // "seed 000 alone has 28 rows with an empty 指标值确定依据"
  EXPECT_EQ(counts["desc-repeats-name"], 26);
  EXPECT_EQ(counts["value-missing-unit"], 28);
  EXPECT_EQ(counts["percent-over-100"], 2);
  EXPECT_EQ(counts["goal-placeholder"], 3);
  EXPECT_EQ(counts["plan-not-100"], 1);
  EXPECT_EQ(where(r, "name-repeats-category"), (std::vector<std::string>{"1:15:3:经济效益指标"}));
  auto first = where(r, "basis-empty").front();
  EXPECT_EQ(first, "1:8:6:购买数量");  // output.md's example: row 8, column 6
  EXPECT_EQ(where(r, "percent-over-100"),
            (std::vector<std::string>{"1:9:5:项目验收合格率", "1:10:5:购置设备合格率"}));
  EXPECT_EQ(where(r, "plan-not-100"), (std::vector<std::string>{"1:5:6:"}));
  auto desc = where(r, "desc-repeats-name");
  EXPECT_NE(std::find(desc.begin(), desc.end(), "1:8:4:购买数量"), desc.end());
  auto units = where(r, "value-missing-unit");
  for (const char* expected : {"1:8:5:购买数量", "1:13:5:预算控制数", "1:14:5:信息网络系统安全"}) {
    EXPECT_NE(std::find(units.begin(), units.end(), expected), units.end()) << expected;
  }
}

TEST_P(SeedDefectsTest, Seed003HoldsEveryDefectDomainMdNames) {
  FileResult r = lint_fixture(std::string("fixtures/seeds/003.") + GetParam() + ".docx");
  ASSERT_EQ(r.tables.size(), 4u);
  EXPECT_EQ(r.tables[1].parts, 2);  // table 2 continues over a second w:tbl
  EXPECT_EQ(r.tables[1].indicators, 9);
  auto counts = count_by_rule(r);
  EXPECT_EQ(counts["basis-empty"], 0);
  EXPECT_EQ(counts["goal-placeholder"], 4);
  EXPECT_EQ(where(r, "plan-not-100"), (std::vector<std::string>{"1:5:6:", "3:5:6:", "4:5:6:"}));
  EXPECT_EQ(where(r, "percent-over-100"),
            (std::vector<std::string>{"3:12:5:实际体检人员占区职工比率", "3:13:5:体检项目完成率"}));
  EXPECT_EQ(counts["value-missing-unit"], 6);
  auto units = where(r, "value-missing-unit");
  EXPECT_NE(std::find(units.begin(), units.end(), "4:8:5:慰问标准"), units.end());
  auto desc = where(r, "desc-repeats-name");
  EXPECT_EQ(counts["desc-repeats-name"], 31);
  EXPECT_NE(std::find(desc.begin(), desc.end(), "4:8:4:慰问标准"), desc.end());
  // The continuation's rows keep counting in the table's grid.
  EXPECT_NE(std::find(desc.begin(), desc.end(), "2:17:4:困难职工对帮扶工作的满意度"), desc.end());
  // Its four goals are template text alone: goal-placeholder's, not goal-empty's too.
  EXPECT_EQ(counts["goal-empty"], 0);
  EXPECT_EQ(counts["value-not-measurable"], 15);
  EXPECT_EQ(counts["basis-repeats-value"], 20);
  EXPECT_EQ(where(r, "duplicate-indicator"),
            (std::vector<std::string>{"1:12:3:保障机关工会正常运行", "1:13:3:保障机关工会正常运行",
                                      "1:14:3:保障机关工会正常运行"}));
  EXPECT_EQ(where(r, "value-repeats-name"),
            (std::vector<std::string>{"1:16:5:工会会员满意度", "4:15:5:每年对劳模进行慰问"}));
  auto measurable = where(r, "value-not-measurable");
  EXPECT_NE(std::find(measurable.begin(), measurable.end(), "1:8:5:年度经费测算数量"),
            measurable.end());
  auto repeats = where(r, "basis-repeats-value");
  EXPECT_NE(std::find(repeats.begin(), repeats.end(), "4:9:6:市级劳模登记情况"), repeats.end());
  for (const char* silent : {"budget-sum-mismatch", "cost-over-budget", "plan-decreasing",
                             "category-invalid", "category-missing", "name-empty", "value-empty"}) {
    EXPECT_EQ(counts.count(silent), 0u) << silent;
  }
  // The per-period-shares hint.
  for (const auto& f : r.findings) {
    if (f.rule == "plan-not-100") {
      EXPECT_NE(f.message.find("分期比例"), std::string::npos);
    }
  }
}

TEST_P(SeedDefectsTest, CleanTableHasNoFinding) {
  FileResult r = lint_fixture(std::string("fixtures/seeds/clean.") + GetParam() + ".docx");
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_EQ(r.tables[0].indicators, 9);
  EXPECT_TRUE(r.findings.empty());
}

INSTANTIATE_TEST_SUITE_P(Writers, SeedDefectsTest, ::testing::Values("python-docx", "libreoffice"),
                         [](const auto& info) {
                           return std::string(info.param) == "python-docx" ? "python_docx"
                                                                           : "libreoffice";
                         });

}  // namespace
}  // namespace jxlint
