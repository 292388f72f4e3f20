// No line of a report can be forged by a name (issue 13, case 3): file
// names, sheet names and cell texts show their control characters as
// escapes in the text, GitHub and CSV formats, and a file name that is not
// UTF-8 (GBK from a shared drive) is shown with U+FFFD everywhere, its raw
// bytes kept in JSON as `path_bytes` (base64).
#include <gtest/gtest.h>
#include <zip.h>

#include <nlohmann/json.hpp>

#include "io_support.h"
#include "util/base64.h"
#include "util/printable.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;

using testing::binary;
using testing::CliResult;
using testing::lines;
using testing::read_file;
using testing::run_shell;
using testing::ScratchDir;
using testing::shell_quote;

constexpr const char* kSeed000 = "fixtures/seeds/000.python-docx.docx";
constexpr const char* kForgery = "fake.xlsx:1: error: injected [x]";

// A name that tries everything: line breaks, a forged report line, a
// terminal escape, a Unicode line separator.
std::string hostile_name() {
  return std::string("a\n") + kForgery + "\r\n\x1b[31m\xE2\x80\xA8" + kForgery + "\tb.docx";
}

// Every line of `out` that a consumer reading line by line would take for a
// report line about the fake file.
int forged_lines(const std::string& out) {
  int n = 0;
  for (const std::string& line : lines(out)) {
    if (line.find("fake.xlsx:1") == 0 || line.find("::error file=fake") == 0) ++n;
  }
  return n;
}

// `text` (as the text format shows it) as a format writes it: GitHub's
// runner takes a line break as %0D/%0A, and ':' and ',' escaped in a
// command's properties (file=, title=), where names go.
std::string as_written(const std::string& format, const std::string& text) {
  if (format != "github") return text;
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "\\n") == 0) {
      out += "%0A";
      ++i;
    } else if (text.compare(i, 2, "\\r") == 0) {
      out += "%0D";
      ++i;
    } else if (text[i] == ':') {
      out += "%3A";
    } else if (text[i] == ',') {
      out += "%2C";
    } else {
      out += text[i];
    }
  }
  return out;
}

// Copies an .xlsx fixture with its first sheet renamed to `name_xml` (XML
// text, character references allowed).
fs::path with_first_sheet_named(const ScratchDir& dir, const std::string& name_xml) {
  fs::path copy = dir.copy("fixtures/seeds/000.openpyxl.xlsx", "sheet.xlsx");
  int error = 0;
  zip_t* zip = zip_open(copy.c_str(), 0, &error);
  EXPECT_NE(zip, nullptr);
  zip_stat_t st;
  zip_stat(zip, "xl/workbook.xml", 0, &st);
  std::string xml(st.size, '\0');
  zip_file_t* part = zip_fopen(zip, "xl/workbook.xml", 0);
  zip_fread(part, xml.data(), st.size);
  zip_fclose(part);
  const std::string old_name = "name=\"安可设备购置\"";
  std::size_t at = xml.find(old_name);
  EXPECT_NE(at, std::string::npos);
  xml.replace(at, old_name.size(), "name=\"" + name_xml + "\"");
  // libzip reads the buffer at zip_close, so it must outlive the source.
  static std::string kept;
  kept = xml;
  zip_source_t* source = zip_source_buffer(zip, kept.data(), kept.size(), 0);
  zip_file_add(zip, "xl/workbook.xml", source, ZIP_FL_OVERWRITE);
  zip_close(zip);
  return copy;
}

TEST(ForgedLineTest, AFileNameCannotForgeALine) {
  ScratchDir dir("jxlint-names");
  dir.copy(kSeed000, hostile_name());
  for (const char* format : {"text", "github", "csv"}) {
    SCOPED_TRACE(format);
    CliResult r = run_shell(binary() + " --format " + format + " " + shell_quote(dir.path()));
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(forged_lines(r.out), 0) << testing::head(r.out);
    EXPECT_EQ(r.out.find('\x1b'), std::string::npos);
    EXPECT_EQ(r.out.find("\xE2\x80\xA8"), std::string::npos);
    EXPECT_NE(r.out.find(as_written(
                  format, "a\\nfake.xlsx:1: error: injected [x]\\r\\n\\x1b[31m\\u2028fake")),
              std::string::npos)
        << testing::head(r.out);
  }
  // Text: one line per finding and the summary, each naming the file.
  CliResult text = run_shell(binary() + " " + shell_quote(dir.path()));
  std::vector<std::string> out = lines(text.out);
  ASSERT_GT(out.size(), 1u);
  for (std::size_t i = 0; i + 1 < out.size(); ++i)
    EXPECT_EQ(out[i].find(dir.path().string() + "/a\\nfake"), 0u) << out[i];
}

