// The files a run lints: paths as given, directories searched recursively.
#pragma once

#include <string>
#include <vector>

namespace jxlint {

struct InputOptions {
  std::vector<std::string> extensions{".docx"};  // searched for in directories (lower case)
};

// Expands directories into the files under them with a wanted extension,
// sorted; skips Office lock files (~$…) and hidden entries. Paths that are
// not directories are kept as given (missing ones too: linting reports them).
std::vector<std::string> collect_inputs(const std::vector<std::string>& paths,
                                        const InputOptions& options);

}  // namespace jxlint
