#include "model/recognizer.h"

#include <algorithm>
#include <optional>
#include <set>

#include "model/categories.h"
#include "model/labels.h"
#include "util/text.h"

namespace jxlint {
namespace {

// The distinct merge anchors of row r, left to right, as (column, text) with
// the column of the leftmost position the anchor covers in this row.
struct RowCell {
  int col = 0;         // first grid column of this cell in the row
  int anchor_row = 0;  // where its text lives
  std::string_view text;
};

std::vector<RowCell> row_cells(const Grid& g, int r) {
  std::vector<RowCell> out;
  for (int c = 0; c < g.cols(); ++c) {
    const Cell& cell = g.at(r, c);
    if (!out.empty() && c > 0) {
      const Cell& left = g.at(r, c - 1);
      if (left.anchor_row == cell.anchor_row && left.anchor_col == cell.anchor_col) continue;
    }
    out.push_back(RowCell{c, cell.anchor_row, g.text(r, c)});
  }
  return out;
}

// The non-blank distinct texts of a row.
std::vector<RowCell> non_blank(const std::vector<RowCell>& cells) {
  std::vector<RowCell> out;
  for (const auto& c : cells) {
    if (!text::is_blank(c.text)) out.push_back(c);
  }
  return out;
}

Field field_at(const Grid& g, int r, int c) {
  Field f;
  if (!g.contains(r, c)) return f;
  f.text = std::string(text::trim(g.text(r, c)));
  f.row = r;
  f.col = g.at(r, c).anchor_col;
  return f;
}

// The cell right of the one at cells[i], unless that is itself a label.
Field value_right_of(const Grid& g, int r, const std::vector<RowCell>& cells, std::size_t i) {
  if (i + 1 >= cells.size()) return {};
  const RowCell& next = cells[i + 1];
  Label l = classify_label(next.text);
  if (l != Label::none && l != Label::checkpoint) return {};
  return field_at(g, r, next.col);
}

IndicatorColumns header_columns(const std::vector<RowCell>& cells) {
  IndicatorColumns cols;
  for (const auto& cell : cells) {
    int* slot = nullptr;
    switch (classify_header(cell.text)) {
      case Role::level1:
        slot = &cols.level1;
        break;
      case Role::level2:
        slot = &cols.level2;
        break;
      case Role::name:
        slot = &cols.name;
        break;
      case Role::description:
        slot = &cols.description;
        break;
      case Role::value:
        slot = &cols.value;
        break;
      case Role::basis:
        slot = &cols.basis;
        break;
      case Role::op:
        slot = &cols.op;
        break;
      case Role::unit:
        slot = &cols.unit;
        break;
      case Role::weight:
        slot = &cols.weight;
        break;
      case Role::direction:
        slot = &cols.direction;
        break;
      case Role::last_year:
        slot = &cols.last_year;
        break;
      case Role::none:
        break;
    }
    if (slot != nullptr && *slot < 0) *slot = cell.col;
  }
  return cols;
}

bool is_indicator_header(const IndicatorColumns& c) {
  return c.name >= 0 && c.value >= 0 && (c.level1 >= 0 || c.level2 >= 0);
}

bool is_project_start(Label l) {
  return l == Label::project_code || l == Label::project_name;
}

// A row that carries nothing but a title, a unit line or a note: one
// non-blank cell, not a label.
bool is_caption_row(const std::vector<RowCell>& cells) {
  auto filled = non_blank(cells);
  return filled.size() == 1 && classify_label(filled[0].text) == Label::none &&
         classify_header(filled[0].text) == Role::none;
}

bool ends_with_zhibiao(std::string_view s) {
  return text::fold(s).ends_with("指标");
}

// Cheap, exact pre-checks before folding and classifying every cell of every
// row (most rows are indicator rows, and folding dominates otherwise). They
// look for one ideograph each label must hold; NFKC leaves ideographs alone,
// so a spaced or full-width label still passes.
bool contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

// An indicator header names a 一级 or 二级 column: it holds 级.
bool may_be_header(const std::vector<RowCell>& cells) {
  for (const auto& c : cells) {
    if (contains(c.text, "级")) return true;
  }
  return false;
}

IndicatorColumns header_columns_if_any(const std::vector<RowCell>& cells) {
  return may_be_header(cells) ? header_columns(cells) : IndicatorColumns{};
}

// 项目编码, 项目名称 … all hold 项.
bool may_be_project_start(std::string_view text) {
  return contains(text, "项");
}

// 绩效目标 …, 资金支出计划 …, 支出进度: 目, 计 or 进.
bool may_be_goal_or_plan(std::string_view text) {
  return contains(text, "目") || contains(text, "计") || contains(text, "进");
}

class TableBuilder {
 public:
  explicit TableBuilder(TargetTable& t) : t_(t) {}

