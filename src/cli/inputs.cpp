#include "cli/inputs.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <stdexcept>
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

// Walks `root`, calling `take(path)` for each regular file (or unreachable
// link) not hidden or excluded, and noting each folder that cannot be listed
// in `failed`. `max_depth` < 0: no limit; 0: only root's own entries.
// Linked folders are not entered, so a link cannot make the walk loop.
template <typename Take>
void walk(const std::string& root, int max_depth, const InputOptions& options, Take take,
          std::vector<UnreadableFolder>& failed) {
  struct Pending {
    fs::path folder;
    int depth;
  };
  std::vector<Pending> pending{{fs::path(root), 0}};
  while (!pending.empty()) {
    Pending current = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(current.folder, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::path& p = it->path();
      if (skipped_name(p.filename().string()) || excluded(p.generic_string(), options)) continue;
      std::error_code status_ec;
      fs::file_status status = it->status(status_ec);
      bool link = it->is_symlink(status_ec);
      if (fs::is_directory(status)) {
        if (!link && (max_depth < 0 || current.depth < max_depth))
          pending.push_back(Pending{p, current.depth + 1});
      } else if (fs::is_regular_file(status) || (link && !fs::exists(status))) {
        take(p);
      }
    }
    // Gone since it was seen (a race with whoever moves files) is not unreadable.
    if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory)
      failed.push_back(UnreadableFolder{current.folder.string(), ec});
  }
}

// "a/b/*/c*.docx" → root "a/b", 2 segments below it. Segments with a
// metacharacter start the pattern part; "**" anywhere means no depth limit.
void expand_glob(const std::string& pattern, const InputOptions& options,
                 std::vector<std::string>& out, std::vector<std::string>& unmatched,
                 std::vector<UnreadableFolder>& failed) {
  std::size_t meta = pattern.find_first_of("*?[{");
  std::size_t root_end = pattern.rfind('/', meta);
  std::string_view root_view = root_end == std::string::npos ? std::string_view(".")
                               : root_end == 0               ? std::string_view("/")
                                               : std::string_view(pattern).substr(0, root_end);
  const std::string root(root_view);
  std::string rest = root_end == std::string::npos ? pattern : pattern.substr(root_end + 1);
  int depth = static_cast<int>(std::count(rest.begin(), rest.end(), '/'));
  if (rest.find("**") != std::string::npos) depth = -1;
  std::optional<Glob> glob;
  try {
    glob.emplace(pattern);
  } catch (const std::invalid_argument&) {
    // Not a pattern after all (`missing[1.docx`): a path, which linting
    // reports if it does not exist.
    if (!excluded_with_folders(pattern, options)) out.push_back(pattern);
    return;
  }
  std::size_t before = out.size();
  walk(
      root, depth, options,
      [&](const fs::path& p) {
        std::string path = p.generic_string();
        // A pattern without "./" matches "./x.docx" walked from "." as "x.docx".
        std::string_view candidate = path;
        if (root == "." && pattern.rfind("./", 0) != 0 && candidate.substr(0, 2) == "./")
          candidate.remove_prefix(2);
        if (wanted_extension(p, options) && glob->matches(candidate)) out.emplace_back(candidate);
      },
      failed);
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
      walk(
          path, -1, options,
          [&](const fs::path& p) {
            if (wanted_extension(p, options)) out.push_back(p.string());
          },
          result.unreadable_folders);
    } else if (looks_like_glob(path) && !fs::exists(path, ec)) {
      expand_glob(path, options, out, result.unmatched, result.unreadable_folders);
    } else if (!excluded_with_folders(fs::path(path).generic_string(), options)) {
      out.push_back(path);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  auto& failed = result.unreadable_folders;
  auto by_path = [](const UnreadableFolder& a, const UnreadableFolder& b) {
    return a.path < b.path;
  };
  auto same_path = [](const UnreadableFolder& a, const UnreadableFolder& b) {
    return a.path == b.path;
  };
  std::sort(failed.begin(), failed.end(), by_path);
  failed.erase(std::unique(failed.begin(), failed.end(), same_path), failed.end());
  return result;
}

}  // namespace jxlint
