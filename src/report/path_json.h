// A file's path in the JSON formats. JSON text must be UTF-8, but a path is
// bytes: a name from a GBK shared drive is not UTF-8. `path` is therefore
// always valid UTF-8 (each byte that is not becomes U+FFFD, as in every
// other format), and when that lost something `path_bytes` carries the
// path's exact bytes in base64, so a script can still open the file
// (docs/output.md).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "util/base64.h"
#include "util/printable.h"
#include "util/text.h"

namespace jxlint {

inline nlohmann::ordered_json path_json(const std::string& path) {
  return text::valid_utf8(path);
}

// Adds "path_bytes" to `object` when the path is not valid UTF-8.
inline void append_path_bytes(nlohmann::ordered_json& object, const std::string& path) {
  if (!is_valid_utf8(path)) object["path_bytes"] = base64(path);
}

}  // namespace jxlint
