// The command line as users and scripts meet it: the binary itself, run in
// the source tree. Exit codes and JSON fields are the contract of output.md.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli_support.h"
#include "lint/check.h"
#include "support.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;
using testing::CliResult;
using testing::lines;
using testing::read_file;
using testing::run;
using testing::shell_quote;
using testing::source_path;

constexpr const char* kSeed000 = "fixtures/seeds/000.python-docx.docx";
constexpr const char* kClean = "fixtures/seeds/clean.libreoffice.docx";

TEST(CliTest, TextLinesNameFileTableProjectRowIndicatorAndField) {
  CliResult r = run(kSeed000);
  EXPECT_EQ(r.status, 1);
  auto out = lines(r.out);
  EXPECT_NE(
      std::find(out.begin(), out.end(),
                "fixtures/seeds/"
                "000.python-docx.docx:表1「安可设备购置」第8行「购买数量」指标值确定依据: error: "
                "指标值确定依据为空 [basis-empty]"),
      out.end())
      << r.out;
  EXPECT_NE(
      std::find(out.begin(), out.end(),
                "fixtures/seeds/000.python-docx.docx:表1「安可设备购置」第6行 绩效目标: error: "
                "绩效目标仍保留模板占位文字「目标内容 1」「目标内容 3」「目标内容 "
                "2」，应改为本项目实际的绩效目标 "
                "[goal-placeholder]"),
      out.end());
  // 32 errors (28 basis-empty, 3 goal-placeholder, 1 plan-not-100); 57 warnings
  // (28 value-missing-unit, 26 desc-repeats-name, 2 percent-over-100, 1 name-repeats-category).
  EXPECT_EQ(out.back(), "共检查 1 个文件、3 张绩效目标表：错误 32 个，警告 57 个，提示 0 个");
  EXPECT_EQ(out.size(), 32u + 57u + 1u);
  EXPECT_EQ(r.err, "");
}

TEST(CliTest, EnglishWithLangEn) {
  CliResult r = run(std::string("--lang en ") + kSeed000);
  auto out = lines(r.out);
  EXPECT_NE(
      std::find(out.begin(), out.end(),
                "fixtures/seeds/000.python-docx.docx: table 1 \"安可设备购置\" row 8 \"购买数量\" "
                "指标值确定依据: "
                "error: the basis of the target value (指标值确定依据) is empty [basis-empty]"),
      out.end())
      << r.out;
  EXPECT_EQ(out.back(), "1 file, 3 tables: 32 errors, 57 warnings, 0 info");
}

TEST(CliTest, ExitStatusFollowsFailOn) {
  EXPECT_EQ(run(kClean).status, 0);
  EXPECT_EQ(run(std::string("--fail-on never ") + kSeed000).status, 0);
  const char* warnings_only = "fixtures/checks/desc-repeats-name/fail.python-docx.docx";
  EXPECT_EQ(run(warnings_only).status, 0);
  EXPECT_EQ(run(std::string("--fail-on warning ") + warnings_only).status, 1);
  EXPECT_EQ(run(std::string("--fail-on info ") + warnings_only).status, 1);
  EXPECT_EQ(run(std::string("--fail-on error ") + kSeed000).status, 1);
}

TEST(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(run("--no-such-option x.docx").status, 2);
  EXPECT_EQ(run("--fail-on sometimes x.docx").status, 2);
  CliResult none = run("");
  EXPECT_EQ(none.status, 2);
  EXPECT_NE(none.err.find("--help"), std::string::npos);
  EXPECT_EQ(run("--help").status, 0);
  EXPECT_EQ(run("--version").out, "jxlint 0.1.0\n");
}

struct BadInput {
  const char* file;
  const char* code;
};

class UnreadableTest : public ::testing::TestWithParam<BadInput> {};

