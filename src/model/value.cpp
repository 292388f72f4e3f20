#include "model/value.h"

#include <re2/re2.h>

#include <array>
#include <charconv>
#include <cstdlib>
#include <utility>

#include "util/text.h"

namespace jxlint {
namespace {

// Operators as people write them, mapped to their meaning. Longer spellings
// come first so that `不低于` is not read as `低于`.
constexpr std::array<std::pair<std::string_view, Op>, 40> kOperators{{
    {"大于或等于", Op::ge}, {"小于或等于", Op::le}, {"大于等于", Op::ge}, {"小于等于", Op::le},
    {"不得低于", Op::ge},   {"不得少于", Op::ge},   {"不得高于", Op::le}, {"不得超过", Op::le},
    {"不低于", Op::ge},     {"不少于", Op::ge},     {"不小于", Op::ge},   {"至少", Op::ge},
    {"不高于", Op::le},     {"不超过", Op::le},     {"不大于", Op::le},   {"不多于", Op::le},
    {"至多", Op::le},       {"最多", Op::le},       {"控制在", Op::le},   {"大于", Op::gt},
    {"高于", Op::gt},       {"超过", Op::gt},       {"多于", Op::gt},     {"小于", Op::lt},
    {"低于", Op::lt},       {"少于", Op::lt},       {"等于", Op::eq},     {"达到", Op::eq},
    {">=", Op::ge},         {"=>", Op::ge},         {"<=", Op::le},       {"=<", Op::le},
    {"≥", Op::ge},          {"≧", Op::ge},          {"⩾", Op::ge},        {"≤", Op::le},
    {"≦", Op::le},          {"⩽", Op::le},          {">", Op::gt},        {"<", Op::lt},
}};

const RE2& numeric_pattern() {
  // subject? operator? number unit? suffix?  (after NFKC, so ＞＝％ are ASCII)
  static const RE2 re(
      R"(^(.*?)\s*(大于或等于|小于或等于|大于等于|小于等于|不得低于|不得少于|不得高于|不得超过|)"
      R"(不低于|不少于|不小于|至少|不高于|不超过|不大于|不多于|至多|最多|控制在|大于|高于|超过|多于|)"
      R"(小于|低于|少于|等于|达到|>=|=>|<=|=<|≥|≧|⩾|≤|≦|⩽|>|<|=)?\s*)"
      R"(([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+))"
      R"(\s*([^\d]*?)\s*(及以上|以上|及以下|以下|以内|之内|内)?\s*$)");
  return re;
}

const RE2& range_pattern() {
  static const RE2 re(
      R"(^(\d+(?:\.\d+)?)\s*([^\d~～至到—-]*?)\s*(?:-|~|～|—|–|至|到)\s*(\d+(?:\.\d+)?)\s*([^\d]*?)\s*$)");
  return re;
}

double to_double(std::string_view s) {
  std::string digits;
  for (char c : s) {
    if (c != ',') digits += c;
  }
  return std::strtod(digits.c_str(), nullptr);
}

Op op_from_text(std::string_view s) {
  for (const auto& [spelling, op] : kOperators) {
    if (s == spelling) return op;
  }
  if (s == "=") return Op::eq;
  return Op::none;
}

bool has_ascii_digit(std::string_view s) {
  for (char c : s) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

}  // namespace

std::string_view op_symbol(Op op) {
  switch (op) {
    case Op::ge:
      return "≥";
    case Op::gt:
      return ">";
    case Op::le:
      return "≤";
    case Op::lt:
      return "<";
    case Op::eq:
      return "=";
    case Op::range:
      return "~";
    case Op::none:
      return "";
  }
  return "";
}

bool Value::is_percent() const {
  return unit == "%" || unit == "百分比" || unit == "百分率";
}

bool is_empty_marker(std::string_view raw) {
  // The longest marker is four characters, and NFKC never shrinks a run of
  // characters into one of them: a text with many characters (spaces
  // aside) is no marker, and most texts are long. Sixteen leaves room for
  // spaces of other kinds.
  std::size_t characters = 0;
  for (char c : raw) {
    bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    if (!continuation && c != ' ' && c != '\t' && c != '\n' && c != '\r' && ++characters > 16)
      return false;
  }
  std::string folded = text::nfkc(text::trim(raw));
  std::string compact;
  for (std::size_t pos = 0; pos < folded.size();) {
    std::size_t start = pos;
    char32_t cp = text::next_code_point(folded, pos);
    if (!text::is_space(cp)) compact.append(folded, start, pos - start);
  }
  static constexpr std::array<std::string_view, 14> kMarkers{
      "", "/", "\\", "-", "--", "—", "——", "–", "无", "暂无", "空", "null", "N/A", "n/a"};
  for (auto m : kMarkers) {
    if (compact == m) return true;
  }
  return false;
}

Op parse_operator(std::string_view raw) {
  std::string s = text::nfkc(text::trim(raw));
  return op_from_text(text::trim(s));
}

Value parse_value(std::string_view raw) {
  Value v;
  v.text = std::string(text::trim(raw));
  v.written = v.text;
  if (is_empty_marker(v.text)) return v;
  std::string s = text::nfkc(v.text);
  // NFKC leaves these comparison signs alone; fold them to the common ones.
  for (auto [from, to] : std::array<std::pair<std::string_view, std::string_view>, 4>{
           {{"≧", "≥"}, {"≦", "≤"}, {"⩾", "≥"}, {"⩽", "≤"}}}) {
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at)) {
      s.replace(at, from.size(), to);
    }
  }
  v.has_digits = has_ascii_digit(s);
  v.kind = Value::Kind::qualitative;
  if (!v.has_digits) return v;  // both patterns below need a digit

