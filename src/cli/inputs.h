// The files a run lints: paths as given, directories searched recursively,
// glob patterns expanded, a list read from a file, exclusions applied.
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <vector>

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

struct CollectedInputs {
  std::vector<std::string> files;      // sorted, free of duplicates
  std::vector<std::string> unmatched;  // glob patterns that matched no file
};

// Expands directories into the files under them with a wanted extension and
// glob patterns (an argument holding * ? [ or { that is not an existing
// path) into the files they match; skips Office lock files (~$…) and hidden
// entries. Other paths are kept as given (missing ones too: linting reports
// them). The result is sorted, so every output format is the same whatever
// order the paths were given in.
CollectedInputs collect_inputs(const std::vector<std::string>& paths, const InputOptions& options);

// One path per line (--files-from); blank lines are skipped and a trailing
// '\r' dropped, so a list saved on Windows reads the same.
std::vector<std::string> read_path_list(std::istream& in);

// True when the argument is a glob pattern rather than a path.
bool looks_like_glob(const std::string& arg);

}  // namespace jxlint
