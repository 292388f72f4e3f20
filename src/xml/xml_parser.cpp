#include "xml/xml_parser.h"

#include <fmt/format.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
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

constexpr std::size_t kChunk = 16 * 1024;
// libxml2's own limits without XML_PARSE_HUGE (xmlParserMaxDepth and
// XML_MAX_TEXT_LENGTH). Its tree builder enforces them; with no tree, this
// reader must: a 100 000-deep nest or a 12 MB text node stops here.
constexpr int kMaxDepth = 256;
constexpr std::size_t kMaxText = 10'000'000;

// The parser's options: what is absent matters as much as what is present.
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
struct XmlParserAccess {
  static bool refuse_doctype(XmlParser& self, const char* data, std::size_t n) {
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

  static XmlParser& parser(void* context) { return *static_cast<XmlParser*>(context); }

  static std::string_view str(const xmlChar* s) {
    return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
  }

  static void decode_ampersands(std::string& value) {
    std::size_t to = 0;
    for (std::size_t from = 0; from < value.size();) {
      if (value.compare(from, 5, "&#38;") == 0) {
        value[to++] = '&';
        from += 5;
      } else {
        value[to++] = value[from++];
      }
    }
    value.resize(to);
  }

  // Chunk buffers outlive their parser, a few per thread, so that the next
  // part reuses one instead of allocating afresh: a file opens a dozen parts.
  static std::vector<std::vector<char>>& spare_chunks() {
    thread_local std::vector<std::vector<char>> kept;
    return kept;
  }

  // A name from libxml2's dictionary: interned, so its length is looked up
  // by address instead of measured again on every element.
  static std::string_view name(XmlParser& self, const xmlChar* s) {
    if (s == nullptr) return {};
    constexpr std::size_t slots = sizeof(self.name_lengths_) / sizeof(self.name_lengths_[0]);
    auto& slot = self.name_lengths_[(reinterpret_cast<std::uintptr_t>(s) >> 3) % slots];
    if (slot.first != s) slot = {s, std::strlen(reinterpret_cast<const char*>(s))};
    return {reinterpret_cast<const char*>(s), slot.second};
  }

  // A handler's exception cannot cross libxml2's C frames: it is kept, no
  // further event is delivered, and parse_chunk() rethrows it once libxml2
  // is done with the chunk (an XML error in that chunk is reported first).
  template <typename Call>
  static void deliver(XmlParser& self, Call&& call) {
    try {
      call(*self.handler_);
    } catch (...) {
      self.handler_error_ = std::current_exception();
    }
  }

  static void on_start(void* context, const xmlChar* local, const xmlChar*, const xmlChar* uri, int,
                       const xmlChar**, int attribute_count, int, const xmlChar** attributes) {
    XmlParser& self = parser(context);
    if (self.open_elements_ >= kMaxDepth) {
      return stop(
          self, XML_ERR_INTERNAL_ERROR,
          fmt::format("Excessive depth in document: {} use XML_PARSE_HUGE option", kMaxDepth));
    }
    self.text_run_ = 0;
    int depth = self.open_elements_++;
    if (self.skip_depth_ >= 0 || self.handler_error_) return;
    XmlElement e;
    e.local = name(self, local);
    e.ns = name(self, uri);
    e.depth = depth;
    e.raw_ = attributes;
    e.attribute_count_ = static_cast<std::size_t>(std::max(attribute_count, 0));
    e.decoded_ = &self.decoded_;
    deliver(self, [&](XmlHandler& h) { h.start(e); });
  }

  static void on_end(void* context, const xmlChar* local, const xmlChar*, const xmlChar* uri) {
    XmlParser& self = parser(context);
    int depth = --self.open_elements_;
    self.text_run_ = 0;
    if (self.skip_depth_ >= 0) {
      if (depth > self.skip_depth_) return;
      self.skip_depth_ = -1;  // the skipped element's own end: delivered
    }
    if (self.handler_error_) return;
    XmlElement e;
    e.local = name(self, local);
    e.ns = name(self, uri);
    e.depth = depth;
    deliver(self, [&](XmlHandler& h) { h.end(e); });
  }

  // libxml2's limit is on a whole text node, however many pieces it comes in.
  static void on_text(void* context, const xmlChar* text, int length) {
    XmlParser& self = parser(context);
    if (self.skip_depth_ >= 0) return;
    auto chars = std::string_view(reinterpret_cast<const char*>(text),
                                  static_cast<std::size_t>(std::max(length, 0)));
    if (self.text_run_ + chars.size() > kMaxText) {
      return stop(self, XML_ERR_INTERNAL_ERROR, "xmlSAX2Characters: huge text node");
    }
    self.text_run_ += chars.size();
    if (self.handler_error_) return;
    deliver(self, [&](XmlHandler& h) { h.text(chars, self.open_elements_); });
  }

  // Behind the byte-level guard: a DOCTYPE the guard missed stops the parse.
  static void on_doctype(void* context, const xmlChar*, const xmlChar*, const xmlChar*) {
    XmlParser& self = parser(context);
    self.doctype_refused_ = true;
    xmlStopParser(self.parser_);
  }

  static void stop(XmlParser& self, int code, std::string message) {
    if (self.parser_error_.empty()) {
      self.parser_error_ = fmt::format("line {}: {}", xmlSAX2GetLineNumber(self.parser_), message);
      self.parser_error_code_ = code;
    }
    xmlStopParser(self.parser_);
  }

  static void on_error(void* context, xmlErrorPtr error) {
    XmlParser& self = parser(context);
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

const xmlSAXHandler& sax_handler() {
  // SAX2, and nothing but these callbacks: no tree, no document, no entity
  // declarations (their callbacks are absent, so none can be declared).
  static const xmlSAXHandler handler = [] {
    xmlSAXHandler h{};
    h.initialized = XML_SAX2_MAGIC;
    h.startElementNs = &XmlParserAccess::on_start;
    h.endElementNs = &XmlParserAccess::on_end;
    h.characters = &XmlParserAccess::on_text;
    h.ignorableWhitespace = &XmlParserAccess::on_text;
    h.cdataBlock = &XmlParserAccess::on_text;
    h.internalSubset = &XmlParserAccess::on_doctype;
    h.externalSubset = &XmlParserAccess::on_doctype;
    h.serror = &XmlParserAccess::on_error;
    return h;
  }();
  return handler;
}

}  // namespace

std::optional<std::string_view> XmlElement::attribute(std::string_view name,
                                                      std::string_view space) const {
  for (std::size_t i = 0; i < attribute_count_; ++i) {
    const unsigned char* const* a = raw_ + 5 * i;
    // Compared in place: libxml2's names are NUL-terminated.
    auto same = [](const unsigned char* s, std::string_view want) {
      if (s == nullptr) return want.empty();
      return std::strncmp(reinterpret_cast<const char*>(s), want.data(), want.size()) == 0 &&
             s[want.size()] == '\0';
    };
    if (same(a[0], name) && same(a[2], space)) return attribute_at(i).value;
  }
  return std::nullopt;
}

XmlAttribute XmlElement::attribute_at(std::size_t i) const {
  const unsigned char* const* a = raw_ + 5 * i;
  XmlAttribute out;
  out.local = XmlParserAccess::str(a[0]);
  out.ns = XmlParserAccess::str(a[2]);
  out.value =
      std::string_view(reinterpret_cast<const char*>(a[3]), static_cast<std::size_t>(a[4] - a[3]));
  if (out.value.find('&') != std::string_view::npos) {
    // Without entity substitution libxml2 hands "&amp;" over as "&#38;",
    // for a tree builder to decode; no other '&' can remain (no DTD, so no
    // entity of a document's own).
    if (decoded_->size() <= i) decoded_->resize(i + 1);
    std::string& value = (*decoded_)[i];
    value.assign(out.value);
    XmlParserAccess::decode_ampersands(value);
    out.value = value;
  }
  return out;
}

XmlParser::XmlParser(Source source, std::string part_name, const XmlLimits& limits)
    : source_(std::move(source)),
      part_name_(std::move(part_name)),
      attribute_guard_(limits.max_attributes) {
  init_libxml_once();
  auto& spare = XmlParserAccess::spare_chunks();
  if (!spare.empty()) {
    chunk_ = std::move(spare.back());
    spare.pop_back();
  }
}

XmlParser::~XmlParser() {
  if (parser_ != nullptr) xmlFreeParserCtxt(parser_);
  auto& spare = XmlParserAccess::spare_chunks();
  if (spare.size() < 4) spare.push_back(std::move(chunk_));
}

void XmlParser::start_parser(const char* data, std::size_t n) {
  // The first bytes let libxml2 detect the encoding (a BOM, UTF-16).
  auto first = static_cast<int>(std::min<std::size_t>(n, 4));
  parser_ = xmlCreatePushParserCtxt(const_cast<xmlSAXHandler*>(&sax_handler()), this, data, first,
                                    part_name_.c_str());
  if (parser_ == nullptr) throw std::bad_alloc();
  xmlCtxtUseOptions(parser_, kSafeOptions);
}

void XmlParser::check_parser() {
  if (doctype_refused_ || !parser_error_.empty()) fail_from_parser();
}

void XmlParser::fail_from_parser() {
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

void XmlParser::fail_attributes() const {
  std::size_t max = attribute_guard_.max_attributes();
  throw InputError(
      "xml-limit",
      fmt::format("部件「{}」中有一个元素带有超过 {} 个属性（正常文件不超过几十个），拒绝读取"
                  "（确属正常文件时，可在 jxlint.toml 的 [limits] 中调高 max-attributes）",
                  part_name_, max),
      fmt::format("part \"{}\" has an element with more than {} attributes (real files have a "
                  "few dozen at most); the file was refused (for a file known to be genuine, "
                  "raise max-attributes under [limits] in jxlint.toml)",
                  part_name_, max));
}

bool XmlParser::parse_chunk(XmlHandler& handler) {
  if (finished_) return false;
  handler_ = &handler;
  chunk_.resize(kChunk);
  // The source may throw (zip limits). The parser starts on at least four
  // bytes, what libxml2 needs to tell UTF-8 from UTF-16.
  std::size_t n = 0;
  do {
    std::size_t got = source_(chunk_.data() + n, chunk_.size() - n);
    if (got == 0) break;
    n += got;
  } while (parser_ == nullptr && n < 4);
  if (prolog_state_ != kDone && XmlParserAccess::refuse_doctype(*this, chunk_.data(), n)) {
    doctype_refused_ = true;
    fail_from_parser();
  }
  if (!attribute_guard_.scan(std::string_view(chunk_.data(), n))) fail_attributes();
  std::size_t offset = 0;
  if (parser_ == nullptr) {
    start_parser(chunk_.data(), n);
    offset = std::min<std::size_t>(n, 4);
  }
  bool last = n == 0;
  int status = xmlParseChunk(parser_, chunk_.data() + offset, static_cast<int>(n - offset), last);
  handler_ = nullptr;
  check_parser();
  if (status != 0 || (last && parser_->wellFormed == 0)) {
    parser_error_code_ = status != 0 ? status : XML_ERR_INTERNAL_ERROR;
    parser_error_ = "unexpected end of data";
    fail_from_parser();
  }
  if (handler_error_) std::rethrow_exception(handler_error_);
  finished_ = last;
  return !finished_;
}

void XmlParser::parse(XmlHandler& handler) {
  while (parse_chunk(handler)) {
  }
}

}  // namespace jxlint
