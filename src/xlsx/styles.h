// xl/styles.xml: which number format each cell style (cellXfs) uses.
#pragma once

#include <vector>

#include "xlsx/number_format.h"
#include "xml/xml_reader.h"

namespace jxlint::xlsx {

class Styles {
 public:
  void read(XmlReader& xml);
  // The format of cell style `xf` (the s="…" attribute); General if unknown.
  const NumberFormat& format(std::size_t xf) const;
  std::size_t size() const { return formats_.size(); }

 private:
  std::vector<NumberFormat> formats_;
  NumberFormat general_;
};

}  // namespace jxlint::xlsx
