#include "model/value.h"

#include <gtest/gtest.h>

namespace jxlint {
namespace {

struct Case {
  const char* text;
  Value::Kind kind;
  Op op;
  double number;
  const char* unit;
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class ValueParseTest : public ::testing::TestWithParam<Case> {};

TEST_P(ValueParseTest, Parses) {
  const Case& c = GetParam();
  Value v = parse_value(c.text);
  EXPECT_EQ(v.kind, c.kind) << c.text;
  if (c.kind == Value::Kind::numeric) {
    EXPECT_EQ(v.op, c.op) << c.text;
    EXPECT_DOUBLE_EQ(v.number, c.number) << c.text;
    EXPECT_EQ(v.unit, c.unit) << c.text;
  }
}

// The spellings the issue names, and the ones reviewers meet.
INSTANTIATE_TEST_SUITE_P(
    Spellings, ValueParseTest,
    ::testing::Values(Case{"≥95%", Value::Kind::numeric, Op::ge, 95, "%"},
                      Case{"≥ 95 %", Value::Kind::numeric, Op::ge, 95, "%"},
                      Case{">=95%", Value::Kind::numeric, Op::ge, 95, "%"},
                      Case{"≧95％", Value::Kind::numeric, Op::ge, 95, "%"},
                      Case{"＞＝95％", Value::Kind::numeric, Op::ge, 95, "%"},
                      Case{"不低于95%", Value::Kind::numeric, Op::ge, 95, "%"},
                      Case{"不少于3次", Value::Kind::numeric, Op::ge, 3, "次"},
                      Case{"95%以上", Value::Kind::numeric, Op::ge, 95, "%"},
                      Case{"≤0.91", Value::Kind::numeric, Op::le, 0.91, ""},
                      Case{"≦0.91万元", Value::Kind::numeric, Op::le, 0.91, "万元"},
                      Case{"≤5万元", Value::Kind::numeric, Op::le, 5, "万元"},
                      Case{"不超过5万元", Value::Kind::numeric, Op::le, 5, "万元"},
                      Case{"控制在5万元以内", Value::Kind::numeric, Op::le, 5, "万元"},
                      Case{"≥3次", Value::Kind::numeric, Op::ge, 3, "次"},
                      Case{"500", Value::Kind::numeric, Op::none, 500, ""},
                      Case{"1,000人", Value::Kind::numeric, Op::none, 1000, "人"},
                      Case{"=100%", Value::Kind::numeric, Op::eq, 100, "%"},
                      Case{"＝100％", Value::Kind::numeric, Op::eq, 100, "%"},
                      Case{"≥100人次", Value::Kind::numeric, Op::ge, 100, "人次"},
                      Case{">100%", Value::Kind::numeric, Op::gt, 100, "%"},
                      Case{"<5天", Value::Kind::numeric, Op::lt, 5, "天"},
                      Case{"12月底前", Value::Kind::numeric, Op::none, 12, "月底前"},
                      Case{"完成率≥95%", Value::Kind::numeric, Op::ge, 95, "%"},
                      Case{"每年一次", Value::Kind::qualitative, Op::none, 0, ""},
                      Case{"优", Value::Kind::qualitative, Op::none, 0, ""},
                      Case{"每人每年500元", Value::Kind::qualitative, Op::none, 0, ""},
                      Case{"2023年11月底前", Value::Kind::qualitative, Op::none, 0, ""},
                      Case{"及时足额申请经费", Value::Kind::qualitative, Op::none, 0, ""},
                      Case{"", Value::Kind::empty, Op::none, 0, ""},
                      Case{" / ", Value::Kind::empty, Op::none, 0, ""},
                      Case{"无", Value::Kind::empty, Op::none, 0, ""},
                      Case{"——", Value::Kind::empty, Op::none, 0, ""}),
    [](const auto& info) { return "case_" + std::to_string(info.index); });

TEST(ValueTest, Ranges) {
  Value v = parse_value("90%-100%");
  ASSERT_TRUE(v.is_numeric());
  EXPECT_EQ(v.op, Op::range);
  EXPECT_DOUBLE_EQ(v.number, 90);
  EXPECT_DOUBLE_EQ(v.upper, 100);
  EXPECT_EQ(v.unit, "%");
  Value w = parse_value("80～120分");
  EXPECT_EQ(w.op, Op::range);
  EXPECT_DOUBLE_EQ(w.high(), 120);
  EXPECT_EQ(w.unit, "分");
}

TEST(ValueTest, PercentUnits) {
  EXPECT_TRUE(parse_value("≥95%").is_percent());
  EXPECT_TRUE(parse_value("≥95％").is_percent());
  EXPECT_FALSE(parse_value("≥95").is_percent());
  EXPECT_FALSE(parse_value("≥100人次").is_percent());
}

TEST(ValueTest, DigitsAreRecordedForQualitativeText) {
  EXPECT_TRUE(parse_value("2023年11月底前").has_digits);
  EXPECT_FALSE(parse_value("每年一次").has_digits);
}

TEST(ValueTest, SplitColumnsMergeIntoOneMeaning) {
  Value v = parse_split_value("≥", "95", "%");
  ASSERT_TRUE(v.is_numeric());
  EXPECT_EQ(v.op, Op::ge);
  EXPECT_EQ(v.unit, "%");
  EXPECT_TRUE(v.unit_from_column);

  Value bare = parse_split_value("≤", "0.91", "");
  EXPECT_EQ(bare.op, Op::le);
  EXPECT_FALSE(bare.has_unit());

  Value qualitative = parse_split_value("定性", "95", "%");
  EXPECT_EQ(qualitative.kind, Value::Kind::qualitative);

  Value words = parse_split_value("大于等于", "3", "次");
  EXPECT_EQ(words.op, Op::ge);
  EXPECT_EQ(words.unit, "次");
}

TEST(ValueTest, Operators) {
  EXPECT_EQ(parse_operator("≥"), Op::ge);
  EXPECT_EQ(parse_operator(">="), Op::ge);
  EXPECT_EQ(parse_operator("≧"), Op::ge);
  EXPECT_EQ(parse_operator("＜"), Op::lt);
  EXPECT_EQ(parse_operator("不高于"), Op::le);
  EXPECT_EQ(parse_operator("定性"), Op::none);
}

TEST(ValueTest, PercentText) {
  double v = 0;
  bool sign = false;
  ASSERT_TRUE(parse_percent_text("30%", v, sign));
  EXPECT_DOUBLE_EQ(v, 30);
  EXPECT_TRUE(sign);
  ASSERT_TRUE(parse_percent_text(" 100.0 ％", v, sign));
  EXPECT_DOUBLE_EQ(v, 100);
  ASSERT_TRUE(parse_percent_text("0.3", v, sign));
  EXPECT_FALSE(sign);
  EXPECT_FALSE(parse_percent_text("", v, sign));
  EXPECT_FALSE(parse_percent_text("全年", v, sign));
}

}  // namespace
}  // namespace jxlint
