#include <gtest/gtest.h>

#include "docx_builder.h"
#include "util/input_error.h"

namespace jxlint {
namespace {

using testing::document;
using testing::paragraph;
using testing::parse_body;
using testing::parse_document;
using testing::table;

std::string first_paragraph(const std::string& body) {
  SourceDocument doc = parse_body(body);
  for (const Block& b : doc.blocks) {
    if (b.kind == Block::Kind::paragraph) return b.text;
  }
  return "<none>";
}

std::string only_cell(const std::string& cell_content) {
  SourceDocument doc = parse_body("<w:tbl><w:tr><w:tc>" + cell_content + "</w:tc></w:tr></w:tbl>");
  EXPECT_EQ(doc.blocks.size(), 1u);
  return std::string(doc.blocks.at(0).grid.text(0, 0));
}

TEST(DocxReaderTest, SplitRunsJoinBack) {
  EXPECT_EQ(first_paragraph(
                "<w:p><w:r><w:t>项目验收</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>合格</w:t></w:r>"
                "<w:r><w:t>率</w:t></w:r></w:p>"),
            "项目验收合格率");
}

TEST(DocxReaderTest, PreservedSpacesStay) {
  EXPECT_EQ(
      first_paragraph(
          "<w:p><w:r><w:t xml:space=\"preserve\">3 </w:t></w:r><w:r><w:t>月底</w:t></w:r></w:p>"),
      "3 月底");
}

TEST(DocxReaderTest, TrackedChangesKeepInsertionsAndDropDeletions) {
  EXPECT_EQ(first_paragraph(
                "<w:p><w:r><w:t>保留</w:t></w:r>"
                "<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>新增</w:t></w:r></w:ins>"
                "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>删除</w:delText></w:r></w:del>"
                "<w:moveFrom w:id=\"3\"><w:r><w:t>移走</w:t></w:r></w:moveFrom>"
                "<w:moveTo w:id=\"4\"><w:r><w:t>移入</w:t></w:r></w:moveTo></w:p>"),
            "保留新增移入");
}

TEST(DocxReaderTest, HyperlinksSmartTagsContentControlsAndFieldsKeepTheirText) {
  EXPECT_EQ(
      first_paragraph(
          "<w:p><w:hyperlink r:id=\"rId9\" "
          "xmlns:r=\"urn:r\"><w:r><w:t>链接</w:t></w:r></w:hyperlink>"
          "<w:smartTag w:uri=\"u\" w:element=\"e\"><w:r><w:t>标记</w:t></w:r></w:smartTag>"
          "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent><w:r><w:t>控件</w:t></w:r>"
          "</w:sdtContent></w:sdt>"
          "<w:fldSimple w:instr=\"PAGE\"><w:r><w:t>3</w:t></w:r></w:fldSimple>"
          "<w:r><w:fldChar "
          "w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>DATE</w:instrText></w:r>"
          "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>结果</w:t></w:r>"
          "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"),
      "链接标记控件3结果");
}

TEST(DocxReaderTest, TabsAndBreaksBecomeWhiteSpaceButTabStopsDoNot) {
  EXPECT_EQ(
      first_paragraph("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
                      "<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</"
                      "w:t></w:r></w:p>"),
      "a\tb\nc\nd");
}

TEST(DocxReaderTest, MarkupCompatibilityReadsTheChoiceOnly) {
  EXPECT_EQ(first_paragraph(
                "<w:p><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:t>一次</w:t></w:r>"
                "</mc:Choice><mc:Fallback><w:r><w:t>重复</w:t></w:r></mc:Fallback></"
                "mc:AlternateContent></w:p>"),
            "一次");
}

TEST(DocxReaderTest, CellParagraphsJoinWithLineBreaks) {
  EXPECT_EQ(
      only_cell("<w:p><w:r><w:t>第一段</w:t></w:r></w:p><w:p><w:r><w:t>第二段</w:t></w:r></w:p>"),
      "第一段\n第二段");
}

TEST(DocxReaderTest, NestedTableAddsItsTextToTheCell) {
  EXPECT_EQ(only_cell("<w:p><w:r><w:t>外层</w:t></w:r></w:p>" +
                      table({{"甲", "乙"}, {"丙", "丁"}}) + "<w:p/>"),
            "外层\n甲 乙\n丙 丁");
}

TEST(DocxReaderTest, ContentControlsAroundRowsAndCells) {
  SourceDocument doc = parse_body(
      "<w:tbl><w:sdt><w:sdtContent><w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc>"
      "<w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt>"
      "</w:tr></w:sdtContent></w:sdt></w:tbl>");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].grid.cols(), 2);
  EXPECT_EQ(doc.blocks[0].grid.text(0, 1), "B");
}

