#include "xlsx/styles.h"

#include <charconv>
#include <map>
#include <optional>

#include "xlsx/sml.h"

namespace jxlint::xlsx {
namespace {

int to_int(const std::optional<std::string>& s, int fallback) {
  if (!s) return fallback;
  int v = fallback;
  auto [p, ec] = std::from_chars(s->data(), s->data() + s->size(), v);
  return ec == std::errc() ? v : fallback;
}

}  // namespace

std::vector<NumberFormat> Styles::parse(XmlReader& xml) {
  std::map<int, NumberFormat> custom;
  std::vector<int> xf_formats;
  while (xml.read()) {
    if (is_element(xml, "numFmt")) {
      int id = to_int(xml.attribute("numFmtId", ""), -1);
      auto code = xml.attribute("formatCode", "");
      if (id >= 0 && code) custom[id] = classify_format_code(*code);
    } else if (is_element(xml, "cellXfs")) {
      // Only cellXfs index cells' s="…"; cellStyleXfs holds named styles.
      if (xml.is_empty_element()) continue;
      int depth = xml.depth();
      while (xml.next_child(depth)) {
        if (is_element(xml, "xf")) xf_formats.push_back(to_int(xml.attribute("numFmtId", ""), 0));
        if (xml.is_element()) xml.skip();
      }
    }
  }
  std::vector<NumberFormat> formats;
  formats.reserve(xf_formats.size());
  for (int id : xf_formats) {
    auto it = custom.find(id);
    formats.push_back(it != custom.end() ? it->second : builtin_format(id));
  }
  return formats;
}

void Styles::load() const {
  if (!load_) return;
  auto load = std::move(load_);
  load_ = nullptr;  // once, even if it throws
  formats_ = load();
}

const NumberFormat& Styles::format(std::size_t xf) const {
  load();
  return xf < formats_.size() ? formats_[xf] : general_;
}

}  // namespace jxlint::xlsx
