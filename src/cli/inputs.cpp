#include "cli/inputs.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace jxlint {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool skipped_name(const std::string& name) {
  // Word and Excel leave "~$name.docx" owner files beside open documents.
  return name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0;
}

}  // namespace

std::vector<std::string> collect_inputs(const std::vector<std::string>& paths,
                                        const InputOptions& options) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      out.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const fs::path& p = it->path();
      std::string name = p.filename().string();
      if (skipped_name(name)) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      std::string ext = lower(p.extension().string());
      if (std::find(options.extensions.begin(), options.extensions.end(), ext) !=
          options.extensions.end()) {
        found.push_back(p.string());
      }
    }
    out.insert(out.end(), found.begin(), found.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace jxlint
