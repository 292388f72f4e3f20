#include "xml/xml_reader.h"

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

  static XmlReader& reader(void* context) { return *static_cast<XmlReader*>(context); }
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

  // Event slots and chunk buffers outlive their reader, one set per thread,
  // so that the next part reuses their strings' capacity instead of
  // allocating afresh: a file opens a dozen readers.
  struct Spare {
    std::vector<std::vector<XmlReader::Event>> events;
    std::vector<std::vector<char>> chunks;
  };
  static Spare& spare() {
    thread_local Spare kept;
    return kept;
  }

  // A name from libxml2's dictionary: interned, so its length is looked up
  // by address instead of measured again on every element.
  static std::string_view name(XmlReader& self, const xmlChar* s) {
    if (s == nullptr) return {};
    auto& slot =
        self.name_lengths_[(reinterpret_cast<std::uintptr_t>(s) >> 3) % self.name_lengths_.size()];
    if (slot.first != s) slot = {s, std::strlen(reinterpret_cast<const char*>(s))};
    return {reinterpret_cast<const char*>(s), slot.second};
  }

  static void on_start(void* context, const xmlChar* local, const xmlChar*, const xmlChar* uri, int,
                       const xmlChar**, int attribute_count, int, const xmlChar** attributes) {
    XmlReader& self = reader(context);
    if (self.open_elements_ >= kMaxDepth) {
      return stop(
          self, XML_ERR_INTERNAL_ERROR,
          fmt::format("Excessive depth in document: {} use XML_PARSE_HUGE option", kMaxDepth));
    }
    if (self.skip_depth_ >= 0) {  // inside a subtree skip() passes over
      ++self.open_elements_;
      return;
    }
    XmlReader::Event& e = self.push_event(XmlReader::Kind::element);
    e.depth = self.open_elements_++;
    e.local = name(self, local);
    e.ns = name(self, uri);
    e.value.clear();
    auto n = static_cast<std::size_t>(std::max(attribute_count, 0));
    if (e.attributes.size() < n) e.attributes.resize(n);
    e.attribute_count = n;
    // Five pointers per attribute: local name, prefix, URI, value, value end.
    for (std::size_t i = 0; i < n; ++i) {
      const xmlChar** a = attributes + 5 * i;
      XmlReader::Attribute& out = e.attributes[i];
      out.local = name(self, a[0]);
      out.ns = name(self, a[2]);
      out.value.assign(reinterpret_cast<const char*>(a[3]), static_cast<std::size_t>(a[4] - a[3]));
      // Without entity substitution libxml2 hands "&amp;" over as "&#38;",
      // for a tree builder to decode; no other '&' can remain (no DTD, so
      // no entity of a document's own).
      if (out.value.find('&') != std::string::npos) decode_ampersands(out.value);
    }
  }

  static void on_end(void* context, const xmlChar* local, const xmlChar*, const xmlChar* uri) {
    XmlReader& self = reader(context);
    --self.open_elements_;
    if (self.skip_depth_ >= 0) {
      if (self.open_elements_ > self.skip_depth_) return;
      self.skip_depth_ = -1;  // the skipped element's own end: queued
    }
    XmlReader::Event& e = self.push_event(XmlReader::Kind::end_element);
    e.depth = self.open_elements_;
    e.local = name(self, local);
    e.ns = name(self, uri);
    e.value.clear();
    e.attribute_count = 0;
  }

  // Adjacent character runs (libxml2 splits long texts, entities and CDATA)
  // make one text node, as they did in xmlTextReader.
  static void on_text(void* context, const xmlChar* text, int length) {
    XmlReader& self = reader(context);
    if (self.skip_depth_ >= 0) return;
    auto chars = std::string_view(reinterpret_cast<const char*>(text),
                                  static_cast<std::size_t>(std::max(length, 0)));
    if (self.count_ > self.head_ + (self.delivered_ ? 1 : 0) &&
        self.events_[self.count_ - 1].kind == XmlReader::Kind::text) {
      std::string& value = self.events_[self.count_ - 1].value;
      if (value.size() + chars.size() > kMaxText) {
        return stop(self, XML_ERR_INTERNAL_ERROR, "xmlSAX2Characters: huge text node");
      }
      value.append(chars);
      return;
    }
    if (chars.size() > kMaxText) {
      return stop(self, XML_ERR_INTERNAL_ERROR, "xmlSAX2Characters: huge text node");
    }
    XmlReader::Event& e = self.push_event(XmlReader::Kind::text);
    e.depth = self.open_elements_;
    e.local = {};
    e.ns = {};
    e.value.assign(chars);
    e.attribute_count = 0;
  }

  // Behind the byte-level guard: a DOCTYPE the guard missed stops the parse.
  static void on_doctype(void* context, const xmlChar*, const xmlChar*, const xmlChar*) {
    XmlReader& self = reader(context);
    self.doctype_refused_ = true;
    xmlStopParser(self.parser_);
  }

  static void stop(XmlReader& self, int code, std::string message) {
    if (self.parser_error_.empty()) {
      self.parser_error_ = fmt::format("line {}: {}", xmlSAX2GetLineNumber(self.parser_), message);
      self.parser_error_code_ = code;
    }
    xmlStopParser(self.parser_);
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

const xmlSAXHandler& sax_handler() {
  // SAX2, and nothing but these callbacks: no tree, no document, no entity
  // declarations (their callbacks are absent, so none can be declared).
  static const xmlSAXHandler handler = [] {
    xmlSAXHandler h{};
    h.initialized = XML_SAX2_MAGIC;
    h.startElementNs = &XmlReaderAccess::on_start;
    h.endElementNs = &XmlReaderAccess::on_end;
    h.characters = &XmlReaderAccess::on_text;
    h.ignorableWhitespace = &XmlReaderAccess::on_text;
    h.cdataBlock = &XmlReaderAccess::on_text;
    h.internalSubset = &XmlReaderAccess::on_doctype;
    h.externalSubset = &XmlReaderAccess::on_doctype;
    h.serror = &XmlReaderAccess::on_error;
    return h;
  }();
  return handler;
}

}  // namespace