  // Reads the rows [begin, end) of t_.grid: project block, plan, goal,
  // indicator header and rows. `inherited` carries the columns and the last
  // 一级/二级 of the table this part continues.
  void read(int begin, int end, const IndicatorColumns* inherited_columns) {
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
    std::set<int> consumed;  // plan value rows
    for (int r = begin; r < end; ++r) {
      if (consumed.count(r) != 0 || g.row_is_blank(r)) continue;
      auto cells = row_cells(g, r);
      IndicatorColumns header = header_columns_if_any(cells);
      if (is_indicator_header(header)) {
        columns_ = header;
        header_seen_ = true;
        if (!t_.has_indicator_header) {
          t_.has_indicator_header = true;
          t_.header_row = r;
          t_.columns = header;
        }
        continue;
      }
      if (!header_seen_) {
        read_block_row(r, end, cells, consumed);
      } else {
        read_indicator_row(r, cells);
      }
    }
  }

 private:
  void read_block_row(int r, int end, const std::vector<RowCell>& cells, std::set<int>& consumed) {
    const Grid& g = t_.grid;
    if (is_caption_row(cells)) {
      std::string_view only = non_blank(cells)[0].text;
      if (looks_like_title(only) && t_.title.empty()) t_.title = text::one_line(only);
      if (money_unit_of_line(only) != MoneyUnit::unknown && t_.unit_line.empty()) {
        t_.unit_line = text::one_line(only);
      }
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
      Label label = classify_label(cells[i].text);
      switch (label) {
        case Label::project_code:
          set_once(t_.project_code, value_right_of(g, r, cells, i));
          break;
        case Label::project_name:
          set_once(t_.project_name, value_right_of(g, r, cells, i));
          break;
        case Label::budget:
          set_once(t_.budget, value_right_of(g, r, cells, i));
          if (t_.money_unit == MoneyUnit::unknown)
            t_.money_unit = money_unit_of_label(cells[i].text);
          break;
        case Label::fiscal:
          set_once(t_.fiscal, value_right_of(g, r, cells, i));
          break;
        case Label::other:
          set_once(t_.other, value_right_of(g, r, cells, i));
          break;
        case Label::purpose:
          set_once(t_.purpose, value_right_of(g, r, cells, i));
          break;
        case Label::budget_block:
          budget_block_anchor_ = {r, cells[i].col};
          break;
        case Label::plan:
          t_.has_plan = true;
          t_.plan_label = field_at(g, r, cells[i].col);
          break;
        case Label::goal:
          read_goal(r, end, cells, i);
          break;
        case Label::checkpoint:
          checkpoints.push_back(i);
          break;
        case Label::other_field:
        case Label::none:
          break;
      }
    }
    if (checkpoints.size() >= 2) read_plan(r, end, cells, checkpoints, consumed);
  }

  static void set_once(Field& slot, Field value) {
    if (!slot.found()) slot = std::move(value);
  }