TEST_P(UnreadableTest, IsReportedWhileTheOtherInputsAreStillLinted) {
  const BadInput& bad = GetParam();
  CliResult r = run(std::string("--format json ") + bad.file + " " + kSeed000);
  EXPECT_EQ(r.status, 2);
  auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["files"].size(), 2u);
  // Inputs are reported sorted by path: seeds/ before unreadable/.
  const auto& failed = doc["files"][1];
  EXPECT_EQ(failed["path"], bad.file);
  EXPECT_EQ(failed["error"]["code"], bad.code);
  EXPECT_FALSE(failed["error"]["message"].get<std::string>().empty());
  EXPECT_TRUE(failed["tables"].empty());
  EXPECT_TRUE(failed["findings"].empty());
  EXPECT_TRUE(doc["files"][0]["error"].is_null());
  EXPECT_EQ(doc["files"][0]["tables"].size(), 3u);
  EXPECT_EQ(doc["summary"]["failed_files"], 1);
  EXPECT_EQ(doc["summary"]["files"], 2);

  // In text mode: one clear line on stderr, the findings of the other file on stdout.
  CliResult text = run(std::string(bad.file) + " " + kSeed000);
  EXPECT_EQ(text.status, 2);
  auto err = lines(text.err);
  ASSERT_EQ(err.size(), 1u) << text.err;
  EXPECT_EQ(err[0].rfind(std::string(bad.file) + ": error: 无法读取：", 0), 0u) << err[0];
  EXPECT_NE(err[0].find(std::string("[") + bad.code + "]"), std::string::npos);
  EXPECT_NE(text.out.find("[basis-empty]"), std::string::npos);
  EXPECT_NE(text.out.find("（1 个文件无法读取）"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Files, UnreadableTest,
    ::testing::Values(BadInput{"fixtures/unreadable/no-such-file.docx", "not-found"},
                      BadInput{"fixtures/unreadable/empty.docx", "empty-file"},
                      BadInput{"fixtures/unreadable/legacy.doc", "legacy-binary"},
                      BadInput{"fixtures/unreadable/legacy-renamed.docx", "legacy-binary"},
                      BadInput{"fixtures/unreadable/password.docx", "encrypted"},
                      BadInput{"fixtures/unreadable/pdf-renamed.docx", "not-ooxml"},
                      BadInput{"fixtures/unreadable/text-renamed.docx", "not-ooxml"},
                      BadInput{"fixtures/unreadable/truncated.docx", "zip-corrupt"}));

TEST(CliTest, DirectoriesAreSearchedRecursivelyInSortedOrder) {
  fs::path dir = fs::temp_directory_path() / ("jxlint-dir-" + std::to_string(::getpid()));
  fs::create_directories(dir / "sub" / ".hidden");
  fs::copy_file(source_path(kClean), dir / "sub" / "b.docx");
  fs::copy_file(source_path(kSeed000), dir / "a.DOCX");
  fs::copy_file(source_path(kClean), dir / "sub" / ".hidden" / "c.docx");
  std::ofstream(dir / "~$a.docx") << "owner file";  // Word's lock file beside an open document
  std::ofstream(dir / "notes.txt") << "not a submission";
  CliResult r = run("--format json " + shell_quote(dir));
  fs::remove_all(dir);
  auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["files"].size(), 2u) << r.out;
  EXPECT_EQ(doc["files"][0]["path"], (dir / "a.DOCX").string());
  EXPECT_EQ(doc["files"][1]["path"], (dir / "sub" / "b.docx").string());
  EXPECT_EQ(r.status, 1);
}

TEST(CliTest, SeedsDirectoryInOneRun) {
  // Seeds 000 and 003 and the clean table, each as two .docx and two .xlsx.
  CliResult r = run("--format json fixtures/seeds");
  auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["files"].size(), 12u);
  EXPECT_EQ(doc["summary"]["tables"], 32);
  // Per copy: 000 has 32 errors and 57 warnings; 003 has 7 errors (its four
  // placeholder goals are goal-placeholder's alone: one defect, one finding)
  // and 39 + 15 + 20 + 3 + 2 (the review rules) warnings.
  EXPECT_EQ(doc["summary"]["error"], 4 * (32 + 7));
  EXPECT_EQ(doc["summary"]["warning"], 4 * (57 + 79));
}

TEST(CliTest, SheetCellsInTextLines) {
  CliResult r = run("fixtures/seeds/003.openpyxl.xlsx");
  auto out = lines(r.out);
  EXPECT_NE(std::find(out.begin(), out.end(),
                      "fixtures/seeds/003.openpyxl.xlsx:劳模春节慰问金项目!G10: warning: "
                      "表4「劳模春节慰问金项目」「慰问标准」"
                      "度量单位：度量单位为空，指标值「=500」无法判断含义（%、次、万元……） "
                      "[value-missing-unit]"),
            out.end())
      << r.out;
  CliResult en = run("--lang en fixtures/seeds/003.openpyxl.xlsx");
  EXPECT_NE(en.out.find("fixtures/seeds/003.openpyxl.xlsx:劳模春节慰问金项目!G10: warning: table 4 "
                        "\"劳模春节慰问金项目\" "
                        "\"慰问标准\" 度量单位: the unit column is empty"),
            std::string::npos)
      << en.out;
}

