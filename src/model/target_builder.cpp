#include "model/target_builder.h"

#include <algorithm>

#include "model/captions.h"
#include "model/categories.h"
#include "model/indicator_header.h"
#include "model/labels.h"
#include "model/rows.h"
#include "util/text.h"

namespace jxlint {
namespace {

// The cell right of the one at cells[i], unless that is itself a label.
Field value_right_of(const Grid& g, int r, const std::vector<RowCell>& cells, std::size_t i) {
  if (i + 1 >= cells.size()) return {};
  const RowCell& next = cells[i + 1];
  Label l = classify_label(next.text);
  if (l != Label::none && l != Label::checkpoint) return {};
  return field_at(g, r, next.col);
}

// A row that carries nothing but a title, a unit line or a note: one
// non-blank cell, not a label.
bool is_caption_row(const std::vector<RowCell>& cells) {
  auto filled = non_blank(cells);
  return filled.size() == 1 && classify_label(filled[0].text) == Label::none &&
         classify_header(filled[0].text) == Role::none;
}

// 绩效目标 …, 资金支出计划 …, 项目 …, 部门 …, 资金 …: the labels the block
// rows are read for hold one of these (a cheap test before folding).
bool may_be_label(std::string_view s) {
  for (std::string_view part : {"项", "目", "计", "进", "预", "资", "财", "其", "结", "部",
                                "单", "月", "季", "年", "自", "事", "经", "社", "银", "收"}) {
    if (contains(s, part)) return true;
  }
  return false;
}

// A plan figure as a number, with or without its % sign.
bool plan_number(std::string_view text, double& value, bool& percent_sign) {
  return parse_percent_text(text, value, percent_sign);
}

}  // namespace

void TargetBuilder::read(int begin, int end, const IndicatorColumns* inherited_columns) {
  const Grid& g = t_.grid;
  if (inherited_columns != nullptr) columns_ = *inherited_columns, header_seen_ = true;
  if (!t_.indicators.empty()) {
    last_level1_ = t_.indicators.back().level1.text;
    last_level2_ = t_.indicators.back().level2.text;
  }
  // At most one indicator per grid row: reserving that much keeps a large
  // table from holding the old and the doubled array at once (a 20 000-row
  // table's rows are 17 MB). Continuations still grow geometrically.
  std::size_t needed = t_.indicators.size() + static_cast<std::size_t>(end - begin);
  if (t_.indicators.capacity() < needed) {
    t_.indicators.reserve(std::max(needed, 2 * t_.indicators.capacity()));
  }
  std::set<int> consumed;  // plan value rows, goal text rows, second header lines
  for (int r = begin; r < end; ++r) {
    if (consumed.count(r) != 0 || g.row_is_blank(r)) continue;
    HeaderRead header = read_indicator_header(g, r, end);
    if (header.rows > 0) {
      columns_ = header.columns;
      header_seen_ = true;
      if (!header.block.empty()) block_ = header.block;
      if (!t_.has_indicator_header) {
        t_.has_indicator_header = true;
        t_.header_row = r;
        t_.columns = header.columns;
      }
      for (int k = 1; k < header.rows; ++k)
        consumed.insert(r + k);
      continue;
    }
    if (!header_seen_) {
      read_block_row(r, end, consumed);
    } else {
      read_indicator_row(r);
    }
  }
}

void TargetBuilder::note_unit(std::string_view text) {
  if (!t_.unit_line.empty()) return;
  if (money_unit_of_line(text) == MoneyUnit::unknown) return;
  t_.unit_line = text::one_line(text);
}

void TargetBuilder::read_block_row(int r, int end, std::set<int>& consumed) {
  const Grid& g = t_.grid;
  auto cells = row_cells(g, r);
  if (is_caption_row(cells)) {
    std::string_view only = non_blank(cells)[0].text;
    if (looks_like_title(only) && t_.title.empty()) t_.title = text::one_line(only);
    note_unit(only);
    // A caption row under the 预算规模及资金用途 label is the purpose.
    if (budget_block_anchor_ && cells.front().anchor_row == budget_block_anchor_->first &&
        cells.front().col == budget_block_anchor_->second && !t_.purpose.found()) {
      t_.purpose = field_at(g, r, non_blank(cells)[0].col);
    }
    return;
  }
  // The purpose row: the block label continues from above, the rest is text.
  if (budget_block_anchor_ && !cells.empty() &&
      g.at(r, cells.front().col).anchor_row == budget_block_anchor_->first &&
      g.at(r, cells.front().col).anchor_col == budget_block_anchor_->second &&
      cells.front().anchor_row < r) {
    bool has_label = false;
    for (std::size_t i = 1; i < cells.size(); ++i) {
      if (classify_label(cells[i].text) != Label::none) has_label = true;
    }
    if (!has_label && cells.size() > 1 && !t_.purpose.found()) {
      t_.purpose = field_at(g, r, cells[1].col);
      return;
    }
  }

  std::vector<std::size_t> checkpoints;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (cells[i].anchor_row != r) continue;  // a label merged down from above was read there
    if (!may_be_label(cells[i].text)) continue;
    Label label = classify_label(cells[i].text);
    auto funding = [&](FundingPart::Source source, Field* slot) {
      Field value = value_right_of(g, r, cells, i);
      if (slot != nullptr && !slot->found()) *slot = value;
      if (value.found())
        t_.funding.push_back(FundingPart{source, text::one_line(cells[i].text), value});
    };
    switch (label) {
      case Label::project_code:
        if (!t_.project_code.found()) t_.project_code = value_right_of(g, r, cells, i);
        break;
      case Label::project_name:
        if (!t_.project_name.found()) t_.project_name = value_right_of(g, r, cells, i);
        break;
      case Label::department:
        if (!t_.department.found()) t_.department = value_right_of(g, r, cells, i);
        break;
      case Label::budget:
        if (!t_.budget.found()) t_.budget = value_right_of(g, r, cells, i);
        if (t_.money_unit == MoneyUnit::unknown) t_.money_unit = money_unit_of_label(cells[i].text);
        break;
      case Label::fiscal:
        funding(FundingPart::Source::fiscal, &t_.fiscal);
        break;
      case Label::carry_over:
        funding(FundingPart::Source::carry_over, nullptr);
        break;
      case Label::other:
        funding(FundingPart::Source::other, &t_.other);
        break;
      case Label::purpose:
        if (!t_.purpose.found()) t_.purpose = value_right_of(g, r, cells, i);
        break;
      case Label::budget_block:
        budget_block_anchor_ = {r, cells[i].col};
        if (t_.money_unit == MoneyUnit::unknown) t_.money_unit = money_unit_of_label(cells[i].text);
        break;
      case Label::plan:
        t_.has_plan = true;
        t_.plan_label = field_at(g, r, cells[i].col);
        t_.plan_unit = money_unit_of_label(cells[i].text);
        break;
      case Label::goal:
        read_goal(r, end, cells[i].col, false, consumed);
        break;
      case Label::long_term_goal:
        read_goal(r, end, cells[i].col, true, consumed);
        break;
      case Label::checkpoint:
        checkpoints.push_back(i);
        break;
      case Label::other_field:
      case Label::none:
        // "资金情况（万元）", "项目资金(单位：万元)": a unit given in passing.
        if (t_.money_unit == MoneyUnit::unknown && contains(cells[i].text, "元")) {
          MoneyUnit u = money_unit_of_line(cells[i].text);
          if (u == MoneyUnit::unknown && contains(cells[i].text, "资金"))
            u = money_unit_of_label(cells[i].text);
          if (u != MoneyUnit::unknown) t_.money_unit = u;
        }
        break;
    }
  }
  if (checkpoints.size() >= 2) read_plan(r, end, cells, checkpoints, consumed);
}