  void read_goal(int r, int end, const std::vector<RowCell>& cells, std::size_t i) {
    const Grid& g = t_.grid;
    if (t_.goal.found()) return;
    Field goal = value_right_of(g, r, cells, i);
    // A goal label merged over several rows: each row right of it holds a part.
    const Cell& label = g.at(r, cells[i].col);
    int span = g.anchor(r, cells[i].col).row_span;
    for (int k = 1; k < span && r + k < end; ++k) {
      auto more = row_cells(g, r + k);
      for (const auto& cell : more) {
        if (cell.col <= label.anchor_col || cell.anchor_row != r + k || text::is_blank(cell.text))
          continue;
        if (!goal.found()) {
          goal = field_at(g, r + k, cell.col);
        } else {
          goal.text += '\n';
          goal.text += text::trim(cell.text);
        }
      }
    }
    t_.goal = std::move(goal);
    if (!t_.goal.found()) {
      // The label is there but nothing beside it: point at the label's row.
      t_.goal.row = r;
      t_.goal.col = cells[i].col;
    }
  }

  void read_plan(int r, int end, const std::vector<RowCell>& cells,
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
    normalise_plan();
  }

  // Percentages as written; a plan written as fractions (0.3 … 1) is scaled.
  void normalise_plan() {
    bool any_sign = false;
    double max_value = 0;
    for (auto& p : t_.plan) {
      double v = 0;
      bool sign = false;
      if (parse_percent_text(p.value.text, v, sign)) {
        p.percent = v;
        any_sign = any_sign || sign;
        max_value = std::max(max_value, v);
      }
    }
    if (!any_sign && max_value > 0 && max_value <= 1.0) {
      for (auto& p : t_.plan) {
        if (p.percent) *p.percent *= 100.0;
      }
    }
  }

  Field role_field(int r, int col) const { return col < 0 ? Field{} : field_at(t_.grid, r, col); }

  void read_indicator_row(int r, const std::vector<RowCell>& cells) {
    const Grid& g = t_.grid;
    // One cell across the whole row: a note or a caption, not an indicator.
    if (cells.size() == 1) return;
    IndicatorRow row;
    row.row = r;
    row.level1 = role_field(r, columns_.level1);
    row.level2 = role_field(r, columns_.level2);
    row.name = role_field(r, columns_.name);
    row.description = role_field(r, columns_.description);
    row.value = role_field(r, columns_.value);
    row.basis = role_field(r, columns_.basis);
    row.op = role_field(r, columns_.op);
    row.unit = role_field(r, columns_.unit);
    row.weight = role_field(r, columns_.weight);
    row.direction = role_field(r, columns_.direction);
    row.last_year = role_field(r, columns_.last_year);

    // An indicator row has something of its own: text in a cell that starts
    // in this row (a 一级 merged down from above does not count).
    auto own = [&](int col) {
      return col >= 0 && g.at(r, col).anchor_row == r && !text::is_blank(g.text(r, col));
    };
    bool is_row = own(columns_.name) || own(columns_.description) || own(columns_.value) ||
                  own(columns_.basis) || own(columns_.level2) || own(columns_.unit);
    if (!is_row) return;

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
    row.parsed = columns_.split() ? parse_split_value(row.op.text, row.value.text, row.unit.text)
                                  : parse_value(row.value.text);
    row.folded = FoldedRow{text::fold(row.name.text),      text::fold(row.description.text),
                           text::fold(row.value.text),     text::fold(row.basis.text),
                           text::fold(row.parsed.written), category_key(row.level1.text),
                           category_key(row.level2.text)};
    t_.indicators.push_back(std::move(row));
  }

 public:
  const IndicatorColumns& columns() const { return columns_; }

