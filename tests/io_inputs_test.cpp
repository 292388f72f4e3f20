// Inputs that cannot be read say why (issue 13, cases 12, 13 and 14): a
// folder that cannot be listed is an error, not 「共检查 0 个文件」; file
// lists from Windows (a BOM, CRLF) and from find -print0 read as meant, a
// line that is not a valid pattern is a path, and an endless list ends in
// an error; a symbolic link loop, a path too long and a permission denied
// each have their own message; a baseline that is a folder says so.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/path_list.h"
#include "io_support.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;

using testing::binary;
using testing::CliResult;
using testing::run_shell;
using testing::ScratchDir;
using testing::shell_quote;
using testing::unprivileged;

constexpr const char* kSeed000 = "fixtures/seeds/000.python-docx.docx";
constexpr const char* kClean = "fixtures/seeds/clean.libreoffice.docx";

// Each file of a JSON report by path: its error code, or "" when linted.
std::map<std::string, std::string> outcomes(const std::string& json) {
  std::map<std::string, std::string> by_path;
  auto doc = nlohmann::json::parse(json);
  for (const auto& f : doc["files"]) {
    by_path[f["path"].get<std::string>()] =
        f["error"].is_null() ? "" : f["error"]["code"].get<std::string>();
  }
  return by_path;
}

// ------------------------------------------------------------ case 12

// Root reads any folder, so the run drops to nobody (setpriv) for the
// permission to be refused for real.
TEST(UnreadableFolderTest, AFolderThatCannotBeListedIsAnError) {
  std::optional<std::string> as_nobody = unprivileged();
  if (!as_nobody) GTEST_SKIP() << "running as root without setpriv: no way to be refused";
  ScratchDir dir("jxlint-locked");
  dir.copy(kSeed000, "queue/locked/a.docx");
  dir.copy(kClean, "queue/open/b.docx");
  fs::permissions(dir / "queue/locked", fs::perms::none);
  std::string queue = (dir / "queue").string();

  CliResult json = run_shell(*as_nobody + binary() + " --format json " + shell_quote(queue));
  EXPECT_EQ(json.status, 2);
  auto by_path = outcomes(json.out);
  EXPECT_EQ(by_path[queue + "/locked"], "unreadable-folder") << testing::head(json.out);
  EXPECT_EQ(by_path[queue + "/open/b.docx"], "");  // the rest is linted

  CliResult text = run_shell(*as_nobody + binary() + " " + shell_quote(queue));
  EXPECT_EQ(text.status, 2);
  EXPECT_NE(text.err.find(queue + "/locked: error: 无法读取：无法列出这个文件夹中的文件：没有权限"),
            std::string::npos)
      << testing::head(text.err);

  // Named itself, and found by a pattern walking through it.
  CliResult named = run_shell(*as_nobody + binary() + " " + shell_quote(queue + "/locked"));
  EXPECT_EQ(named.status, 2);
  EXPECT_NE(named.err.find("unreadable-folder"), std::string::npos) << testing::head(named.err);
  CliResult pattern = run_shell(*as_nobody + binary() + " " + shell_quote(queue + "/**/*.docx"));
  EXPECT_EQ(pattern.status, 2);
  EXPECT_NE(pattern.err.find("unreadable-folder"), std::string::npos) << testing::head(pattern.err);
}

// ------------------------------------------------------------ case 13

TEST(FileListTest, AWindowsListWithBomAndCrlfReadsWhole) {
  ScratchDir dir("jxlint-list-bom");
  dir.copy(kSeed000, "a.docx");
  dir.copy(kClean, "b.docx");
  fs::path list = dir.write("list.txt", "\xEF\xBB\xBF" + (dir / "a.docx").string() + "\r\n" +
                                            (dir / "b.docx").string() + "\r\n");
  CliResult r = run_shell(binary() + " --format json --files-from " + shell_quote(list));
  EXPECT_EQ(r.status, 1);
  auto by_path = outcomes(r.out);
  EXPECT_EQ(by_path.size(), 2u) << testing::head(r.out);
  EXPECT_EQ(by_path[(dir / "a.docx").string()], "");
  EXPECT_EQ(by_path[(dir / "b.docx").string()], "");
}

