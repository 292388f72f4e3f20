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
  for (const auto& f : r.findings)
    ADD_FAILURE() << f.rule << " at " << f.table << ":" << f.row << ": " << f.message;
}

const RuleCase kCases[] = {
    {"basis-empty",
     {"1:8:6:培训期数", "1:9:6:培训人次", "1:10:6:技能竞赛举办次数", "1:11:6:培训合格率",
      "1:12:6:培训完成时间", "1:13:6:培训成本控制数"}},
    {"desc-repeats-name",
     {"1:8:4:培训期数", "1:9:4:培训人次", "1:11:4:PPT课件数量", "1:12:4:培训合格率",
      "1:17:4:参训职工满意度"}},
    {"goal-placeholder",
     {"1:6:2:", "2:6:2:", "3:6:2:"},
     {{"goal-empty", 2}}},  // 1.目标内容 1, 请输入绩效目标
    {"percent-over-100",
     {"1:11:5:培训计划完成率", "1:13:5:培训合格率", "1:14:5:课程出勤率",
      "1:18:5:技能等级证书取证率", "1:20:5:参训职工满意度"},
     {{"value-missing-unit", 1}}},  // "≥100" on 培训合格率 has no unit either
    {"plan-not-100", {"1:5:6:", "2:5:6:", "3:5:6:", "4:5:6:"}},
    {"value-missing-unit",
     {"1:9:5:培训人次", "1:10:5:技能竞赛举办次数", "1:14:5:培训成本控制数",
      "1:19:5:参训职工满意度"}},
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
