// A FileResult as JSON and back, whole (views and suppressed findings
// included): the cache's storage format. Not the public JSON of
// docs/output.md, which the reporters write.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lint/finding.h"

namespace jxlint {

std::string encode_result(const FileResult& result);
// nullopt when the text is not a result this version wrote.
std::optional<FileResult> decode_result(const std::string& text);

// A target digest's rows alone, for the run's index of target tables past
// its memory budget (ProjectIndex).
std::string encode_digest_rows(const std::vector<DigestRow>& rows);
std::optional<std::vector<DigestRow>> decode_digest_rows(const std::string& text);

}  // namespace jxlint
