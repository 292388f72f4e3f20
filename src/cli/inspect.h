// `jxlint inspect FILE`: how jxlint read each table of a file — its kind and
// why, project, unit, budget lines, plan, goal, the indicator header and
// every indicator row with its cells and their locations. What checks see,
// so that a surprising finding or a misread table can be explained and
// reported. `--format json` gives the same as one JSON document.
#pragma once

#include <ostream>
#include <string>

#include "lint/linter.h"

namespace jxlint {

// Prints the recognition of `path`; returns the exit status (0, or 2 when the
// file cannot be read, with the reason on `err`).
int inspect_file(const std::string& path, bool json, const LintOptions& options, std::ostream& out,
                 std::ostream& err);

}  // namespace jxlint