void TargetBuilder::read_goal(int r, int end, int col, bool long_term, std::set<int>& consumed) {
  const Grid& g = t_.grid;
  Field& slot = long_term ? t_.long_term_goal : t_.goal;
  if (slot.found()) return;
  auto cells = row_cells(g, r);
  std::size_t i = 0;
  while (i < cells.size() && cells[i].col != col)
    ++i;
  Field goal = i < cells.size() ? value_right_of(g, r, cells, i) : Field{};
  int span = g.anchor(r, col).row_span;
  if (goal.found() || i + 1 >= cells.size()) {
    // A goal label merged over several rows: each row right of it holds a part.
    for (int k = 1; k < span && r + k < end; ++k) {
      for (const auto& cell : row_cells(g, r + k)) {
        if (cell.col <= col || cell.anchor_row != r + k || text::is_blank(cell.text)) continue;
        if (!goal.found()) {
          goal = field_at(g, r + k, cell.col);
        } else {
          goal.text += '\n';
          goal.text += text::trim(cell.text);
        }
      }
      consumed.insert(r + k);
    }
  } else if (r + span < end) {
    // Labels side by side (长期目标 | 年度目标): each text is under its label.
    int below = r + span;
    const Cell& cell = g.at(below, col);
    if (cell.anchor_row == below && classify_label(g.text(below, col)) == Label::none) {
      goal = field_at(g, below, col);
      consumed.insert(below);
    }
  }
  if (goal.found()) {
    slot = std::move(goal);
  } else if (!long_term && !goal_label_) {
    goal_label_ = {r, col};
  }
}

