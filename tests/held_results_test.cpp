// The results a run holds for the 自评表 pairing: in memory up to a budget,
// then in a temporary file, and read back exactly as they were.
#include "lint/held_results.h"

#include <gtest/gtest.h>

#include "cli_support.h"
#include "lint/footprint.h"
#include "lint/linter.h"
#include "lint/project_index.h"
#include "lint/result_codec.h"
#include "support.h"

namespace jxlint {
namespace {

using testing::json_of;
using testing::source_path;

const char* const kFixtures[] = {
    "fixtures/seeds/000.python-docx.docx",
    "fixtures/seeds/003.openpyxl.xlsx",
    "fixtures/checks/eval-target-mismatch/fail.python-docx.docx",
    "fixtures/suppressions/comments.libreoffice.docx",
    "fixtures/unreadable/password.docx",
};

std::vector<FileResult> lint_fixtures(bool keep_tables) {
  std::vector<FileResult> results;
  LintOptions options;
  options.keep_tables = keep_tables;
  for (const char* fixture : kFixtures)
    results.push_back(lint_file(source_path(fixture), testing::default_rules(), options));
  return results;
}

// Pushes every result into a store of `budget` bytes and takes them back.
std::vector<FileResult> round_trip(std::vector<FileResult> results, std::size_t budget,
                                   std::size_t& spilled) {
  HeldResults held(budget);
  for (FileResult& r : results)
    held.push(std::move(r));
  spilled = held.spilled();
  std::vector<FileResult> back;
  for (std::size_t i = 0; i < held.size(); ++i)
    back.push_back(held.take(i));
  return back;
}

void expect_same(const std::vector<FileResult>& a, const std::vector<FileResult>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    SCOPED_TRACE(a[i].path);
    EXPECT_EQ(b[i].path, a[i].path);
    EXPECT_EQ(json_of(b[i]), json_of(a[i]));
    EXPECT_EQ(encode_result(b[i]), encode_result(a[i]));  // digests and views included
    EXPECT_EQ(b[i].projects.size(), a[i].projects.size());
  }
}

TEST(HeldResultsTest, PastAZeroBudgetEveryResultGoesToTheFileAndComesBackWhole) {
  for (bool keep_tables : {false, true}) {
    std::vector<FileResult> original = lint_fixtures(keep_tables);
    ASSERT_FALSE(original[2].projects.empty()) << "the 自评表 fixture carries its digest";
    std::size_t spilled = 0;
    std::vector<FileResult> back = round_trip(lint_fixtures(keep_tables), 0, spilled);
    EXPECT_EQ(spilled, original.size());
    expect_same(original, back);
  }
}

TEST(HeldResultsTest, WithinTheBudgetNothingIsSpilled) {
  std::size_t spilled = 0;
  std::vector<FileResult> back = round_trip(lint_fixtures(false), 1u << 30, spilled);
  EXPECT_EQ(spilled, 0u);
  expect_same(lint_fixtures(false), back);
}

TEST(HeldResultsTest, OnceOverTheBudgetTheRestFollowsToTheFile) {
  std::vector<FileResult> original = lint_fixtures(false);
  std::size_t first = footprint(original[0]);
  ASSERT_GT(first, 1000u);
  std::size_t spilled = 0;
  std::vector<FileResult> back = round_trip(lint_fixtures(false), first, spilled);
  EXPECT_EQ(spilled, original.size() - 1);  // the first fits, the rest do not
  expect_same(original, back);
}

TEST(HeldResultsTest, AResultIsTakenOnce) {
  HeldResults held(0);
  std::vector<FileResult> results = lint_fixtures(false);
  held.push(std::move(results[0]));
  EXPECT_NO_THROW(held.take(0));
  EXPECT_THROW(held.take(0), HeldResultError);
  EXPECT_EQ(held.path(0), source_path(kFixtures[0]));
}

// The target tables' digests wait in the index's temporary file past its
// budget; a 自评表 paired with one of them gets the same findings.
TEST(HeldResultsTest, SpilledTargetDigestsPairAsTheyDoInMemory) {
  auto pair_findings = [](std::size_t budget) {
    ProjectIndex index(budget);
    LintOptions options;
    FileResult target = lint_file(source_path("fixtures/seeds/003.python-docx.docx"),
                                  testing::default_rules(), options);
    FileResult evaluation =
        lint_file(source_path("fixtures/checks/eval-target-mismatch/fail.python-docx.docx"),
                  testing::default_rules(), options);
    index.add(target);
    index.add(evaluation);
    std::size_t before = evaluation.findings.size();
    index.check(evaluation, testing::default_rules(), Lang::zh);
    EXPECT_EQ(evaluation.findings.size(), before + 3) << "the fixture's three mismatches";
    return json_of(evaluation);
  };
  EXPECT_EQ(pair_findings(0), pair_findings(1u << 30));
}

// The whole run: a review queue whose results wait for the pairing prints
// the same whether they wait in memory or in the temporary file.
TEST(HeldResultsTest, TheCommandLinePrintsTheSameWithEveryResultSpilled) {
  for (const char* format : {"json", "text"}) {
    SCOPED_TRACE(format);
    std::string args =
        std::string("--no-config -j 2 --format ") + format + " fixtures/checks fixtures/seeds";
    testing::CliResult memory = testing::run(args);
    testing::CliResult spilled = testing::run_in_source_tree(
        "JXLINT_HOLD_MIB=0 " + testing::shell_quote(JXLINT_BINARY) + " " + args + " 2>/dev/null");
    EXPECT_EQ(memory.status, 1);
    EXPECT_EQ(spilled.status, memory.status);
    EXPECT_NE(memory.out.find("eval-target-mismatch"), std::string::npos);
    EXPECT_EQ(spilled.out, memory.out);
  }
}

}  // namespace
}  // namespace jxlint
