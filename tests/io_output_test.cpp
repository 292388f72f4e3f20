// Reports and baselines never destroy what the run reads and never fail
// unnoticed (issue 13, cases 1 and 2): an -o or --write-baseline naming an
// input is refused before anything is written; reports are written through
// a temporary file renamed into place; a write that fails (a full device, a
// file size limit, a closed pipe) is an error naming the target and the
// reason, with exit status 2 and no claim of success.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "io_support.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;

using testing::binary;
using testing::CliResult;
using testing::read_file;
using testing::run_shell;
using testing::run_with_closed_stdout;
using testing::ScratchDir;
using testing::shell_quote;

constexpr const char* kSeed000 = "fixtures/seeds/000.python-docx.docx";

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// ------------------------------------------------------------ case 1

TEST(OutputClashTest, AReportNamingAnInputIsRefusedAndNothingIsWritten) {
  ScratchDir dir("jxlint-clash");
  fs::path input = dir.copy(kSeed000, "in.docx");
  std::string original = read_file(input.string());
  fs::create_symlink("in.docx", dir / "link.docx");
  fs::create_hard_link(input, dir / "hard.docx");
  fs::create_directories(dir / "sub");
  // The same file by every name it has: itself, a path through "..", a
  // symbolic link and a hard link.
  for (const std::string target : {"in.docx", "sub/../in.docx", "link.docx", "hard.docx"}) {
    for (const std::string option : {"-o", "--write-baseline"}) {
      SCOPED_TRACE(option + " " + target);
      CliResult r = run_shell("cd " + shell_quote(dir.path()) + " && " + binary() + " " + option +
                              " " + shell_quote(target) + " in.docx");
      EXPECT_EQ(r.status, 2);
      EXPECT_NE(r.err.find("拒绝写入"), std::string::npos) << testing::head(r.err);
      EXPECT_NE(r.err.find("in.docx"), std::string::npos) << testing::head(r.err);
      EXPECT_EQ(r.out, "");
      EXPECT_EQ(read_file(input.string()), original);
    }
  }
  EXPECT_EQ(names_in(dir.path()),
            (std::vector<std::string>{"hard.docx", "in.docx", "link.docx", "sub"}));
  CliResult en = run_shell("cd " + shell_quote(dir.path()) + " && " + binary() +
                           " --lang en -o in.docx in.docx");
  EXPECT_EQ(en.status, 2);
  EXPECT_NE(en.err.find("refusing to write in.docx"), std::string::npos) << testing::head(en.err);
}

TEST(OutputClashTest, AReportNamingTheFileListIsRefused) {
  ScratchDir dir("jxlint-clash-list");
  dir.copy(kSeed000, "in.docx");
  fs::path list = dir.write("list.txt", "in.docx\n");
  CliResult r = run_shell("cd " + shell_quote(dir.path()) + " && " + binary() +
                          " --files-from list.txt -o list.txt");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(read_file(list.string()), "in.docx\n");
}

TEST(OutputFileTest, AReportReplacesItsTargetWholeKeepingItsPermissions) {
  ScratchDir dir("jxlint-replace");
  fs::path report = dir.write("report.txt", "yesterday\n");
  ::chmod(report.c_str(), 0640);
  CliResult r = run_shell(binary() + " -o " + shell_quote(report) + " " + kSeed000);
  EXPECT_EQ(r.status, 1);
  std::string text = read_file(report.string());
  EXPECT_NE(text.find("共检查 1 个文件"), std::string::npos) << text;
  struct stat st {};
  ASSERT_EQ(::stat(report.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
  EXPECT_EQ(names_in(dir.path()), (std::vector<std::string>{"report.txt"}));  // no temporaries
}

// ------------------------------------------------------------ case 2

TEST(FailedWriteTest, AFullDeviceAsReportIsAnErrorNamingIt) {
  CliResult r = run_shell(binary() + " -o /dev/full " + kSeed000);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("无法写入 /dev/full"), std::string::npos) << testing::head(r.err);
  EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << testing::head(r.err);
  CliResult en = run_shell(binary() + " --lang en --format json -o /dev/full " + kSeed000);
  EXPECT_EQ(en.status, 2);
  EXPECT_NE(en.err.find("cannot write /dev/full: No space left on device"), std::string::npos)
      << testing::head(en.err);
}

TEST(FailedWriteTest, AFullStandardOutputIsAnError) {
  for (const char* format : {"text", "json", "sarif", "html"}) {
    SCOPED_TRACE(format);
    CliResult r = run_shell(binary() + " --format " + format + " " + kSeed000 + " >/dev/full");
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("无法写入标准输出"), std::string::npos) << testing::head(r.err);
  }
}

