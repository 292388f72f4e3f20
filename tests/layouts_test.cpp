// The layouts a bureau receives beyond the seeds' (fixtures/layouts/): stacked
// sheets, 自评表 and 评分表 mixed in, 长期/年度 blocks, two-line headers, plans in
// amounts, every funding source, department tables, unreadable tables. Each
// generated file's expectations (fixtures/layouts/expected.json, made from the
// `expect` beside each source) were written from the domain: the kinds of its
// tables in reading order and exactly the findings a correct linter reports.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "cli_support.h"
#include "lint/check.h"
#include "support.h"

namespace jxlint {
namespace {

using Json = nlohmann::json;
using testing::json_of;
using testing::lint_fixture;
using testing::read_file;
using testing::source_path;

struct LayoutCase {
  std::string file;
  Json expect;
};

// Every generated file of fixtures/layouts/ and of the rules' own fixtures
// (fixtures/checks/<rule>/fail.json, pass.json in the free layout), with the
// expectations written beside its source.
std::vector<LayoutCase> layout_cases() {
  std::vector<LayoutCase> out;
  for (const char* list : {"fixtures/layouts/expected.json", "fixtures/checks/expected.json"}) {
    Json doc = Json::parse(read_file(source_path(list)));
    for (const Json& f : doc.at("files"))
      out.push_back(LayoutCase{f.at("file").get<std::string>(), f});
  }
  return out;
}

std::string text_or_empty(const Json& j, const char* key) {
  return j.contains(key) && j.at(key).is_string() ? j.at(key).get<std::string>() : "";
}

// A fixture that must be linted in one run with others (a 自评表 with its
// project's target table: `lint_with`), read back from the CLI's JSON.
FileResult lint_in_run(const std::string& file, const Json& with) {
  std::string args = "--format json";
  // Appended piece by piece: GCC 12 warns falsely on " " + std::string&& (PR 105329).
  for (const Json& w : with) {
    args += ' ';
    args += testing::shell_quote("fixtures/" + w.get<std::string>());
  }
  args += ' ';
  args += testing::shell_quote("fixtures/" + file);
  auto run = testing::run(args);
  FileResult r;
  r.path = "fixtures/" + file;
  Json doc = Json::parse(run.out);
  for (const Json& f : doc.at("files")) {
    if (f.at("path") != r.path) continue;
    if (!f.at("error").is_null())
      r.error = FileError{f["error"].at("code"), f["error"].at("message")};
    auto table = [&](const Json& t) {
      TableSummary s;
      s.table = t.at("table").is_null() ? 0 : t.at("table").get<int>();
      s.kind = t.at("kind");
      s.order = t.at("order");
      s.project_name = text_or_empty(t, "project_name");
      s.indicators = t.at("indicators");
      s.unit = text_or_empty(t, "unit");
      if (t.at("sheet").is_string()) s.sheet = t.at("sheet").get<std::string>();
      return s;
    };
    for (const Json& t : f.at("tables"))
      r.tables.push_back(table(t));
    for (const Json& t : f.at("other_tables"))
      r.other_tables.push_back(table(t));
    for (const Json& x : f.at("findings")) {
      Finding g;
      g.rule = x.at("rule");
      g.table = x.at("table").is_null() ? 0 : x.at("table").get<int>();
      if (x.at("indicator").is_string()) g.indicator = x.at("indicator").get<std::string>();
      g.field = text_or_empty(x, "field");
      g.message = x.at("message");
      r.findings.push_back(std::move(g));
    }
  }
  return r;
}

std::string name_of(const ::testing::TestParamInfo<LayoutCase>& info) {
  std::string n = info.param.file.substr(info.param.file.find('/') + 1);
  for (char& c : n) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return n;
}

class LayoutTest : public ::testing::TestWithParam<LayoutCase> {};

// (rule, table, indicator, field) — field "*" where the expectation leaves it open.
using Key = std::tuple<std::string, int, std::string, std::string>;

TEST_P(LayoutTest, ReadsEveryTableAsItsKindAndFindsExactlyWhatItShould) {
  const LayoutCase& c = GetParam();
  FileResult r = c.expect.contains("lint_with") ? lint_in_run(c.file, c.expect.at("lint_with"))
                                                : lint_fixture("fixtures/" + c.file);
  ASSERT_FALSE(r.error) << r.error->message;

  // Every table, in reading order, with its kind.
  std::vector<const TableSummary*> all;
  for (const auto& t : r.tables)
    all.push_back(&t);
  for (const auto& t : r.other_tables)
    all.push_back(&t);
  std::sort(all.begin(), all.end(),
            [](const TableSummary* a, const TableSummary* b) { return a->order < b->order; });
  const Json& tables = c.expect.at("tables");
  ASSERT_EQ(all.size(), tables.size()) << json_of(r);
  for (std::size_t i = 0; i < all.size(); ++i) {
    const Json& want = tables[i];
    const TableSummary& got = *all[i];
    EXPECT_EQ(got.kind, want.at("kind").get<std::string>()) << "table " << i + 1;
    auto same = [&](const char* key, const auto& value) {
      if (want.contains(key)) {
        EXPECT_EQ(value, want.at(key).get<std::decay_t<decltype(value)>>())
            << key << " of table " << i + 1;
      }
    };
    same("project", got.project_name);
    same("department", got.project_name);
    same("indicators", got.indicators);
    same("unit", got.unit);
    if (want.contains("sheet")) {
      ASSERT_TRUE(got.sheet);
      EXPECT_EQ(*got.sheet, want.at("sheet").get<std::string>()) << "table " << i + 1;
    }
  }

  std::multiset<Key> expected, actual;
  bool any_open_field = false;
  for (const Json& f : c.expect.at("findings")) {
    std::string field = f.at("field").is_null() ? "*" : f.at("field").get<std::string>();
    any_open_field = any_open_field || field == "*";
    expected.insert(Key{f.at("rule"), f.at("table").is_null() ? 0 : f.at("table").get<int>(),
                        f.at("indicator").is_null() ? "" : f.at("indicator").get<std::string>(),
                        field});
  }
  for (const Finding& f : r.findings) {
    bool open = false;
    for (const Json& e : c.expect.at("findings")) {
      if (e.at("rule") == f.rule && e.at("field").is_null()) open = true;
    }
    actual.insert(Key{f.rule, f.table, f.indicator.value_or(""), open ? "*" : f.field});
  }
  EXPECT_EQ(actual, expected) << json_of(r);

  // Messages that must say something in particular.
  for (const Json& e : c.expect.at("findings")) {
    if (!e.contains("message_contains")) continue;
    std::string want = e.at("message_contains");
    bool found = std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding& f) {
      return f.rule == e.at("rule") && f.message.find(want) != std::string::npos;
    });
    EXPECT_TRUE(found) << e.at("rule") << " should say " << want << "\n" << json_of(r);
  }
}

