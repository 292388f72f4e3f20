// Reporting one file without letting its trouble end the run (the linting
// half is lint/file_guard.h).
#pragma once

#include "lint/finding.h"
#include "report/reporter.h"
#include "util/lang.h"

namespace jxlint {

// Hands `result` to the reporter; if that throws, reports the file as failed
// instead, and `result` becomes what was reported (for the summary). The
// JSON reporters build a file's whole piece before writing any of it, so a
// failure leaves no half-written entry.
void report_guarded(Reporter& reporter, FileResult& result, Lang lang);

// The same for a second report of a result already reported elsewhere (the
// page writes JSON, CSV and HTML at once): a failure here makes the file
// failed in this report only.
void report_also(Reporter& reporter, const FileResult& result, Lang lang);

}  // namespace jxlint