TEST(FileListTest, NulSeparatedListsRead) {
  ScratchDir dir("jxlint-list-nul");
  dir.copy(kSeed000, "a b.docx");
  dir.copy(kClean, "c\nd.docx");  // a name only a NUL-separated list can hold
  std::string a = (dir / "a b.docx").string();
  std::string c = (dir / "c\nd.docx").string();
  fs::path list = dir.write("list0", a + std::string(1, '\0') + c + std::string(1, '\0'));
  for (const std::string options : {"--files-from0 ", "-0 --files-from ", "--null --files-from "}) {
    SCOPED_TRACE(options);
    CliResult r = run_shell(binary() + " --format json " + options + shell_quote(list));
    EXPECT_EQ(r.status, 1) << testing::head(r.err);
    auto by_path = outcomes(r.out);
    EXPECT_EQ(by_path.size(), 2u) << testing::head(r.out);
    EXPECT_EQ(by_path[a], "");
    EXPECT_EQ(by_path[c], "");
  }
  // Read as lines, a -print0 list is an error that says what to do.
  CliResult as_lines = run_shell(binary() + " --files-from " + shell_quote(list));
  EXPECT_EQ(as_lines.status, 2);
  EXPECT_NE(as_lines.err.find("--files-from0"), std::string::npos) << testing::head(as_lines.err);
}

TEST(FileListTest, ALineThatIsNotAPatternIsAPath) {
  ScratchDir dir("jxlint-list-literal");
  dir.copy(kSeed000, "a.docx");
  std::string good = (dir / "a.docx").string();
  std::string unclosed = (dir / "missing[1.docx").string();
  std::string unmatched = (dir / "missing[1].docx").string();
  fs::path list = dir.write("list.txt", unclosed + "\n" + unmatched + "\n" + good + "\n");
  CliResult r = run_shell(binary() + " --format json --files-from " + shell_quote(list));
  EXPECT_EQ(r.status, 2);
  auto by_path = outcomes(r.out);
  EXPECT_EQ(by_path[good], "");               // linted in full
  EXPECT_EQ(by_path[unclosed], "not-found");  // reported as the path it is
  EXPECT_NE(r.err.find("没有文件匹配 " + unmatched), std::string::npos) << testing::head(r.err);
}

TEST(FileListTest, AnEndlessListEndsInAnError) {
  // `timeout`: before the limit, /dev/zero was read for ever.
  for (const std::string options : {"--files-from /dev/zero", "-0 --files-from /dev/zero"}) {
    SCOPED_TRACE(options);
    CliResult r = run_shell("timeout 60 " + binary() + " " + options);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("无法读取文件清单 /dev/zero"), std::string::npos) << testing::head(r.err);
  }
  CliResult folder = run_shell(binary() + " --lang en --files-from /tmp");
  EXPECT_EQ(folder.status, 2);
  EXPECT_NE(folder.err.find("cannot read the file list /tmp: Is a directory"), std::string::npos)
      << testing::head(folder.err);
}

TEST(PathListParserTest, PiecesOfAnySizeReadTheSame) {
  const std::string list =
      "\xEF\xBB\xBF"
      "a.docx\r\n\r\n  \nb/c.xlsx\r\n带 空格.docx";
  for (std::size_t piece = 1; piece <= list.size(); ++piece) {
    PathListParser parser(PathListSeparator::line);
    for (std::size_t at = 0; at < list.size(); at += piece)
      parser.feed(std::string_view(list).substr(at, piece));
    EXPECT_EQ(parser.finish(), (std::vector<std::string>{"a.docx", "b/c.xlsx", "带 空格.docx"}))
        << piece;
  }
  std::istringstream nul(std::string("a\0\0b\r\0", 7));
  EXPECT_EQ(read_path_list(nul, PathListSeparator::nul), (std::vector<std::string>{"a", "b\r"}));
}

TEST(PathListParserTest, LimitsAreErrors) {
  PathListLimits limits;
  limits.max_entry_bytes = 8;
  limits.max_entries = 2;
  limits.max_total_bytes = 64;
  auto parse = [&](const std::string& text) {
    PathListParser parser(PathListSeparator::line, limits);
    parser.feed(text);
    return parser.finish();
  };
  EXPECT_NO_THROW(parse("12345678\nabc\n"));
  EXPECT_THROW(parse("123456789\n"), PathListError);
  EXPECT_THROW(parse("a\nb\nc\n"), PathListError);
  EXPECT_THROW(parse(std::string(65, '\n')), PathListError);
  EXPECT_THROW(parse(std::string("a\0b\n", 4)), PathListError);
}