TEST(FailedWriteTest, AClosedPipeIsAnError) {
  CliResult r = run_with_closed_stdout({"--format", "jsonl", kSeed000});
  EXPECT_EQ(r.status, 2);  // not killed by SIGPIPE, not a silent 0
  EXPECT_NE(r.err.find("无法写入标准输出"), std::string::npos) << testing::head(r.err);
  EXPECT_NE(r.err.find("Broken pipe"), std::string::npos) << testing::head(r.err);
}

// A file system that fills up: the file size limit makes every write past
// 8 KiB fail as a full disk would. The old report is left as it was.
TEST(FailedWriteTest, AFullFileSystemLeavesTheOldReportAndNoTemporary) {
  ScratchDir dir("jxlint-full");
  fs::path report = dir.write("report.json", "yesterday\n");
  CliResult r = run_shell("ulimit -f 8 && " + binary() + " --format json -o " +
                          shell_quote(report) + " " + kSeed000 + " fixtures/seeds");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("无法写入 " + report.string()), std::string::npos) << testing::head(r.err);
  EXPECT_NE(r.err.find("File too large"), std::string::npos) << testing::head(r.err);
  EXPECT_EQ(read_file(report.string()), "yesterday\n");
  EXPECT_EQ(testing::lines(r.err).size(), 1u) << testing::head(r.err);
  EXPECT_EQ(names_in(dir.path()), (std::vector<std::string>{"report.json"}));

  CliResult to_stdout = run_shell("ulimit -f 8 && " + binary() + " --format json " + kSeed000 +
                                  " >" + shell_quote(dir / "stdout.json"));
  EXPECT_EQ(to_stdout.status, 2);
  EXPECT_NE(to_stdout.err.find("无法写入标准输出"), std::string::npos)
      << testing::head(to_stdout.err);
}

TEST(FailedWriteTest, ABaselineThatCannotBeWrittenIsNotReportedWritten) {
  CliResult r = run_shell(binary() + " -q --write-baseline /dev/full " + kSeed000);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("无法写入 /dev/full"), std::string::npos) << testing::head(r.err);
  EXPECT_EQ(r.err.find("已把"), std::string::npos) << testing::head(r.err);

  ScratchDir dir("jxlint-baseline-missing-folder");
  std::string target = (dir / "no/such/folder/baseline.json").string();
  CliResult missing =
      run_shell(binary() + " -q --write-baseline " + shell_quote(target) + " " + kSeed000);
  EXPECT_EQ(missing.status, 2);
  EXPECT_EQ(missing.err.find("已把"), std::string::npos) << testing::head(missing.err);
}

TEST(FailedWriteTest, ABaselineIsWrittenWholeAndReadBack) {
  ScratchDir dir("jxlint-baseline-write");
  fs::path baseline = dir / "baseline.json";
  CliResult write =
      run_shell(binary() + " -q --write-baseline " + shell_quote(baseline) + " " + kSeed000);
  EXPECT_EQ(write.status, 0);
  EXPECT_NE(write.err.find("已把"), std::string::npos) << testing::head(write.err);
  EXPECT_NO_THROW(nlohmann::json::parse(read_file(baseline.string())));
  CliResult read = run_shell(binary() + " --baseline " + shell_quote(baseline) + " " + kSeed000);
  EXPECT_EQ(read.status, 0) << read.out << testing::head(read.err);
  EXPECT_EQ(names_in(dir.path()), (std::vector<std::string>{"baseline.json"}));
}

}  // namespace
}  // namespace jxlint
