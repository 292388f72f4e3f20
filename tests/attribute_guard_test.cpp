// AttributeGuard: the attributes of each start tag are counted before
// libxml2 sees the bytes (its duplicate check is quadratic in them), exactly
// at any chunk boundary, without counting '=' in values, text, comments or
// CDATA, and at a fraction of the parse's cost.
#include "xml/attribute_guard.h"

#include <gtest/gtest.h>

#include <string>

#include "util/input_error.h"
#include "xml_source.h"

namespace jxlint {
namespace {

std::string tag(int attributes, const std::string& value = "1") {
  std::string t = "<p";
  for (int i = 0; i < attributes; ++i)
    t += " a" + std::to_string(i) + "=\"" + value + "\"";
  return t + "/>";
}

// True when the whole text passes, fed in chunks of `chunk` bytes.
bool passes(const std::string& text, std::size_t chunk, std::size_t max = 256) {
  AttributeGuard guard(max);
  for (std::size_t i = 0; i < text.size(); i += chunk) {
    if (!guard.scan(std::string_view(text).substr(i, chunk))) return false;
  }
  return true;
}

const std::size_t kChunks[] = {1, 2, 3, 7, 64, 511, 512, 513, 1000, 16384, 1 << 20};

TEST(AttributeGuardTest, CountsEachStartTagAtAnyChunkBoundary) {
  std::string filler(5000, 'x');
  for (std::size_t chunk : kChunks) {
    EXPECT_TRUE(passes("<d>" + filler + tag(256) + filler + "</d>", chunk)) << chunk;
    EXPECT_FALSE(passes("<d>" + filler + tag(257) + filler + "</d>", chunk)) << chunk;
    EXPECT_FALSE(passes("<d>" + tag(200'000) + "</d>", chunk)) << chunk;
    // '>' is allowed in a value: it neither ends the tag nor hides the count.
    EXPECT_FALSE(passes("<d>" + tag(300, ">") + "</d>", chunk)) << chunk;
    // Whitespace around '=' and single quotes.
    std::string spaced = "<p";
    for (int i = 0; i < 300; ++i)
      spaced += " a" + std::to_string(i) + " =\n'1'";
    EXPECT_FALSE(passes("<d>" + spaced + "/></d>", chunk)) << chunk;
  }
}

TEST(AttributeGuardTest, EqualSignsOutsideAttributesDoNotCount) {
  std::string equals(3000, '=');
  for (std::size_t chunk : kChunks) {
    EXPECT_TRUE(passes("<d><t>" + equals + "</t></d>", chunk)) << chunk;
    EXPECT_TRUE(passes("<d x=\"" + equals + "\" y='" + equals + "'/>", chunk)) << chunk;
    EXPECT_TRUE(passes("<d><!-- " + equals + " -- " + equals + " --></d>", chunk)) << chunk;
    EXPECT_TRUE(passes("<d><![CDATA[ " + equals + " ]] " + equals + "]]></d>", chunk)) << chunk;
    EXPECT_TRUE(passes("<?pi " + equals + "?><d/>", chunk)) << chunk;
    EXPECT_TRUE(passes("<d>" + tag(200) + tag(200) + tag(200) + "</d>", chunk)) << chunk;
  }
}

TEST(AttributeGuardTest, Utf16IsScannedByCodeUnits) {
  auto utf16le = [](const std::string& ascii, char16_t extra) {
    std::string out = "\xFF\xFE";
    for (char c : ascii) {
      out += c;
      out += '\0';
      if (c == '>') {  // a CJK character whose low byte is '<' after every tag
        out += static_cast<char>(extra & 0xff);
        out += static_cast<char>(extra >> 8);
      }
    }
    return out;
  };
  for (std::size_t chunk : {std::size_t{1}, std::size_t{3}, std::size_t{16384}}) {
    EXPECT_FALSE(passes(utf16le("<d>" + tag(300) + "</d>", u'x'), chunk)) << chunk;
    // U+4E3C has the byte 0x3C ('<'), U+4E3D the byte 0x3D ('='): text, not markup.
    std::string text = utf16le("<d>" + std::string(600, '=') + "</d>", u'\u4E3C');
    EXPECT_TRUE(passes(text, chunk)) << chunk;
  }
}

TEST(AttributeGuardTest, TheReaderRefusesTheTagBeforeParsingIt) {
  testing::StringXml ok("<d>" + tag(256) + "</d>", 4096);
  while (ok.reader().read()) {
  }
  testing::StringXml hostile("<d>" + tag(257) + "</d>", 4096);
  try {
    while (hostile.reader().read()) {
    }
    ADD_FAILURE() << "not refused";
  } catch (const InputError& e) {
    EXPECT_EQ(e.code(), "xml-limit");
    EXPECT_NE(std::string(e.message_en()).find("more than 256 attributes"), std::string::npos);
  }
}

}  // namespace
}  // namespace jxlint