TEST(CliTest, JsonHasTheContractFieldsInOrder) {
  CliResult r = run(std::string("--format json ") + kSeed000);
  auto doc = nlohmann::ordered_json::parse(r.out);
  EXPECT_EQ(doc["tool"]["name"], "jxlint");
  EXPECT_EQ(doc["tool"]["version"], "0.1.0");
  const auto& file = doc["files"][0];
  std::vector<std::string> keys;
  for (const auto& [k, v] : file.items())
    keys.push_back(k);
  EXPECT_EQ(std::vector<std::string>(keys.begin(), keys.begin() + 5),
            (std::vector<std::string>{"path", "format", "error", "tables", "findings"}));
  const auto& table = file["tables"][0];
  EXPECT_EQ(table["table"], 1);
  EXPECT_EQ(table["project_code"], "13082123P00008510002H");
  EXPECT_EQ(table["project_name"], "安可设备购置");
  EXPECT_EQ(table["title"], "1.安可设备购置绩效目标表");
  EXPECT_EQ(table["indicators"], 9);
  keys.clear();
  const auto& finding = file["findings"][4];
  for (const auto& [k, v] : finding.items())
    keys.push_back(k);
  // The contract's fields come first, in its order; extensions follow.
  EXPECT_EQ(std::vector<std::string>(keys.begin(), keys.begin() + 12),
            (std::vector<std::string>{"rule", "severity", "message", "table", "project_name", "row",
                                      "column", "field", "indicator", "text", "sheet", "cell"}));
  EXPECT_EQ(finding["rule"], "basis-empty");
  EXPECT_EQ(finding["row"], 8);
  EXPECT_EQ(finding["column"], 6);
  EXPECT_EQ(finding["field"], "指标值确定依据");
  EXPECT_EQ(finding["indicator"], "购买数量");
  EXPECT_EQ(finding["text"], "");
  EXPECT_TRUE(finding["sheet"].is_null());
  EXPECT_TRUE(finding["cell"].is_null());
  for (const char* k : {"files", "failed_files", "tables", "error", "warning", "info"}) {
    EXPECT_TRUE(doc["summary"].contains(k)) << k;
  }
}

TEST(CliTest, OutputFile) {
  fs::path out = fs::temp_directory_path() / ("jxlint-out-" + std::to_string(::getpid()) + ".json");
  CliResult r = run(std::string("--format json -o '") + out.string() + "' " + kClean);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "");
  auto doc = nlohmann::json::parse(read_file(out.string()));
  fs::remove(out);
  EXPECT_EQ(doc["summary"]["files"], 1);
}

TEST(CliTest, VerboseCountsSkippedTables) {
  CliResult r = run(std::string("-v ") + kClean);
  EXPECT_NE(r.err.find("：1 张表格\n  表1 绩效目标表「职工技能培训项目」，9 个指标"),
            std::string::npos)
      << r.err;
  // Tables of every kind are listed with their kind; only tables of kind
  // other go unchecked, and they say so.
  CliResult mixed =
      run("-v fixtures/layouts/mixed.python-docx.docx fixtures/reader/types.openpyxl.xlsx");
  EXPECT_NE(mixed.err.find("表2 绩效自评表"), std::string::npos) << mixed.err;
  EXPECT_NE(mixed.err.find("其他表格（未检查），工作表 说明"), std::string::npos) << mixed.err;
  EXPECT_EQ(mixed.err.find("绩效自评表（未检查）"), std::string::npos) << mixed.err;
  EXPECT_NE(mixed.out.find("张绩效目标表、1 张绩效自评表、1 张评分表："), std::string::npos)
      << mixed.out;
}

TEST(CliTest, ExplainPrintsTheDocBlock) {
  CliResult r = run("explain basis-empty");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("basis-empty (error)\n\n指标值确定依据为空\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("为什么重要 / Why it matters"), std::string::npos);
  CliResult unknown = run("explain no-such-rule");
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("basis-empty"), std::string::npos);  // lists the rules there are
}

TEST(CliTest, ConfigurationFromTheNearestFile) {
  fs::path dir = fs::temp_directory_path() / ("jxlint-cli-config-" + std::to_string(::getpid()));
  fs::create_directories(dir / "sub");
  fs::copy_file(source_path(kSeed000), dir / "sub" / "a.docx");
  std::ofstream(dir / "jxlint.toml") << "select = [\"plan-not-100\"]\n";
  CliResult r = run("--format json " + shell_quote(dir));
  auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["summary"]["error"], 1);
  EXPECT_EQ(doc["summary"]["warning"], 0);
  EXPECT_EQ(run("--no-config --format json " + shell_quote(dir)).out.find("\"error\": 1,"),
            std::string::npos);
  CliResult shown = run("config " + shell_quote(dir / "sub"));
  EXPECT_NE(shown.out.find("# source: " + (dir / "jxlint.toml").string()), std::string::npos)
      << shown.out;
  EXPECT_NE(shown.out.find("'basis-empty' = 'error'  # not selected"), std::string::npos)
      << shown.out;
  CliResult checks = run("--config " + shell_quote(dir / "jxlint.toml") + " checks --lang en");
  EXPECT_NE(checks.out.find("  basis-empty                  error    off"), std::string::npos)
      << checks.out;

  // A broken jxlint.toml found on the way: the file under it is not linted
  // with rules nobody chose, it is refused (config-error, exit 2).
  std::ofstream(dir / "jxlint.toml") << "select = [\"plan-not-100\"]\ncolour = 1\n";
  CliResult broken = run(shell_quote(dir));
  fs::remove_all(dir);
  EXPECT_EQ(broken.status, 2);
  EXPECT_NE(broken.err.find("jxlint.toml:2: unknown key \"colour\""), std::string::npos)
      << broken.err;
  EXPECT_NE(broken.err.find("[config-error]"), std::string::npos) << broken.err;
}

