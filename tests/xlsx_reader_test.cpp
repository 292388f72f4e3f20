#include <gtest/gtest.h>

#include "util/input_error.h"
#include "xlsx/cell_ref.h"
#include "xlsx/number_format.h"
#include "xlsx/shared_strings.h"
#include "xlsx/sheet_reader.h"
#include "xlsx/styles.h"
#include "xml_source.h"

namespace jxlint::xlsx {
namespace {

using jxlint::testing::StringXml;

const std::string kNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

SharedStrings strings_of(const std::string& items, const std::string& attributes = "") {
  StringXml xml("<sst " + kNs + attributes + ">" + items + "</sst>");
  SharedStrings s;
  s.read(xml.parser());
  return s;
}

Styles styles_of(const std::string& body) {
  StringXml xml("<styleSheet " + kNs + ">" + body + "</styleSheet>");
  Styles s;
  s.read(xml.reader());
  return s;
}

Grid sheet_of(const std::string& body, const SharedStrings& strings = {}, const Styles& styles = {},
              bool date1904 = false) {
  StringXml xml("<worksheet " + kNs + ">" + body + "</worksheet>");
  return read_sheet(xml.parser(), strings, styles, date1904, "表1");
}

std::string error_of(const std::string& body, const SharedStrings& strings = {}) {
  try {
    sheet_of(body, strings);
  } catch (const InputError& e) {
    return e.code() + ": " + e.message_en();
  }
  return "no error";
}

TEST(CellRefTest, ParsesWithinExcelLimits) {
  auto a = parse_cell_ref("AB12");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->row, 12);
  EXPECT_EQ(a->col, 28);
  EXPECT_EQ(parse_cell_ref("$C$3")->col, 3);
  EXPECT_EQ(parse_cell_ref("XFD1048576")->col, 16384);
  EXPECT_FALSE(parse_cell_ref("A0"));
  EXPECT_FALSE(parse_cell_ref("XFD1048577"));
  EXPECT_FALSE(parse_cell_ref("XFE1"));
  EXPECT_FALSE(parse_cell_ref("ABCD1"));
  EXPECT_FALSE(parse_cell_ref("12"));
  EXPECT_FALSE(parse_cell_ref("A1B"));
  EXPECT_FALSE(parse_cell_ref("A99999999999"));
  EXPECT_EQ(cell_name(12, 28), "AB12");
  EXPECT_EQ(column_name(16384), "XFD");
  auto r = parse_range_ref("C3:A1");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->first.row, 1);
  EXPECT_EQ(r->last.col, 3);
}

TEST(SharedStringsTest, PlainRichAndPhoneticItems) {
  SharedStrings s = strings_of(
      "<si><t>项目名称</t></si>"
      "<si><r><rPr><b/></rPr><t>工会</t></r><r><t xml:space=\"preserve\">保障 "
      "</t></r><r><t>项目</t></r></si>"
      "<si><t>満足度</t><rPh sb=\"0\" eb=\"3\"><t>マンゾクド</t></rPh><phoneticPr "
      "fontId=\"1\"/></si>"
      "<si><t/></si>",
      " count=\"4294967295\" uniqueCount=\"4294967295\"");
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(*s.get(0), "项目名称");
  EXPECT_EQ(*s.get(1), "工会保障 项目");
  EXPECT_EQ(*s.get(2), "満足度");
  EXPECT_EQ(*s.get(3), "");
  EXPECT_FALSE(s.get(4));
}