INSTANTIATE_TEST_SUITE_P(Layouts, LayoutTest, ::testing::ValuesIn(layout_cases()), name_of);

// Clean stacked workbooks and a clean 自评表 pass the gate (exit 0), and
// `jxlint inspect` shows every table with its kind, in text and JSON.
TEST(LayoutCliTest, CleanLayoutsExitZeroAndInspectShowsKinds) {
  auto clean = testing::run(
      "fixtures/layouts/stacked-title-unit-row.openpyxl.xlsx "
      "fixtures/layouts/stacked-title-unit-row.libreoffice.xlsx "
      "fixtures/layouts/stacked-department-line.libreoffice.xlsx "
      "fixtures/layouts/self-evaluation.python-docx.docx "
      "fixtures/layouts/self-evaluation.libreoffice.xlsx");
  EXPECT_EQ(clean.status, 0) << clean.out << clean.err;

  auto text = testing::run("inspect fixtures/layouts/mixed.python-docx.docx");
  EXPECT_EQ(text.status, 0) << text.err;
  EXPECT_NE(text.out.find("表1  绩效目标表"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("表2  绩效自评表"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("表3  评分表"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("指标表头（第"), std::string::npos) << text.out;

  auto json = testing::run("inspect --format json fixtures/layouts/long-term-annual.openpyxl.xlsx");
  ASSERT_EQ(json.status, 0) << json.err;
  Json doc = Json::parse(json.out);
  const Json& t = doc.at("tables").at(0);
  EXPECT_EQ(t.at("kind"), "target");
  EXPECT_EQ(t.at("indicators").size(), 14u);
  EXPECT_EQ(t.at("indicators").at(0).at("block"), "长期");
  EXPECT_EQ(t.at("indicators").back().at("block"), "年度");
  EXPECT_EQ(t.at("indicators").at(0).at("name").at("cell"), "D14");

  auto missing = testing::run("inspect fixtures/layouts/no-such-file.docx");
  EXPECT_EQ(missing.status, 2);
}

// Every registered rule is documented where users look: the README's rule
// table and docs/output.md's rule ids (the lists are a contract).
}  // namespace
}  // namespace jxlint
