// A pull API (read, skip, next_child) over XmlParser, for the small parts
// (relationships, content types, the workbook, styles, comments' notes):
// the parser's callbacks queue compact events that read() hands out, so
// memory stays that of a chunk and no tree is ever built. The large parts
// are read by XmlHandlers directly, with no queue between libxml2 and the
// grid. The safety settings are the parser's (xml_parser.h).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "xml/xml_parser.h"

namespace jxlint {

class XmlReader : private XmlHandler {
 public:
  using Source = XmlParser::Source;

  // Reads a part with a parser of its own.
  XmlReader(Source source, std::string part_name, const XmlLimits& limits = {});
  // Reads what `parser` parses; the parser must outlive the reader and have
  // parsed nothing yet.
  explicit XmlReader(XmlParser& parser);
  ~XmlReader() override;
  XmlReader(const XmlReader&) = delete;
  XmlReader& operator=(const XmlReader&) = delete;

  // Advances to the next node in document order. False at the end of the
  // document. Throws InputError (xml-doctype, xml-malformed, or whatever the
  // source threw).
  bool read();

  // Skips the subtree of the current element: the next read() returns the
  // node that follows its end. Does nothing on an empty element or a text.
  void skip();

  // Iterates the children of the element at `parent_depth`: returns true on
  // each child node, false once the parent's end tag is reached. Call it only
  // when the parent is not an empty element.
  bool next_child(int parent_depth);

  bool is_element() const { return current().kind == Kind::element; }
  bool is_end_element() const { return current().kind == Kind::end_element; }
  // Text, CDATA, or white space (adjacent runs merged).
  bool is_text() const { return current().kind == Kind::text; }
  // <a/>, and also <a></a>: no end element follows either.
  bool is_empty_element() const { return current().empty; }
  int depth() const { return current().depth; }
  std::string_view local_name() const { return current().local; }
  std::string_view namespace_uri() const { return current().ns; }
  std::string_view value() const { return current().value; }
  // The attribute with this local name and namespace ("" for none).
  // Namespace declarations (xmlns) are not attributes here.
  std::optional<std::string> attribute(std::string_view local, std::string_view ns) const;
  const std::string& part_name() const { return parser_->part_name(); }

 private:
  // Names point into the parser's dictionary, valid while the parser lives:
  // only values are copied.
  struct Attribute {
    std::string_view local;
    std::string_view ns;
    std::string value;
  };
  enum class Kind { element, end_element, text };
  // One node; the strings keep their capacity when the slot is reused.
  struct Event {
    Kind kind = Kind::text;
    int depth = 0;
    bool empty = false;
    bool dropped = false;  // the end of an empty element: never delivered
    std::string_view local;
    std::string_view ns;
    std::string value;
    std::size_t attribute_count = 0;
    std::vector<Attribute> attributes;
  };

  void start(const XmlElement& element) override;
  void end(const XmlElement& element) override;
  void text(std::string_view chars, int depth) override;

  // Makes events_[head_ + ahead] exist, feeding the parser as needed; false
  // when the document ends first.
  bool have(std::size_t ahead);
  void feed();
  Event& push_event(Kind kind);
  const Event& current() const { return events_[head_]; }

  std::unique_ptr<XmlParser> own_parser_;
  XmlParser* parser_;
  std::vector<Event> events_;  // slots [head_, count_) hold the queue
  std::size_t head_ = 0;
  std::size_t count_ = 0;
  std::size_t used_ = 0;    // slots ever filled: what the destructor looks at
  bool delivered_ = false;  // read() has handed out events_[head_]
  bool finished_ = false;   // the parser has parsed the whole part
};

}  // namespace jxlint
