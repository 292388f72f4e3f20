// The one wrapper over libxml2's pull parser (xmlTextReader) that every OOXML
// part reader uses. It owns the safety settings, so no part reader can forget
// them:
//  - no entity substitution (never XML_PARSE_NOENT), no DTD loading or
//    validation, no network, no XInclude, no XML_PARSE_HUGE (libxml2's default
//    limits on depth, name and text sizes stay on);
//  - any DOCTYPE is refused before libxml2 sees it (OOXML forbids DTDs), so
//    entity bombs and external entities never get declared, let alone expanded;
//  - behind that, a deny-all external entity loader is installed process-wide.
#pragma once

#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

struct _xmlTextReader;

namespace jxlint {

class XmlReader {
 public:
  // Fills `buf` with up to `n` bytes of the part; returns 0 at the end.
  // May throw InputError (zip limits); the error surfaces from read().
  using Source = std::function<std::size_t(char* buf, std::size_t n)>;

  XmlReader(Source source, std::string part_name);
  ~XmlReader();
  XmlReader(const XmlReader&) = delete;
  XmlReader& operator=(const XmlReader&) = delete;

  // Advances to the next node in document order. False at the end of the
  // document. Throws InputError (xml-doctype, xml-malformed, or whatever the
  // source threw).
  bool read();

  // Skips the subtree of the current element: the next read() returns the
  // node that follows its end.
  void skip();

  // Iterates the children of the element at `parent_depth`: returns true on
  // each child node, false once the parent's end tag is reached. Call it only
  // when the parent is not an empty element.
  bool next_child(int parent_depth);

  bool is_element() const;
  bool is_end_element() const;
  bool is_text() const;  // text, CDATA, or white space
  bool is_empty_element() const;
  int depth() const;
  std::string_view local_name() const;
  std::string_view namespace_uri() const;
  std::string_view value() const;
  // The attribute with this local name and namespace ("" for none).
  std::optional<std::string> attribute(std::string_view local, std::string_view ns) const;
  int line() const;
  const std::string& part_name() const { return part_name_; }

 private:
  [[noreturn]] void fail_from_parser();

  friend struct XmlReaderAccess;
  _xmlTextReader* reader_ = nullptr;
  Source source_;
  std::string part_name_;
  std::exception_ptr source_error_;
  std::string parser_error_;
  int parser_error_code_ = 0;  // libxml2's xmlParserErrors of the first error
  bool doctype_refused_ = false;
  bool pending_ = false;  // after skip(): the current node is already the next one
  int prolog_state_ = 0;  // see DoctypeGuard in the .cpp
  int prolog_dashes_ = 0;
};

}  // namespace jxlint
