#include "xlsx/shared_strings.h"

#include "xlsx/sml.h"

namespace jxlint::xlsx {

void read_string_item(XmlReader& xml, std::string& out) {
  if (xml.is_empty_element()) return;
  int depth = xml.depth();
  bool in_text = is_element(xml, "t");
  while (xml.next_child(depth)) {
    if (xml.is_text()) {
      if (in_text) out += xml.value();
    } else if (xml.is_element()) {
      if (is_element(xml, "rPh") || is_element(xml, "phoneticPr") || is_element(xml, "rPr")) {
        xml.skip();
      } else {
        read_string_item(xml, out);
      }
    }
  }
}

void SharedStrings::read(XmlReader& xml) {
  while (xml.read()) {
    if (!is_element(xml, "si")) continue;
    read_string_item(xml, arena_);
    ends_.push_back(arena_.size());
  }
}

std::optional<std::string_view> SharedStrings::get(std::size_t index) const {
  if (index >= ends_.size()) return std::nullopt;
  std::size_t begin = index == 0 ? 0 : ends_[index - 1];
  return std::string_view(arena_).substr(begin, ends_[index] - begin);
}

}  // namespace jxlint::xlsx
