// The machine formats: SARIF (validated against the official 2.1.0 schema),
// CSV for Excel, JSON Lines, GitHub annotations and --statistics.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support.h"
#include "util/spooled_text.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;
using testing::lint_fixture;
using testing::read_file;
using testing::source_path;

// A batch that exercises everything: a .docx, a workbook with sheets and
// cells, suppressed findings, and an unreadable file.
std::vector<FileResult> batch(Lang lang = Lang::zh) {
  return {lint_fixture("fixtures/seeds/000.python-docx.docx", lang),
          lint_fixture("fixtures/seeds/003.openpyxl.xlsx", lang),
          lint_fixture("fixtures/suppressions/comments.libreoffice.docx", lang),
          lint_fixture("fixtures/unreadable/legacy.doc", lang)};
}

std::string render(std::unique_ptr<Reporter> (*make)(std::ostream&, ReportOptions),
                   const std::vector<FileResult>& files, Lang lang = Lang::zh) {
  std::ostringstream out;
  ReportOptions options;
  options.lang = lang;
  auto reporter = make(out, options);
  Summary summary;
  for (const auto& f : files) {
    summary.add(f);
    reporter->file(f);
  }
  reporter->finish(summary);
  return out.str();
}

std::size_t findings_of(const std::vector<FileResult>& files) {
  std::size_t n = 0;
  for (const auto& f : files)
    n += f.findings.size();
  return n;
}

// Runs tests/resources/validate_json.py on a document; returns (status, output).
std::pair<int, std::string> validate_sarif(const std::string& sarif) {
  fs::path doc = fs::temp_directory_path() / ("jxlint-" + std::to_string(::getpid()) + ".sarif");
  std::ofstream(doc, std::ios::binary) << sarif;
  std::string command = "/usr/bin/python3 '" + source_path("tests/resources/validate_json.py") +
                        "' '" + source_path("tests/resources/sarif-2.1.0-rtm.5.json") + "' '" +
                        doc.string() + "' 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string output;
  char buf[4096];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, pipe))
    output.append(buf, n);
  int status = ::pclose(pipe);
  fs::remove(doc);
  return {status, output};
}

// JSON and SARIF are written file by file; their bytes must be those of the
// document dumped whole, for no files, one, and many.
TEST(StreamedJsonTest, BytesAreThoseOfTheWholeDocument) {
  using Json = nlohmann::ordered_json;
  std::vector<FileResult> all = batch();
  for (auto make : {&make_json_reporter, &make_sarif_reporter}) {
    for (std::size_t n : {0, 1, 4}) {
      std::vector<FileResult> files(all.begin(), all.begin() + static_cast<long>(n));
      std::string streamed = render(make, files);
      Json parsed = Json::parse(streamed);
      EXPECT_EQ(streamed, parsed.dump(2) + "\n") << n << " files";
    }
  }
}

TEST(SarifTest, ValidatesAgainstTheOfficialSchema) {
  auto [status, output] = validate_sarif(render(make_sarif_reporter, batch()));
  EXPECT_EQ(status, 0) << output;
  EXPECT_EQ(output, "");
  // The validation can fail: a result with an unknown level, a run without a tool.
  auto broken = nlohmann::json::parse(
      render(make_sarif_reporter, {lint_fixture("fixtures/seeds/000.python-docx.docx")}));
  broken["runs"][0]["results"][0]["level"] = "fatal";
  broken["runs"][0].erase("tool");
  auto [bad_status, bad_output] = validate_sarif(broken.dump());
  EXPECT_NE(bad_status, 0);
  EXPECT_NE(bad_output.find("'tool' is a required property"), std::string::npos) << bad_output;
  EXPECT_NE(bad_output.find("'fatal' is not one of"), std::string::npos) << bad_output;
}

