#include "report/report_guard.h"

#include "lint/file_guard.h"

namespace jxlint {

void report_guarded(Reporter& reporter, FileResult& result, Lang lang) {
  try {
    reporter.file(result);
    return;
  } catch (...) {
    result = failed_result(result.path, error_of(std::current_exception(), lang));
  }
  reporter.file(result);
}

void report_also(Reporter& reporter, const FileResult& result, Lang lang) {
  FileError error;
  try {
    reporter.file(result);
    return;
  } catch (...) {
    error = error_of(std::current_exception(), lang);
  }
  reporter.file(failed_result(result.path, std::move(error)));
}

}  // namespace jxlint
