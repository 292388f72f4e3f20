// The one XML reader every OOXML part reader uses: a pull API (read, skip,
// next_child) over libxml2's SAX2 push parser. The part is fed in 16 KiB
// chunks and the parser's callbacks queue compact events that read() hands
// out, so memory stays that of a chunk and no tree is ever built (libxml2's
// own xmlTextReader builds and frees a node per event: it cost twice the
// parse itself). It owns the safety settings, so no part reader can forget
// them:
//  - no entity substitution (never XML_PARSE_NOENT), no DTD loading or
//    validation, no network, no XInclude, no XML_PARSE_HUGE (libxml2's default
//    limits on depth, name and text sizes stay on);
//  - any DOCTYPE is refused before libxml2 sees it (OOXML forbids DTDs), so
//    entity bombs and external entities never get declared, let alone expanded;
//  - behind that, a deny-all external entity loader is installed process-wide;
//  - a start tag with more attributes than XmlLimits allows is refused before
//    libxml2 sees it (its duplicate check is quadratic: see AttributeGuard).
#pragma once

#include <array>
#include <cstddef>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "xml/attribute_guard.h"

struct _xmlParserCtxt;

namespace jxlint {

struct XmlLimits {
  // On one element, namespace declarations included: libxml2's pairwise
  // check makes an element of n attributes cost n² / 2 comparisons.
  std::size_t max_attributes = kDefaultMaxAttributes;
};

class XmlReader {
 public:
  // Fills `buf` with up to `n` bytes of the part; returns 0 at the end.
  // May throw InputError (zip limits); the error surfaces from read().
  using Source = std::function<std::size_t(char* buf, std::size_t n)>;

  XmlReader(Source source, std::string part_name, const XmlLimits& limits = {});
  ~XmlReader();
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
  const std::string& part_name() const { return part_name_; }

 private:
  // Names point into the parser's dictionary (libxml2 interns every name
  // and namespace), valid while the parser lives: only values are copied.
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

  // Makes events_[head_ + ahead] exist, feeding the parser as needed; false
  // when the document ends first.
  bool have(std::size_t ahead);
  void feed();
  void start_parser(const char* data, std::size_t n);
  Event& push_event(Kind kind);
  void check_parser();
  [[noreturn]] void fail_from_parser();
  [[noreturn]] void fail_attributes() const;
  const Event& current() const { return events_[head_]; }

  friend struct XmlReaderAccess;
  Source source_;
  std::string part_name_;
  _xmlParserCtxt* parser_ = nullptr;
  std::vector<Event> events_;  // slots [head_, count_) hold the queue
  std::size_t head_ = 0;
  std::size_t count_ = 0;
  std::size_t used_ = 0;    // slots ever filled: what the destructor looks at
  bool delivered_ = false;  // read() has handed out events_[head_]
  bool finished_ = false;   // the source is exhausted and the parser told so
  int open_elements_ = 0;   // depth of the next start element
  int skip_depth_ = -1;     // ≥ 0: skip() is passing over an element at this depth
  std::vector<char> chunk_;
  std::array<std::pair<const unsigned char*, std::size_t>, 64> name_lengths_{};
  AttributeGuard attribute_guard_;
  std::string parser_error_;
  int parser_error_code_ = 0;  // libxml2's xmlParserErrors of the first error
  bool doctype_refused_ = false;
  int prolog_state_ = 0;  // see the DOCTYPE guard in the .cpp
  int prolog_dashes_ = 0;
};

}  // namespace jxlint
