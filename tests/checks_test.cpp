// Each core rule on its own fail and pass fixtures (fixtures/checks/<rule>/),
// from both writers. The expected locations are the rows the fixture's
// "note" names (indicator n sits on grid row 7 + n).
#include <gtest/gtest.h>

#include <filesystem>

#include "lint/check.h"
#include "support.h"

namespace jxlint {
namespace {

using testing::count_by_rule;
using testing::lint_fixture;
using testing::where;
using Locations = std::vector<std::string>;

struct RuleCase {
  std::string rule;
  Locations fail;                        // table:row:column:indicator
  std::map<std::string, int> also = {};  // other rules the fail fixture fires by design
  std::map<std::string, int> pass = {};  // rules the pass fixture fires by design (not this one)
};

class RuleFixtureTest : public ::testing::TestWithParam<std::tuple<RuleCase, std::string>> {};

TEST_P(RuleFixtureTest, FiresExactlyOnTheFailFixture) {
  const auto& [c, writer] = GetParam();
  FileResult r = lint_fixture("fixtures/checks/" + c.rule + "/fail." + writer + ".docx");
  ASSERT_FALSE(r.error) << r.error->message;
  EXPECT_EQ(where(r, c.rule), c.fail);
  std::map<std::string, int> others = count_by_rule(r);
  others.erase(c.rule);
  EXPECT_EQ(others, c.also);
}

TEST_P(RuleFixtureTest, NoRuleFiresOnThePassFixture) {
  const auto& [c, writer] = GetParam();
  FileResult r = lint_fixture("fixtures/checks/" + c.rule + "/pass." + writer + ".docx");
  ASSERT_FALSE(r.error) << r.error->message;
  EXPECT_FALSE(r.tables.empty());
  EXPECT_EQ(count_by_rule(r), c.pass);
  EXPECT_EQ(count_by_rule(r).count(c.rule), 0u);
}

const RuleCase kCases[] = {
    {"basis-empty",
     {"1:8:6:培训期数", "1:9:6:培训人次", "1:10:6:技能竞赛举办次数", "1:11:6:培训合格率",
      "1:12:6:培训完成时间", "1:13:6:培训成本控制数"}},
    {"desc-repeats-name",
     {"1:8:4:培训期数", "1:9:4:培训人次", "1:11:4:PPT课件数量", "1:12:4:培训合格率",
      "1:17:4:参训职工满意度"}},
    // A goal of template text alone is goal-placeholder's only: one defect, one finding.
    {"goal-placeholder", {"1:6:2:", "2:6:2:", "3:6:2:"}},
    {"percent-over-100",
     {"1:11:5:培训计划完成率", "1:13:5:培训合格率", "1:14:5:课程出勤率",
      "1:18:5:技能等级证书取证率", "1:20:5:参训职工满意度"},
     {{"value-missing-unit", 1}}},  // "≥100" on 培训合格率 has no unit either
    {"plan-not-100", {"1:5:6:", "2:5:6:", "3:5:6:", "4:5:6:"}},
    {"value-missing-unit",
     {"1:9:5:培训人次", "1:10:5:技能竞赛举办次数", "1:14:5:培训成本控制数",
      "1:19:5:参训职工满意度"}},
    // The review rules (fixtures/checks/<rule>/*.json say why each row is there).
    {"budget-sum-mismatch",
     {"1:2:3:", "2:2:3:"}},  // 12.00 ≠ 10.00 + 1.00; 120000.00 ≠ 100000.00 + 19999.99 (元)
    {"cost-over-budget",
     {"1:13:5:培训成本控制数", "2:13:5:培训成本控制数", "3:13:5:培训成本控制数"},
     {{"value-missing-unit", 1}},   // "≤13": no unit, read in 万元
     {{"value-missing-unit", 1}}},  // "≤11.5" within budget, but without a unit
    {"plan-decreasing", {"1:5:5:", "2:5:4:"}, {{"plan-not-100", 1}}},  // 40/30/20/10 ends at 10%
    {"goal-empty",
     {"1:6:2:", "3:6:2:", "4:6:2:"},
     {{"goal-placeholder", 1}}},  // table 2's 1.目标内容 1 is goal-placeholder's alone
    {"value-empty", {"1:8:5:培训期数", "1:11:5:培训合格率", "1:14:5:取得技能等级证书人数"}},
    {"name-empty", {"1:10:3:", "1:15:3:/"}},
    {"name-repeats-category", {"1:10:3:数量指标", "1:14:3:经济效益指标", "1:15:3:社会效益"}},
    {"value-repeats-name",
     {"1:11:5:培训合格率", "1:16:5:参训职工满意度"},
     {{"value-not-measurable", 1}}},
    {"basis-repeats-value",
     {"1:8:6:培训期数", "1:12:6:参训职工登记情况"},
     {{"value-not-measurable", 1}}},
    {"value-not-measurable",
     {"1:10:5:技能竞赛举办次数", "1:11:5:培训合格率", "1:12:5:培训完成时间",
      "1:13:5:培训成本控制数"}},
    {"duplicate-indicator", {"1:12:3:培训人次", "2:14:3:职工技能提升", "2:15:3:职工技能提升"}},
    {"basis-generic", {"1:8:6:培训期数", "2:8:6:培训期数", "2:12:6:培训完成时间"}},
    {"category-invalid",
     {"1:14:2:参训职工收入增长幅度", "1:15:2:培训签到记录完整率", "1:16:1:取得技能等级证书人数"}},
    {"category-missing", {"1:7:1:", "2:7:1:"}},  // no 满意度指标; no 效益指标
    {"cost-operator", {"1:13:5:培训成本控制数", "2:13:5:培训成本控制数"}},  // ≥12万元; 大于10万元
    {"satisfaction-range",
     {"1:16:5:参训职工满意度", "2:16:5:参训职工满意度", "2:17:5:参训职工所在单位满意度"}},
};

INSTANTIATE_TEST_SUITE_P(CoreRules, RuleFixtureTest,
                         ::testing::Combine(::testing::ValuesIn(kCases),
                                            ::testing::Values("python-docx", "libreoffice")),
                         [](const auto& info) {
                           std::string name =
                               std::get<0>(info.param).rule + "_" + std::get<1>(info.param);
                           for (char& ch : name) {
                             if (ch == '-') ch = '_';
                           }
                           return name;
                         });

TEST(ReviewRulesTest, CategoryMissingUnderThe2021Template) {
  // Table 3 of the fail fixture is a sound legacy table; configured for the
  // 2021 template it lacks 成本指标 as a 一级, like tables 1 and 2.
  Config c;
  c.template_name = "2021";
  RuleSet rules = RuleSet::from_config(c);
  FileResult r =
      lint_file(testing::source_path("fixtures/checks/category-missing/fail.python-docx.docx"),
                rules, LintOptions{});
  std::map<int, int> per_table;
  for (const auto& f : r.findings) {
    if (f.rule == "category-missing") ++per_table[f.table];
  }
  EXPECT_EQ(per_table, (std::map<int, int>{{1, 2}, {2, 2}, {3, 1}}));
  // Auto-detection: the 2021 table of category-invalid/pass has 成本指标 as a 一级.
  FileResult auto_2021 = lint_fixture("fixtures/checks/category-invalid/pass.libreoffice.docx");
  EXPECT_EQ(count_by_rule(auto_2021).count("category-invalid"), 0u);
  EXPECT_EQ(count_by_rule(auto_2021).count("category-missing"), 0u);
}

TEST(ReviewRulesTest, MessagesExplainTheArithmetic) {
  FileResult sums = lint_fixture("fixtures/checks/budget-sum-mismatch/fail.python-docx.docx");
  ASSERT_EQ(sums.findings.size(), 2u);
  EXPECT_EQ(sums.findings[0].message,
            "预算数 12.00 不等于各项资金之和 财政资金 10.00 + 其他资金 1.00 = 11.00（相差 1.00万元）");
  EXPECT_NE(sums.findings[1].message.find("相差 0.01元"), std::string::npos)
      << sums.findings[1].message;
  FileResult cost = lint_fixture("fixtures/checks/cost-over-budget/fail.openpyxl.xlsx");
  std::vector<std::string> messages;
  for (const auto& f : cost.findings) {
    if (f.rule == "cost-over-budget") messages.push_back(f.message);
  }
  ASSERT_EQ(messages.size(), 3u);
  EXPECT_NE(messages[1].find("（60000.00 元）超过了预算数 50000.00（50000.00 元）"),
            std::string::npos)
      << messages[1];
  FileResult plan = lint_fixture("fixtures/checks/plan-decreasing/fail.libreoffice.xlsx");
  EXPECT_NE(plan.findings[0].message.find("从6月底的 60% 降到了10月底的 50%"), std::string::npos)
      << plan.findings[0].message;
}

TEST(RuleMessagesTest, QuoteTheOffendingTextInBothLanguages) {
  FileResult zh = lint_fixture("fixtures/checks/value-missing-unit/fail.python-docx.docx");
  FileResult en =
      lint_fixture("fixtures/checks/value-missing-unit/fail.python-docx.docx", Lang::en);
  ASSERT_EQ(zh.findings.size(), en.findings.size());
  EXPECT_EQ(zh.findings[0].message, "指标值「500」只有数字，没有计量单位（%、次、万元……）");
  EXPECT_EQ(en.findings[0].message,
            "the value \"500\" is a bare number without a unit (%, times, 万元 …)");
  FileResult plan = lint_fixture("fixtures/checks/plan-not-100/fail.python-docx.docx");
  EXPECT_NE(plan.findings[0].message.find("分期比例"),
            std::string::npos);  // 50% + 50%: per-period shares
  EXPECT_EQ(plan.findings[1].message.find("分期比例"), std::string::npos);
  EXPECT_NE(plan.findings[1].message.find("为空"), std::string::npos);
  EXPECT_NE(plan.findings[3].message.find("超过了100%"), std::string::npos);
  FileResult placeholder = lint_fixture("fixtures/checks/goal-placeholder/fail.python-docx.docx");
  std::vector<std::string> messages;
  for (const auto& f : placeholder.findings) {
    if (f.rule == "goal-placeholder") messages.push_back(f.message);
  }
  ASSERT_EQ(messages.size(), 3u);
  EXPECT_NE(messages[0].find("「目标内容 1」"), std::string::npos);
  EXPECT_NE(messages[2].find("「请输入绩效目标」"), std::string::npos);
}

// Adding a check touches checks/<id>.cpp and nothing central: every file
// there registers exactly its own id, with a complete doc block.
TEST(RegistryTest, EveryCheckFileRegistersItsIdWithADocBlock) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(testing::source_path("checks"))) {
    if (e.path().extension() == ".cpp") files.push_back(e.path().stem().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> ids;
  for (const CheckInfo& c : Registry::instance().all()) {
    // Engine rules (reported by the suppression engine) have no check file.
    if (c.make) ids.emplace_back(c.id);
    std::string_view doc = c.doc;
    EXPECT_FALSE(c.summary(Lang::zh).empty()) << c.id;
    EXPECT_FALSE(c.summary(Lang::en).empty()) << c.id;
    EXPECT_NE(c.summary(Lang::zh), c.summary(Lang::en)) << c.id;
    for (const char* section : {"检查内容 / What it finds", "为什么重要 / Why it matters",
                                "示例 / Example", "选项 / Options"}) {
      EXPECT_NE(doc.find(section), std::string_view::npos) << c.id << " lacks " << section;
    }
    for (const OptionSpec& o : c.options) {
      EXPECT_NE(doc.find(std::string(c.id) + "." + o.name), std::string_view::npos)
          << c.id << " does not document its option " << o.name;
    }
  }
  EXPECT_EQ(ids, files);
  for (const char* engine : {"unused-suppression", "invalid-suppression"}) {
    const CheckInfo* info = Registry::instance().find(engine);
    ASSERT_NE(info, nullptr) << engine;
    EXPECT_FALSE(info->make) << engine;
  }
  for (const char* core : {"basis-empty", "desc-repeats-name", "plan-not-100", "percent-over-100",
                           "goal-placeholder", "value-missing-unit"}) {
    EXPECT_NE(Registry::instance().find(core), nullptr) << core;
  }
}

TEST(RegistryTest, CoreSeveritiesFollowTheContract) {
  auto severity = [](const char* id) { return Registry::instance().find(id)->severity; };
  EXPECT_EQ(severity("basis-empty"), Severity::error);
  EXPECT_EQ(severity("desc-repeats-name"), Severity::warning);
  EXPECT_EQ(severity("plan-not-100"), Severity::error);
  EXPECT_EQ(severity("percent-over-100"), Severity::warning);
  EXPECT_EQ(severity("goal-placeholder"), Severity::error);
  EXPECT_EQ(severity("value-missing-unit"), Severity::warning);
}

}  // namespace
}  // namespace jxlint