TEST(SarifTest, RulesResultsLocationsSuppressionsAndNotifications) {
  auto files = batch();
  auto doc = nlohmann::json::parse(render(make_sarif_reporter, files));
  EXPECT_EQ(doc["version"], "2.1.0");
  const auto& run = doc["runs"][0];
  const auto& rules = run["tool"]["driver"]["rules"];
  ASSERT_GE(rules.size(), 24u);
  EXPECT_EQ(rules[0]["id"], "basis-empty");
  EXPECT_EQ(rules[0]["shortDescription"]["text"], "指标值确定依据为空");
  EXPECT_NE(rules[0]["help"]["text"].get<std::string>().find("为什么重要 / Why it matters"),
            std::string::npos);
  EXPECT_EQ(rules[0]["defaultConfiguration"]["level"], "error");

  std::size_t suppressed = files[2].suppressed.size();
  ASSERT_EQ(run["results"].size(), findings_of(files) + suppressed);
  const auto& first = run["results"][0];
  EXPECT_EQ(run["tool"]["driver"]["rules"][first["ruleIndex"].get<int>()]["id"], first["ruleId"]);
  EXPECT_EQ(first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "fixtures/seeds/000.python-docx.docx");
  // A workbook finding carries its cell as a second logical location.
  bool saw_cell = false, saw_suppression = false;
  for (const auto& r : run["results"]) {
    const auto& logical = r["locations"][0]["logicalLocations"];
    if (logical.size() == 2 && logical[1]["fullyQualifiedName"] == "劳模春节慰问金项目!G10") {
      saw_cell = true;
      EXPECT_NE(
          logical[0]["fullyQualifiedName"].get<std::string>().find("表4「劳模春节慰问金项目」"),
          std::string::npos);
    }
    if (r.contains("suppressions")) {
      saw_suppression = true;
      EXPECT_EQ(r["suppressions"][0]["kind"], "inSource");
      EXPECT_FALSE(r["suppressions"][0]["justification"].get<std::string>().empty());
    }
  }
  EXPECT_TRUE(saw_cell);
  EXPECT_TRUE(saw_suppression);
  const auto& invocation = run["invocations"][0];
  EXPECT_FALSE(invocation["executionSuccessful"].get<bool>());
  EXPECT_EQ(invocation["toolExecutionNotifications"][0]["descriptor"]["id"], "legacy-binary");
  // Info findings are SARIF notes.
  for (const auto& r : run["results"]) {
    if (r["ruleId"] == "unused-suppression") {
      EXPECT_EQ(r["level"], "note");
    }
  }
}

TEST(SarifTest, NonAsciiPathsArePercentEncoded) {
  FileResult r = lint_fixture("fixtures/seeds/clean.python-docx.docx");
  r.path = "提交材料/工会 2023.docx";
  auto doc = nlohmann::json::parse(render(make_sarif_reporter, {r}));
  EXPECT_EQ(doc["runs"][0]["artifacts"][0]["location"]["uri"],
            "%E6%8F%90%E4%BA%A4%E6%9D%90%E6%96%99/%E5%B7%A5%E4%BC%9A%202023.docx");
}

TEST(CsvTest, ExcelFriendly) {
  auto files = batch();
  std::string csv = render(make_csv_reporter, files);
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);  // BOM
  EXPECT_EQ(csv.substr(3, csv.find("\r\n") - 3),
            "文件,工作表或表格,项目,指标,栏目,单元格,严重程度,规则,说明");
  std::size_t rows = 0;
  for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2))
    ++rows;
  EXPECT_EQ(rows, 1 + findings_of(files) + 1);  // header, findings, the unreadable file
  EXPECT_NE(
      csv.find(
          "fixtures/seeds/"
          "003.openpyxl.xlsx,劳模春节慰问金项目,劳模春节慰问金项目,慰问标准,度量单位,G10,warning,"
          "value-missing-unit,"),
      std::string::npos);
  EXPECT_NE(
      csv.find("fixtures/seeds/"
               "000.python-docx.docx,表1,安可设备购置,购买数量,指标值确定依据,第8行第6列,error,"
               "basis-empty,指标值确定依据为空\r\n"),
      std::string::npos);
  EXPECT_NE(csv.find("fixtures/unreadable/legacy.doc,,,,,,error,legacy-binary,"),
            std::string::npos);
}

TEST(CsvTest, QuotingAndFormulaGuard) {
  FileResult r;
  r.path = "a,b.docx";
  Finding f;
  f.rule = "local/x";
  f.severity = Severity::warning;
  f.message = "=HYPERLINK(\"http://x\",\"点我\")";
  f.indicator = "-5%";
  f.field = "指标值";
  f.table = 1;
  r.findings.push_back(f);
  std::string csv = render(make_csv_reporter, {r});
  EXPECT_NE(csv.find("\"a,b.docx\",表1,,'-5%,指标值,,warning,local/x,\"'=HYPERLINK(\"\"http://"
                     "x\"\",\"\"点我\"\")\"\r\n"),
            std::string::npos)
      << csv;
}

