// Test helper: an XmlParser over a string, fed in small chunks, for a
// handler (parser()) or through the pull API (reader()).
#pragma once

#include <cstring>
#include <memory>
#include <optional>
#include <string>

#include "xml/xml_reader.h"

namespace jxlint::testing {

class StringXml {
 public:
  explicit StringXml(std::string xml, std::size_t chunk = 5)
      : xml_(std::move(xml)),
        parser_(
            [this, chunk](char* buf, std::size_t n) {
              std::size_t k = std::min({n, chunk, xml_.size() - pos_});
              std::memcpy(buf, xml_.data() + pos_, k);
              pos_ += k;
              return k;
            },
            "test.xml") {}
  XmlParser& parser() { return parser_; }
  XmlReader& reader() {
    if (!reader_) reader_.emplace(parser_);
    return *reader_;
  }

 private:
  std::string xml_;
  std::size_t pos_ = 0;
  XmlParser parser_;
  std::optional<XmlReader> reader_;
};

}  // namespace jxlint::testing
