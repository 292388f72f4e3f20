#include "xml/xml_reader.h"

#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#include <mutex>

#include "util/input_error.h"

namespace jxlint {
namespace {

xmlParserInputPtr deny_external_entity(const char*, const char*, xmlParserCtxtPtr) {
  // Reached only if a DOCTYPE ever got past the guard: open nothing, ever.
  return nullptr;
}

void ignore_generic_error(void*, const char*, ...) {}
void ignore_structured_error(void*, xmlErrorPtr) {}

void init_libxml_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    xmlSetExternalEntityLoader(deny_external_entity);
  });
  // libxml2 keeps its global error handlers per thread: silence them in each
  // thread, so nothing is printed behind the reporters' back.
  xmlSetGenericErrorFunc(nullptr, ignore_generic_error);
  xmlSetStructuredErrorFunc(nullptr, ignore_structured_error);
}

// The reader's options: what is absent matters as much as what is present.
constexpr int kSafeOptions = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT |
                             XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

enum PrologState {
  kProlog,
  kAfterLt,
  kAfterBang,
  kCommentOpen,
  kInComment,
  kInPi,
  kInPiQuestion,
  kDone
};

}  // namespace

// Feeds libxml2 from the Source, watching the prolog for a DOCTYPE. The scan
// ignores NUL bytes so that a UTF-16 document is scanned like a UTF-8 one.
struct XmlReaderAccess {
  static bool refuse_doctype(XmlReader& self, const char* data, std::size_t n) {
    int& state = self.prolog_state_;
    for (std::size_t i = 0; i < n && state != kDone; ++i) {
      char c = data[i];
      if (c == '\0') continue;
      switch (state) {
        case kProlog:
          if (c == '<') state = kAfterLt;
          break;
        case kAfterLt:
          state = c == '?' ? kInPi : c == '!' ? kAfterBang : kDone;
          break;
        case kAfterBang:
          if (c != '-') return true;  // <!DOCTYPE, <![CDATA[ or worse: not in a prolog of ours
          state = kCommentOpen;
          break;
        case kCommentOpen:
          if (c != '-') return true;
          state = kInComment;
          self.prolog_dashes_ = 0;
          break;
        case kInComment:
          if (c == '>' && self.prolog_dashes_ >= 2) {
            state = kProlog;
          } else {
            self.prolog_dashes_ = c == '-' ? self.prolog_dashes_ + 1 : 0;
          }
          break;
        case kInPi:
          if (c == '?') state = kInPiQuestion;
          break;
        case kInPiQuestion:
          state = c == '>' ? kProlog : c == '?' ? kInPiQuestion : kInPi;
          break;
        default:
          break;
      }
    }
    return false;
  }

  static int read_callback(void* context, char* buffer, int len) {
    auto& self = *static_cast<XmlReader*>(context);
    if (self.source_error_ || self.doctype_refused_) return -1;
    try {
      std::size_t n = self.source_(buffer, static_cast<std::size_t>(len));
      if (self.prolog_state_ != kDone && refuse_doctype(self, buffer, n)) {
        self.doctype_refused_ = true;
        return -1;
      }
      return static_cast<int>(n);
    } catch (...) {
      // Never let an exception cross libxml2's C frames.
      self.source_error_ = std::current_exception();
      return -1;
    }
  }

  static void on_error(void* context, xmlErrorPtr error) {
    auto& self = *static_cast<XmlReader*>(context);
    if (error == nullptr || error->level < XML_ERR_ERROR || !self.parser_error_.empty()) return;
    std::string message = error->message ? error->message : "unknown error";
    // libxml2's messages may hold line breaks; an error is one line.
    for (char& c : message) {
      if (c == '\n' || c == '\r') c = ' ';
    }
    while (!message.empty() && message.back() == ' ')
      message.pop_back();
    self.parser_error_ = fmt::format("line {}: {}", error->line, message);
    self.parser_error_code_ = error->code;
  }
};

namespace {

// What went wrong, for the error code: libxml2's limits (depth, text size,
// entity amplification), the document's encoding, or plain malformation.
enum class XmlProblem { limit, encoding, malformed };

XmlProblem classify(int code, const std::string& message) {
  for (const char* limit : {"Excessive depth", "huge text node", "Huge input lookup", "huge input",
                            "amplification", "Maximum entity nesting", "entity reference loop"}) {
    if (message.find(limit) != std::string::npos) return XmlProblem::limit;
  }
  switch (code) {
    case XML_ERR_NO_MEMORY:
    case XML_ERR_ENTITY_LOOP:
      return XmlProblem::limit;
    case XML_ERR_INVALID_CHAR:
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
    case XML_ERR_ENCODING_NAME:
    case XML_ERR_INVALID_ENCODING:
      return XmlProblem::encoding;
    default:
      return XmlProblem::malformed;
  }
}

}  // namespace

