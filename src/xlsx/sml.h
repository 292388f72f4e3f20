// SpreadsheetML conventions shared by the workbook part readers.
#pragma once

#include <string>
#include <string_view>

#include "xml/xml_reader.h"

namespace jxlint::xlsx {

inline constexpr std::string_view kMain =
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
inline constexpr std::string_view kStrict = "http://purl.oclc.org/ooxml/spreadsheetml/main";
inline constexpr std::string_view kRelations =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr std::string_view kRelationsStrict =
    "http://purl.oclc.org/ooxml/officeDocument/relationships";

// The current node is a SpreadsheetML element with this local name.
inline bool is_element(const XmlReader& xml, std::string_view local) {
  if (!xml.is_element() || xml.local_name() != local) return false;
  std::string_view ns = xml.namespace_uri();
  return ns == kMain || ns == kStrict;
}

// The same, for an element a handler is handed.
inline bool is_element(const XmlElement& e, std::string_view local) {
  return e.local == local && (e.ns == kMain || e.ns == kStrict);
}

// The text of a string item (<si>, <is>) is that of every <t> in it, plain
// or in rich runs (<r>), without phonetic runs (<rPh>, furigana) or run
// properties: what a child element of a string item (or of anything in one
// but a <t>) is.
enum class StringItemChild { passed_over, text, other };
inline StringItemChild string_item_child(const XmlElement& e) {
  if (is_element(e, "rPh") || is_element(e, "phoneticPr") || is_element(e, "rPr"))
    return StringItemChild::passed_over;
  return is_element(e, "t") ? StringItemChild::text : StringItemChild::other;
}

// A string item's text through the pull API (a sheet's notes). Consumes the
// element.
void read_string_item(XmlReader& xml, std::string& out);

// An OOXML boolean attribute value: "1", "true", "on".
inline bool is_true(std::string_view v) {
  return v == "1" || v == "true" || v == "on";
}

}  // namespace jxlint::xlsx
