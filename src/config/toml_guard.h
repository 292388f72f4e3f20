// A cheap scan of a jxlint.toml's text before toml++ parses it. toml++
// builds a nested table per dotted key part and an array per bracket, and
// recurses over them: a header of 35,000 dotted parts overflows the stack.
// A jxlint.toml may sit in any folder a review queue walks, so its shape is
// bounded first: its size, its line length, the parts of one dotted key and
// the nesting of arrays and inline tables. A real jxlint.toml is a few KiB,
// with keys of two parts and lists one level deep.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jxlint {

struct TomlShapeLimits {
  std::size_t max_bytes = 1 << 20;
  std::size_t max_line_bytes = 64 << 10;
  std::size_t max_key_parts = 16;  // a.b.c: 3 parts
  std::size_t max_nesting = 16;    // [ and { inside a value
};

// Throws ConfigError ("path:line: …") when the text is outside the limits.
// Anything else (a syntax error) is left to toml++, which reports it.
void check_toml_shape(std::string_view text, const std::string& path,
                      const TomlShapeLimits& limits = {});

}  // namespace jxlint
