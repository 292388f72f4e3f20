// Reading a jxlint.toml's bytes. A review queue walks folders it did not
// fill, so the file named jxlint.toml may be a FIFO, a device or a huge
// file: only a regular file is read, without blocking on open, and never
// more than a jxlint.toml may hold (check_toml_shape reports the size).
//
// Also where configuration meets the file system: loading a jxlint.toml by
// path, finding the nearest one, and making the paths the per-file globs see
// absolute (the engine's Config works on text and names only).
#pragma once

#include <string>
#include <vector>

#include "config/config.h"

namespace jxlint {

// Throws ConfigError when the file cannot be opened or is not a regular file.
std::string read_config_text(const std::string& path);

// Reads and validates a configuration file; its per-file globs are anchored
// at its absolute folder. Throws ConfigError.
Config load_config(const std::string& path);

// The nearest jxlint.toml in the file's folder or above it; "" if none.
std::string find_config(const std::string& file_path);

// `path` made absolute against the working directory, normalised.
std::string absolute_path(const std::string& path);

// config.per_file_ignores for a path as the command line names it.
std::vector<std::string> per_file_ignores(const Config& config, const std::string& file_path);

}  // namespace jxlint
