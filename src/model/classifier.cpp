#include "model/classifier.h"

#include <re2/re2.h>

#include "model/captions.h"
#include "model/indicator_header.h"
#include "model/labels.h"
#include "model/rows.h"
#include "util/text.h"

namespace jxlint {
namespace {

// Labels a 自评表 has and a 绩效目标表 never does.
constexpr std::string_view kSelfEvaluationLabels[] = {
    "实际完成值", "实际完成情况", "全年执行数",       "偏差原因",       "自评得分",
    "自评等级",   "年初预算数",   "全年预算数",       "实际完成指标值", "预算执行数",
    "未完成原因", "调整后预算数", "年度目标完成情况", "全年实际值"};
// Labels a 评分表 has.
constexpr std::string_view kScoreLabels[] = {"评分标准", "评分依据", "评分办法", "评分细则",
                                             "评分方法", "评分规则", "扣分标准"};

bool is_score_column(const std::string& k) {
  return k == "得分" || k == "评价得分" || k == "实际得分" || k == "自评得分" || k == "评分";
}

// Points written into a label: 投入 (15分), 职责明确（1分）.
bool has_points(std::string_view cell) {
  if (!contains(cell, "分")) return false;
  static const RE2 points(R"([(（]\s*\d+(?:\.\d+)?\s*分\s*[)）])");
  return RE2::PartialMatch(cell, points);
}

// A label, not prose that mentions one: the cell is the label, or the label
// with a few words after it (偏差原因分析及改进措施).
bool is_label_cell(const std::string& key, std::string_view label) {
  return key.starts_with(label) && key.size() <= label.size() + 24;
}

bool ends_with_zhibiao(std::string_view s) {
  return text::fold(s).ends_with("指标");
}

std::string quoted(std::string_view what, std::string_view text) {
  return std::string(what) + "「" + text::ellipsize(text::one_line(text), 30) + "」";
}

}  // namespace

Classification classify(const Grid& g, const std::vector<std::string>& captions) {
  Classification c;
  std::string self_label, score_label, score_column, department_label;
  int points = 0;
  // Every label looked for below holds one of these; most cells none.
  static const text::CodePointSet kLabelMarks(U"项目计进实执偏自年评分部单完扣调");
  for (int r = 0; r < g.rows(); ++r) {
    if (g.row_is_blank(r)) continue;
    auto cells = row_cells(g, r);
    if (!c.indicator_header && read_indicator_header(g, r, g.rows()).rows > 0)
      c.indicator_header = true;
    for (const auto& cell : cells) {
      if (cell.anchor_row != r || text::is_blank(cell.text) || cell.text.size() > 200) continue;
      std::string_view t = cell.text;
      if (has_points(t)) ++points;
      if (!text::holds_any_of(t, kLabelMarks)) continue;
      std::string k = text::fold(t);
      Label l = classify_label_key(k);
      if (l == Label::project_code || l == Label::project_name) c.project_block = true;
      if (l == Label::plan || l == Label::goal || l == Label::long_term_goal) c.plan_or_goal = true;
      if (l == Label::department && department_label.empty()) department_label = t;
      if (k == "年度主要任务" && department_label.empty()) department_label = t;
      for (std::string_view s : kSelfEvaluationLabels) {
        if (self_label.empty() && is_label_cell(k, s)) self_label = t;
      }
      for (std::string_view s : kScoreLabels) {
        if (score_label.empty() && is_label_cell(k, s)) score_label = t;
      }
      if (score_column.empty() && is_score_column(k)) score_column = t;
    }
    if (cells.size() >= 4 &&
        (ends_with_zhibiao(cells[0].text) || ends_with_zhibiao(cells[1].text))) {
      c.indicator_rows_like = true;
    }
  }
  // The nearest title above the table.
  TableKind titled = TableKind::other;
  std::string title;
  for (auto it = captions.rbegin(); it != captions.rend(); ++it) {
    if (line_kind(*it) == LineKind::title) {
      titled = title_kind(*it);
      title = *it;
      break;
    }
  }
  c.own_kind_markers = !self_label.empty() || !score_label.empty() || !score_column.empty();

  if (!self_label.empty()) {
    c.kind = TableKind::self_evaluation;
    c.evidence.push_back(quoted("自评表的栏目", self_label));
  } else if (!score_label.empty() ||
             (points >= 2 && !score_column.empty() && titled != TableKind::self_evaluation)) {
    c.kind = TableKind::score;
    if (!score_label.empty()) c.evidence.push_back(quoted("评分表的栏目", score_label));
    if (points >= 2)
      c.evidence.push_back("标签中写有分值（如「(5分)」）" + std::to_string(points) + " 处");
  } else if ((titled == TableKind::self_evaluation || titled == TableKind::score) &&
             !score_column.empty()) {
    c.kind = titled;
    c.evidence.push_back(quoted("得分栏", score_column));
  } else if (c.indicator_header || (c.project_block && c.plan_or_goal) ||
             (is_target_kind(titled) && (c.project_block || c.plan_or_goal || g.rows() >= 2))) {
    bool department =
        !c.project_block && (!department_label.empty() || titled == TableKind::department_target);
    c.kind = department ? TableKind::department_target : TableKind::target;
    if (c.indicator_header) c.evidence.push_back("指标表头（一级指标、三级指标、指标值）");
    if (c.project_block) c.evidence.push_back("项目编码/项目名称");
    if (c.plan_or_goal) c.evidence.push_back("资金支出计划/绩效目标");
    if (!department_label.empty()) c.evidence.push_back(quoted("部门栏目", department_label));
  } else {
    c.kind = TableKind::other;
    c.evidence.push_back("没有绩效目标表、自评表或评分表的表头");
  }
  if (titled != TableKind::other && !title.empty()) c.evidence.push_back(quoted("标题", title));
  return c;
}

}  // namespace jxlint
