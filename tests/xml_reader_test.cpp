// The XML reader every part reader stands on: a pull API over libxml2's SAX2
// push parser. What it hands out must not depend on how the bytes arrive, and
// its safety limits hold without a tree behind them.
#include "xml/xml_reader.h"

#include <gtest/gtest.h>

#include <cstring>
#include <functional>

#include "util/input_error.h"
#include "xml_source.h"

namespace jxlint {
namespace {

using testing::StringXml;

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// The node stream as text: "<name@depth" for an element ("/>" when empty),
// "</name@depth" for an end, "'text'@depth" for a text.
std::string dump(XmlReader& r) {
  // Appended piece by piece: GCC 12 warns falsely on "<" + std::string
  // (bug 105329).
  std::string out;
  while (r.read()) {
    if (r.is_element()) {
      out += '<';
      out += r.local_name();
    } else if (r.is_end_element()) {
      out += "</";
      out += r.local_name();
    } else if (r.is_text()) {
      out += '\'';
      out += r.value();
      out += '\'';
    }
    out += '@';
    out += std::to_string(r.depth());
    if (r.is_element()) out += r.is_empty_element() ? "/>" : ">";
    out += ' ';
  }
  return out;
}

std::string dump(const std::string& xml, std::size_t chunk) {
  StringXml source(xml, chunk);
  return dump(source.reader());
}

// The error code reading `xml` ends with, or "" when it reads to the end.
std::string error_of(const std::string& xml, std::size_t chunk = 1 << 20) {
  try {
    StringXml source(xml, chunk);
    dump(source.reader());
  } catch (const InputError& e) {
    return e.code();
  }
  return "";
}

const std::string kDocument =
    std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") +
    "\n<w:document xmlns:w=\"" + kW + R"(">
<w:body><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">绩效&amp;目标 </w:t></w:r>
<w:r><w:t>一</w:t></w:r><w:r><w:t></w:t></w:r><w:r><w:t><![CDATA[<二>]]>&#19977;</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:body></w:document>)";

TEST(XmlReaderTest, NodesInDocumentOrderWithDepths) {
  EXPECT_EQ(
      dump(kDocument, 1 << 20),
      "<document@0> '\n'@1 <body@1> <p@2> <pPr@3> <jc@4/> </pPr@3 <r@3> <t@4> '绩效&目标 '@5 "
      "</t@4 </r@3 '\n'@3 <r@3> <t@4> '一'@5 </t@4 </r@3 <r@3> <t@4/> </r@3 <r@3> <t@4> "
      "'<二>三'@5 </t@4 </r@3 </p@2 '\n'@2 <tbl@2> <tr@3> <tc@4> <p@5/> </tc@4 </tr@3 </tbl@2 "
      "</body@1 </document@0 ");
}

TEST(XmlReaderTest, WhateverTheChunkSizeTheNodesAreTheSame) {
  // Texts split across chunks come out whole; <a></a> is as empty as <a/>.
  std::string whole = dump(kDocument, 1 << 20);
  for (std::size_t chunk : {1, 2, 3, 5, 7, 13, 64, 100, 4096})
    EXPECT_EQ(dump(kDocument, chunk), whole) << "chunk " << chunk;
  std::string long_text(100'000, 'x');
  EXPECT_EQ(dump("<a>" + long_text + "</a>", 7), "<a@0> '" + long_text + "'@1 </a@0 ");
}

TEST(XmlReaderTest, AttributesAreDecodedAndNamespaced) {
  StringXml source(
      std::string("<w:tc xmlns:w=\"") + kW +
          R"(" xmlns:x="urn:x" w:val="a&amp;b&#20013;&quot;&lt;&#60;&#38;" x:val="other" plain="p"/>)",
      3);
  XmlReader& r = source.reader();
  ASSERT_TRUE(r.read());
  EXPECT_EQ(r.local_name(), "tc");
  EXPECT_EQ(r.namespace_uri(), kW);
  EXPECT_EQ(r.attribute("val", kW), "a&b中\"<<&");
  EXPECT_EQ(r.attribute("val", "urn:x"), "other");
  EXPECT_EQ(r.attribute("plain", ""), "p");
  EXPECT_FALSE(r.attribute("val", ""));
  EXPECT_FALSE(
      r.attribute("w", "http://www.w3.org/2000/xmlns/"));  // declarations are not attributes
  EXPECT_FALSE(r.read());
}

TEST(XmlReaderTest, SkipPassesOverTheWholeSubtree) {
  const std::string xml =
      "<r><skip><a><skip><b>deep</b></skip></a><c/>tail</skip><after>x</after><e/></r>";
  for (std::size_t chunk : {1, 4, 9, 1000}) {
    StringXml source(xml, chunk);
    XmlReader& r = source.reader();
    ASSERT_TRUE(r.read());  // <r>
    ASSERT_TRUE(r.read());  // <skip>
    ASSERT_EQ(r.local_name(), "skip");
    r.skip();
    std::vector<std::string> children;
    while (r.next_child(0)) {
      children.push_back(std::string(r.local_name()));
      r.skip();  // a no-op on an empty element, and on <after>'s subtree
    }
    EXPECT_EQ(children, (std::vector<std::string>{"after", "e"})) << "chunk " << chunk;
    EXPECT_FALSE(r.read());
  }
}

TEST(XmlReaderTest, ReadersOneAfterAnotherStartClean) {
  // Readers reuse their predecessors' storage: nothing may leak across.
  for (int i = 0; i < 3; ++i) {
    {
      StringXml abandoned("<x a='1'><y>" + std::string(5000, 'y') + "</y>", 64);
      ASSERT_TRUE(abandoned.reader().read());
      ASSERT_TRUE(abandoned.reader().read());
    }
    EXPECT_EQ(dump("<z b='2'>t</z>", 1), "<z@0> 't'@1 </z@0 ");
    StringXml attributes("<q/>", 1);
    ASSERT_TRUE(attributes.reader().read());
    EXPECT_FALSE(attributes.reader().attribute("a", ""));
  }
}

TEST(XmlReaderTest, Utf16WithAByteOrderMarkIsRead) {
  std::string utf8 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>绩效</a>";
  std::string utf16 = "\xFF\xFE";  // little-endian BOM; the text is BMP only
  for (std::size_t i = 0; i < utf8.size();) {
    auto c = static_cast<unsigned char>(utf8[i]);
    char32_t cp;
    if (c < 0x80) {
      cp = c;
      i += 1;
    } else {
      cp = ((c & 0x0F) << 12) | ((utf8[i + 1] & 0x3F) << 6) | (utf8[i + 2] & 0x3F);
      i += 3;
    }
    utf16 += static_cast<char>(cp & 0xFF);
    utf16 += static_cast<char>(cp >> 8);
  }
  for (std::size_t chunk : {1, 2, 3, 4, 1000}) {
    try {
      EXPECT_EQ(dump(utf16, chunk), "<a@0> '绩效'@1 </a@0 ") << "chunk " << chunk;
    } catch (const InputError& e) {
      ADD_FAILURE() << "chunk " << chunk << ": " << e.what();
    }
  }
}

TEST(XmlReaderTest, HostileAndBrokenDocumentsEndAsInputErrors) {
  EXPECT_EQ(error_of("<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>"), "xml-doctype");
  EXPECT_EQ(error_of("<!-- c --><?pi x?>\n<!DOCTYPE a><a/>", 1), "xml-doctype");
  EXPECT_EQ(error_of("<a><b></a>"), "xml-malformed");
  EXPECT_EQ(error_of("<a>&undeclared;</a>"), "xml-malformed");
  EXPECT_EQ(error_of(""), "xml-malformed");
  EXPECT_EQ(error_of("<a>"), "xml-malformed");
  EXPECT_EQ(error_of("<a/><b/>"), "xml-malformed");
  EXPECT_EQ(error_of("<a>\xC3\x28</a>"), "xml-encoding");
  EXPECT_EQ(error_of("<?xml version='1.0' encoding='X-NO-SUCH'?><a/>"), "xml-encoding");
  // libxml2's limits without XML_PARSE_HUGE, which its tree builder would
  // enforce: 256 levels, 10 MB in one text node (even in many chunks).
  std::string deep;
  for (int i = 0; i < 300; ++i)
    deep += "<d>";
  EXPECT_EQ(error_of(deep, 7), "xml-limit");
  std::string ok_deep;
  for (int i = 0; i < 200; ++i)
    ok_deep += "<d>";
  for (int i = 0; i < 200; ++i)
    ok_deep += "</d>";
  EXPECT_EQ(error_of(ok_deep, 7), "");
  EXPECT_EQ(error_of("<a>" + std::string(10'000'001, 'x') + "</a>", 1 << 16), "xml-limit");
  EXPECT_EQ(error_of("<a>" + std::string(9'000'000, 'x') + "</a>", 1 << 16), "");
}

TEST(XmlReaderTest, WhatTheSourceThrowsReachesTheCaller) {
  int calls = 0;
  XmlReader r(
      [&](char* buf, std::size_t n) -> std::size_t {
        if (++calls > 1) throw InputError("zip-bomb", "炸弹", "bomb");
        const char head[] = "<a><b>";
        std::size_t k = std::min(n, sizeof head - 1);
        std::memcpy(buf, head, k);
        return k;
      },
      "part.xml");
  try {
    while (r.read()) {
    }
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.code(), "zip-bomb");
  }
}

}  // namespace
}  // namespace jxlint
