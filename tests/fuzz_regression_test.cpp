// Every input the fuzzers ever found troublesome (tests/fuzz/regressions/
// <target>/), and every seed, replayed through the same entry points as
// libFuzzer runs them. Under ASan/UBSan (scripts/test) a regression crashes
// or reports here.
#include <gtest/gtest.h>

#include <filesystem>

#include "fuzz/targets.h"
#include "support.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;

void replay(const std::string& target, void (*entry)(const std::uint8_t*, std::size_t)) {
  fs::path dir = testing::source_path("tests/fuzz/regressions/" + target);
  int replayed = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (!e.is_regular_file() || e.path().filename() == ".keep") continue;
    std::string bytes = testing::read_file(e.path().string());
    SCOPED_TRACE(e.path().string());
    entry(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    ++replayed;
  }
  ::testing::Test::RecordProperty("replayed", replayed);
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

// The entry points accept anything, including nothing.
TEST(FuzzRegressionTest, EmptyAndTinyInputs) {
  for (std::string bytes : {std::string(), std::string("PK\x03\x04", 4), std::string("<"),
                            std::string("\xD0\xCF\x11\xE0")}) {
    auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    fuzz::lint_file_bytes(data, bytes.size());
    fuzz::lint_document_xml(data, bytes.size());
    fuzz::lint_sheet_xml(data, bytes.size());
    fuzz::parse_texts(data, bytes.size());
  }
}

}  // namespace
}  // namespace jxlint