TEST(NumberFormatTest, ClassifiesCodes) {
  using K = NumberFormat::Kind;
  EXPECT_EQ(classify_format_code("0%").kind, K::percent);
  EXPECT_EQ(classify_format_code("0.0%").decimals, 1);
  EXPECT_EQ(classify_format_code("0.00_);[Red]\\(0.00\\)").kind, K::fixed);
  EXPECT_EQ(classify_format_code("#,##0.00").thousands, true);
  EXPECT_EQ(classify_format_code("yyyy\"年\"m\"月\"d\"日\"").kind, K::date);
  EXPECT_EQ(classify_format_code("[$-804]yyyy/m/d").kind, K::date);
  EXPECT_EQ(classify_format_code("h:mm:ss").kind, K::time);
  EXPECT_EQ(classify_format_code("[h]:mm").kind, K::time);
  EXPECT_EQ(classify_format_code("yyyy-mm-dd hh:mm").kind, K::datetime);
  EXPECT_EQ(classify_format_code("\"完成率\"0%").kind, K::percent);
  EXPECT_EQ(classify_format_code("0\"%\"").kind, K::fixed);  // a quoted % is a literal
  EXPECT_EQ(classify_format_code("@").kind, K::text);
  EXPECT_EQ(classify_format_code("General").kind, K::general);
  EXPECT_EQ(builtin_format(9).kind, K::percent);
  EXPECT_EQ(builtin_format(10).decimals, 2);
  EXPECT_EQ(builtin_format(14).kind, K::date);
  EXPECT_EQ(builtin_format(31).kind, K::date);  // yyyy"年"m"月"d"日" in Chinese Excel
}

TEST(NumberFormatTest, FormatsAsExcelShows) {
  EXPECT_EQ(format_number(0.3, builtin_format(9), false), "30%");
  EXPECT_EQ(format_number(0.305, classify_format_code("0.0%"), false), "30.5%");
  EXPECT_EQ(format_number(1, builtin_format(10), false), "100.00%");
  EXPECT_EQ(format_number(96.3, builtin_format(2), false), "96.30");
  EXPECT_EQ(format_number(1234567.5, builtin_format(4), false), "1,234,567.50");
  EXPECT_EQ(format_number(-1234.5, builtin_format(3), false), "-1,235");
  EXPECT_EQ(format_number(2.675, builtin_format(2), false), "2.68");
  EXPECT_EQ(format_number(0.1 + 0.2, builtin_format(0), false), "0.3");
  EXPECT_EQ(format_number(500, builtin_format(0), false), "500");
  EXPECT_EQ(format_number(45260, builtin_format(14), false), "2023-11-30");
  EXPECT_EQ(format_number(43798, builtin_format(14), true), "2023-11-30");  // 1904 system
  EXPECT_EQ(format_number(1, builtin_format(14), false), "1900-01-01");
  EXPECT_EQ(format_number(61, builtin_format(14), false), "1900-03-01");
  EXPECT_EQ(format_number(45260.75, builtin_format(22), false), "2023-11-30 18:00:00");
  EXPECT_EQ(format_number(0.5, builtin_format(20), false), "12:00:00");
  EXPECT_EQ(format_number(-5, builtin_format(14), false), "-5");
}

TEST(StylesTest, CellXfsMapToFormatsButCellStyleXfsDoNot) {
  Styles s = styles_of(
      "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;\"/></numFmts>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"9\"/></cellStyleXfs>"
      "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"><alignment/></xf><xf "
      "numFmtId=\"10\"/>"
      "<xf numFmtId=\"165\"/></cellXfs>");
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s.format(0).kind, NumberFormat::Kind::general);
  EXPECT_EQ(s.format(1).kind, NumberFormat::Kind::percent);
  EXPECT_EQ(s.format(1).decimals, 1);
  EXPECT_EQ(s.format(2).decimals, 2);
  EXPECT_EQ(s.format(3).kind, NumberFormat::Kind::date);
  EXPECT_EQ(s.format(99).kind, NumberFormat::Kind::general);
}

