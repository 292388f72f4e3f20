// Paths as text: folders and relative paths worked out lexically, without
// asking the file system (the engine has none: in the browser page, paths are
// the names of dropped files). Callers that need a path made absolute against
// the working directory do it in the app layer (app/config_file.h).
#pragma once

#include <string>

namespace jxlint {

// "a/b/c.docx" → "a/b"; "c.docx" → ""; normalised ("a/./b/../c" → "a/c").
std::string folder_of_path(const std::string& path);

// `path` relative to `folder`, with '/' ("附件/a.docx"); `path` itself,
// normalised, when `folder` is empty. Both must be absolute, or both relative.
std::string path_relative_to(const std::string& path, const std::string& folder);

}  // namespace jxlint
