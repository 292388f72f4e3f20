// Shared pieces of how reporters name places and levels.
#pragma once

#include <string>

#include "lint/finding.h"
#include "util/lang.h"

namespace jxlint {

// "表1「安可设备购置」/ 第8行 /「购买数量」/ 指标值确定依据" — the logical
// place of a finding, for formats that carry it as one string.
std::string logical_path(const Finding& f, Lang lang);

// A relative path as a URI reference: '/' separators, everything outside
// RFC 3986's unreserved set percent-encoded (Chinese file names included).
std::string path_to_uri(const std::string& path);

}  // namespace jxlint