TEST(SheetReaderTest, CellTypes) {
  SharedStrings strings =
      strings_of("<si><t>项目名称</t></si><si><r><t>工会</t></r><r><t>项目</t></r></si>");
  Styles styles = styles_of(
      "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"9\"/><xf numFmtId=\"2\"/><xf "
      "numFmtId=\"14\"/></cellXfs>");
  Grid g = sheet_of(
      "<sheetData><row r=\"1\">"
      "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
      "<c r=\"C1\" t=\"inlineStr\"><is><t>内联</t></is></c>"
      "<c r=\"D1\" t=\"inlineStr\"><is><r><t>富</t></r><r><t>文本</t></r></is></c>"
      "<c r=\"E1\" s=\"1\"><v>0.3</v></c><c r=\"F1\" s=\"2\"><v>96.3</v></c>"
      "<c r=\"G1\"><f>SUM(E1:F1)</f><v>96.6</v></c><c r=\"H1\" "
      "t=\"str\"><f>A1&amp;\"\"</f><v>项目名称</v></c>"
      "<c r=\"I1\" t=\"b\"><v>1</v></c><c r=\"J1\" t=\"e\"><f>NA()</f><v>#N/A</v></c>"
      "<c r=\"K1\" s=\"3\"><v>45260</v></c><c r=\"L1\" t=\"d\"><v>2023-11-30T00:00:00</v></c>"
      "<c r=\"M1\"><v>500</v></c>"
      "</row></sheetData>",
      strings, styles);
  ASSERT_EQ(g.rows(), 1);
  std::vector<std::string> texts;
  for (int c = 0; c < g.cols(); ++c)
    texts.emplace_back(g.text(0, c));
  EXPECT_EQ(texts, (std::vector<std::string>{"项目名称", "工会项目", "内联", "富文本", "30%",
                                             "96.30", "96.6", "项目名称", "TRUE", "#N/A",
                                             "2023-11-30", "2023-11-30", "500"}));
  EXPECT_EQ(g.at(0, 12).ref(), "M1");
}

TEST(SheetReaderTest, MergesComeAfterSheetDataAndApply) {
  Grid g = sheet_of(
      "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>产出指标</t></is></c>"
      "<c r=\"B1\" t=\"inlineStr\"><is><t>数量指标</t></is></c></row>"
      "<row r=\"2\"><c r=\"A2\"/><c r=\"B2\" "
      "t=\"inlineStr\"><is><t>质量指标</t></is></c></row></sheetData>"
      "<mergeCells count=\"1\"><mergeCell ref=\"A1:A2\"/></mergeCells>");
  ASSERT_EQ(g.rows(), 2);
  EXPECT_EQ(g.text(1, 0), "产出指标");
  EXPECT_EQ(g.at(1, 0).anchor_row, 0);
  EXPECT_EQ(g.at(1, 0).ref(), "A2");
}

TEST(SheetReaderTest, SkippedPositionsAndMissingReferences) {
  Grid g = sheet_of(
      "<sheetData><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>a</t></is></c>"
      "<c r=\"D2\" t=\"inlineStr\"><is><t>b</t></is></c></row>"
      "<row><c t=\"inlineStr\"><is><t>c</t></is></c><c "
      "t=\"inlineStr\"><is><t>d</t></is></c></row></sheetData>");
  // Row 3 has no r: it follows row 2; its cells have no r: they start at A.
  // Column C holds nothing and is dropped; the references stay the sheet's.
  ASSERT_EQ(g.rows(), 2);
  ASSERT_EQ(g.cols(), 3);
  EXPECT_EQ(g.at(0, 0).ref(), "A2");
  EXPECT_EQ(g.text(0, 1), "a");
  EXPECT_EQ(g.text(0, 2), "b");
  EXPECT_EQ(g.at(0, 2).ref(), "D2");
  EXPECT_EQ(g.text(1, 0), "c");
  EXPECT_EQ(g.at(1, 0).ref(), "A3");
  EXPECT_EQ(g.text(1, 1), "d");
}