namespace {
constexpr std::size_t kKeptSlots = 4096;
constexpr std::size_t kKeptValue = 4096;
}  // namespace

XmlReader::XmlReader(Source source, std::string part_name, const XmlLimits& limits)
    : source_(std::move(source)),
      part_name_(std::move(part_name)),
      attribute_guard_(limits.max_attributes) {
  init_libxml_once();
  XmlReaderAccess::Spare& spare = XmlReaderAccess::spare();
  if (!spare.events.empty()) {
    events_ = std::move(spare.events.back());
    spare.events.pop_back();
  }
  if (!spare.chunks.empty()) {
    chunk_ = std::move(spare.chunks.back());
    spare.chunks.pop_back();
  }
}

XmlReader::~XmlReader() {
  if (parser_ != nullptr) xmlFreeParserCtxt(parser_);
  XmlReaderAccess::Spare& spare = XmlReaderAccess::spare();
  // Keep a bounded amount: a 10 MB text must not stay with the thread.
  if (events_.size() > kKeptSlots) events_.resize(kKeptSlots);
  for (std::size_t i = 0; i < std::min(used_, events_.size()); ++i) {
    if (events_[i].value.capacity() > kKeptValue) std::string().swap(events_[i].value);
  }
  if (spare.events.size() < 4) spare.events.push_back(std::move(events_));
  if (spare.chunks.size() < 4) spare.chunks.push_back(std::move(chunk_));
}

XmlReader::Event& XmlReader::push_event(Kind kind) {
  if (count_ == events_.size()) events_.emplace_back();
  Event& e = events_[count_++];
  used_ = std::max(used_, count_);
  e.kind = kind;
  e.empty = false;
  e.dropped = false;
  return e;
}

