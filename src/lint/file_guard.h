// One file's trouble stays that file's: whatever is thrown while linting or
// reporting it (std::bad_alloc from a file that needs too much memory, a
// bug) becomes the file's error with a stable code, and every other file of
// the run is still linted and reported. (The reporting half is
// report/report_guard.h.)
#pragma once

#include <exception>
#include <functional>
#include <string>

#include "lint/finding.h"
#include "util/lang.h"

namespace jxlint {

// "resource-limit" for std::bad_alloc, "internal-error" for anything else.
FileError error_of(std::exception_ptr error, Lang lang);

// A result that is nothing but `error`.
FileResult failed_result(const std::string& path, FileError error);

// Runs `lint`; if it throws, a result holding only the error for `path`.
FileResult lint_guarded(const std::string& path, Lang lang,
                        const std::function<FileResult()>& lint);

}  // namespace jxlint