  std::string subject, op_text, number, unit, suffix;
  if (RE2::FullMatch(s, numeric_pattern(), &subject, &op_text, &number, &unit, &suffix)) {
    subject = std::string(text::trim(subject));
    // A subject is only allowed in front of an operator ("完成率≥95%");
    // "每人每年500元" is a sentence, not a target.
    bool plain = subject.empty() || !op_text.empty();
    if (plain && !has_ascii_digit(unit)) {
      v.kind = Value::Kind::numeric;
      v.subject = subject;
      v.op = op_from_text(op_text);
      if (!suffix.empty()) {
        Op suffix_op = (suffix == "及以上" || suffix == "以上") ? Op::ge : Op::le;
        if (v.op == Op::none || v.op == Op::eq) v.op = suffix_op;
      }
      v.number_text = number;
      v.number = to_double(number);
      v.unit = std::string(text::trim(unit));
      return v;
    }
  }
  std::string low, unit1, high, unit2;
  if (RE2::FullMatch(s, range_pattern(), &low, &unit1, &high, &unit2)) {
    v.kind = Value::Kind::numeric;
    v.op = Op::range;
    v.number_text = low;
    v.number = to_double(low);
    v.upper = to_double(high);
    v.unit = std::string(text::trim(unit2.empty() ? unit1 : unit2));
    return v;
  }
  return v;
}

Value parse_split_value(std::string_view op_text, std::string_view value_text,
                        std::string_view unit_text) {
  std::string op_folded = text::fold(op_text);
  std::string unit = std::string(text::trim(text::nfkc(unit_text)));
  Value v = parse_value(value_text);
  // What the three columns say together, for comparing with other cells.
  v.written = v.text;
  if (!v.text.empty() && op_folded != "定性" && v.op == Op::none)
    v.written = std::string(text::trim(op_text)) + v.written;
  if (!v.text.empty() && v.is_numeric() && !v.has_unit() && !is_empty_marker(unit))
    v.written += unit;
  if (op_folded == "定性") {
    // 定性 makes a bare number qualitative; a value that spells out its own
    // bound ("大于10万元") is still that bound, whatever the column says.
    if (v.kind == Value::Kind::numeric && v.op == Op::none) {
      v.kind = Value::Kind::qualitative;
      v.unit.clear();
      v.number_text.clear();
    }
    return v;
  }
  if (v.kind == Value::Kind::numeric) {
    Op op = parse_operator(op_text);
    if (op != Op::none && (v.op == Op::none || v.op == Op::eq)) v.op = op;
    if (v.unit.empty() && !is_empty_marker(unit)) {
      v.unit = unit;
      v.unit_from_column = true;
    }
  }
  return v;
}

bool parse_percent_text(std::string_view raw, double& percent, bool& had_percent_sign) {
  std::string s = text::nfkc(text::trim(raw));
  static const RE2 re(R"(^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$)");
  std::string number, sign;
  if (!RE2::FullMatch(s, re, &number, &sign)) return false;
  percent = to_double(number);
  had_percent_sign = !sign.empty();
  return true;
}

}  // namespace jxlint