TEST(ForgedLineTest, ASheetNameCannotForgeALine) {
  ScratchDir dir("jxlint-sheet-name");
  fs::path book = with_first_sheet_named(dir, std::string("项目&#10;") + kForgery + "&#13;&#10;x");
  for (const char* format : {"text", "github", "csv"}) {
    SCOPED_TRACE(format);
    CliResult r = run_shell(binary() + " --format " + format + " " + shell_quote(book));
    EXPECT_EQ(r.status, 1) << testing::head(r.err);
    EXPECT_EQ(forged_lines(r.out), 0) << testing::head(r.out);
    EXPECT_NE(r.out.find(as_written(format, "项目\\nfake.xlsx:1: error: injected [x]\\r\\nx")),
              std::string::npos)
        << testing::head(r.out);
  }
  // JSON keeps the name as it is, escaped the JSON way.
  CliResult json = run_shell(binary() + " --format json " + shell_quote(book));
  auto doc = nlohmann::json::parse(json.out);
  bool seen = false;
  for (const auto& f : doc["files"][0]["findings"])
    seen = seen || f["sheet"] == std::string("项目\n") + kForgery + "\r\nx";
  EXPECT_TRUE(seen);
}

// "中文" in GBK: D6 D0 CE C4, none of it valid UTF-8.
const std::string kGbkName = "\xD6\xD0\xCE\xC4-2024.docx";

TEST(NonUtf8NameTest, EveryFormatIsValidUtf8) {
  ScratchDir dir("jxlint-gbk");
  dir.copy(kSeed000, kGbkName);
  for (const char* format : {"text", "json", "jsonl", "csv", "github", "sarif", "html"}) {
    SCOPED_TRACE(format);
    CliResult r = run_shell(binary() + " --format " + format + " " + shell_quote(dir.path()));
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(testing::valid_utf8(r.out));
    EXPECT_TRUE(testing::valid_utf8(r.err));
    if (std::string(format) == "text" || std::string(format) == "csv" ||
        std::string(format) == "github") {
      EXPECT_NE(r.out.find("\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD-2024.docx"),
                std::string::npos)
          << testing::head(r.out);
    }
  }
}

TEST(NonUtf8NameTest, JsonKeepsTheRawBytesInPathBytes) {
  ScratchDir dir("jxlint-gbk-json");
  fs::path gbk = dir.copy(kSeed000, kGbkName);
  dir.copy(kSeed000, "中文.docx");
  CliResult r = run_shell(binary() + " --format json " + shell_quote(dir.path()));
  auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["files"].size(), 2u);
  const auto& gbk_file = doc["files"][0];
  const auto& utf8_file = doc["files"][1];
  std::string shown =
      dir.path().string() + "/\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD-2024.docx";
  EXPECT_EQ(gbk_file["path"], shown);
  EXPECT_EQ(gbk_file["path_bytes"], base64(gbk.string()));
  EXPECT_FALSE(utf8_file.contains("path_bytes"));  // only when the path is not UTF-8
  EXPECT_EQ(utf8_file["path"], (dir / "中文.docx").string());

  CliResult jsonl = run_shell(binary() + " --format jsonl " + shell_quote(gbk));
  for (const std::string& line : lines(jsonl.out)) {
    auto object = nlohmann::json::parse(line);
    EXPECT_EQ(object["path"], shown);
    EXPECT_EQ(object["path_bytes"], base64(gbk.string()));
  }
}

// ------------------------------------------------------------ the pieces

TEST(PrintableTest, ControlCharactersBecomeEscapes) {
  EXPECT_EQ(printable("a\nb\rc\td"), "a\\nb\\rc\\td");
  EXPECT_EQ(printable("\x1b[31m\x7f\x01"), "\\x1b[31m\\x7f\\x01");
  EXPECT_EQ(printable("x\xC2\x85y"), "x\\u0085y");                     // NEL, a C1 control
  EXPECT_EQ(printable("\xE2\x80\xA8\xE2\x80\xA9"), "\\u2028\\u2029");  // line, paragraph
  EXPECT_EQ(printable("\xE2\x80\xAE"
                      "abc"),
            "\\u202eabc");                            // right-to-left override
  EXPECT_EQ(printable("\xE2\x81\xA6x"), "\\u2066x");  // left-to-right isolate
}

TEST(PrintableTest, TextAndBackslashesAreKept) {
  EXPECT_EQ(printable("表1「安可设备购置」≥90% a\\b"), "表1「安可设备购置」≥90% a\\b");
  EXPECT_EQ(printable(""), "");
  EXPECT_EQ(printable("\xEF\xBF\xBD"), "\xEF\xBF\xBD");
}

TEST(PrintableTest, InvalidUtf8BecomesReplacementCharacters) {
  EXPECT_EQ(printable("\xD6\xD0"
                      "a"),
            "\xEF\xBF\xBD\xEF\xBF\xBD"
            "a");
  EXPECT_EQ(printable("\xE4\xB8"), "\xEF\xBF\xBD\xEF\xBF\xBD");                  // cut short
  EXPECT_EQ(printable("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  EXPECT_TRUE(is_valid_utf8("中文 abc \xEF\xBF\xBD"));
  EXPECT_FALSE(is_valid_utf8("\xD6\xD0\xCE\xC4"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));  // overlong '/'
}

TEST(Base64Test, Rfc4648Vectors) {
  EXPECT_EQ(base64(""), "");
  EXPECT_EQ(base64("f"), "Zg==");
  EXPECT_EQ(base64("fo"), "Zm8=");
  EXPECT_EQ(base64("foo"), "Zm9v");
  EXPECT_EQ(base64("foob"), "Zm9vYg==");
  EXPECT_EQ(base64("fooba"), "Zm9vYmE=");
  EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64("\xD6\xD0\xCE\xC4\xFF"), "1tDOxP8=");
}

}  // namespace
}  // namespace jxlint
