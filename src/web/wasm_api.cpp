// The C functions the page's Web Worker (web/worker.js) calls. Strings go in
// as NUL-terminated UTF-8 (the worker writes them into the module's memory),
// bytes as a pointer and a size; what comes back stays owned by the run until
// the next call on it, and is read with jx_text/jx_size.
//
//   run = jx_begin(english)
//   jx_add_config(run, "folder/jxlint.toml", text, size)   → 0, or 1 (jx_text(run, 0): why)
//   jx_add_unreadable_config(run, path, why)               (the browser could not read it)
//   jx_lint(run, "folder/a.docx", bytes, size)             → jx_text(run, 0): a status line
//   jx_unreadable(run, path, code, message)                (the browser could not read it)
//   jx_finish(run)                                         → jx_text/jx_size(run, 1|2|3)
//   jx_end(run)
//
// No exception leaves these functions: each file's trouble is already its
// error (PageRun), and anything else is returned as a status with an error.
#include <emscripten/emscripten.h>

#include <cstddef>
#include <exception>
#include <memory>
#include <string>

#include "web/page_run.h"

namespace {

struct Run {
  explicit Run(jxlint::Lang lang) : page(lang) {}
  jxlint::web::PageRun page;
  std::string last;  // jx_text(run, 0)
};

const std::string& output(const Run& run, int which) {
  switch (which) {
    case 1:
      return run.page.json();
    case 2:
      return run.page.csv();
    case 3:
      return run.page.html();
    default:
      return run.last;
  }
}

std::string what_of(std::exception_ptr e) {
  try {
    std::rethrow_exception(e);
  } catch (const std::exception& x) {
    return x.what();
  } catch (...) {
    return "unknown exception";
  }
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void* jx_begin(int english) {
  try {
    return new Run(english ? jxlint::Lang::en : jxlint::Lang::zh);
  } catch (...) {
    return nullptr;
  }
}

EMSCRIPTEN_KEEPALIVE int jx_add_config(void* handle, const char* path, const char* text,
                                       std::size_t size) {
  auto* run = static_cast<Run*>(handle);
  try {
    run->last = run->page.add_config(path, std::string_view(text, size));
  } catch (...) {
    run->last = what_of(std::current_exception());
  }
  return run->last.empty() ? 0 : 1;
}

EMSCRIPTEN_KEEPALIVE int jx_add_unreadable_config(void* handle, const char* path, const char* why) {
  auto* run = static_cast<Run*>(handle);
  try {
    run->last = run->page.add_unreadable_config(path, why);
  } catch (...) {
    run->last = what_of(std::current_exception());
  }
  return 1;
}

EMSCRIPTEN_KEEPALIVE int jx_lint(void* handle, const char* path, const char* bytes,
                                 std::size_t size) {
  auto* run = static_cast<Run*>(handle);
  try {
    run->last = run->page.lint(path, std::string_view(bytes, size));
    return 0;
  } catch (...) {
    run->last = what_of(std::current_exception());
    return 1;
  }
}

EMSCRIPTEN_KEEPALIVE int jx_unreadable(void* handle, const char* path, const char* code,
                                       const char* message) {
  auto* run = static_cast<Run*>(handle);
  try {
    run->last = run->page.unreadable(path, code, message);
    return 0;
  } catch (...) {
    run->last = what_of(std::current_exception());
    return 1;
  }
}

EMSCRIPTEN_KEEPALIVE int jx_finish(void* handle) {
  auto* run = static_cast<Run*>(handle);
  try {
    run->page.finish();
    run->last.clear();
    return 0;
  } catch (...) {
    run->last = what_of(std::current_exception());
    return 1;
  }
}

EMSCRIPTEN_KEEPALIVE const char* jx_text(void* handle, int which) {
  return output(*static_cast<Run*>(handle), which).data();
}

EMSCRIPTEN_KEEPALIVE std::size_t jx_size(void* handle, int which) {
  return output(*static_cast<Run*>(handle), which).size();
}

EMSCRIPTEN_KEEPALIVE void jx_end(void* handle) {
  delete static_cast<Run*>(handle);
}

}  // extern "C"
