// xl/sharedStrings.xml: the workbook's string table, in one arena. Nothing is
// sized from the part's count/uniqueCount attributes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xml/xml_parser.h"

namespace jxlint::xlsx {

class SharedStrings {
 public:
  void read(XmlParser& xml);
  std::optional<std::string_view> get(std::size_t index) const;
  std::size_t size() const { return ends_.size(); }

 private:
  std::string arena_;
  std::vector<std::size_t> ends_;  // end offset of each string in the arena
};

}  // namespace jxlint::xlsx
