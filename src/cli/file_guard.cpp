#include "cli/file_guard.h"

#include <new>

#include "cli/input_errors.h"

namespace jxlint {

FileError error_of(std::exception_ptr error, Lang lang) {
  bool en = lang == Lang::en;
  try {
    std::rethrow_exception(error);
  } catch (const std::bad_alloc&) {
    return FileError{"resource-limit", en ? "linting or reporting the file needs more memory "
                                            "than allowed"
                                          : "检查或报告这个文件所需的内存超出限制"};
  } catch (const std::exception& e) {
    return FileError{"internal-error",
                     (en ? "internal error: " : "内部错误：") + std::string(e.what())};
  } catch (...) {
    return FileError{"internal-error", en ? "internal error" : "内部错误"};
  }
}

FileResult lint_guarded(const std::string& path, Lang lang,
                        const std::function<FileResult()>& lint) {
  try {
    return lint();
  } catch (...) {
    return failed_input(path, error_of(std::current_exception(), lang));
  }
}

void report_guarded(Reporter& reporter, FileResult& result, Lang lang) {
  try {
    reporter.file(result);
    return;
  } catch (...) {
    result = failed_input(result.path, error_of(std::current_exception(), lang));
  }
  reporter.file(result);
}

}  // namespace jxlint
