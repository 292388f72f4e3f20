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
