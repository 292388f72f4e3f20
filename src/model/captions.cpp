#include "model/captions.h"

#include <re2/re2.h>

#include <string>

#include "model/labels.h"
#include "util/text.h"

namespace jxlint {
namespace {

bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

bool is_total_key(const std::string& k) {
  return k == "合计" || k == "小计" || k == "总计" || k == "总分" || k == "得分合计" ||
         k == "总得分" || k == "分值合计" || k == "合计得分" || starts_with(k, "合计") ||
         starts_with(k, "总分") || starts_with(k, "小计");
}

}  // namespace

TableKind title_kind(std::string_view raw) {
  std::string k = text::fold(raw);
  if (k.empty() || k.size() > 300) return TableKind::other;
  if (contains(k, "自评表") || contains(k, "自评价表") || contains(k, "自我评价表"))
    return TableKind::self_evaluation;
  if (contains(k, "评分表") || contains(k, "评价指标体系") || contains(k, "评分标准表") ||
      contains(k, "评价评分"))
    return TableKind::score;
  if (looks_like_title(raw)) {
    if (contains(k, "部门整体") || contains(k, "整体支出") || contains(k, "部门绩效目标"))
      return TableKind::department_target;
    return TableKind::target;
  }
  return TableKind::other;
}

// Every line kind holds one of these (a title 表, a unit 元, a year 年, a
// department 单位/部门/本级 or a code's digits, a note 注/说明/填/人/日期, a
// total 计/分, 续表): most cells hold none and need no folding.
bool may_be_line(std::string_view raw) {
  // The first characters of 表 元 年 单位 部门 本级 续 注 说明 填 人 日期 电话
  // 计 分 体系, looked for in one pass.
  static const text::CodePointSet kLineMarks(U"表元年单部本续注说填人日电计分体");
  if (text::holds_any_of(raw, kLineMarks)) return true;
  std::string_view t = text::trim(raw);
  return !t.empty() && t.front() >= '0' && t.front() <= '9';
}

LineKind line_kind(std::string_view raw) {
  if (text::is_blank(raw) || !may_be_line(raw)) return LineKind::none;
  std::string k = text::fold(raw);
  if (k.empty() || k.size() > 600) return LineKind::none;
  if (is_continuation_note(raw)) return LineKind::continuation;
  if (is_total_key(k)) return LineKind::total;
  if (money_unit_of_line(raw) != MoneyUnit::unknown || k == "单位万元" || k == "单位元" ||
      k == "金额单位万元" || k == "金额单位元")
    return LineKind::unit;
  // "注：…" folds to "注…": the colon is what makes it a note, so test the
  // raw text (compatibility forms folded, so "：" reads as ":").
  const std::string t = text::nfkc(text::trim(raw));
  for (std::string_view note : {"注", "说明", "备注", "填表说明", "填报说明", "填报人", "审核人",
                                "单位负责人", "财务负责人", "联系人", "填报日期", "联系电话"}) {
    if (!starts_with(t, note)) continue;
    std::string_view after = std::string_view(t).substr(note.size());
    if (starts_with(after, ":") || starts_with(after, " :") ||
        (note == "注" && (starts_with(after, "1") || starts_with(after, " 1"))))
      return LineKind::note;
  }
  if (title_kind(raw) != TableKind::other) return LineKind::title;
  static const RE2 year(R"(^\(?(?:\d{4})年度?\)?$)");
  if (RE2::FullMatch(k, year)) return LineKind::year;
  // A department line: its code and name ("715001 承德县档案馆本级"), or a
  // labelled unit ("填报单位（盖章）：…", "部门名称：…" on a line of its own).
  static const RE2 coded(R"(^\d{3,12}\s*[^\d\s:：].*$)");
  static const RE2 labelled(
      R"(^(?:填报|申报|预算|主管|实施)?(?:单位|部门)(?:名称)?\s*(?:\((?:盖章|公章)\))?\s*[:：].+$)");
  if (t.size() <= 200 && (RE2::FullMatch(t, coded) || RE2::FullMatch(t, labelled)))
    return LineKind::department;
  if (k.size() <= 120 && (k.ends_with("本级") || k.ends_with("(本级)")))
    return LineKind::department;
  return LineKind::none;
}

bool is_heading_row(const std::vector<RowCell>& cells) {
  // A title, a department line, a unit line and a date at the most: a row
  // of more filled cells is table content (and most rows are).
  int filled = 0;
  for (const auto& c : cells) {
    if (!text::is_blank(c.text) && ++filled > 4) return false;
  }
  bool any = false;
  for (const auto& c : cells) {
    if (text::is_blank(c.text)) continue;
    switch (line_kind(c.text)) {
      case LineKind::title:
      case LineKind::year:
      case LineKind::department:
      case LineKind::unit:
        any = true;
        break;
      default:
        return false;
    }
  }
  return any;
}

bool is_total_or_note_row(const std::vector<RowCell>& cells) {
  auto filled = non_blank(cells);
  if (filled.empty()) return false;
  LineKind first = line_kind(filled[0].text);
  if (first == LineKind::total) return true;
  return filled.size() == 1 && (first == LineKind::note || first == LineKind::continuation);
}

}  // namespace jxlint
