constexpr char kDoc[] = R"doc(自评表的年度指标值与绩效目标表不一致
A 自评表's 年度指标值 differs from its project's 绩效目标表.

适用于 / Applies to
  自评表与同一项目的绩效目标表（同一次检查中的任何文件）
  a 自评表 and its project's target table, in any file of the same run

检查内容 / What it finds
  同一次检查的文件中同时有某个项目的绩效目标表和绩效自评表时（项目编码相同；
  没有编码时项目名称相同），逐个三级指标比较：自评表的「年度指标值」与目标表的
  「指标值」不同；自评表的指标在目标表中没有；目标表（年度）的指标在自评表中没有。
  数字按含义比较（≥95% 与 95%以上 相同），文字按去掉空格和标点后比较。
  When one run holds a project's target table and its 自评表 (same 项目编码,
  else the same 项目名称), each 三级指标 is compared: a 年度指标值 different
  from the target's 指标值; an indicator of the 自评表 missing from the target
  table; an (annual) indicator of the target table missing from the 自评表.
  Numbers compare by meaning (≥95% equals 95%以上), words without spaces or
  punctuation.

为什么重要 / Why it matters
  自评必须对照批复的目标打分；改了指标值或换了指标，自评就失去了依据。这是
  审核人员最常手工核对的一项。
  A self-evaluation is scored against the approved targets; a changed value
  or a swapped indicator leaves it without a basis. Reviewers check this by
  hand more than anything else.

示例 / Example
  目标表：工会会员满意度 ≥95%；自评表：工会会员满意度 ≥90%    ← warning
  目标表：工会会员满意度 ≥95%；自评表：工会会员满意度 ≥95%    ← 通过

选项 / Options
  （无 / none）
)doc";

#include <algorithm>

#include "lint/check.h"
#include "lint/message.h"
#include "model/value.h"
#include "util/text.h"

namespace jxlint {
namespace {

constexpr Message kDiffers{"年度指标值「{value}」与{where}的指标值「{target}」不一致",
                           "the 年度指标值 \"{value}\" differs from the target \"{target}\" in "
                           "{where}"};
constexpr Message kNotInTarget{"三级指标「{name}」在{where}中没有",
                               "the indicator \"{name}\" is not in {where}"};
constexpr Message kNotEvaluated{"{where}中的三级指标「{name}」（{target}）没有在自评表中评价",
                                "the indicator \"{name}\" ({target}) of {where} is not evaluated "
                                "in this 自评表"};

bool same_op(Op a, Op b) {
  auto norm = [](Op o) { return o == Op::none ? Op::eq : o; };
  return norm(a) == norm(b);
}

bool same_value(const DigestRow& evaluation, const DigestRow& target) {
  if (evaluation.value_key == target.value_key) return true;
  Value a = parse_value(evaluation.value);
  Value b = parse_value(target.value);
  if (a.is_numeric() && b.is_numeric()) {
    return same_op(a.op, b.op) && a.number == b.number && a.upper == b.upper &&
           text::fold(a.unit) == text::fold(b.unit);
  }
  return false;
}

std::string where_of(const ProjectPair& pair, Lang lang) {
  bool en = lang == Lang::en;
  std::string table = std::to_string(pair.target.table);
  if (pair.same_file)
    return en ? "the target table (table " + table + " of this file)"
              : "绩效目标表（本文件表" + table + "）";
  return en ? "the target table (" + pair.target_file + ", table " + table + ")"
            : "绩效目标表（" + pair.target_file + " 表" + table + "）";
}

class EvalTargetMismatch final : public ProjectPairCheck {
 public:
  explicit EvalTargetMismatch(const CheckOptions&) {}

  void run(const ProjectPair& pair, Emitter& out) const override {
    std::string where_zh = where_of(pair, Lang::zh), where_en = where_of(pair, Lang::en);
    auto both = [&](const Message& m, auto&&... args) {
      Bilingual zh = m.format(fmt::arg("where", where_zh), args...);
      Bilingual en = m.format(fmt::arg("where", where_en), args...);
      return Bilingual{zh.zh, en.en};
    };
    for (const DigestRow& row : pair.evaluation.rows) {
      std::vector<const DigestRow*> matches;
      for (const DigestRow& t : pair.target.rows) {
        if (t.key == row.key) matches.push_back(&t);
      }
      if (matches.empty()) {
        out.report(&row, row.name, "三级指标",
                   both(kNotInTarget, fmt::arg("name", quote(row.name))));
        continue;
      }
      bool same = std::any_of(matches.begin(), matches.end(),
                              [&](const DigestRow* t) { return same_value(row, *t); });
      if (same) continue;
      out.report(&row, row.name, "年度指标值",
                 both(kDiffers, fmt::arg("value", quote(row.value)),
                      fmt::arg("target", quote(matches.front()->value))));
    }
    for (const DigestRow& t : pair.target.rows) {
      bool evaluated = std::any_of(pair.evaluation.rows.begin(), pair.evaluation.rows.end(),
                                   [&](const DigestRow& r) { return r.key == t.key; });
      if (evaluated) continue;
      out.report(
          nullptr, t.name, "三级指标",
          both(kNotEvaluated, fmt::arg("name", quote(t.name)), fmt::arg("target", quote(t.value))));
    }
  }
};

const RegisterCheck<EvalTargetMismatch> registration("eval-target-mismatch", Severity::warning,
                                                     kDoc);

}  // namespace
}  // namespace jxlint