void TargetBuilder::read_plan(int r, int end, const std::vector<RowCell>& cells,
                              const std::vector<std::size_t>& labels, std::set<int>& consumed) {
  const Grid& g = t_.grid;
  t_.has_plan = true;
  // Labels side by side → values in the next row; label, value, label,
  // value → values beside their labels.
  bool beside = true;
  for (std::size_t i : labels) {
    if (i + 1 >= cells.size() || classify_label(cells[i + 1].text) == Label::checkpoint)
      beside = false;
  }
  t_.plan.clear();
  for (std::size_t i : labels) {
    PlanPoint p;
    p.label = text::one_line(cells[i].text);
    p.month = checkpoint_month(cells[i].text);
    if (beside) {
      p.value = field_at(g, r, cells[i + 1].col);
    } else if (r + 1 < end) {
      p.value = field_at(g, r + 1, cells[i].col);
      // The value row must be a row of its own, not the label merged down.
      if (g.at(r + 1, cells[i].col).anchor_row <= r) p.value = Field{"", r + 1, cells[i].col};
    }
    t_.plan.push_back(std::move(p));
  }
  if (!beside && r + 1 < end) consumed.insert(r + 1);
}

void TargetBuilder::read_indicator_row(int r) {
  const Grid& g = t_.grid;
  auto cells = row_cells(g, r);
  // One cell across the whole row: a note, a caption or a block's name
  // (年度绩效指标), not an indicator.
  if (non_blank(cells).size() <= 1 && cells.size() <= 2) {
    auto filled = non_blank(cells);
    if (!filled.empty()) {
      std::string b = indicator_block_of(filled[0].text);
      if (!b.empty()) block_ = b;
    }
    return;
  }
  if (cells.size() == 1 || is_heading_row(cells) || is_total_or_note_row(cells)) return;
  const IndicatorColumns& cols = columns_;
  auto role_field = [&](int col) { return col < 0 ? Field{} : field_at(g, r, col); };
  IndicatorRow row;
  row.row = r;
  row.level1 = role_field(cols.level1);
  row.level2 = role_field(cols.level2);
  row.name = role_field(cols.name);
  row.description = role_field(cols.description);
  row.value = role_field(cols.value);
  row.basis = role_field(cols.basis);
  row.op = role_field(cols.op);
  row.unit = role_field(cols.unit);
  row.weight = role_field(cols.weight);
  row.direction = role_field(cols.direction);
  row.last_year = role_field(cols.last_year);

  // An indicator row has something of its own: text in a cell that starts
  // in this row (a 一级 merged down from above does not count).
  auto own = [&](int col) {
    return col >= 0 && g.at(r, col).anchor_row == r && !text::is_blank(g.text(r, col));
  };
  bool is_row = own(cols.name) || own(cols.description) || own(cols.value) || own(cols.basis) ||
                own(cols.level2) || own(cols.unit);
  if (!is_row) return;

  // A leading column naming the block (长期绩效指标 merged down the rows).
  int first_role = std::min(cols.level1 >= 0 ? cols.level1 : g.cols(),
                            cols.level2 >= 0 ? cols.level2 : g.cols());
  for (int c = 0; c < first_role && c < g.cols(); ++c) {
    std::string b = indicator_block_of(g.text(r, c));
    if (!b.empty()) block_ = b;
  }
  row.block = block_;

  if (text::is_blank(row.level1.text) && !last_level1_.empty()) {
    row.level1.text = last_level1_;
    row.level1_inherited = true;
  }
  if (text::is_blank(row.level2.text) && !last_level2_.empty() && row.level1_inherited) {
    row.level2.text = last_level2_;
    row.level2_inherited = true;
  }
  last_level1_ = row.level1.text;
  last_level2_ = row.level2.text;
  row.parsed = cols.split() ? parse_split_value(row.op.text, row.value.text, row.unit.text)
                            : parse_value(row.value.text);
  auto category = [](KeyOf& memo, const std::string& text) {
    if (!memo.valid || memo.text != text) memo = KeyOf{text, category_key(text), true};
    return memo.key;
  };
  std::string value_key = text::fold(row.value.text);
  std::string written_key =
      row.parsed.written == row.value.text ? value_key : text::fold(row.parsed.written);
  row.folded = FoldedRow{text::fold(row.name.text),
                         text::fold(row.description.text),
                         std::move(value_key),
                         text::fold(row.basis.text),
                         std::move(written_key),
                         category(level1_key_, row.level1.text),
                         category(level2_key_, row.level2.text)};
  t_.indicators.push_back(std::move(row));
}

