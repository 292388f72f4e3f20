// jxlint.toml as a hostile or careless input (issue 13, cases 4 and 14): its
// shape is bounded before toml++ parses it (a header of 35,000 dotted parts
// overflowed toml++'s stack), a broken one found while walking folders costs
// only the files it governs, and numbers are range-checked without
// overflow, NaN and infinities refused with the key's name.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "bounded_run.h"
#include "config/config.h"
#include "lint/linter.h"
#include "process.h"
#include "support.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;
using testing::run_bounded;

std::string refusal(const std::string& toml) {
  try {
    parse_config(toml, "/tmp/x/jxlint.toml");
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "accepted";
}

std::string dotted(int parts) {
  std::string key = "a";
  for (int i = 1; i < parts; ++i)
    key += ".a";
  return key;
}

TEST(TomlShapeTest, DeepStructuresAreRefusedWithTheirLine) {
  EXPECT_EQ(refusal("select = []\n[" + dotted(35'000) + "]\n"),
            "/tmp/x/jxlint.toml:2: a key of more than 16 dotted parts");
  EXPECT_EQ(refusal(dotted(17) + " = 1\n"),
            "/tmp/x/jxlint.toml:1: a key of more than 16 dotted parts");
  EXPECT_EQ(refusal("x = { " + dotted(40) + " = 1 }\n"),
            "/tmp/x/jxlint.toml:1: a key of more than 16 dotted parts");
  EXPECT_EQ(refusal("x = " + std::string(100'000, '[') + "\n"),
            "/tmp/x/jxlint.toml:1: lists or inline tables nested more than 16 deep");
  EXPECT_EQ(refusal("x = " + std::string(50, '{') + "\n"),
            "/tmp/x/jxlint.toml:1: lists or inline tables nested more than 16 deep");
  EXPECT_EQ(refusal("# \n" + std::string(70'000, '#') + "\n"),
            "/tmp/x/jxlint.toml:2: a line longer than 65536 bytes");
  std::string big(2u << 20, '\n');
  EXPECT_EQ(refusal(big).substr(0, 40), "/tmp/x/jxlint.toml:1: the file is 209715");
}

TEST(TomlShapeTest, DotsAndBracketsInStringsValuesAndCommentsAreNotKeys) {
  // 20 dots and brackets inside strings, a float, a comment and a table
  // header of two parts: all fine.
  std::string toml =
      "select = [\"basis-\", 'a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u', \"[[[[[[[[[[[[[[[[[[\"]  "
      "# a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r [[[[[[[[[[[[[[[[[[[[\n"
      "[goal-placeholder]\npatterns = ['''\n[a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s]\n''', "
      "\"\"\"x.y.z\"\"\"]\n"
      "[satisfaction-range]\nmin = 80.5\n"
      "[\"percent-over-100\"]\nrate-words = [\"率\"]\n";
  std::string result = refusal(toml);
  // select names "basis-" and custom ids that do not exist: the refusal must
  // come from the rule check, not from the shape.
  EXPECT_EQ(result.find("dotted"), std::string::npos) << result;
  EXPECT_EQ(result.find("nested"), std::string::npos) << result;
  EXPECT_EQ(refusal("[goal-placeholder]\npatterns = ['''\n[a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s]"
                    "\n''', '\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[\\[']\n"
                    "[satisfaction-range]\nmin = 80.5\n[\"percent-over-100\"]\n"
                    "rate-words = [\"率\", \"a.b\\\".c\"]\n"),
            "accepted");
}

TEST(ConfigNumbersTest, LimitsAreRangeCheckedWithoutOverflow) {
  // 2^44 MiB is 2^64 bytes: it used to wrap to a limit of 0.
  EXPECT_EQ(refusal("[limits]\nmax-part-mib = 17592186044416\n"),
            "/tmp/x/jxlint.toml:2: \"limits.max-part-mib\" must be a whole number from 1 to "
            "1048576 (MiB)");
  EXPECT_EQ(refusal("[limits]\nmax-total-mib = 0\n"),
            "/tmp/x/jxlint.toml:2: \"limits.max-total-mib\" must be a whole number from 1 to "
            "1048576 (MiB)");
  EXPECT_EQ(refusal("[limits]\nmax-table-columns = 2.5\n"),
            "/tmp/x/jxlint.toml:2: \"limits.max-table-columns\" must be a whole number from 1 to "
            "1073741824 (columns)");
  Config c = parse_config("[limits]\nmax-part-mib = 1048576\nmax-inflate-ratio = 1e18\n",
                          "/tmp/x/jxlint.toml");
  LintOptions o = with_limits(LintOptions{}, c.limits);
  EXPECT_EQ(o.limits.max_part_bytes, 1ull << 40);
  EXPECT_EQ(o.limits.max_inflate_ratio, 1e18);
  // An integer is a number too (it was refused as "must be ≥ 1").
  c = parse_config("[limits]\nmax-inflate-ratio = 1000000000000000000\n", "/tmp/x/jxlint.toml");
  EXPECT_EQ(*c.limits.max_inflate_ratio, 1e18);
  EXPECT_EQ(refusal("[limits]\nmax-inflate-ratio = 0.5\n"),
            "/tmp/x/jxlint.toml:2: \"limits.max-inflate-ratio\" must be a number ≥ 1, not 0.5");
}

TEST(ConfigNumbersTest, NanAndInfinitiesAreRefusedNamingTheKey) {
  for (const char* v : {"nan", "+nan", "-nan", "inf", "+inf", "-inf"}) {
    std::string r = refusal(std::string("[limits]\nmax-inflate-ratio = ") + v + "\n");
    EXPECT_NE(r.find("\"limits.max-inflate-ratio\" must be a finite number"), std::string::npos)
        << r;
    r = refusal(std::string("[satisfaction-range]\nmin = ") + v + "\n");
    EXPECT_NE(r.find("\"satisfaction-range.min\" must be a finite number"), std::string::npos) << r;
  }
  Config c = parse_config("[satisfaction-range]\nmin = 80\n", "/tmp/x/jxlint.toml");
  EXPECT_EQ(std::get<double>(c.options["satisfaction-range"]["min"]), 80.0);
}

TEST(ConfigNumbersTest, EveryWorkLimitReachesTheLintOptions) {
  Config c = parse_config(
      "[limits]\nmax-attributes = 10\nmax-table-rows = 11\nmax-table-columns = 12\n"
      "max-table-cells = 13\nmax-tables = 14\nmax-file-cells = 15\n",
      "/tmp/x/jxlint.toml");
  LintOptions o = with_limits(LintOptions{}, c.limits);
  EXPECT_EQ(o.limits.max_xml_attributes, 10u);
  EXPECT_EQ(o.work.max_table_rows, 11);
  EXPECT_EQ(o.work.max_table_columns, 12);
  EXPECT_EQ(o.work.max_table_cells, 13u);
  EXPECT_EQ(o.work.max_tables, 14u);
  EXPECT_EQ(o.work.max_file_cells, 15u);
  EXPECT_NE(describe_config(c).find("max-file-cells = 15\n"), std::string::npos);
}

// Case 4 through the binary: a broken jxlint.toml in one folder of the
// queue costs the files under it (config-error, exit 2), not the run.
class WalkedConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("jxlint-walked-" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "broken");
    fs::create_directories(dir_ / "fine");
    fs::copy_file(testing::source_path("fixtures/seeds/000.python-docx.docx"),
                  dir_ / "broken" / "x.docx");
    fs::copy_file(testing::source_path("fixtures/seeds/000.python-docx.docx"),
                  dir_ / "fine" / "y.docx");
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(WalkedConfigTest, A35000PartHeaderCostsOnlyTheFilesUnderIt) {
  std::ofstream(dir_ / "broken" / "jxlint.toml") << "[" << dotted(35'000) << "]\n";
  auto run = run_bounded({"--format", "json", dir_.string()}, 60);
  ASSERT_EQ(run.signal, 0) << "crashed";
  EXPECT_EQ(run.status, 2);
  EXPECT_LT(run.seconds, testing::kSecondsBound);
  auto doc = nlohmann::json::parse(run.out, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << run.out << run.err;
  ASSERT_EQ(doc["files"].size(), 2u);
  for (const auto& f : doc["files"]) {
    std::string path = f["path"];
    if (path.find("broken") != std::string::npos) {
      ASSERT_FALSE(f["error"].is_null());
      EXPECT_EQ(f["error"]["code"], "config-error");
      EXPECT_NE(f["error"]["message"].get<std::string>().find("jxlint.toml:1: a key of more"),
                std::string::npos);
    } else {
      EXPECT_TRUE(f["error"].is_null());
      EXPECT_EQ(f["findings"].size(), 89u);
    }
  }
}

TEST_F(WalkedConfigTest, AnUnknownKeyAlsoCostsOnlyItsFolder) {
  std::ofstream(dir_ / "broken" / "jxlint.toml") << "selct = []\n";
  auto run = run_bounded({"--format", "json", dir_.string()}, 60);
  EXPECT_EQ(run.status, 2);
  auto doc = nlohmann::json::parse(run.out, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << run.err;
  ASSERT_EQ(doc["files"].size(), 2u);
  EXPECT_EQ(doc["summary"]["failed_files"], 1);
}

TEST_F(WalkedConfigTest, AnExplicitConfigThatIsInvalidStillStopsTheRun) {
  std::ofstream(dir_ / "broken" / "jxlint.toml") << "[" << dotted(35'000) << "]\n";
  auto run = run_bounded(
      {"--format", "json", "--config", (dir_ / "broken" / "jxlint.toml").string(), dir_.string()},
      60);
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_NE(run.err.find("a key of more than 16 dotted parts"), std::string::npos) << run.err;
}

TEST_F(WalkedConfigTest, AFifoNamedJxlintTomlDoesNotBlock) {
  fs::path fifo = dir_ / "broken" / "jxlint.toml";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  auto run = run_bounded({"--format", "json", "--config", fifo.string(), dir_.string()}, 10);
  EXPECT_FALSE(run.timed_out);
  EXPECT_EQ(run.status, 2);
}

}  // namespace
}  // namespace jxlint
