// Replays, through the same entry points as libFuzzer runs them:
//  - every input the fuzzers ever found troublesome (tests/fuzz/regressions/
//    <target>/, copied there by scripts/fuzz; empty while none was found);
//  - a minimised sample of what they reached (tests/fuzz/corpus/<target>/,
//    made by scripts/fuzz-sample): broken zips, mangled XML, odd texts.
// Under ASan/UBSan (scripts/test) a regression crashes or reports here.
#include <gtest/gtest.h>

#include <filesystem>

#include "fuzz/targets.h"
#include "support.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;

int replay_folder(const std::string& folder, void (*entry)(const std::uint8_t*, std::size_t)) {
  fs::path dir = testing::source_path(folder);
  int replayed = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (!e.is_regular_file() || e.path().filename() == ".keep") continue;
    std::string bytes = testing::read_file(e.path().string());
    SCOPED_TRACE(e.path().string());
    entry(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    ++replayed;
  }
  return replayed;
}

void replay(const std::string& target, void (*entry)(const std::uint8_t*, std::size_t)) {
  int regressions = replay_folder("tests/fuzz/regressions/" + target, entry);
  int sample = replay_folder("tests/fuzz/corpus/" + target, entry);
  ::testing::Test::RecordProperty("regressions", regressions);
  ::testing::Test::RecordProperty("sample", sample);
  // A missing or emptied sample would make this test pass on nothing.
  EXPECT_GT(sample, 20) << "tests/fuzz/corpus/" << target << ": run scripts/fuzz-sample";
}

TEST(FuzzRegressionTest, File) {
  replay("file", fuzz::lint_file_bytes);
}
TEST(FuzzRegressionTest, DocumentXml) {
  replay("docx_xml", fuzz::lint_document_xml);
}
TEST(FuzzRegressionTest, SheetXml) {
  replay("sheet_xml", fuzz::lint_sheet_xml);
}
TEST(FuzzRegressionTest, Text) {
  replay("text", fuzz::parse_texts);
}
TEST(FuzzRegressionTest, Config) {
  replay("config", fuzz::load_config_text);
}
TEST(FuzzRegressionTest, CacheEntry) {
  replay("cache_entry", fuzz::load_cache_entry);
}

// The entry points accept anything, including nothing.
TEST(FuzzRegressionTest, EmptyAndTinyInputs) {
  for (std::string bytes : {std::string(), std::string("PK\x03\x04", 4), std::string("<"),
                            std::string("\xD0\xCF\x11\xE0")}) {
    auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    fuzz::lint_file_bytes(data, bytes.size());
    fuzz::lint_document_xml(data, bytes.size());
    fuzz::lint_sheet_xml(data, bytes.size());
    fuzz::parse_texts(data, bytes.size());
    fuzz::load_config_text(data, bytes.size());
    fuzz::load_cache_entry(data, bytes.size());
  }
}

}  // namespace
}  // namespace jxlint
