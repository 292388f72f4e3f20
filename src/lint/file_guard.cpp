#include "lint/file_guard.h"

#include <new>

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

FileResult failed_result(const std::string& path, FileError error) {
  FileResult result;
  result.path = path;
  result.error = std::move(error);
  return result;
}

FileResult lint_guarded(const std::string& path, Lang lang,
                        const std::function<FileResult()>& lint) {
  try {
    return lint();
  } catch (...) {
    return failed_result(path, error_of(std::current_exception(), lang));
  }
}

}  // namespace jxlint