void TargetBuilder::finish() {
  // The unit: the lines above the table, else a unit line inside it, else a
  // label that named one ("预算数（万元）").
  if (t_.unit_line.empty()) {
    for (const std::string& line : t_.captions) {
      if (money_unit_of_line(line) != MoneyUnit::unknown) {
        t_.unit_line = text::one_line(line);
        break;
      }
    }
  }
  if (!t_.unit_line.empty()) t_.money_unit = money_unit_of_line(t_.unit_line);

  if (!t_.goal.found() && goal_label_) {
    // The label is there but nothing beside or under it: point at the label.
    t_.goal.row = goal_label_->first;
    t_.goal.col = goal_label_->second;
  }
  normalise_plan();
}

void TargetBuilder::normalise_plan() {
  if (t_.plan.empty()) return;
  bool any_sign = false;
  double max_value = 0;
  for (auto& p : t_.plan) {
    double v = 0;
    bool sign = false;
    if (plan_number(p.value.text, v, sign)) {
      p.percent = v;
      any_sign = any_sign || sign;
      max_value = std::max(max_value, v);
    }
  }
  // A plan in money: its label names a unit (资金支出计划（元）), or its
  // figures carry no % and go beyond 100, which no share can.
  bool amounts = t_.plan_unit != MoneyUnit::unknown || (!any_sign && max_value > 100.0);
  if (!amounts) {
    // Percentages as written; a plan written as fractions (0.3 … 1) is scaled.
    if (!any_sign && max_value > 0 && max_value <= 1.0) {
      for (auto& p : t_.plan) {
        if (p.percent) *p.percent *= 100.0;
      }
    }
    return;
  }
  t_.plan_in_amounts = true;
  std::optional<Amount> budget = t_.budget.found() ? parse_amount(t_.budget.text) : std::nullopt;
  double table_unit = table_unit_in_yuan(t_);
  double plan_unit = t_.plan_unit == MoneyUnit::wan_yuan ? 10000.0
                     : t_.plan_unit == MoneyUnit::yuan   ? 1.0
                                                         : table_unit;
  double budget_unit = budget && budget->unit_in_yuan > 0 ? budget->unit_in_yuan : table_unit;
  // Units not stated on either side: both are taken to be the same.
  if (plan_unit <= 0 || budget_unit <= 0) plan_unit = budget_unit = 1.0;
  for (auto& p : t_.plan) {
    p.amount.reset();
    std::optional<Amount> a = parse_amount(p.value.text);
    p.percent.reset();
    if (!a) continue;
    p.amount = a->value;
    double unit = a->unit_in_yuan > 0 ? a->unit_in_yuan : plan_unit;
    if (budget && budget->value > 0)
      p.percent = a->value * unit / (budget->value * budget_unit) * 100.0;
  }
}

}  // namespace jxlint
