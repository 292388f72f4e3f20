// Base64 (RFC 4648, standard alphabet, padded): how JSON carries bytes that
// are not text, such as a file name that is not UTF-8 (docs/output.md,
// `path_bytes`).
#pragma once

#include <string>
#include <string_view>

namespace jxlint {

std::string base64(std::string_view bytes);

}  // namespace jxlint
