#include "model/attainment.h"

#include <cmath>

#include "model/categories.h"
#include "util/text.h"

namespace jxlint {
namespace {

bool is_cost_row(const EvaluationRow& row) {
  std::string k1 = category_key(row.level1.text);
  std::string k2 = category_key(row.level2.text);
  return k1 == "成本" || k2 == "成本" || k2 == "经济成本" || k2 == "社会成本" ||
         k2 == "生态环境成本";
}

// The actual value as one plain number: 85%, 98万元, 6次; a subject of a few
// words before it is allowed (满意度96%), a sentence is not.
bool plain_number(const Value& v) {
  if (!v.is_numeric() || v.op != Op::none) return false;
  if (v.subject.empty()) return true;
  for (char c : v.subject) {
    if (c >= '0' && c <= '9') return false;
  }
  return text::length(v.subject) <= 6;
}

}  // namespace

Attainment attainment_of(const EvaluationRow& row) {
  const Value& target = row.target_value;
  const Value& actual = row.actual_value;
  if (!target.is_numeric() || !plain_number(actual)) return Attainment::unknown;
  if (text::fold(target.unit) != text::fold(actual.unit)) return Attainment::unknown;
  double a = actual.number;
  const double eps = 1e-9;
  switch (target.op) {
    case Op::ge:
      return a + eps >= target.number ? Attainment::reached : Attainment::missed;
    case Op::gt:
      return a > target.number + eps ? Attainment::reached : Attainment::missed;
    case Op::le:
      return a <= target.number + eps ? Attainment::reached : Attainment::missed;
    case Op::lt:
      return a + eps < target.number ? Attainment::reached : Attainment::missed;
    case Op::range:
      return a + eps >= target.number && a <= target.upper + eps ? Attainment::reached
                                                                 : Attainment::missed;
    case Op::eq:
    case Op::none:
      // A cost is a ceiling; any other exact target is missed only below it
      // (doing more than planned is not a shortfall).
      if (is_cost_row(row))
        return a <= target.number + eps ? Attainment::reached : Attainment::missed;
      return a + eps >= target.number ? Attainment::reached : Attainment::missed;
  }
  return Attainment::unknown;
}

bool full_marks(const EvaluationRow& row) {
  if (!row.points.has_value() || !row.score.has_value()) return false;
  return std::fabs(row.points.value() - row.score.value()) < 1e-6;
}

}  // namespace jxlint
