// Why an input could not even be opened, said precisely: a symbolic link
// loop, a path too long for the system, a permission denied, a folder that
// cannot be listed. Each is that input's error with a stable code
// (docs/output.md) rather than 「文件不存在」 or a silent skip.
#pragma once

#include <optional>
#include <string>

#include "cli/inputs.h"
#include "lint/finding.h"
#include "util/lang.h"

namespace jxlint {

// The error of a path that cannot be reached or opened for reading, or
// nullopt when it can (or is simply missing: linting reports "not-found").
std::optional<FileError> path_error(const std::string& path, Lang lang);

// The error of a folder whose files could not be listed ("unreadable-folder").
FileError folder_error(const UnreadableFolder& folder, Lang lang);

}  // namespace jxlint
