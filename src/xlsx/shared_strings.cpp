#include "xlsx/shared_strings.h"

#include <cstdint>

#include "xlsx/sml.h"

namespace jxlint::xlsx {
namespace {

// Each <si>'s text goes straight into the arena as libxml2 parses it.
class SharedStringsHandler : public XmlHandler {
 public:
  SharedStringsHandler(XmlParser& xml, std::string& arena, std::vector<std::size_t>& ends)
      : xml_(xml), arena_(arena), ends_(ends) {
    frames_.push_back(Frame{Kind::outside});
  }

  void start(const XmlElement& e) override {
    switch (frames_.back().kind) {
      case Kind::outside:
        return open(is_element(e, "si") ? Kind::item : Kind::outside);
      case Kind::item:
      case Kind::in_item:
        switch (string_item_child(e)) {
          case StringItemChild::passed_over:
            xml_.skip_subtree(e.depth);
            return open(Kind::skipped);
          case StringItemChild::text:
            return open(Kind::in_item, true);
          case StringItemChild::other:
            return open(Kind::in_item);
        }
        return;
      case Kind::skipped:
        return;  // the parser delivers nothing inside a skipped element
    }
  }

  void end(const XmlElement&) override {
    if (frames_.back().kind == Kind::item) ends_.push_back(arena_.size());
    frames_.pop_back();
  }

  void text(std::string_view chars, int) override {
    if (frames_.back().in_text) arena_ += chars;
  }

 private:
  enum class Kind : std::uint8_t { outside, item, in_item, skipped };
  struct Frame {
    Kind kind;
    bool in_text = false;  // a <t>
  };
  void open(Kind kind, bool in_text = false) { frames_.push_back(Frame{kind, in_text}); }

  XmlParser& xml_;
  std::string& arena_;
  std::vector<std::size_t>& ends_;
  std::vector<Frame> frames_;
};

}  // namespace

void read_string_item(XmlReader& xml, std::string& out) {
  if (xml.is_empty_element()) return;
  int depth = xml.depth();
  bool in_text = is_element(xml, "t");
  while (xml.next_child(depth)) {
    if (xml.is_text()) {
      if (in_text) out += xml.value();
    } else if (xml.is_element()) {
      XmlElement child(xml.local_name(), xml.namespace_uri());
      if (string_item_child(child) == StringItemChild::passed_over) {
        xml.skip();
      } else {
        read_string_item(xml, out);
      }
    }
  }
}

void SharedStrings::read(XmlParser& xml) {
  SharedStringsHandler handler(xml, arena_, ends_);
  xml.parse(handler);
}

std::optional<std::string_view> SharedStrings::get(std::size_t index) const {
  if (index >= ends_.size()) return std::nullopt;
  std::size_t begin = index == 0 ? 0 : ends_[index - 1];
  return std::string_view(arena_).substr(begin, ends_[index] - begin);
}

}  // namespace jxlint::xlsx