TEST(JsonlTest, OneLinePerFindingWrittenAsEachFileFinishes) {
  auto files = batch();
  std::ostringstream out;
  auto reporter = make_jsonl_reporter(out, ReportOptions{});
  reporter->file(files[0]);
  std::string after_first = out.str();  // streamed: already there before the batch ends
  EXPECT_EQ(static_cast<std::size_t>(std::count(after_first.begin(), after_first.end(), '\n')),
            files[0].findings.size());
  for (std::size_t i = 1; i < files.size(); ++i)
    reporter->file(files[i]);
  reporter->finish(Summary{});
  std::istringstream lines(out.str());
  std::string line;
  std::size_t n = 0, errors = 0;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    ASSERT_TRUE(j.contains("path"));
    if (j.contains("error")) {
      ++errors;
      EXPECT_EQ(j["error"]["code"], "legacy-binary");
    } else {
      EXPECT_TRUE(j.contains("rule") && j.contains("severity") && j.contains("message"));
    }
    ++n;
  }
  EXPECT_EQ(n, findings_of(files) + 1);
  EXPECT_EQ(errors, 1u);
}

TEST(GithubTest, WorkflowCommandsWithEscapes) {
  auto files = batch();
  std::string out = render(make_github_reporter, files);
  EXPECT_NE(out.find("::error file=fixtures/seeds/000.python-docx.docx,title=basis-empty "
                     "表1「安可设备购置」 / 第8行 /"
                     "「购买数量」 / 指标值确定依据::指标值确定依据为空\n"),
            std::string::npos)
      << out.substr(0, 600);
  EXPECT_NE(out.find("::warning file=fixtures/seeds/003.openpyxl.xlsx,title=value-missing-unit "
                     "表4「劳模春节慰问金项目」 / "
                     "劳模春节慰问金项目!G10 /「慰问标准」 / 度量单位::"),
            std::string::npos);
  EXPECT_NE(out.find("::notice file="), std::string::npos);  // info findings
  EXPECT_NE(out.find("::error file=fixtures/unreadable/legacy.doc,title=jxlint%3A legacy-binary::"),
            std::string::npos);
  FileResult r;
  r.path = "a,b:c.docx";
  Finding f;
  f.rule = "x";
  f.message = "第一行\n100%";
  f.field = "f";
  r.findings.push_back(f);
  EXPECT_NE(render(make_github_reporter, {r})
                .find("file=a%2Cb%3Ac.docx,title=x 表0 / f::第一行%0A100%25\n"),
            std::string::npos);
}

TEST(StatisticsTest, CountsPerRuleMostFrequentFirst) {
  std::string out =
      render(make_statistics_reporter, {lint_fixture("fixtures/seeds/000.python-docx.docx")});
  std::istringstream in(out);
  std::string first;
  std::getline(in, first);
  // 28 basis-empty and 28 value-missing-unit tie; ids break the tie.
  EXPECT_EQ(first, "    28  basis-empty            error    指标值确定依据为空  (1 个文件)");
  EXPECT_NE(out.find("     1  name-repeats-category  warning"), std::string::npos);
  EXPECT_NE(out.find("共检查 1 个文件、3 张绩效目标表：错误 32 个，警告 57 个"), std::string::npos);
}

}  // namespace
}  // namespace jxlint

namespace jxlint {
namespace {

// The HTML report's file sections go through SpooledText: past the threshold
// they move to a temporary file, and what comes out is every piece in order.
TEST(SpooledTextTest, SpillsPastTheThresholdAndWritesEveryPieceInOrder) {
  SpooledText spooled(64);
  std::string expected;
  for (int i = 0; i < 1000; ++i) {
    std::string piece = "<p>第" + std::to_string(i) + "段</p>\n";
    spooled.buffer() += piece;
    spooled.spill_if_large();
    expected += piece;
    EXPECT_LT(spooled.buffer().size(), 64u + piece.size());
  }
  EXPECT_EQ(spooled.size(), expected.size());
  std::ostringstream out;
  spooled.write_to(out);
  EXPECT_EQ(out.str(), expected);
}

TEST(SpooledTextTest, BelowTheThresholdNothingIsSpilled) {
  SpooledText spooled;
  spooled.buffer() += "短报告";
  spooled.spill_if_large();
  EXPECT_EQ(spooled.buffer(), "短报告");
  std::ostringstream out;
  spooled.write_to(out);
  EXPECT_EQ(out.str(), "短报告");
}

}  // namespace
}  // namespace jxlint
