// Linting files on disk: the engine's lint_input over a file opened by path
// (package/input_file.h reads it lazily, so a large file is never held whole).
#pragma once

#include <string>
#include <vector>

#include "lint/linter.h"

namespace jxlint {

// `ignored`: rule ids or prefixes that this file's [[per-file]] entries ignore.
FileResult lint_file(const std::string& path, const RuleSet& rules, const LintOptions& options,
                     const std::vector<std::string>& ignored = {});

// Reads and recognises a file without linting it (`jxlint inspect`).
// Throws InputError when the file cannot be read.
Recognition recognize_file(const std::string& path, const LintOptions& options,
                           std::string& format);

}  // namespace jxlint