TEST(SheetReaderTest, CompactionCollapsesEmptyRowsAndUnusedColumns) {
  Grid g = sheet_of(
      "<dimension ref=\"A1:XFD1048576\"/><sheetData>"
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>甲表</t></is></c></row>"
      "<row r=\"2\"/><row r=\"3\"><c r=\"A3\" s=\"1\"/></row><row r=\"4\"/>"
      "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>乙表</t></is></c>"
      "<c r=\"B5\" t=\"inlineStr\"><is><t>其他资金</t></is></c><c r=\"C5\" s=\"1\"/><c r=\"E5\" "
      "s=\"1\"/></row>"
      "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>远处</t></is></c></row>"
      "</sheetData>");
  // Rows 1, blank (2-4), 5, blank (6-1048575), 1048576; columns A, B, C (empty, right of text),
  // XFD.
  ASSERT_EQ(g.rows(), 5);
  ASSERT_EQ(g.cols(), 4);
  EXPECT_TRUE(g.row_is_blank(1));
  EXPECT_EQ(g.at(1, 0).ref(), "A2");
  EXPECT_EQ(g.text(2, 1), "其他资金");
  EXPECT_EQ(g.at(2, 2).ref(), "C5");
  EXPECT_EQ(g.text(2, 2), "");
  EXPECT_EQ(g.text(4, 3), "远处");
  EXPECT_EQ(g.at(4, 3).ref(), "XFD1048576");
}

TEST(SheetReaderTest, ManyEmptyRowsCostNothing) {
  std::string rows;
  for (int r = 1; r <= 200000; ++r)
    rows += "<row r=\"" + std::to_string(r) + "\"/>";
  Grid g = sheet_of(
      "<sheetData>" + rows +
      "<row r=\"200001\"><c r=\"A200001\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>");
  EXPECT_EQ(g.rows(), 1);
  EXPECT_EQ(g.at(0, 0).ref(), "A200001");
}

TEST(SheetReaderTest, BadReferencesAndIndexesAreCorruptFiles) {
  EXPECT_EQ(
      error_of("<sheetData><row r=\"1\"><c r=\"A0\"><v>1</v></c></row></sheetData>").substr(0, 13),
      "xlsx-corrupt:");
  EXPECT_EQ(
      error_of("<sheetData><row r=\"1048577\"><c r=\"XFD1048577\"><v>1</v></c></row></sheetData>")
          .substr(0, 13),
      "xlsx-corrupt:");
  EXPECT_EQ(error_of("<sheetData><row r=\"0\"/></sheetData>").substr(0, 13), "xlsx-corrupt:");
  EXPECT_EQ(
      error_of("<sheetData><row r=\"1\"><c r=\"B2\"><v>1</v></c></row></sheetData>").substr(0, 13),
      "xlsx-corrupt:");
  SharedStrings one = strings_of("<si><t>x</t></si>");
  std::string e =
      error_of("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row></sheetData>", one);
  EXPECT_EQ(e.substr(0, 13), "xlsx-corrupt:");
  EXPECT_NE(e.find("shared string \"7\""), std::string::npos) << e;
  EXPECT_EQ(
      error_of("<sheetData/><mergeCells><mergeCell ref=\"A1:ZZZZ2\"/></mergeCells>").substr(0, 13),
      "xlsx-corrupt:");
}

TEST(SheetReaderTest, TooLargeAfterCompactionIsRefused) {
  // A diagonal: every row and column holds text, so nothing compacts away.
  std::string rows;
  for (int r = 1; r <= 3000; ++r) {
    rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"" + cell_name(r, r % 16000 + 1) +
            "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
  }
  StringXml xml("<worksheet " + kNs + "><sheetData>" + rows + "</sheetData></worksheet>");
  try {
    read_sheet(xml.parser(), SharedStrings{}, Styles{}, false, "大表", SheetLimits{1'000'000});
    ADD_FAILURE() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.code(), "sheet-too-large");
  }
}

}  // namespace
}  // namespace jxlint::xlsx
