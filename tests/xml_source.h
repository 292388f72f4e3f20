// Test helper: an XmlReader over a string, fed in small chunks.
#pragma once

#include <cstring>
#include <memory>
#include <string>

#include "xml/xml_reader.h"

namespace jxlint::testing {

class StringXml {
 public:
  explicit StringXml(std::string xml, std::size_t chunk = 5)
      : xml_(std::move(xml)),
        reader_(
            [this, chunk](char* buf, std::size_t n) {
              std::size_t k = std::min({n, chunk, xml_.size() - pos_});
              std::memcpy(buf, xml_.data() + pos_, k);
              pos_ += k;
              return k;
            },
            "test.xml") {}
  XmlReader& reader() { return reader_; }

 private:
  std::string xml_;
  std::size_t pos_ = 0;
  XmlReader reader_;
};

}  // namespace jxlint::testing
