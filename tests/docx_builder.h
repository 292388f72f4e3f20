// Test helper: WordprocessingML written by hand for reader and recogniser
// unit tests (end-to-end tests use real files from real writers instead).
//
// A table is rows of cells in a compact notation:
//   "text"     a cell            "text@3"   a cell spanning 3 grid columns
//   "text^"    starts a vertical merge     "^" / "^@3"  continues one
#pragma once

#include <cstring>
#include <string>
#include <vector>

#include "docx/docx_reader.h"
#include "xml/xml_reader.h"

namespace jxlint::testing {

inline std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

inline std::string paragraph(const std::string& text) {
  return "<w:p><w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>";
}

inline std::string table(const std::vector<std::vector<std::string>>& rows) {
  std::string xml = "<w:tbl><w:tblPr/>";
  for (const auto& row : rows) {
    xml += "<w:tr>";
    for (std::string cell : row) {
      int span = 1;
      if (auto at = cell.rfind('@'); at != std::string::npos) {
        span = std::stoi(cell.substr(at + 1));
        cell = cell.substr(0, at);
      }
      std::string vmerge;
      if (cell == "^") {
        vmerge = "<w:vMerge/>";
        cell.clear();
      } else if (!cell.empty() && cell.back() == '^') {
        vmerge = "<w:vMerge w:val=\"restart\"/>";
        cell.pop_back();
      }
      xml += "<w:tc><w:tcPr>";
      if (span > 1) xml += "<w:gridSpan w:val=\"" + std::to_string(span) + "\"/>";
      xml += vmerge + "</w:tcPr>" + paragraph(cell) + "</w:tc>";
    }
    xml += "</w:tr>";
  }
  return xml + "</w:tbl>";
}

inline std::string document(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
         "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" +
         body + "<w:sectPr/></w:body></w:document>";
}

// Parses a whole document.xml held in memory, fed to libxml2 in small
// chunks so that chunk boundaries are exercised too.
inline SourceDocument parse_document(const std::string& xml, std::size_t chunk = 7) {
  std::size_t pos = 0;
  XmlParser parser(
      [&](char* buf, std::size_t n) {
        std::size_t k = std::min({n, chunk, xml.size() - pos});
        std::memcpy(buf, xml.data() + pos, k);
        pos += k;
        return k;
      },
      "word/document.xml");
  return read_docx_body(parser);
}

inline SourceDocument parse_body(const std::string& body) {
  return parse_document(document(body));
}

}  // namespace jxlint::testing
