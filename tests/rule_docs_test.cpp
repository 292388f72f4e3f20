// The rule tables of README.md and docs/output.md are generated from the
// registry (scripts/rule-docs, `jxlint checks --markdown`): a rule added,
// removed, renamed or re-summarised without regenerating them fails here.
#include <gtest/gtest.h>

#include "cli/rule_list.h"
#include "lint/check.h"
#include "support.h"

namespace jxlint {
namespace {

using testing::read_file;
using testing::source_path;

std::string between_markers(const std::string& text) {
  const std::string begin = "<!-- rules:begin -->\n", end = "<!-- rules:end -->";
  auto b = text.find(begin);
  auto e = text.find(end);
  if (b == std::string::npos || e == std::string::npos || e < b) return "(no markers)";
  return text.substr(b + begin.size(), e - b - begin.size());
}

TEST(RuleDocsTest, ReadmeListsEveryRuleAsTheRegistryDescribesIt) {
  EXPECT_EQ(between_markers(read_file(source_path("README.md"))), rule_list_markdown(Lang::zh))
      << "run scripts/rule-docs";
}

TEST(RuleDocsTest, OutputMdListsEveryRuleAsTheRegistryDescribesIt) {
  EXPECT_EQ(between_markers(read_file(source_path("docs/output.md"))), rule_list_markdown(Lang::en))
      << "run scripts/rule-docs";
}

TEST(RuleDocsTest, EveryRuleSaysWhatItAppliesTo) {
  for (const CheckInfo& c : Registry::instance().all()) {
    std::string_view doc = c.doc;
    if (c.scope == CheckScope::self_evaluation || c.scope == CheckScope::score_table ||
        c.scope == CheckScope::project_pair) {
      EXPECT_NE(doc.find("适用于 / Applies to"), std::string_view::npos) << c.id;
    }
  }
}

}  // namespace
}  // namespace jxlint