// ------------------------------------------------------------ case 14

TEST(PathErrorTest, ASymbolicLinkLoopIsNotAMissingFile) {
  ScratchDir dir("jxlint-loop");
  fs::create_symlink("loop2.docx", dir / "loop1.docx");
  fs::create_symlink("loop1.docx", dir / "loop2.docx");
  std::string loop = (dir / "loop1.docx").string();
  CliResult r = run_shell(binary() + " --format json " + shell_quote(loop) + " " + kClean);
  EXPECT_EQ(r.status, 2);
  auto doc = nlohmann::json::parse(r.out);
  bool seen = false;
  for (const auto& f : doc["files"]) {
    if (f["path"] != loop) continue;
    seen = true;
    EXPECT_EQ(f["error"]["code"], "symlink-loop") << f.dump();
    EXPECT_EQ(f["error"]["message"].dump().find("不存在"), std::string::npos) << f.dump();
  }
  EXPECT_TRUE(seen);
  EXPECT_EQ(outcomes(r.out)[kClean], "");
  // Found in a folder, a loop is reported too rather than passed over.
  CliResult walked = run_shell(binary() + " --format json " + shell_quote(dir.path()));
  EXPECT_EQ(walked.status, 2);
  EXPECT_EQ(outcomes(walked.out)[loop], "symlink-loop") << testing::head(walked.out);
}

TEST(PathErrorTest, APathTooLongIsNotAMissingFile) {
  std::string path;
  while (path.size() <= 4096)
    path += "folder/";
  path += "x.docx";
  CliResult r = run_shell(binary() + " --format json " + path + " " + kClean);
  EXPECT_EQ(r.status, 2);
  auto by_path = outcomes(r.out);
  EXPECT_EQ(by_path[path], "path-too-long") << testing::head(r.err);
  EXPECT_EQ(by_path[kClean], "");
}

TEST(PathErrorTest, APermissionDeniedIsNotAMissingFile) {
  std::optional<std::string> as_nobody = unprivileged();
  if (!as_nobody) GTEST_SKIP() << "running as root without setpriv: no way to be refused";
  ScratchDir dir("jxlint-denied");
  dir.copy(kSeed000, "closed/a.docx");
  dir.copy(kSeed000, "b.docx");
  fs::permissions(dir / "closed", fs::perms::owner_all);  // nobody may not enter
  fs::permissions(dir / "b.docx", fs::perms::none);       // nobody may not read
  std::string behind = (dir / "closed/a.docx").string();
  std::string unreadable = (dir / "b.docx").string();
  CliResult r =
      run_shell(*as_nobody + binary() + " " + shell_quote(behind) + " " + shell_quote(unreadable));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(behind + ": error: 无法读取：没有权限访问这个路径"), std::string::npos)
      << testing::head(r.err);
  EXPECT_NE(r.err.find(unreadable + ": error: 无法读取：没有读取这个文件的权限 [unreadable]"),
            std::string::npos)
      << testing::head(r.err);
  EXPECT_EQ(r.err.find("文件不存在"), std::string::npos) << testing::head(r.err);
}

TEST(PathErrorTest, ABaselineThatIsAFolderSaysSo) {
  ScratchDir dir("jxlint-baseline-folder");
  CliResult r = run_shell(binary() + " --baseline " + shell_quote(dir.path()) + " " + kClean);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("这是一个文件夹，不是基线文件"), std::string::npos) << testing::head(r.err);
  EXPECT_EQ(r.err.find("basic_filebuf"), std::string::npos) << testing::head(r.err);
  CliResult en =
      run_shell(binary() + " --lang en --baseline " + shell_quote(dir.path()) + " " + kClean);
  EXPECT_NE(en.err.find("this is a folder, not a baseline file"), std::string::npos)
      << testing::head(en.err);
  // Nor does a file that is not JSON leak the parser's own words.
  fs::path junk = dir.write("junk.json", "{\"jxlint-baseline\": \"one\"");
  CliResult bad = run_shell(binary() + " --baseline " + shell_quote(junk) + " " + kClean);
  EXPECT_EQ(bad.status, 2);
  EXPECT_EQ(bad.err.find("json.exception"), std::string::npos) << testing::head(bad.err);
  EXPECT_NE(bad.err.find("不是 JSON 格式"), std::string::npos) << testing::head(bad.err);
}

}  // namespace
}  // namespace jxlint
