#include "cli/inputs.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace jxlint {
namespace {

namespace fs = std::filesystem;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool skipped_name(const std::string& name) {
  // Word and Excel leave "~$name.docx" owner files beside open documents.
  return name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0;
}

bool wanted_extension(const fs::path& p, const InputOptions& options) {
  std::string ext = lower(p.extension().string());
  return std::find(options.extensions.begin(), options.extensions.end(), ext) !=
         options.extensions.end();
}

bool excluded(std::string_view path, const InputOptions& options) {
  if (options.exclude.empty()) return false;
  while (path.size() > 2 && path.substr(0, 2) == "./")
    path.remove_prefix(2);
  for (const auto& glob : options.exclude) {
    if (glob->matches(path)) return true;
    for (std::size_t slash = path.find('/'); slash != std::string_view::npos;
         slash = path.find('/', slash + 1)) {
      if (glob->matches(path.substr(slash + 1))) return true;
    }
  }
  return false;
}

// For a path named on its own: it or any folder above it.
bool excluded_with_folders(std::string_view path, const InputOptions& options) {
  for (std::size_t slash = path.find('/'); slash != std::string_view::npos;
       slash = path.find('/', slash + 1)) {
    if (slash > 0 && excluded(path.substr(0, slash), options)) return true;
  }
  return excluded(path, options);
}

// Walks `root`, calling `take(path)` for each regular file not hidden or
// excluded. `max_depth` < 0: no limit; 0: only root's own entries.
template <typename Take>
void walk(const std::string& root, int max_depth, const InputOptions& options, Take take) {
  std::error_code ec;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    bool is_dir = it->is_directory(ec);
    if (skipped_name(name) || excluded(p.generic_string(), options)) {
      if (is_dir) it.disable_recursion_pending();
      continue;
    }
    if (is_dir) {
      if (max_depth >= 0 && it.depth() >= max_depth) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) take(p);
  }
}

// "a/b/*/c*.docx" → root "a/b", 2 segments below it. Segments with a
// metacharacter start the pattern part; "**" anywhere means no depth limit.
void expand_glob(const std::string& pattern, const InputOptions& options,
                 std::vector<std::string>& out, std::vector<std::string>& unmatched) {
  std::size_t meta = pattern.find_first_of("*?[{");
  std::size_t root_end = pattern.rfind('/', meta);
  std::string_view root_view = root_end == std::string::npos ? std::string_view(".")
                               : root_end == 0               ? std::string_view("/")
                                               : std::string_view(pattern).substr(0, root_end);
  const std::string root(root_view);
  std::string rest = root_end == std::string::npos ? pattern : pattern.substr(root_end + 1);
  int depth = static_cast<int>(std::count(rest.begin(), rest.end(), '/'));
  if (rest.find("**") != std::string::npos) depth = -1;
  Glob glob(pattern);
  std::size_t before = out.size();
  walk(root, depth, options, [&](const fs::path& p) {
    std::string path = p.generic_string();
    // A pattern without "./" matches "./x.docx" walked from "." as "x.docx".
    std::string_view candidate = path;
    if (root == "." && pattern.rfind("./", 0) != 0 && candidate.substr(0, 2) == "./")
      candidate.remove_prefix(2);
    if (wanted_extension(p, options) && glob.matches(candidate)) out.emplace_back(candidate);
  });
  if (out.size() == before) unmatched.push_back(pattern);
}

}  // namespace

bool looks_like_glob(const std::string& arg) {
  return arg.find_first_of("*?[{") != std::string::npos;
}

CollectedInputs collect_inputs(const std::vector<std::string>& paths, const InputOptions& options) {
  CollectedInputs result;
  std::vector<std::string>& out = result.files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      if (excluded_with_folders(fs::path(path).generic_string(), options)) continue;
      walk(path, -1, options, [&](const fs::path& p) {
        if (wanted_extension(p, options)) out.push_back(p.string());
      });
    } else if (looks_like_glob(path) && !fs::exists(path, ec)) {
      expand_glob(path, options, out, result.unmatched);
    } else if (!excluded_with_folders(fs::path(path).generic_string(), options)) {
      out.push_back(path);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return result;
}

std::vector<std::string> read_path_list(std::istream& in) {
  std::vector<std::string> paths;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    paths.push_back(line);
  }
  return paths;
}

}  // namespace jxlint