void XmlReader::start_parser(const char* data, std::size_t n) {
  // The first bytes let libxml2 detect the encoding (a BOM, UTF-16).
  auto first = static_cast<int>(std::min<std::size_t>(n, 4));
  parser_ = xmlCreatePushParserCtxt(const_cast<xmlSAXHandler*>(&sax_handler()), this, data, first,
                                    part_name_.c_str());
  if (parser_ == nullptr) throw std::bad_alloc();
  xmlCtxtUseOptions(parser_, kSafeOptions);
}

void XmlReader::check_parser() {
  if (doctype_refused_ || !parser_error_.empty()) fail_from_parser();
}

void XmlReader::feed() {
  // Keep the queue's live part, [head_, count_), at the front of events_.
  if (head_ > 0) {
    for (std::size_t i = head_; i < count_; ++i)
      std::swap(events_[i - head_], events_[i]);
    count_ -= head_;
    head_ = 0;
  }
  chunk_.resize(kChunk);
  // The source may throw (zip limits). The parser starts on at least four
  // bytes, what libxml2 needs to tell UTF-8 from UTF-16.
  std::size_t n = 0;
  do {
    std::size_t got = source_(chunk_.data() + n, chunk_.size() - n);
    if (got == 0) break;
    n += got;
  } while (parser_ == nullptr && n < 4);
  if (prolog_state_ != kDone && XmlReaderAccess::refuse_doctype(*this, chunk_.data(), n)) {
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
  check_parser();
  if (status != 0 || (last && parser_->wellFormed == 0)) {
    parser_error_code_ = status != 0 ? status : XML_ERR_INTERNAL_ERROR;
    parser_error_ = "unexpected end of data";
    fail_from_parser();
  }
  finished_ = last;
}

bool XmlReader::have(std::size_t ahead) {
  while (head_ + ahead >= count_) {
    if (finished_) return false;
    feed();
  }
  return true;
}

void XmlReader::fail_from_parser() {
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

void XmlReader::fail_attributes() const {
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

bool XmlReader::read() {
  if (delivered_) ++head_;
  delivered_ = false;
  while (have(0) && events_[head_].dropped)
    ++head_;
  if (head_ >= count_) return false;
  // One event ahead: a text is whole only once something else follows it
  // (libxml2 hands long texts over in pieces, across chunks), and an element
  // with nothing inside, <a/> or <a></a>, is empty: its end is dropped, as
  // xmlTextReader reported none for <a/>.
  if (have(1)) {
    Event& e = events_[head_];
    Event& next = events_[head_ + 1];
    if (e.kind == Kind::element && next.kind == Kind::end_element && next.depth == e.depth) {
      e.empty = true;
      next.dropped = true;
    }
  }
  delivered_ = true;
  return true;
}

void XmlReader::skip() {
  if (!delivered_ || !is_element() || is_empty_element()) return;
  int depth = current().depth;
  // First through what is queued already …
  for (++head_; head_ < count_; ++head_) {
    const Event& e = events_[head_];
    if (e.kind == Kind::end_element && e.depth == depth && !e.dropped) return;
  }
  // … then the parser queues nothing until the element's end: a skipped
  // subtree costs libxml2's parse and no more.
  skip_depth_ = depth;
  while (head_ >= count_) {
    if (finished_) fail_from_parser();  // unreachable: the parser reports the open element
    feed();
  }
}

bool XmlReader::next_child(int parent_depth) {
  if (!read()) return false;
  return !(depth() == parent_depth && is_end_element());
}

std::optional<std::string> XmlReader::attribute(std::string_view local, std::string_view ns) const {
  const Event& e = current();
  for (std::size_t i = 0; i < e.attribute_count; ++i) {
    const Attribute& a = e.attributes[i];
    if (a.local == local && a.ns == ns) return a.value;
  }
  return std::nullopt;
}

}  // namespace jxlint
