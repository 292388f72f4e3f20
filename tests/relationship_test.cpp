// Relationships that point at the wrong part (issue 13, case 12): an
// officeDocument relationship naming _rels/.rels or word/styles.xml, or a
// sheet relationship naming the styles or the workbook, used to read as a
// document without tables and pass with exit 0. The main part is now
// recognised by its root element (the conventional part is read instead),
// and a sheet whose part is not a worksheet is a clear missing-part error.
#include <gtest/gtest.h>

#include <filesystem>

#include "app/lint_file.h"
#include "lint/linter.h"
#include "package_writer.h"
#include "support.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;
using testing::Part;

class RelationshipTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("jxlint-rels-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // The fixture with one part replaced, linted.
  FileResult lint_rewritten(const std::string& fixture, const std::string& part,
                            const std::string& data) {
    std::vector<Part> parts = testing::read_parts(testing::source_path(fixture));
    Part* p = testing::find_part(parts, part);
    if (p == nullptr) {
      parts.push_back(Part{part, data});
    } else {
      p->data = data;
    }
    fs::path path = dir_ / fs::path(fixture).filename();
    testing::write_package(path, parts);
    return lint_file(path.string(), testing::default_rules(), LintOptions{});
  }

  fs::path dir_;
};

std::string package_rels(const std::string& target) {
  return testing::relationships("officeDocument", target);
}

TEST_F(RelationshipTest, AnOfficeDocumentPointingAtTheRelsPartFallsBackToTheDocument) {
  for (const char* target : {"_rels/.rels", "word/styles.xml", "/word/settings.xml"}) {
    FileResult r =
        lint_rewritten("fixtures/seeds/000.python-docx.docx", "_rels/.rels", package_rels(target));
    EXPECT_FALSE(r.error) << target << ": " << r.error->message;
    EXPECT_EQ(r.format, "docx") << target;
    EXPECT_EQ(r.tables.size(), 3u) << target;
    EXPECT_EQ(r.findings.size(), 89u) << target;
  }
}

TEST_F(RelationshipTest, AWorkbookNamedLikeADocumentIsReadAsAWorkbook) {
  std::vector<Part> parts =
      testing::read_parts(testing::source_path("fixtures/seeds/000.openpyxl.xlsx"));
  Part* rels = testing::find_part(parts, "_rels/.rels");
  ASSERT_TRUE(rels);
  // The workbook under a name no heuristic knows, and the relationship to it.
  Part* workbook = testing::find_part(parts, "xl/workbook.xml");
  ASSERT_TRUE(workbook);
  workbook->name = "xl/main.xml";
  Part* workbook_rels = testing::find_part(parts, "xl/_rels/workbook.xml.rels");
  ASSERT_TRUE(workbook_rels);
  workbook_rels->name = "xl/_rels/main.xml.rels";
  rels->data = package_rels("xl/main.xml");
  fs::path path = dir_ / "renamed.docx";
  testing::write_package(path, parts);
  FileResult r = lint_file(path.string(), testing::default_rules(), LintOptions{});
  EXPECT_FALSE(r.error) << r.error->message;
  EXPECT_EQ(r.format, "xlsx");
  EXPECT_EQ(r.tables.size(), 3u);
}

TEST_F(RelationshipTest, NoDocumentAtAllIsAClearError) {
  std::vector<Part> parts{{"_rels/.rels", package_rels("word/styles.xml")},
                          {"word/styles.xml",
                           "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/"
                           "wordprocessingml/2006/main\"/>"}};
  fs::path path = dir_ / "styles-only.docx";
  testing::write_package(path, parts);
  FileResult r = lint_file(path.string(), testing::default_rules(), LintOptions{});
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "missing-part");
  EXPECT_NE(r.error->message.find("word/styles.xml"), std::string::npos) << r.error->message;
  EXPECT_NE(r.error->message.find("<styles>"), std::string::npos) << r.error->message;
}

std::string workbook_rels(const std::string& sheet1_target) {
  std::string rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  const char* type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  rels += std::string("<Relationship Type=\"") + type + "worksheet\" Target=\"" + sheet1_target +
          "\" Id=\"rId1\"/>";
  rels += std::string("<Relationship Type=\"") + type +
          "worksheet\" Target=\"/xl/worksheets/sheet2.xml\" Id=\"rId2\"/>";
  rels += std::string("<Relationship Type=\"") + type +
          "worksheet\" Target=\"/xl/worksheets/sheet3.xml\" Id=\"rId3\"/>";
  rels += std::string("<Relationship Type=\"") + type +
          "styles\" Target=\"styles.xml\" Id=\"rId4\"/></Relationships>";
  return rels;
}

TEST_F(RelationshipTest, ASheetPointingAtStylesOrTheWorkbookIsAClearError) {
  for (const char* target : {"styles.xml", "/xl/workbook.xml"}) {
    FileResult r = lint_rewritten("fixtures/seeds/000.openpyxl.xlsx", "xl/_rels/workbook.xml.rels",
                                  workbook_rels(target));
    ASSERT_TRUE(r.error) << target << ": passed with " << r.tables.size() << " tables";
    EXPECT_EQ(r.error->code, "missing-part") << target;
    EXPECT_NE(r.error->message.find("安可设备购置"), std::string::npos) << r.error->message;
    EXPECT_TRUE(r.tables.empty());
  }
  // The rewritten relationships themselves are fine.
  FileResult r = lint_rewritten("fixtures/seeds/000.openpyxl.xlsx", "xl/_rels/workbook.xml.rels",
                                workbook_rels("/xl/worksheets/sheet1.xml"));
  EXPECT_FALSE(r.error);
  EXPECT_EQ(r.tables.size(), 3u);
}

}  // namespace
}  // namespace jxlint
