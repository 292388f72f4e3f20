constexpr char kDoc[] = R"doc(定量类指标的指标值无法衡量
A quantity, quality, timeliness or cost indicator has a value nobody can measure.

检查内容 / What it finds
  数量、质量、时效、成本指标（二级，或 2021 年模板的一级成本指标）的「指标值」既没有数字，
  也没有带量词的中文数字（「每年一次」算作有数），也不是公认的等级
  （优/良/中/差、好/较好/一般、达标/合格、是/否……，见选项 grades），
  例如数量指标「测算年度经费数量」、时效指标「及时」。效益、满意度指标不在此列。
  A value with no number, no Chinese numeral with a measure word (每年一次
  counts) and no recognised grade, in a 数量/质量/时效/成本 category.

为什么重要 / Why it matters
  这几类指标必须能在年底核对是否完成；一句描述无法核对，审核人会要求改成可衡量的目标。
  These categories must be checkable at year end; a phrase cannot be checked.

示例 / Example
  数量指标 | 年度经费测算数量 | 测算年度经费数量     ← warning
  时效指标 | 体检完成时间     | 每年一次             ← 通过
  质量指标 | 验收情况         | 合格                 ← 通过

选项 / Options
  value-not-measurable.grades  (字符串列表 / list of strings)
      视为可衡量等级的写法：整段指标值等于其中之一，或再加「以上」「级」「等级」（合格以上、A级）。
)doc";

#include <re2/re2.h>

#include "lint/check.h"
#include "model/categories.h"
#include "util/text.h"

namespace jxlint {
namespace {

class ValueNotMeasurable final : public TargetTableCheck {
 public:
  explicit ValueNotMeasurable(const CheckOptions& options) {
    for (const auto& g : options.get_list("grades"))
      grades_.push_back(text::fold(g));
  }

  void run(const TargetTable& t, Emitter& out) const override {
    for (const IndicatorRow& row : t.indicators) {
      const Value& v = row.parsed;
      if (v.kind != Value::Kind::qualitative || v.has_digits || !is_quantitative(row)) continue;
      if (has_chinese_count(v.text) || has_deadline(v.text) || is_grade(v.text)) continue;
      out.report(row, row.value, "指标值",
                 {"「" + quote(row.level2.text) + "」的指标值「" + quote(v.text) +
                      "」没有数量、比例、时限或等级，年底无法核对是否完成",
                  "the value \"" + quote(v.text) + "\" of a \"" + quote(row.level2.text) +
                      "\" indicator has no number, rate, deadline or grade to check at year end"});
    }
  }

 private:
  static bool has_chinese_count(const std::string& s) {
    static const RE2 count(
        R"([零一二三四五六七八九十百千万两]+\s*(?:次|个|人次|人|天|日|周|月|年|季度|项|期|场|批|份|篇|家|件|户|台|套|元|倍|小时|分钟|工作日))");
    return RE2::PartialMatch(s, count);
  }

  // A time limit in words: 年底前, 每学期结束前, 开学前, 三个工作日内, 截至年底.
  static bool has_deadline(const std::string& s) {
    static const RE2 deadline(
        R"((?:年|月|日|号|季度|季|学期|学年|周|旬|底|末|结束|开学|开工|汛期|期限|当天|当日)(?:之|以)?前|截[至止]|[零一二三四五六七八九十两]+个?(?:工作日|日|天|周|星期|月)(?:以|之)?内)");
    return RE2::PartialMatch(s, deadline);
  }

  // A grade as a whole, or with a suffix that keeps it one: 合格以上, A级, 良好等级.
  bool is_grade(const std::string& s) const {
    std::string key = text::fold(s);
    for (const auto& g : grades_) {
      if (g.empty() || key.rfind(g, 0) != 0) continue;
      std::string_view rest = std::string_view(key).substr(g.size());
      for (std::string_view suffix : {"", "以上", "及以上", "级", "等", "等级", "以上等级"}) {
        if (rest == suffix) return true;
      }
    }
    return false;
  }

  std::vector<std::string> grades_;
};

const RegisterCheck<ValueNotMeasurable> registration(
    "value-not-measurable", Severity::warning, kDoc,
    {{"grades",
      std::vector<std::string>{"优",   "良",   "中",   "差",   "优秀",   "良好", "较好", "好",
                               "一般", "较差", "达标", "合格", "不合格", "是",   "否",   "高",
                               "较高", "低",   "a",    "b",    "c",      "d",    "全部", "100%"},
      {"视为可衡量等级的写法", "values that count as a measurable grade"}}});

}  // namespace
}  // namespace jxlint
