#include "util/text.h"

#include <gtest/gtest.h>

namespace jxlint::text {
namespace {

TEST(TextTest, NfkcFoldsFullWidthForms) {
  EXPECT_EQ(nfkc("ＡＢＣ１２３％（）"), "ABC123%()");
  EXPECT_EQ(nfkc("≥95％"), "≥95%");
}

TEST(TextTest, FoldIgnoresSpacesPunctuationWidthAndCase) {
  EXPECT_EQ(fold("资金支出计 划（%）"), fold("资金支出计划(%)"));
  EXPECT_EQ(fold("培训 人次"), fold("培训人次"));
  EXPECT_EQ(fold("培训合格率。"), fold("培训合格率"));
  EXPECT_EQ(fold("ＰＰＴ课件数量"), fold("ppt课件数量"));
  EXPECT_EQ(fold("“一对一” 洽谈场次"), fold("一对一洽谈场次"));
  EXPECT_EQ(fold("\u3000项目名称\u00a0"), "项目名称");
  // Symbols and letters are kept: ≥ is not punctuation.
  EXPECT_NE(fold("≥95"), fold("95"));
}

// fold()'s fast path must agree with its definition on every character of
// the Basic Multilingual Plane, alone and mixed with Chinese text.
TEST(TextTest, FastFoldEqualsTheReferenceEverywhere) {
  for (char32_t cp = 1; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // surrogates are not characters
    std::string one;
    append_utf8(one, cp);
    ASSERT_EQ(fold(one), fold_reference(one)) << std::hex << static_cast<unsigned>(cp);
    std::string mixed = "培训 " + one + "合格率：";
    ASSERT_EQ(fold(mixed), fold_reference(mixed)) << std::hex << static_cast<unsigned>(cp);
    ASSERT_EQ(nfkc(one), nfkc_reference(one)) << std::hex << static_cast<unsigned>(cp);
    ASSERT_EQ(nfkc(mixed), nfkc_reference(mixed)) << std::hex << static_cast<unsigned>(cp);
  }
  // Pairs of characters that compose (Hangul jamo, a base and a combining
  // mark, Indic vowel signs) and a sample of mixed pairs.
  for (auto [a, b] : std::initializer_list<std::pair<char32_t, char32_t>>{{0x1100, 0x1161},
                                                                          {0x0065, 0x0301},
                                                                          {0x0B47, 0x0B3E},
                                                                          {0x3046, 0x3099},
                                                                          {0xFF76, 0xFF9E},
                                                                          {0x4E00, 0x0300},
                                                                          {0x2264, 0x0338},
                                                                          {0x2265, 0x0338},
                                                                          {0x2265, 0x0035}}) {
    std::string two;
    append_utf8(two, a);
    append_utf8(two, b);
    EXPECT_EQ(fold(two), fold_reference(two)) << std::hex << static_cast<unsigned>(a);
    EXPECT_EQ(nfkc(two), nfkc_reference(two)) << std::hex << static_cast<unsigned>(a);
  }
  std::uint32_t seed = 12345;
  for (int i = 0; i < 200000; ++i) {
    seed = seed * 1103515245u + 12345u;
    char32_t a = 0x20 + (seed >> 8) % 0x3000;
    seed = seed * 1103515245u + 12345u;
    char32_t b = 0x20 + (seed >> 8) % 0x3000;
    if ((a >= 0xD800 && a <= 0xDFFF) || (b >= 0xD800 && b <= 0xDFFF)) continue;
    std::string two;
    append_utf8(two, a);
    append_utf8(two, b);
    ASSERT_EQ(fold(two), fold_reference(two))
        << std::hex << static_cast<unsigned>(a) << " " << static_cast<unsigned>(b);
    ASSERT_EQ(nfkc(two), nfkc_reference(two))
        << std::hex << static_cast<unsigned>(a) << " " << static_cast<unsigned>(b);
  }
  // Combining sequences compose under NFKC: the fast path must step aside.
  EXPECT_EQ(fold("e\u0301"), fold_reference("e\u0301"));
  EXPECT_EQ(fold("e\u0301"), "\u00e9");
  EXPECT_EQ(fold("\u2265\u0338"), "\u2271");  // ≥ + long solidus: ≱
  EXPECT_EQ(fold("≥95%"), fold_reference("≥95%"));
  EXPECT_EQ(fold("ＰＰＴ（%）指标"), "ppt指标");  // % is punctuation (Po)
}

TEST(TextTest, HoldsAnyOfLooksAtEveryCodePoint) {
  const text::CodePointSet marks(U"项目a\u00E9\U0001F600");
  EXPECT_TRUE(text::holds_any_of("绩效目标", marks));
  EXPECT_TRUE(text::holds_any_of("xyz a", marks));
  EXPECT_TRUE(text::holds_any_of("caf\u00E9", marks));
  EXPECT_TRUE(text::holds_any_of("\U0001F600", marks));  // four bytes, through utf8proc
  EXPECT_FALSE(text::holds_any_of("", marks));
  EXPECT_FALSE(text::holds_any_of("绩效指标 ABC", marks));
  EXPECT_FALSE(text::holds_any_of("\U0001F601\uFFFF\u9FFF", marks));  // past the bitmap
  EXPECT_FALSE(text::holds_any_of("\xE9\xA1", marks));                // cut short: U+FFFD
  EXPECT_FALSE(text::holds_any_of("顶目", text::CodePointSet(U"")));
}

TEST(TextTest, TrimHandlesIdeographicSpaceAndBom) {
  EXPECT_EQ(trim("\u3000 单位：万元 \t\n"), "单位：万元");
  EXPECT_EQ(trim("\xEF\xBB\xBF"
                 "abc"),
            "abc");
  EXPECT_EQ(trim("   "), "");
  EXPECT_TRUE(is_blank(" \u3000\n"));
  EXPECT_FALSE(is_blank(" a "));
}

TEST(TextTest, OneLineAndEllipsize) {
  EXPECT_EQ(one_line("  a \n b\t\tc "), "a b c");
  EXPECT_EQ(ellipsize("一二三四五", 3), "一二三…");
  EXPECT_EQ(ellipsize("一二三", 3), "一二三");
  EXPECT_EQ(length("一a二"), 3u);
}

TEST(TextTest, InvalidUtf8IsReplacedNotPropagated) {
  EXPECT_EQ(valid_utf8("a\xFF"
                       "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(valid_utf8("正常"), "正常");
  // Folding invalid input must not crash; it is returned unchanged.
  EXPECT_NO_THROW(fold("\xC3\x28"));
}

}  // namespace
}  // namespace jxlint::text
