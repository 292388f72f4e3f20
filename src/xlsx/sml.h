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

// The text of a string item (<si>, <is>): every <t>, plain or in rich runs
// (<r>), without phonetic runs (<rPh>, furigana). Consumes the element.
void read_string_item(XmlReader& xml, std::string& out);

// An OOXML boolean attribute value: "1", "true", "on".
inline bool is_true(std::string_view v) {
  return v == "1" || v == "true" || v == "on";
}

}  // namespace jxlint::xlsx