TEST(DocxReaderTest, GridBeforeAndGridSpanAndVMerge) {
  SourceDocument doc = parse_body(
      "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr><w:tc><w:tcPr><w:gridSpan "
      "w:val=\"2\"/></w:tcPr>"
      "<w:p><w:r><w:t>宽</w:t></w:r></w:p></w:tc></w:tr>" +
      std::string("<w:tr><w:tc><w:tcPr><w:vMerge "
                  "w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>纵</w:t></w:r></w:p></w:tc>"
                  "<w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>"
                  "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p/></"
                  "w:tc><w:tc><w:p/></w:tc></w:tr>"
                  "</w:tbl>"));
  const Grid& g = doc.blocks.at(0).grid;
  ASSERT_EQ(g.cols(), 3);
  EXPECT_EQ(g.text(0, 0), "");
  EXPECT_EQ(g.text(0, 2), "宽");
  EXPECT_EQ(g.text(2, 0), "纵");
  EXPECT_EQ(g.at(2, 0).anchor_row, 1);
}

TEST(DocxReaderTest, BodyOrderWithBlockLevelContentControls) {
  SourceDocument doc = parse_body(paragraph("标题") + "<w:sdt><w:sdtContent>" + table({{"x"}}) +
                                  paragraph("中间") + "</w:sdtContent></w:sdt>" + table({{"y"}}));
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].text, "标题");
  EXPECT_EQ(doc.blocks[1].kind, Block::Kind::table);
  EXPECT_EQ(doc.blocks[1].ordinal, 1);
  EXPECT_EQ(doc.blocks[2].text, "中间");
  EXPECT_EQ(doc.blocks[3].ordinal, 2);
  EXPECT_EQ(doc.blocks[3].grid.text(0, 0), "y");
}

TEST(DocxReaderTest, StrictNamespaceIsRead) {
  std::string xml =
      "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body>"
      "<w:p><w:r><w:t>严格</w:t></w:r></w:p></w:body></w:document>";
  SourceDocument doc = parse_document(xml);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "严格");
}

std::string error_code_of(const std::string& xml) {
  try {
    parse_document(xml, 4096);
  } catch (const InputError& e) {
    return e.code();
  }
  return "no error";
}

TEST(DocxReaderTest, AnyDoctypeIsRefused) {
  std::string laughs =
      "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
      "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
      "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
      "<w:document "
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
      "<w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>";
  EXPECT_EQ(error_code_of(laughs), "xml-doctype");
  std::string external =
      "<?xml version=\"1.0\"?><!-- a comment first --><!DOCTYPE d [<!ENTITY x SYSTEM "
      "\"file:///etc/passwd\">]>"
      "<d>&x;</d>";
  EXPECT_EQ(error_code_of(external), "xml-doctype");
  std::string bare = "<!DOCTYPE html><d/>";
  EXPECT_EQ(error_code_of(bare), "xml-doctype");
}

TEST(DocxReaderTest, DoctypeInUtf16IsRefusedToo) {
  std::string utf8 =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE d [<!ENTITY x \"y\">]><d>&x;</d>";
  std::string utf16 = "\xFF\xFE";
  for (char c : utf8) {
    utf16 += c;
    utf16 += '\0';
  }
  EXPECT_EQ(error_code_of(utf16), "xml-doctype");
}

TEST(DocxReaderTest, MalformedXmlIsAnInputError) {
  EXPECT_EQ(error_code_of(document("<w:p><w:r><w:t>未闭合</w:r></w:p>")), "xml-malformed");
  EXPECT_EQ(error_code_of("<w:document"), "xml-malformed");
  EXPECT_EQ(error_code_of("\xFF\xFE\xFD not xml"), "xml-malformed");
}

TEST(DocxReaderTest, CommentsAndProcessingInstructionsInThePrologAreFine) {
  std::string xml =
      "<?xml version=\"1.0\"?><?mso-application progid=\"Word.Document\"?><!-- c - d -->" +
      document(paragraph("正文"))
          .substr(std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" "
                              "standalone=\"yes\"?>")
                      .size());
  SourceDocument doc = parse_document(xml);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "正文");
}

}  // namespace
}  // namespace jxlint
