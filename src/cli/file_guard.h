// One file's trouble stays that file's: whatever is thrown while linting or
// reporting it (std::bad_alloc from a file that needs too much memory, a
// bug) becomes the file's error with a stable code, and every other file of
// the run is still linted and reported.
#pragma once

#include <exception>
#include <functional>
#include <string>

#include "lint/finding.h"
#include "report/reporter.h"
#include "util/lang.h"

namespace jxlint {

// "resource-limit" for std::bad_alloc, "internal-error" for anything else.
FileError error_of(std::exception_ptr error, Lang lang);

// Runs `lint`; if it throws, a result holding only the error for `path`.
FileResult lint_guarded(const std::string& path, Lang lang,
                        const std::function<FileResult()>& lint);

// Hands `result` to the reporter; if that throws, reports the file as failed
// instead, and `result` becomes what was reported (for the summary). The
// JSON reporters build a file's whole piece before writing any of it, so a
// failure leaves no half-written entry.
void report_guarded(Reporter& reporter, FileResult& result, Lang lang);

}  // namespace jxlint
