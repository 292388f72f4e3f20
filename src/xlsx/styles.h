// xl/styles.xml: which number format each cell style (cellXfs) uses.
#pragma once

#include <functional>
#include <vector>

#include "xlsx/number_format.h"
#include "xml/xml_reader.h"

namespace jxlint::xlsx {

class Styles {
 public:
  void read(XmlReader& xml) { formats_ = parse(xml); }
  // Defers reading: `load` (which parses the part) runs when a cell first
  // asks for a format. A workbook of text cells, as most target tables are,
  // never parses its styles.xml. What `load` throws reaches that first caller.
  void read_when_needed(std::function<std::vector<NumberFormat>()> load) {
    load_ = std::move(load);
  }
  // The format of each cellXfs entry, in order.
  static std::vector<NumberFormat> parse(XmlReader& xml);
  // The format of cell style `xf` (the s="…" attribute); General if unknown.
  const NumberFormat& format(std::size_t xf) const;
  std::size_t size() const {
    load();
    return formats_.size();
  }

 private:
  // Logically const: the formats are what they would have been if read first.
  void load() const;
  mutable std::function<std::vector<NumberFormat>()> load_;
  mutable std::vector<NumberFormat> formats_;
  NumberFormat general_;
};

}  // namespace jxlint::xlsx
