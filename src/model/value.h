// The meaning of an 指标值: an operator, a number and a unit, or a
// qualitative text. All parsing of values lives here, so every check reads
// `≥95%`, `>=95%`, `≧95％`, `不低于95%` and `95%以上` the same way.
#pragma once

#include <string>
#include <string_view>

namespace jxlint {

enum class Op { none, ge, gt, le, lt, eq, range };

// "≥", ">" … for messages; "" for none.
std::string_view op_symbol(Op op);

struct Value {
  enum class Kind {
    empty,        // blank, or a stand-in for nothing: / - — 无
    numeric,      // [subject] [operator] number [unit] [以上/以下]: ≥95%, 500, ≤5万元
    qualitative,  // anything else: 每年一次, 优, 及时足额申请经费
  };
  Kind kind = Kind::empty;
  Op op = Op::none;
  double number = 0;        // the number; for a range, its lower end
  double upper = 0;         // a range's upper end
  std::string number_text;  // as written, after NFKC (e.g. "1,000", "0.91")
  std::string unit;         // as written, after NFKC (e.g. "%", "万元", "人次"); "" when absent
  std::string subject;      // text before the operator ("完成率" in "完成率≥95%")
  std::string text;         // the 指标值 cell, trimmed
  std::string written;      // the whole target as it reads: in split layouts
                        // 指标性质 + 指标值 + 度量单位 ("≥" "6" "期" → "≥6期")
  bool unit_from_column = false;  // split layout: the unit came from a 度量单位 column
  bool has_digits = false;        // any ASCII digit anywhere (after NFKC)

  bool is_numeric() const { return kind == Kind::numeric; }
  bool is_percent() const;
  bool has_unit() const { return !unit.empty(); }
  // The largest value the target allows or demands (a range's upper end).
  double high() const { return op == Op::range ? upper : number; }
};

// True for text that stands for "nothing": blank, /, -, —, 无, 暂无, 空 …
bool is_empty_marker(std::string_view text);

// Parses a single-column 指标值.
Value parse_value(std::string_view text);

// Parses a split layout: 指标性质/计算符号 | 指标值 | 度量单位. `op_text` may be
// "定性", in which case the value is qualitative whatever it looks like.
Value parse_split_value(std::string_view op_text, std::string_view value_text,
                        std::string_view unit_text);

// Parses an operator on its own ("≥", ">=", "不低于", "定性" → none).
Op parse_operator(std::string_view text);

// Parses a percentage such as "30%", "30", "0.3" (as written, no guessing);
// returns false when the text holds no number.
bool parse_percent_text(std::string_view text, double& percent, bool& had_percent_sign);

}  // namespace jxlint
