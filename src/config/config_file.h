// Reading a jxlint.toml's bytes. A review queue walks folders it did not
// fill, so the file named jxlint.toml may be a FIFO, a device or a huge
// file: only a regular file is read, without blocking on open, and never
// more than a jxlint.toml may hold (check_toml_shape reports the size).
#pragma once

#include <string>

namespace jxlint {

// Throws ConfigError when the file cannot be opened or is not a regular file.
std::string read_config_text(const std::string& path);

}  // namespace jxlint
