#include "util/path_text.h"

// std::filesystem::path's lexical operations only: nothing here touches the
// disk or the working directory (tools/check-layers allows <filesystem> in
// this file for that reason alone).
#include <filesystem>

namespace jxlint {

std::string folder_of_path(const std::string& path) {
  return std::filesystem::path(path).lexically_normal().parent_path().generic_string();
}

std::string path_relative_to(const std::string& path, const std::string& folder) {
  std::filesystem::path p = std::filesystem::path(path).lexically_normal();
  if (folder.empty()) return p.generic_string();
  return p.lexically_relative(folder).generic_string();
}

}  // namespace jxlint
