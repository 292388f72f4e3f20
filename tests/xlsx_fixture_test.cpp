// .xlsx from two real writers (openpyxl: one sheet per table, split value
// columns, plan shares as numbers in a percent format; LibreOffice Calc: all
// tables stacked in one sheet, single value column) must give the findings
// the .docx of the same tables gives: same rule, table, project, indicator.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "model/recognizer.h"
#include "package/zip_archive.h"
#include "support.h"
#include "xlsx/xlsx_reader.h"

namespace jxlint {
namespace {

using testing::lint_fixture;
using testing::read_file;
using testing::source_path;

using Key =
    std::tuple<std::string, int, std::string, std::string>;  // rule, table, project, indicator

std::multiset<Key> keys(const FileResult& r) {
  std::multiset<Key> out;
  for (const auto& f : r.findings)
    out.emplace(f.rule, f.table, f.project_name, f.indicator.value_or(""));
  return out;
}

class WriterAgreementTest : public ::testing::TestWithParam<std::string> {};

TEST_P(WriterAgreementTest, XlsxFindingsMatchTheDocx) {
  const std::string& source = GetParam();
  FileResult docx = lint_fixture(source + ".python-docx.docx");
  ASSERT_FALSE(docx.error);
  for (const char* writer : {"openpyxl", "libreoffice"}) {
    SCOPED_TRACE(writer);
    FileResult xlsx = lint_fixture(source + "." + writer + ".xlsx");
    ASSERT_FALSE(xlsx.error) << xlsx.error->message;
    EXPECT_EQ(xlsx.format, "xlsx");
    ASSERT_EQ(xlsx.tables.size(), docx.tables.size());
    for (std::size_t i = 0; i < xlsx.tables.size(); ++i) {
      EXPECT_EQ(xlsx.tables[i].project_code, docx.tables[i].project_code);
      EXPECT_EQ(xlsx.tables[i].title, docx.tables[i].title);
      EXPECT_EQ(xlsx.tables[i].indicators, docx.tables[i].indicators);
      EXPECT_EQ(xlsx.tables[i].unit, docx.tables[i].unit);
      EXPECT_TRUE(xlsx.tables[i].sheet.has_value());
    }
    EXPECT_EQ(keys(xlsx), keys(docx));
    for (const auto& f : xlsx.findings) {
      EXPECT_TRUE(f.sheet.has_value()) << f.rule;
      EXPECT_TRUE(f.cell.has_value()) << f.rule << " " << f.message;
    }
  }
}

// The seeds and every fail/pass fixture under fixtures/checks/.
std::vector<std::string> agreement_sources() {
  std::vector<std::string> out{"fixtures/seeds/000", "fixtures/seeds/003", "fixtures/seeds/clean"};
  std::vector<std::string> checks;
  for (const auto& dir : std::filesystem::directory_iterator(source_path("fixtures/checks"))) {
    for (const char* kind : {"fail", "pass"}) {
      std::string base = "fixtures/checks/" + dir.path().filename().string() + "/" + kind;
      if (std::filesystem::exists(source_path(base + ".openpyxl.xlsx"))) checks.push_back(base);
    }
  }
  std::sort(checks.begin(), checks.end());
  out.insert(out.end(), checks.begin(), checks.end());
  return out;
}

INSTANTIATE_TEST_SUITE_P(Sources, WriterAgreementTest, ::testing::ValuesIn(agreement_sources()),
                         [](const auto& info) {
                           std::string name = info.param.substr(std::string("fixtures/").size());
                           for (char& c : name) {
                             if (c == '/' || c == '-') c = '_';
                           }
                           return name;
                         });

TEST(XlsxFindingsTest, SplitLayoutReportsTheUnitColumnAndCells) {
  FileResult r = lint_fixture("fixtures/seeds/003.openpyxl.xlsx");
  const Finding* found = nullptr;
  for (const auto& f : r.findings) {
    if (f.rule == "value-missing-unit" && f.indicator == "慰问标准") found = &f;
  }
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->field, "度量单位");
  EXPECT_EQ(found->sheet, "劳模春节慰问金项目");
  EXPECT_EQ(found->cell, "G10");
  EXPECT_EQ(r.tables[3].sheet, "劳模春节慰问金项目");
}

TEST(XlsxFindingsTest, StackedTablesKeepTheirSheetCells) {
  FileResult r = lint_fixture("fixtures/seeds/000.libreoffice.xlsx");
  ASSERT_EQ(r.tables.size(), 3u);
  for (const auto& t : r.tables)
    EXPECT_EQ(t.sheet, "Sheet1");
  ASSERT_FALSE(r.findings.empty());
  EXPECT_EQ(r.findings[0].rule, "plan-not-100");
  EXPECT_EQ(r.findings[0].cell, "F9");  // 12 月底, below its label
  // The third table's first indicator row sits far below the first table's.
  int last_row = 0;
  for (const auto& f : r.findings) {
    if (f.table == 3 && f.rule == "basis-empty")
      last_row = std::max(last_row, std::stoi(f.cell->substr(1)));
  }
  EXPECT_GT(last_row, 40);
}

std::map<std::string, const Block*> sheets_of(const SourceDocument& doc) {
  std::map<std::string, const Block*> out;
  for (const Block& b : doc.blocks)
    out[b.sheet] = &b;
  return out;
}

std::map<std::string, std::string> cells_of(const Grid& g) {
  std::map<std::string, std::string> out;
  for (int r = 0; r < g.rows(); ++r) {
    for (int c = 0; c < g.cols(); ++c) {
      if (g.is_anchor(r, c) && !g.at(r, c).text.empty()) out[g.at(r, c).ref()] = g.at(r, c).text;
    }
  }
  return out;
}

SourceDocument read_workbook(const std::string& relative) {
  ZipArchive zip(source_path(relative), ZipLimits{});
  return read_xlsx(zip, "xl/workbook.xml");
}

TEST(XlsxReaderFixtureTest, EveryListedCellReadsAsExpected) {
  auto expected = nlohmann::json::parse(read_file(source_path("fixtures/reader/expected.json")));
  SourceDocument base_doc = read_workbook("fixtures/" + expected["xlsx_base"].get<std::string>());
  auto base = cells_of(base_doc.blocks.at(0).grid);
  int checked = 0;
  for (const auto& [file, cells] : expected["xlsx_files"].items()) {
    SCOPED_TRACE(file);
    SourceDocument doc = read_workbook("fixtures/reader/" + file);
    auto sheets = sheets_of(doc);
    std::map<std::string, std::string> listed;  // first sheet's cells named by the expectations
    for (const auto& cell : cells) {
      std::string sheet = cell["sheet"];
      ASSERT_TRUE(sheets.count(sheet)) << sheet;
      if (cell["cell"].is_null()) continue;
      std::string ref = cell["cell"];
      auto texts = cells_of(sheets[sheet]->grid);
      std::string want = cell["text"];
      std::string got = texts.count(ref) ? texts[ref] : "";
      EXPECT_EQ(got, want) << sheet << "!" << ref << " (" << cell["construct"].get<std::string>()
                           << ")";
      if (sheets[sheet] == &doc.blocks[0]) listed[ref] = want;
      ++checked;
    }
    // Every other cell of the first sheet is clean.openpyxl.xlsx's.
    auto first = cells_of(doc.blocks[0].grid);
    for (const auto& [ref, text] : base) {
      if (listed.count(ref)) continue;
      EXPECT_EQ(first[ref], text) << ref;
    }
  }
  EXPECT_EQ(checked, 15);
}

TEST(XlsxReaderFixtureTest, HiddenSheetsAreReadAndMarked) {
  SourceDocument doc = read_workbook("fixtures/reader/rich-and-hidden.libreoffice.xlsx");
  auto sheets = sheets_of(doc);
  EXPECT_FALSE(sheets["职工技能培训项目"]->hidden);
  EXPECT_TRUE(sheets["职工技能培训项目(2)"]->hidden);
  EXPECT_TRUE(
      read_workbook("fixtures/reader/types.openpyxl.xlsx").blocks.back().hidden);  // veryHidden

  FileResult r = lint_fixture("fixtures/reader/rich-and-hidden.libreoffice.xlsx");
  ASSERT_EQ(r.tables.size(), 2u);
  EXPECT_TRUE(r.tables[1].hidden);
  EXPECT_EQ(r.skipped_tables, 1);  // the staff list
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].rule, "basis-empty");
  EXPECT_EQ(r.findings[0].sheet, "职工技能培训项目(2)");
  EXPECT_EQ(r.findings[0].cell, "I10");
  EXPECT_EQ(r.findings[0].table, 2);
}

TEST(XlsxReaderFixtureTest, AWorkbookNamedDocxIsStillAWorkbook) {
  // What the package's relationships say it is decides, not the file name.
  auto renamed = std::filesystem::temp_directory_path() /
                 ("jxlint-renamed-" + std::to_string(::getpid()) + ".docx");
  std::filesystem::copy_file(source_path("fixtures/seeds/clean.openpyxl.xlsx"), renamed,
                             std::filesystem::copy_options::overwrite_existing);
  FileResult r = lint_file(renamed.string(), testing::default_rules(), LintOptions{});
  std::filesystem::remove(renamed);
  ASSERT_FALSE(r.error);
  EXPECT_EQ(r.format, "xlsx");
  ASSERT_EQ(r.tables.size(), 1u);
  EXPECT_TRUE(r.findings.empty());
}

}  // namespace
}  // namespace jxlint
