#pragma once

#include <optional>
#include <string_view>

namespace jxlint {

// Ordered: a higher value is more severe.
enum class Severity { info = 0, warning = 1, error = 2 };

std::string_view severity_name(Severity s);  // "error", "warning", "info"
std::optional<Severity> parse_severity(std::string_view s);

}  // namespace jxlint