XmlReader::XmlReader(Source source, std::string part_name)
    : source_(std::move(source)), part_name_(std::move(part_name)) {
  init_libxml_once();
  reader_ = xmlReaderForIO(&XmlReaderAccess::read_callback, nullptr, this, nullptr, nullptr,
                           kSafeOptions);
  if (reader_ == nullptr) {
    if (source_error_) std::rethrow_exception(source_error_);
    fail_from_parser();
  }
  xmlTextReaderSetStructuredErrorHandler(reader_, &XmlReaderAccess::on_error, this);
}

XmlReader::~XmlReader() {
  if (reader_ != nullptr) xmlFreeTextReader(reader_);
}

void XmlReader::fail_from_parser() {
  if (source_error_) std::rethrow_exception(source_error_);
  if (doctype_refused_) {
    throw InputError(
        "xml-doctype",
        fmt::format("部件「{}」含有 DOCTYPE 声明。正常的 Word/Excel 文件不会有它，"
                    "这是 XML 实体攻击的特征，文件已拒绝读取",
                    part_name_),
        fmt::format("part \"{}\" has a DOCTYPE declaration, which OOXML forbids and XML "
                    "entity attacks rely on; the file was refused",
                    part_name_));
  }
  std::string detail = parser_error_.empty() ? "unexpected end of data" : parser_error_;
  switch (classify(parser_error_code_, parser_error_)) {
    case XmlProblem::limit:
      throw InputError(
          "xml-limit",
          fmt::format("部件「{}」超出了安全读取的限度（嵌套过深或单段文字过长，{}）", part_name_,
                      detail),
          fmt::format(
              "part \"{}\" exceeds the limits of safe reading (nesting too deep or a text too "
              "long: {})",
              part_name_, detail));
    case XmlProblem::encoding:
      throw InputError("xml-encoding",
                       fmt::format("部件「{}」的文字编码无效或不受支持（{}）", part_name_, detail),
                       fmt::format("part \"{}\" has an invalid or unsupported text encoding ({})",
                                   part_name_, detail));
    case XmlProblem::malformed:
      break;
  }
  throw InputError("xml-malformed",
                   fmt::format("部件「{}」不是格式正确的 XML（{}）", part_name_, detail),
                   fmt::format("part \"{}\" is not well-formed XML ({})", part_name_, detail));
}

bool XmlReader::read() {
  if (pending_) {
    pending_ = false;
    return true;
  }
  int status = xmlTextReaderRead(reader_);
  if (status == 1) {
    if (xmlTextReaderNodeType(reader_) == XML_READER_TYPE_DOCUMENT_TYPE) {
      doctype_refused_ = true;
      fail_from_parser();
    }
    return true;
  }
  if (status == 0 && !source_error_ && !doctype_refused_ && parser_error_.empty()) return false;
  fail_from_parser();
}

void XmlReader::skip() {
  if (!is_element() || is_empty_element()) return;
  int status = xmlTextReaderNext(reader_);
  if (status == 1) {
    pending_ = true;
    return;
  }
  if (status == 0 && !source_error_ && parser_error_.empty()) return;
  fail_from_parser();
}

bool XmlReader::next_child(int parent_depth) {
  if (!read()) return false;
  return !(depth() == parent_depth && is_end_element());
}

bool XmlReader::is_element() const {
  return xmlTextReaderNodeType(reader_) == XML_READER_TYPE_ELEMENT;
}

bool XmlReader::is_end_element() const {
  return xmlTextReaderNodeType(reader_) == XML_READER_TYPE_END_ELEMENT;
}

bool XmlReader::is_text() const {
  switch (xmlTextReaderNodeType(reader_)) {
    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
    case XML_READER_TYPE_WHITESPACE:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
      return true;
    default:
      return false;
  }
}

bool XmlReader::is_empty_element() const {
  return xmlTextReaderIsEmptyElement(reader_) == 1;
}

int XmlReader::depth() const {
  return xmlTextReaderDepth(reader_);
}

namespace {
std::string_view view(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}
}  // namespace

std::string_view XmlReader::local_name() const {
  return view(xmlTextReaderConstLocalName(reader_));
}

std::string_view XmlReader::namespace_uri() const {
  return view(xmlTextReaderConstNamespaceUri(reader_));
}

std::string_view XmlReader::value() const {
  return view(xmlTextReaderConstValue(reader_));
}

std::optional<std::string> XmlReader::attribute(std::string_view local, std::string_view ns) const {
  std::optional<std::string> found;
  if (xmlTextReaderMoveToFirstAttribute(reader_) != 1) return found;
  do {
    if (view(xmlTextReaderConstLocalName(reader_)) == local &&
        view(xmlTextReaderConstNamespaceUri(reader_)) == ns) {
      found = std::string(view(xmlTextReaderConstValue(reader_)));
      break;
    }
  } while (xmlTextReaderMoveToNextAttribute(reader_) == 1);
  xmlTextReaderMoveToElement(reader_);
  return found;
}

int XmlReader::line() const {
  return xmlTextReaderGetParserLineNumber(reader_);
}

}  // namespace jxlint