 private:
  TargetTable& t_;
  IndicatorColumns columns_;
  bool header_seen_ = false;
  std::optional<std::pair<int, int>> budget_block_anchor_;
  std::string last_level1_;
  std::string last_level2_;
};

// Rows where a new table starts inside one grid (stacked tables in a sheet).
std::vector<int> segment_starts(const Grid& g) {
  std::vector<int> starts{0};
  bool seen_project = false;
  bool seen_header = false;
  for (int r = 0; r < g.rows(); ++r) {
    auto cells = row_cells(g, r);
    bool project_here = false;
    for (const auto& c : cells) {
      if (c.anchor_row == r && may_be_project_start(c.text) &&
          is_project_start(classify_label(c.text))) {
        project_here = true;
      }
    }
    if (project_here) {
      if (seen_project || seen_header) {
        // Take the title, unit and blank rows right above along.
        int start = r;
        while (start - 1 > starts.back() &&
               (g.row_is_blank(start - 1) || is_caption_row(row_cells(g, start - 1)))) {
          --start;
        }
        while (start < r && g.row_is_blank(start))
          ++start;  // separators belong to neither
        starts.push_back(start);
        seen_header = false;
      }
      seen_project = true;
    }
    if (is_indicator_header(header_columns_if_any(cells))) seen_header = true;
    // A project row may hold both 项目编码 and 项目名称: one start per row.
  }
  return starts;
}

// A copy of rows [begin, end) of a grid. A merge reaching in from above
// the slice (which real tables never have) is cut: its cells stand alone.
Grid slice(const Grid& g, int begin, int end) {
  Grid out(end - begin, g.cols());
  for (int r = begin; r < end; ++r) {
    for (int c = 0; c < g.cols(); ++c) {
      Cell cell = g.at(r, c);
      if (cell.anchor_row < begin) {
        cell.text = r == begin && cell.anchor_col == c ? g.anchor(r, c).text : std::string();
        cell.anchor_row = r;
        cell.anchor_col = c;
        cell.row_span = 1;
        cell.col_span = 1;
      }
      cell.anchor_row -= begin;
      out.at(r - begin, c) = std::move(cell);
    }
  }
  return out;
}

struct Segment {
  bool project = false;  // has a project block (code or name)
  bool header = false;   // has an indicator header
  bool plan_or_goal = false;
  bool indicator_like = false;  // rows whose 二级 or 一级 ends with 指标
  int first_row = 0;
};

Segment survey(const Grid& g) {
  Segment s;
  bool first = true;
  for (int r = 0; r < g.rows(); ++r) {
    if (g.row_is_blank(r)) continue;
    auto cells = row_cells(g, r);
    if (first) s.first_row = r, first = false;
    if (is_indicator_header(header_columns_if_any(cells))) s.header = true;
    for (const auto& c : cells) {
      if (!may_be_project_start(c.text) && !may_be_goal_or_plan(c.text)) continue;
      Label l = classify_label(c.text);
      if (is_project_start(l)) s.project = true;
      if (l == Label::goal || l == Label::plan) s.plan_or_goal = true;
    }
    if (cells.size() >= 4 &&
        (ends_with_zhibiao(cells[0].text) || ends_with_zhibiao(cells[1].text))) {
      s.indicator_like = true;
    }
  }
  return s;
}

// The table grid row of a source position, if the table holds it.
std::optional<int> grid_row_of(const TargetTable& t, const SourcePos& pos) {
  for (const SourceSpan& s : t.spans) {
    if (s.block == pos.block && pos.row >= s.first_row && pos.row <= s.last_row)
      return pos.row - s.first_row + s.offset;
  }
  return std::nullopt;
}

// A comment in a table cell covers the rows from its start to its end; one
// on a paragraph (a title) covers the whole table that follows it.
void attach_comment(std::vector<TargetTable>& tables, const SourceComment& c) {
  if (c.start.row < 0) {
    for (TargetTable& t : tables) {
      if (!t.spans.empty() && t.spans.front().block > c.start.block) {
        t.annotations.push_back(Annotation{c.text, c.author, -1, -1, Field{}});
        return;
      }
    }
    return;
  }
  for (TargetTable& t : tables) {
    auto first = grid_row_of(t, c.start);
    if (!first) continue;
    auto last = grid_row_of(t, c.end).value_or(t.grid.rows() - 1);
    Annotation a{c.text, c.author, *first, std::max(*first, last),
                 field_at(t.grid, *first, c.start.col)};
    t.annotations.push_back(std::move(a));
    return;
  }
}

}  // namespace

Recognition recognize(SourceDocument doc) {
  Recognition out;
  // Paragraphs since the previous table: where titles and unit lines are.
  std::vector<std::string_view> paragraphs;
  bool previous_block_was_target = false;  // the last table block was (part of) a 绩效目标表
  IndicatorColumns last_columns;

  for (int block_index = 0; block_index < static_cast<int>(doc.blocks.size()); ++block_index) {
    Block& block = doc.blocks[static_cast<std::size_t>(block_index)];
    if (block.kind == Block::Kind::paragraph) {
      if (!text::is_blank(block.text)) {
        paragraphs.push_back(block.text);
        if (!is_continuation_note(block.text)) previous_block_was_target = false;
      }
      continue;
    }
    // Sheets stand alone: a table never continues onto the next sheet.
    if (!block.sheet.empty()) previous_block_was_target = false;
    Grid& grid = block.grid;
    std::vector<int> starts = segment_starts(grid);
    bool any_target = false;
    for (std::size_t s = 0; s < starts.size(); ++s) {
      int begin = starts[s];
      int end = s + 1 < starts.size() ? starts[s + 1] : grid.rows();
      // A grid holding one table becomes that table's grid without a copy: a
      // sheet of 20 000 rows is 14 MB of cells.
      Grid part = starts.size() == 1 ? std::move(grid) : slice(grid, begin, end);
      Segment seg = survey(part);

      bool continuation = !seg.project && !seg.plan_or_goal && previous_block_was_target &&
                          s == 0 && !out.tables.empty() && (seg.header || seg.indicator_like);
      if (continuation) {
        TargetTable& parent = out.tables.back();
        int offset = parent.grid.rows();
        parent.grid.append(part);
        parent.spans.push_back(SourceSpan{block_index, begin, end - 1, offset});
        ++parent.parts;
        TableBuilder builder(parent);
        builder.read(offset, parent.grid.rows(), seg.header ? nullptr : &last_columns);
        if (seg.header) last_columns = builder.columns();
        any_target = true;
        continue;
      }
      if (!seg.header && !(seg.project && seg.plan_or_goal)) {
        ++out.skipped_tables;
        continue;
      }
      TargetTable t;
      t.index = static_cast<int>(out.tables.size()) + 1;
      t.grid = std::move(part);
      t.spans.push_back(SourceSpan{block_index, begin, end - 1, 0});
      t.source_ordinal = block.ordinal;
      t.sheet = block.sheet;
      t.sheet_hidden = block.hidden;
      TableBuilder builder(t);
      builder.read(0, t.grid.rows(), nullptr);
      last_columns = builder.columns();
      // Title and unit line from the paragraphs before the table (the first
      // table of a grid only: later ones carry theirs in their own rows).
      if (s == 0) {
        for (auto it = paragraphs.rbegin(); it != paragraphs.rend(); ++it) {
          if (t.title.empty() && looks_like_title(*it)) t.title = text::one_line(*it);
          if (t.unit_line.empty() && money_unit_of_line(*it) != MoneyUnit::unknown) {
            t.unit_line = text::one_line(*it);
          }
        }
      }
      if (!t.unit_line.empty()) t.money_unit = money_unit_of_line(t.unit_line);
      out.tables.push_back(std::move(t));
      any_target = true;
    }
    previous_block_was_target = any_target;
    paragraphs.clear();
  }
  for (const SourceComment& c : doc.comments)
    attach_comment(out.tables, c);
  return out;
}

}  // namespace jxlint
