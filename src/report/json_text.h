// Pretty-printed JSON written piece by piece, for reports that stream: a
// value dumped as nlohmann's dump(2) prints it at a given depth of the
// enclosing document, so a document written in pieces has the bytes it
// would have had dumped whole.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

namespace jxlint {

// JSON strings hold no raw line breaks, so indenting after every line break
// is exact. Invalid UTF-8 (only file names can carry it) is replaced.
inline std::string dump_at(const nlohmann::ordered_json& value, std::size_t depth) {
  std::string text = value.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  std::string indented;
  indented.reserve(text.size() + text.size() / 8);
  std::string pad(2 * depth, ' ');
  for (char c : text) {
    indented += c;
    if (c == '\n') indented += pad;
  }
  return indented;
}

}  // namespace jxlint
