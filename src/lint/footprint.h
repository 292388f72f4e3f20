// About how many bytes a result or a digest takes in memory (its strings'
// heap blocks and its vectors' elements): what the memory budgets of a run's
// held results and target digests count.
#pragma once

#include <cstddef>

#include "lint/finding.h"

namespace jxlint {

std::size_t footprint(const FileResult& result);
std::size_t footprint(const ProjectDigest& digest);

}  // namespace jxlint
