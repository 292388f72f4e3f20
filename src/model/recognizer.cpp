#include "model/recognizer.h"

#include <algorithm>
#include <optional>

#include "model/captions.h"
#include "model/classifier.h"
#include "model/labels.h"
#include "model/rows.h"
#include "model/score_builder.h"
#include "model/segmenter.h"
#include "model/self_evaluation_builder.h"
#include "model/target_builder.h"
#include "util/text.h"

namespace jxlint {
namespace {

// The table grid row of a source position, if the table holds it.
std::optional<int> grid_row_of(const Table& t, const SourcePos& pos) {
  for (const SourceSpan& s : t.spans) {
    if (s.block == pos.block && pos.row >= s.first_row && pos.row <= s.last_row)
      return pos.row - s.first_row + s.offset;
  }
  return std::nullopt;
}

// A comment in a table cell covers the rows from its start to its end; one
// on a paragraph (a title) covers the whole table that follows it.
void attach_comment(const std::vector<Table*>& tables, const SourceComment& c) {
  if (c.start.row < 0) {
    for (Table* t : tables) {
      if (!t->spans.empty() && t->spans.front().block > c.start.block) {
        t->annotations.push_back(Annotation{c.text, c.author, -1, -1, Field{}});
        return;
      }
    }
    return;
  }
  for (Table* t : tables) {
    auto first = grid_row_of(*t, c.start);
    if (!first) continue;
    auto last = grid_row_of(*t, c.end).value_or(t->grid.rows() - 1);
    Annotation a{c.text, c.author, *first, std::max(*first, last),
                 field_at(t->grid, *first, c.start.col)};
    t->annotations.push_back(std::move(a));
    return;
  }
}

// The project or department a table names beside its label (项目名称 |
// 工会保障项目), read from its first rows.
std::string subject_of(const Grid& g) {
  for (int r = 0; r < std::min(g.rows(), 12); ++r) {
    auto cells = row_cells(g, r);
    for (std::size_t i = 0; i + 1 < cells.size(); ++i) {
      if (!contains(cells[i].text, "名称")) continue;
      Label l = classify_label(cells[i].text);
      if ((l == Label::project_name || l == Label::department) &&
          classify_label(cells[i + 1].text) == Label::none && !text::is_blank(cells[i + 1].text))
        return text::one_line(cells[i + 1].text);
    }
  }
  return "";
}

// Title and unit line from the lines above the table, nearest first.
void take_captions(Table& t, std::vector<std::string> captions) {
  for (auto it = captions.rbegin(); it != captions.rend(); ++it) {
    LineKind k = line_kind(*it);
    if (t.title.empty() && k == LineKind::title) t.title = *it;
    if (t.unit_line.empty() && k == LineKind::unit) t.unit_line = *it;
  }
  if (!t.unit_line.empty()) t.money_unit = money_unit_of_line(t.unit_line);
  t.captions = std::move(captions);
}

}  // namespace

Recognition recognize(SourceDocument doc) {
  Recognition out;
  std::vector<Region> regions = segment(doc);
  int order = 0;
  int performance = 0;
  // The table the previous table block ended with, if any: a region right
  // after it may continue it.
  TableKind open_kind = TableKind::other;
  int open_table = -1;
  // The unit line a sheet states above its first table holds for the tables
  // stacked below it that state none.
  int unit_block = -1;
  std::string block_unit_line;
  IndicatorColumns last_columns;

  for (std::size_t i = 0; i < regions.size(); ++i) {
    Region& region = regions[i];
    Block& block = doc.blocks[static_cast<std::size_t>(region.block)];
    // A grid holding one table becomes that table's grid without a copy (a
    // sheet of 20 000 rows is 14 MB of cells), and the last table of a grid
    // takes its rows in place.
    bool last_of_block = i + 1 == regions.size() || regions[i + 1].block != region.block;
    Grid grid = region.whole_block ? std::move(block.grid)
                : last_of_block    ? slice(std::move(block.grid), region.first_row, region.end_row)
                                   : slice(block.grid, region.first_row, region.end_row);
    if (last_of_block) block.grid = Grid();  // done with it
    Classification cls = classify(grid, region.captions);
    SourceSpan span{region.block, region.first_row, region.end_row - 1, 0};

    // A table that goes on after a page break: rows of the same kind with no
    // title or project block of their own (a repeated header is allowed).
    bool adjoins = region.adjoins_previous_block && open_table >= 0 && !cls.project_block;
    bool titled = std::any_of(region.captions.begin(), region.captions.end(),
                              [](const std::string& s) { return line_kind(s) == LineKind::title; });
    bool continues_target = adjoins && is_target_kind(open_kind) && !cls.plan_or_goal &&
                            !cls.own_kind_markers &&
                            (cls.indicator_header || cls.indicator_rows_like);
    bool continues_own_kind = adjoins && !titled && !is_target_kind(open_kind) &&
                              (cls.kind == open_kind || cls.indicator_rows_like) &&
                              !cls.plan_or_goal && subject_of(grid).empty();
    auto append_to = [&](Table& parent) {
      span.offset = parent.grid.rows();
      parent.grid.append(grid);
      parent.spans.push_back(span);
      ++parent.parts;
    };
    if (continues_target) {
      TargetTable& parent = out.tables[static_cast<std::size_t>(open_table)];
      append_to(parent);
      TargetBuilder builder(parent);
      builder.read(span.offset, parent.grid.rows(), cls.indicator_header ? nullptr : &last_columns);
      if (cls.indicator_header) last_columns = builder.columns();
      continue;
    }
    if (continues_own_kind && open_kind == TableKind::self_evaluation) {
      SelfEvaluationTable& parent = out.self_evaluations[static_cast<std::size_t>(open_table)];
      append_to(parent);
      build_self_evaluation(parent);
      continue;
    }
    if (continues_own_kind && open_kind == TableKind::score) {
      ScoreTable& parent = out.score_tables[static_cast<std::size_t>(open_table)];
      append_to(parent);
      build_score_table(parent);
      continue;
    }
    open_table = -1;
    open_kind = cls.kind;
    ++order;
    // What every table has, whatever its kind.
    auto place = [&](Table& t) {
      t.kind = cls.kind;
      t.index = cls.kind == TableKind::other ? 0 : ++performance;
      t.order = order;
      t.evidence = std::move(cls.evidence);
      take_captions(t, std::move(region.captions));
      t.grid = std::move(grid);
      t.spans.push_back(span);
      t.source_ordinal = block.ordinal;
      t.sheet = block.sheet;
      t.sheet_hidden = block.hidden;
    };
    if (is_target_kind(cls.kind)) {
      TargetTable t;
      place(t);
      if (region.block != unit_block) unit_block = region.block, block_unit_line.clear();
      if (t.unit_line.empty() && !block.sheet.empty() && !block_unit_line.empty())
        t.captions.push_back(block_unit_line);
      TargetBuilder builder(t);
      builder.read(0, t.grid.rows(), nullptr);
      builder.finish();
      if (!t.unit_line.empty()) block_unit_line = t.unit_line;
      last_columns = builder.columns();
      out.tables.push_back(std::move(t));
      open_table = static_cast<int>(out.tables.size()) - 1;
      continue;
    }
    if (cls.kind == TableKind::self_evaluation) {
      SelfEvaluationTable t;
      t.subject = subject_of(grid);
      place(t);
      build_self_evaluation(t);
      out.self_evaluations.push_back(std::move(t));
      open_table = static_cast<int>(out.self_evaluations.size()) - 1;
      continue;
    }
    if (cls.kind == TableKind::score) {
      ScoreTable t;
      t.subject = subject_of(grid);
      place(t);
      build_score_table(t);
      out.score_tables.push_back(std::move(t));
      open_table = static_cast<int>(out.score_tables.size()) - 1;
      continue;
    }
    Table t;
    t.subject = subject_of(grid);
    place(t);
    ++out.skipped_tables;
    out.other_tables.push_back(std::move(t));
  }
  std::vector<Table*> all;
  for (Table& t : out.tables)
    all.push_back(&t);
  for (Table& t : out.self_evaluations)
    all.push_back(&t);
  for (Table& t : out.score_tables)
    all.push_back(&t);
  for (Table& t : out.other_tables)
    all.push_back(&t);
  std::sort(all.begin(), all.end(),
            [](const Table* a, const Table* b) { return a->order < b->order; });
  for (const SourceComment& c : doc.comments)
    attach_comment(all, c);
  return out;
}

std::vector<const Table*> Recognition::in_reading_order() const {
  std::vector<const Table*> all;
  all.reserve(tables.size() + self_evaluations.size() + score_tables.size() + other_tables.size());
  for (const Table& t : tables)
    all.push_back(&t);
  for (const Table& t : self_evaluations)
    all.push_back(&t);
  for (const Table& t : score_tables)
    all.push_back(&t);
  for (const Table& t : other_tables)
    all.push_back(&t);
  std::sort(all.begin(), all.end(),
            [](const Table* a, const Table* b) { return a->order < b->order; });
  return all;
}

}  // namespace jxlint
