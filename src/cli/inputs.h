// The files a run lints: paths as given, directories searched recursively,
// glob patterns expanded, a list read from a file, exclusions applied.
#pragma once

#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include "cli/path_list.h"
#include "config/glob.h"

namespace jxlint {

struct InputOptions {
  // Searched for in directories and by globs (lower case). The legacy binary
  // formats are included so that a submission in the wrong format is
  // reported, not silently passed over.
  std::vector<std::string> extensions{".docx", ".docm", ".xlsx", ".xlsm",
                                      ".doc",  ".xls",  ".et",   ".wps"};
  // --exclude: a path is left out when a pattern matches it whole or matches
  // its tail after any '/' ("草稿", "*.xls", "2023/**" all work anywhere in
  // the tree). Excluded directories are not entered. Applies to paths named
  // explicitly too, so that a pre-commit hook honours it.
  std::vector<std::shared_ptr<const Glob>> exclude;
};

// A folder whose entries could not be listed (permissions, an I/O error):
// the files in it were not linted, which a run must say rather than pass.
struct UnreadableFolder {
  std::string path;
  std::error_code error;
};

struct CollectedInputs {
  std::vector<std::string> files;                    // sorted, free of duplicates
  std::vector<std::string> unmatched;                // glob patterns that matched no file
  std::vector<UnreadableFolder> unreadable_folders;  // sorted by path
};

// Expands directories into the files under them with a wanted extension and
// glob patterns (an argument holding * ? [ or { that is not an existing
// path) into the files they match; skips Office lock files (~$…) and hidden
// entries. Other paths are kept as given (missing ones too: linting reports
// them), and so is an argument that is not a valid pattern (`a[1.docx`).
// A symbolic link with a wanted name whose target cannot be reached (a loop,
// a dangling link) is kept too, so that linting says why. The result is sorted, so every output
// format is the same whatever order the paths were given in.
CollectedInputs collect_inputs(const std::vector<std::string>& paths, const InputOptions& options);

// True when the argument is a glob pattern rather than a path.
bool looks_like_glob(const std::string& arg);

}  // namespace jxlint
