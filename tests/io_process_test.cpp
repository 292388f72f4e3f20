// The process survives what the machine does to it (issue 13, cases 5 and
// 7): a thread that cannot be started (-j 400 under a process limit) makes
// the batch run on fewer workers, not std::terminate; whatever is thrown
// while one file is linted or reported (std::bad_alloc first) becomes that
// file's error, and the JSON report stays one whole document.
#include <gtest/gtest.h>

#include <new>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "io_support.h"
#include "lint/file_guard.h"
#include "report/report_guard.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;

using testing::binary;
using testing::CliResult;
using testing::run_shell;
using testing::shell_quote;
using testing::unprivileged;

// ------------------------------------------------------------ case 7

// RLIMIT_NPROC counts the threads of every process of the user and does
// not bind root, so the run drops to nobody; `ulimit -u 1` leaves it no
// thread at all, `-u 3` a few. (bash: dash has no ulimit -u. LeakSanitizer
// needs a thread of its own.)
TEST(ThreadLimitTest, WorkersThatCannotStartLeaveTheRunToFewerOrToItself) {
  std::optional<std::string> as_nobody = unprivileged();
  if (!as_nobody) GTEST_SKIP() << "running as root without setpriv: no process limit applies";
  CliResult serial = run_shell(binary() + " -j 1 fixtures/seeds");
  ASSERT_EQ(serial.status, 1);
  for (const char* limit : {"1", "3"}) {
    SCOPED_TRACE(limit);
    std::string script = std::string("ulimit -u ") + limit + " && exec \"$0\" \"$@\"";
    CliResult limited = run_shell("ASAN_OPTIONS=detect_leaks=0 " + *as_nobody + "bash -c " +
                                  shell_quote(script) + " " + binary() + " -j 400 fixtures/seeds");
    EXPECT_EQ(limited.status, serial.status) << testing::head(limited.err);
    EXPECT_TRUE(limited.out == serial.out);  // not printed: hundreds of lines
    EXPECT_EQ(limited.err.find("terminate"), std::string::npos) << testing::head(limited.err);
  }
}

// ------------------------------------------------------------ case 5

TEST(FileGuardTest, WhatLintingThrowsBecomesTheFilesError) {
  FileResult no_memory =
      lint_guarded("big.docx", Lang::zh, []() -> FileResult { throw std::bad_alloc(); });
  EXPECT_EQ(no_memory.path, "big.docx");
  ASSERT_TRUE(no_memory.error);
  EXPECT_EQ(no_memory.error->code, "resource-limit");
  EXPECT_FALSE(no_memory.error->message.empty());

  FileResult bug =
      lint_guarded("odd.docx", Lang::en, []() -> FileResult { throw std::logic_error("a bug"); });
  ASSERT_TRUE(bug.error);
  EXPECT_EQ(bug.error->code, "internal-error");
  EXPECT_EQ(bug.error->message, "internal error: a bug");

  FileResult fine = lint_guarded("ok.docx", Lang::zh, [] {
    FileResult r;
    r.path = "ok.docx";
    return r;
  });
  EXPECT_FALSE(fine.error);
}

// A reporter that runs out of memory on one file, as building the JSON of
// a file with tens of thousands of tables did.
class RunsOutOfMemoryOn final : public Reporter {
 public:
  RunsOutOfMemoryOn(std::string path, Reporter& inner) : path_(std::move(path)), inner_(inner) {}
  void file(const FileResult& r) override {
    if (r.path == path_ && !r.error) throw std::bad_alloc();
    inner_.file(r);
  }
  void finish(const Summary& s) override { inner_.finish(s); }

 private:
  std::string path_;
  Reporter& inner_;
};

TEST(FileGuardTest, AFileThatCannotBeReportedIsReportedAsFailedAndTheJsonStaysWhole) {
  std::ostringstream out;
  std::unique_ptr<Reporter> json = make_json_reporter(out, ReportOptions{});
  RunsOutOfMemoryOn reporter("b.docx", *json);
  Summary summary;
  for (const char* path : {"a.docx", "b.docx", "c.docx"}) {
    FileResult r;
    r.path = path;
    r.format = "docx";
    r.findings.push_back(Finding{});
    report_guarded(reporter, r, Lang::zh);
    summary.add(r);
  }
  reporter.finish(summary);
  auto doc = nlohmann::json::parse(out.str());  // one whole document
  ASSERT_EQ(doc["files"].size(), 3u);
  EXPECT_TRUE(doc["files"][0]["error"].is_null());
  EXPECT_EQ(doc["files"][1]["error"]["code"], "resource-limit");
  EXPECT_TRUE(doc["files"][1]["findings"].empty());
  EXPECT_TRUE(doc["files"][2]["error"].is_null());
  EXPECT_EQ(doc["summary"]["failed_files"], 1);
}

}  // namespace
}  // namespace jxlint
