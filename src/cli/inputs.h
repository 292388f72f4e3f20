// The files a run lints: paths as given, directories searched recursively.
#pragma once

#include <string>
#include <vector>

namespace jxlint {

struct InputOptions {
  // Searched for in directories (lower case). The legacy binary formats are
  // included so that a submission in the wrong format is reported, not
  // silently passed over.
  std::vector<std::string> extensions{".docx", ".docm", ".xlsx", ".xlsm",
                                      ".doc",  ".xls",  ".et",   ".wps"};
};

// Expands directories into the files under them with a wanted extension;
// skips Office lock files (~$…) and hidden entries. Paths that are not
// directories are kept as given (missing ones too: linting reports them).
// The result is sorted and free of duplicates, so every output format is
// the same whatever order the paths were given in.
std::vector<std::string> collect_inputs(const std::vector<std::string>& paths,
                                        const InputOptions& options);

}  // namespace jxlint
