// The parser the part readers' handlers run in: nodes handed over as libxml2
// parses them, whatever the chunking, with the same safety limits as the
// pull reader, and a handler's exception reaching the caller without
// crossing libxml2.
#include "xml/xml_parser.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <utility>
#include <vector>

#include "util/input_error.h"
#include "xml_source.h"

namespace jxlint {
namespace {

using testing::StringXml;

// The node stream as text: "<name@depth a=v" for a start, "</name@depth"
// for an end, "'text'@depth" for a text with its pieces joined.
class Recorder : public XmlHandler {
 public:
  explicit Recorder(XmlParser& parser, std::string skip = "", std::string throw_at = "")
      : parser_(parser), skip_(std::move(skip)), throw_at_(std::move(throw_at)) {}

  void start(const XmlElement& e) override {
    flush();
    if (e.local == throw_at_) throw std::runtime_error("handler refused " + throw_at_);
    out_ += '<';
    out_ += e.local;
    out_ += '@';
    out_ += std::to_string(e.depth);
    for (std::size_t i = 0; i < e.attribute_count(); ++i) {
      XmlAttribute a = e.attribute_at(i);
      out_ += ' ';
      out_ += a.local;
      out_ += '=';
      out_ += a.value;
    }
    out_ += ' ';
    if (e.local == skip_) parser_.skip_subtree(e.depth);
  }
  void end(const XmlElement& e) override {
    flush();
    out_ += "</";
    out_ += e.local;
    out_ += '@';
    out_ += std::to_string(e.depth);
    out_ += ' ';
  }
  void text(std::string_view chars, int depth) override {
    text_ += chars;
    text_depth_ = depth;
  }
  std::string take() {
    flush();
    return out_;
  }

 private:
  void flush() {
    if (text_.empty()) return;
    out_ += '\'' + text_ + "'@" + std::to_string(text_depth_) + ' ';
    text_.clear();
  }
  XmlParser& parser_;
  std::string skip_, throw_at_;
  std::string out_, text_;
  int text_depth_ = 0;
};

std::string dump(const std::string& xml, std::size_t chunk, const std::string& skip = "") {
  StringXml source(xml, chunk);
  Recorder recorder(source.parser(), skip);
  source.parser().parse(recorder);
  return recorder.take();
}

std::string error_of(const std::string& xml, std::size_t chunk = 1 << 20) {
  try {
    dump(xml, chunk);
  } catch (const InputError& e) {
    return e.code();
  }
  return "";
}

TEST(XmlParserTest, WhateverTheChunkSizeTheNodesAreTheSame) {
  const std::string xml =
      "<?xml version='1.0'?><r xmlns:w='urn:w'><w:p w:a='1&amp;2' b='&lt;'>绩效<![CDATA[<x>]]>"
      "&#19977;<e/></w:p><q></q></r>";
  const std::string expected =
      "<r@0 <p@1 a=1&2 b=< '绩效<x>三'@2 <e@2 </e@2 </p@1 <q@1 </q@1 </r@0 ";
  for (std::size_t chunk : {1, 2, 3, 7, 16, 4096}) {
    EXPECT_EQ(dump(xml, chunk), expected) << "chunk " << chunk;
  }
}

TEST(XmlParserTest, AttributesAreFoundByNameAndNamespace) {
  struct Finder : XmlHandler {
    std::vector<std::string> found;
    void start(const XmlElement& e) override {
      for (auto [name, space] : {std::pair<std::string_view, std::string_view>{"val", "urn:w"},
                                 {"val", ""},
                                 {"va", "urn:w"},
                                 {"vals", ""},
                                 {"w", "http://www.w3.org/2000/xmlns/"}}) {
        auto v = e.attribute(name, space);
        found.push_back(v ? std::string(*v) : "-");
      }
    }
    void end(const XmlElement&) override {}
    void text(std::string_view, int) override {}
  };
  StringXml source("<a xmlns:w='urn:w' w:val='x&amp;y' val='plain' vals='no'/>", 3);
  Finder finder;
  source.parser().parse(finder);
  EXPECT_EQ(finder.found, (std::vector<std::string>{"x&y", "plain", "-", "no", "-"}));
}

TEST(XmlParserTest, ASkippedSubtreeDeliversOnlyItsEnd) {
  const std::string xml = "<r><skip a='1'><a><skip><b>deep</b></skip></a>tail</skip><c>x</c></r>";
  for (std::size_t chunk : {1, 4, 9, 1000}) {
    EXPECT_EQ(dump(xml, chunk, "skip"), "<r@0 <skip@1 a=1 </skip@1 <c@1 'x'@2 </c@1 </r@0 ")
        << "chunk " << chunk;
  }
}

TEST(XmlParserTest, WhatTheHandlerThrowsReachesTheCallerAndStopsTheEvents) {
  StringXml source("<r><a/><boom/><after/></r>", 3);
  Recorder recorder(source.parser(), "", "boom");
  EXPECT_THROW(source.parser().parse(recorder), std::runtime_error);
  EXPECT_EQ(recorder.take(), "<r@0 <a@1 </a@1 ");
}

TEST(XmlParserTest, MalformedXmlInTheSameChunkIsReportedBeforeTheHandlersError) {
  // The part is broken whatever the handler thought of its content.
  StringXml source("<r><boom/><a></r>", 4096);
  Recorder recorder(source.parser(), "", "boom");
  try {
    source.parser().parse(recorder);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.code(), "xml-malformed");
  }
}

TEST(XmlParserTest, HostileAndBrokenDocumentsEndAsInputErrors) {
  EXPECT_EQ(error_of("<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>"), "xml-doctype");
  EXPECT_EQ(error_of("<!-- c --><?pi x?>\n<!DOCTYPE a><a/>", 1), "xml-doctype");
  EXPECT_EQ(error_of("<a><b></a>"), "xml-malformed");
  EXPECT_EQ(error_of("<a>&undeclared;</a>"), "xml-malformed");
  EXPECT_EQ(error_of(""), "xml-malformed");
  EXPECT_EQ(error_of("<a>"), "xml-malformed");
  EXPECT_EQ(error_of("<a>\xC3\x28</a>"), "xml-encoding");
  std::string deep;
  for (int i = 0; i < 300; ++i)
    deep += "<d>";
  EXPECT_EQ(error_of(deep, 7), "xml-limit");
  // 10 MB in one text node, in however many pieces and chunks.
  EXPECT_EQ(error_of("<a>" + std::string(10'000'001, 'x') + "</a>", 1 << 16), "xml-limit");
  EXPECT_EQ(
      error_of("<a>" + std::string(6'000'000, 'x') + "<b/>" + std::string(6'000'000, 'x') + "</a>",
               1 << 16),
      "");
  std::string attributes = "<a";
  for (int i = 0; i < 300; ++i)
    attributes += " a" + std::to_string(i) + "='1'";
  EXPECT_EQ(error_of(attributes + "/>"), "xml-limit");
}

}  // namespace
}  // namespace jxlint
