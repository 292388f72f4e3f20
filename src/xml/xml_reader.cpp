#include "xml/xml_reader.h"

#include <algorithm>
#include <stdexcept>

namespace jxlint {
namespace {

// Event slots outlive their reader, a few sets per thread, so that the next
// part reuses their strings' capacity instead of allocating afresh.
template <typename Event>
std::vector<std::vector<Event>>& spare_events() {
  thread_local std::vector<std::vector<Event>> kept;
  return kept;
}

constexpr std::size_t kKeptSlots = 4096;
constexpr std::size_t kKeptValue = 4096;

}  // namespace

XmlReader::XmlReader(Source source, std::string part_name, const XmlLimits& limits)
    : own_parser_(std::make_unique<XmlParser>(std::move(source), std::move(part_name), limits)),
      parser_(own_parser_.get()) {
  auto& spare = spare_events<Event>();
  if (!spare.empty()) {
    events_ = std::move(spare.back());
    spare.pop_back();
  }
}

XmlReader::XmlReader(XmlParser& parser) : parser_(&parser) {
  auto& spare = spare_events<Event>();
  if (!spare.empty()) {
    events_ = std::move(spare.back());
    spare.pop_back();
  }
}

XmlReader::~XmlReader() {
  auto& spare = spare_events<Event>();
  // Keep a bounded amount: a 10 MB text must not stay with the thread.
  if (events_.size() > kKeptSlots) events_.resize(kKeptSlots);
  for (std::size_t i = 0; i < std::min(used_, events_.size()); ++i) {
    if (events_[i].value.capacity() > kKeptValue) std::string().swap(events_[i].value);
  }
  if (spare.size() < 4) spare.push_back(std::move(events_));
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

void XmlReader::start(const XmlElement& element) {
  Event& e = push_event(Kind::element);
  e.depth = element.depth;
  e.local = element.local;
  e.ns = element.ns;
  e.value.clear();
  std::size_t n = element.attribute_count();
  if (e.attributes.size() < n) e.attributes.resize(n);
  e.attribute_count = n;
  for (std::size_t i = 0; i < n; ++i) {
    XmlAttribute a = element.attribute_at(i);
    e.attributes[i].local = a.local;
    e.attributes[i].ns = a.ns;
    e.attributes[i].value.assign(a.value);
  }
}

void XmlReader::end(const XmlElement& element) {
  Event& e = push_event(Kind::end_element);
  e.depth = element.depth;
  e.local = element.local;
  e.ns = element.ns;
  e.value.clear();
  e.attribute_count = 0;
}

// Adjacent character runs (libxml2 splits long texts, entities and CDATA)
// make one text node, as they did in xmlTextReader.
void XmlReader::text(std::string_view chars, int depth) {
  if (count_ > head_ + (delivered_ ? 1 : 0) && events_[count_ - 1].kind == Kind::text) {
    events_[count_ - 1].value.append(chars);
    return;
  }
  Event& e = push_event(Kind::text);
  e.depth = depth;
  e.local = {};
  e.ns = {};
  e.value.assign(chars);
  e.attribute_count = 0;
}

void XmlReader::feed() {
  // Keep the queue's live part, [head_, count_), at the front of events_.
  if (head_ > 0) {
    for (std::size_t i = head_; i < count_; ++i)
      std::swap(events_[i - head_], events_[i]);
    count_ -= head_;
    head_ = 0;
  }
  finished_ = !parser_->parse_chunk(*this);
}

bool XmlReader::have(std::size_t ahead) {
  while (head_ + ahead >= count_) {
    if (finished_) return false;
    feed();
  }
  return true;
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
  // … then the parser queues nothing until the element's end.
  parser_->skip_subtree(depth);
  while (head_ >= count_) {
    // The parser reports an element left open as malformed before this.
    if (finished_) throw std::logic_error("XmlReader::skip: the part ended inside an element");
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
