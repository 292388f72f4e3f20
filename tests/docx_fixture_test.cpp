// The .docx reader on real files from real writers: every cell that
// fixtures/reader/expected.json lists must read exactly as it says, and the
// grids must have clean.json's shape (rows, columns, merges).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "docx/docx_reader.h"
#include "model/recognizer.h"
#include "package/zip_archive.h"
#include "support.h"

namespace jxlint {
namespace {

using testing::lint_fixture;
using testing::read_file;
using testing::source_path;

Grid first_table(const std::string& relative) {
  ZipArchive zip(source_path(relative), ZipLimits{});
  SourceDocument doc = read_docx(zip);
  for (const Block& b : doc.blocks) {
    if (b.kind == Block::Kind::table) return b.grid;
  }
  ADD_FAILURE() << "no table in " << relative;
  return Grid();
}

TEST(DocxFixtureTest, EveryListedCellReadsAsExpected) {
  auto expected = nlohmann::json::parse(read_file(source_path("fixtures/reader/expected.json")));
  Grid clean = first_table("fixtures/seeds/clean.python-docx.docx");
  ASSERT_EQ(clean.rows(), 16);
  ASSERT_EQ(clean.cols(), 7);
  int checked = 0;
  for (const auto& [file, cells] : expected["files"].items()) {
    SCOPED_TRACE(file);
    Grid g = first_table("fixtures/reader/" + file);
    ASSERT_EQ(g.rows(), clean.rows());
    ASSERT_EQ(g.cols(), clean.cols());
    // The merges are clean.json's: same anchors everywhere.
    for (int r = 0; r < g.rows(); ++r) {
      for (int c = 0; c < g.cols(); ++c) {
        EXPECT_EQ(g.at(r, c).anchor_row, clean.at(r, c).anchor_row) << r << "," << c;
        EXPECT_EQ(g.at(r, c).anchor_col, clean.at(r, c).anchor_col) << r << "," << c;
      }
    }
    for (const auto& cell : cells) {
      int r = cell["row"].get<int>() - 1;
      SCOPED_TRACE(cell["construct"].get<std::string>());
      if (cell["col"].is_null()) {
        for (int c = 0; c < g.cols(); ++c)
          EXPECT_EQ(g.text(r, c), clean.text(r, c)) << "row " << r + 1;
      } else {
        int c = cell["col"].get<int>() - 1;
        std::string want = cell["text"].is_null() ? std::string(clean.text(r, c))
                                                  : cell["text"].get<std::string>();
        EXPECT_EQ(g.text(r, c), want) << "cell " << r + 1 << "," << c + 1;
      }
      ++checked;
    }
  }
  EXPECT_EQ(checked, 17);
}

TEST(DocxFixtureTest, TrackedDeletionLeavesTheBasisEmpty) {
  FileResult r = lint_fixture("fixtures/reader/tracked-changes.libreoffice.docx");
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].rule, "basis-empty");
  EXPECT_EQ(r.findings[0].row, 13);
  EXPECT_EQ(r.findings[0].column, 6);
  EXPECT_EQ(r.findings[0].indicator, "培训成本控制数");
}

TEST(DocxFixtureTest, ConstructsAndContentControlsLeaveTheCleanTableClean) {
  for (const char* f : {"fixtures/reader/constructs.python-docx.docx",
                        "fixtures/reader/content-controls.python-docx.docx"}) {
    FileResult r = lint_fixture(f);
    ASSERT_EQ(r.tables.size(), 1u) << f;
    EXPECT_EQ(r.tables[0].indicators, 9) << f;
    EXPECT_TRUE(r.findings.empty()) << f;
  }
}

TEST(DocxFixtureTest, LibreOfficeContinuationWithShortTblGridIsReadByItsCells) {
  // LibreOffice writes 6 w:gridCol for the continuation table of seed 003,
  // while its cells' gridSpans add up to 7: the grid follows the cells.
  ZipArchive zip(source_path("fixtures/seeds/003.libreoffice.docx"), ZipLimits{});
  SourceDocument doc = read_docx(zip);
  std::vector<const Grid*> tables;
  for (const Block& b : doc.blocks) {
    if (b.kind == Block::Kind::table) tables.push_back(&b.grid);
  }
  ASSERT_EQ(tables.size(), 5u);
  EXPECT_EQ(tables[2]->cols(), 7);
  EXPECT_EQ(tables[2]->text(0, 5), "指标值确定依据");
  Recognition rec = recognize(doc);
  ASSERT_EQ(rec.tables.size(), 4u);
  EXPECT_EQ(rec.tables[1].parts, 2);
}

}  // namespace
}  // namespace jxlint
