#include "package/ooxml.h"

#include <fmt/format.h>

#include <vector>

namespace jxlint::ooxml {

std::string resolve_target(std::string_view source_part, std::string_view target) {
  std::vector<std::string> parts;
  if (!target.empty() && target.front() == '/') {
    target.remove_prefix(1);
  } else {
    auto slash = source_part.rfind('/');
    std::string_view folder = slash == std::string_view::npos ? "" : source_part.substr(0, slash);
    std::size_t start = 0;
    while (start < folder.size()) {
      auto end = folder.find('/', start);
      if (end == std::string_view::npos) end = folder.size();
      if (end > start) parts.emplace_back(folder.substr(start, end - start));
      start = end + 1;
    }
  }
  std::size_t start = 0;
  while (start <= target.size()) {
    auto end = target.find('/', start);
    if (end == std::string_view::npos) end = target.size();
    std::string_view seg = target.substr(start, end - start);
    if (seg == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.emplace_back(seg);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += '/';
    out += p;
  }
  return out;
}

Relationships read_relationships(ZipArchive& zip, std::string_view source_part) {
  std::string rels_name;
  auto slash = source_part.rfind('/');
  if (source_part.empty()) {
    rels_name = "_rels/.rels";
  } else if (slash == std::string_view::npos) {
    rels_name = "_rels/" + std::string(source_part) + ".rels";
  } else {
    rels_name = std::string(source_part.substr(0, slash)) + "/_rels/" +
                std::string(source_part.substr(slash + 1)) + ".rels";
  }
  Relationships rels;
  auto index = zip.locate(rels_name);
  if (!index) return rels;
  PartReader part(zip, *index);
  XmlReader& xml = part.xml();
  while (xml.read()) {
    if (!xml.is_element() || xml.local_name() != "Relationship") continue;
    auto id = xml.attribute("Id", "");
    auto type = xml.attribute("Type", "");
    auto target = xml.attribute("Target", "");
    auto mode = xml.attribute("TargetMode", "");
    if (!id || !type || !target) continue;
    Relationship rel;
    rel.type = *type;
    rel.external = mode && *mode == "External";
    rel.target = rel.external ? *target : resolve_target(source_part, *target);
    rels.emplace(*id, std::move(rel));
  }
  return rels;
}

std::string find_target(const Relationships& rels, std::string_view type_suffix) {
  for (const auto& [id, rel] : rels) {
    std::string_view type = rel.type;
    if (!rel.external && type.size() > type_suffix.size() &&
        type.substr(type.size() - type_suffix.size()) == type_suffix &&
        type[type.size() - type_suffix.size() - 1] == '/') {
      return rel.target;
    }
  }
  return {};
}

WrongRootError::WrongRootError(const XmlReader& xml, std::string_view expected_zh,
                               std::string_view expected_en)
    : WrongRootError(xml.part_name(), XmlElement(xml.local_name(), xml.namespace_uri()),
                     expected_zh, expected_en) {}

WrongRootError::WrongRootError(std::string_view part, const XmlElement& root,
                               std::string_view expected_zh, std::string_view expected_en)
    : InputError(
          "missing-part",
          fmt::format("部件「{}」不是{}（它的根元素是 <{}>）", part, expected_zh, root.local),
          fmt::format("part \"{}\" is not {} (its root element is <{}>)", part, expected_en,
                      root.local)),
      part_(part),
      root_ns_(root.ns),
      root_local_(root.local) {}

PartReader::PartReader(ZipArchive& zip, std::uint64_t index)
    : entry_(zip.open(index)),
      parser_([entry = entry_.get()](char* buf, std::size_t n) { return entry->read(buf, n); },
              zip.name(index), XmlLimits{zip.limits().max_xml_attributes}) {}

XmlReader& PartReader::xml() {
  if (!xml_) xml_.emplace(parser_);
  return *xml_;
}

}  // namespace jxlint::ooxml
