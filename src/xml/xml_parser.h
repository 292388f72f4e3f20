// The one XML parser every OOXML part reader uses: libxml2's SAX2 push
// parser, fed in 16 KiB chunks, handing each node to an XmlHandler as it is
// parsed. The large parts (document.xml, worksheets, shared strings) are read
// by handlers that build their cells inside these callbacks, with no queue
// and no tree between libxml2 and the grid; small parts use XmlReader, a pull
// API over the same parser. It owns the safety settings, so no part reader
// can forget them:
//  - no entity substitution (never XML_PARSE_NOENT), no DTD loading or
//    validation, no network, no XInclude, no XML_PARSE_HUGE; libxml2's limits
//    on depth and text size are enforced here, as its tree builder would;
//  - any DOCTYPE is refused before libxml2 sees it (OOXML forbids DTDs), so
//    entity bombs and external entities never get declared, let alone expanded;
//  - behind that, a deny-all external entity loader is installed process-wide;
//  - a start tag with more attributes than XmlLimits allows is refused before
//    libxml2 sees it (its duplicate check is quadratic: see AttributeGuard).
#pragma once

#include <cstddef>
#include <exception>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xml/attribute_guard.h"

struct _xmlParserCtxt;

namespace jxlint {

struct XmlLimits {
  // On one element, namespace declarations included: libxml2's pairwise
  // check makes an element of n attributes cost n² / 2 comparisons.
  std::size_t max_attributes = kDefaultMaxAttributes;
};

// One attribute of a start tag. Names point into libxml2's dictionary (it
// interns every name and namespace); the value into the parser's buffer, or
// into the parser's scratch when it had to be decoded. Valid during the
// callback only.
struct XmlAttribute {
  std::string_view local;
  std::string_view ns;  // "" for none; namespace declarations are not attributes
  std::string_view value;
};

// An element's start or end, as a handler sees it. Valid during the callback.
// Attributes are looked at in libxml2's own array only when asked for: most
// elements' attributes (Word's rsid* on every run) are never read.
class XmlElement {
 public:
  XmlElement() = default;
  XmlElement(std::string_view local_name, std::string_view namespace_uri, int element_depth = 0)
      : local(local_name), ns(namespace_uri), depth(element_depth) {}

  std::string_view local;
  std::string_view ns;
  int depth = 0;  // the root is 0

  // The attribute with this local name and namespace ("" for none).
  std::optional<std::string_view> attribute(std::string_view name, std::string_view space) const;
  std::size_t attribute_count() const { return attribute_count_; }
  XmlAttribute attribute_at(std::size_t i) const;

 private:
  friend struct XmlParserAccess;
  // libxml2's five pointers per attribute: local name, prefix, URI, value,
  // value end; values holding "&#38;" are decoded into `decoded_`.
  const unsigned char* const* raw_ = nullptr;
  std::size_t attribute_count_ = 0;  // none on an end
  std::vector<std::string>* decoded_ = nullptr;
};

// What a part reader implements. Every start is followed by its end (also
// for <a/>), unless the parse fails first. Text arrives in pieces: libxml2
// splits long texts, entities and CDATA, and chunks cut texts too. Whatever
// a callback throws stops the parse and reaches the caller of parse(), after
// any error in the XML of the same chunk (a malformed part is reported as
// such, whatever its content would have been).
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void start(const XmlElement& element) = 0;
  virtual void end(const XmlElement& element) = 0;
  virtual void text(std::string_view chars, int depth) = 0;
};

class XmlParser {
 public:
  // Fills `buf` with up to `n` bytes of the part; returns 0 at the end.
  // May throw InputError (zip limits); the error reaches parse()'s caller.
  using Source = std::function<std::size_t(char* buf, std::size_t n)>;

  XmlParser(Source source, std::string part_name, const XmlLimits& limits = {});
  ~XmlParser();
  XmlParser(const XmlParser&) = delete;
  XmlParser& operator=(const XmlParser&) = delete;

  // Parses the whole part into `handler`. Throws InputError (xml-doctype,
  // xml-malformed, xml-limit, xml-encoding, or whatever the source or the
  // handler threw).
  void parse(XmlHandler& handler);

  // Parses the next chunk into `handler`; false once the part has ended.
  // For a pull reader that wants a few events at a time.
  bool parse_chunk(XmlHandler& handler);

  // From a start() callback (or later): no further events inside the
  // element at `depth`, which must be open; its end is still delivered.
  // A skipped subtree costs libxml2's parse and no more.
  void skip_subtree(int depth) { skip_depth_ = depth; }

  const std::string& part_name() const { return part_name_; }

 private:
  void start_parser(const char* data, std::size_t n);
  void check_parser();
  [[noreturn]] void fail_from_parser();
  [[noreturn]] void fail_attributes() const;

  friend struct XmlParserAccess;
  Source source_;
  std::string part_name_;
  _xmlParserCtxt* parser_ = nullptr;
  XmlHandler* handler_ = nullptr;  // during parse_chunk()
  std::exception_ptr handler_error_;
  bool finished_ = false;     // the source is exhausted and the parser told so
  int open_elements_ = 0;     // depth of the next start element
  int skip_depth_ = -1;       // ≥ 0: events inside the element at this depth are dropped
  std::size_t text_run_ = 0;  // bytes of the text node being parsed
  std::vector<char> chunk_;
  std::vector<std::string> decoded_;  // attribute values that held "&#38;"
  std::pair<const unsigned char*, std::size_t> name_lengths_[64] = {};
  AttributeGuard attribute_guard_;
  std::string parser_error_;
  int parser_error_code_ = 0;  // libxml2's xmlParserErrors of the first error
  bool doctype_refused_ = false;
  int prolog_state_ = 0;  // see the DOCTYPE guard in the .cpp
  int prolog_dashes_ = 0;
};

}  // namespace jxlint