TEST(CliTest, BaselineRoundTrip) {
  fs::path dir = fs::temp_directory_path() / ("jxlint-cli-baseline-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::copy_file(source_path(kSeed000), dir / "a.docx");
  std::string baseline = (dir / "baseline.json").string();
  CliResult write =
      run("--write-baseline " + shell_quote(baseline) + " " + shell_quote(dir / "a.docx"));
  EXPECT_EQ(write.status, 0);
  EXPECT_NE(write.err.find("已把 89 个问题写入基线"), std::string::npos) << write.err;
  fs::copy_file(source_path("fixtures/baseline/000-edited.libreoffice.docx"), dir / "a.docx",
                fs::copy_options::overwrite_existing);
  CliResult text = run("--baseline " + shell_quote(baseline) + " " + shell_quote(dir / "a.docx"));
  EXPECT_EQ(text.status, 1);  // the new row's basis-empty is an error
  EXPECT_EQ(lines(text.out).size(), 4u) << text.out;
  EXPECT_NE(text.out.find("基线内已知 88 个"), std::string::npos);
  EXPECT_NE(text.err.find("1 条问题已经不存在"), std::string::npos) << text.err;
  EXPECT_NE(text.err.find("「培训次数」 指标值确定依据 [basis-empty]"), std::string::npos)
      << text.err;
  CliResult json =
      run("--format json --baseline " + shell_quote(baseline) + " " + shell_quote(dir / "a.docx"));
  auto doc = nlohmann::json::parse(json.out);
  fs::remove_all(dir);
  EXPECT_EQ(doc["summary"]["baselined"], 88);
  EXPECT_EQ(doc["baseline"]["stale"].size(), 1u);
  EXPECT_EQ(doc["baseline"]["stale"][0]["indicator"], "培训次数");
  EXPECT_EQ(doc["files"][0]["findings"].size(), 3u);
  EXPECT_EQ(run("--baseline /no/such/baseline.json " + std::string(kSeed000)).status, 2);
}

TEST(CliTest, EveryFormatIsDeterministicWhateverTheInputOrder) {
  std::string inputs =
      " fixtures/seeds/003.openpyxl.xlsx fixtures/suppressions/comments.libreoffice.docx "
      "fixtures/unreadable/legacy.doc fixtures/seeds/000.python-docx.docx";
  std::string reversed =
      " fixtures/seeds/000.python-docx.docx fixtures/unreadable/legacy.doc "
      "fixtures/suppressions/comments.libreoffice.docx fixtures/seeds/003.openpyxl.xlsx "
      "fixtures/seeds/000.python-docx.docx";  // and a duplicate
  for (const char* format : {"text", "json", "jsonl", "csv", "sarif", "github", "html"}) {
    CliResult a = run(std::string("--format ") + format + inputs);
    CliResult b = run(std::string("--format ") + format + reversed);
    EXPECT_EQ(a.status, 2) << format;
    EXPECT_FALSE(a.out.empty()) << format;
    EXPECT_EQ(a.out, b.out) << format;
  }
  CliResult stats = run("--statistics" + inputs);
  EXPECT_EQ(stats.out, run("--statistics" + reversed).out);
  EXPECT_NE(stats.out.find("basis-empty"), std::string::npos);
}

TEST(CliTest, ChecksListsEveryRule) {
  CliResult r = run("checks");
  EXPECT_EQ(r.status, 0);
  // Every registered rule, one line each, under the kind of table it applies to.
  std::size_t rules = 0;
  for (const std::string& line : lines(r.out)) {
    if (line.rfind("  ", 0) == 0) ++rules;
  }
  EXPECT_EQ(rules, Registry::instance().all().size());
  EXPECT_EQ(r.out.rfind("适用于绩效目标表（项目、部门整体）\n  basis-empty ", 0), 0u) << r.out;
  for (const char* heading :
       {"\n适用于绩效自评表\n  eval-", "\n适用于评分表\n  score-",
        "\n适用于自评表与同一项目的绩效目标表（跨文件）\n  eval-target-mismatch"}) {
    EXPECT_NE(r.out.find(heading), std::string::npos) << heading << "\n" << r.out;
  }
}

}  // namespace
}  // namespace jxlint
