#include "model/score_builder.h"

#include <re2/re2.h>

#include <algorithm>
#include <utility>

#include "model/rows.h"
#include "util/text.h"

namespace jxlint {
namespace {

bool one_of(std::string_view k, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names) {
    if (k == n) return true;
  }
  return false;
}

enum class Part { none, level1, level2, name, explanation, standard, points, score };

Part header_part(std::string_view cell) {
  std::string k = text::fold(cell);
  if (k.empty() || k.size() > 60) return Part::none;
  if (one_of(k, {"一级指标", "一级"})) return Part::level1;
  if (one_of(k, {"二级指标", "二级"})) return Part::level2;
  if (one_of(k, {"三级指标", "三级", "指标名称", "三级指标名称", "指标", "评价指标", "具体指标"}))
    return Part::name;
  if (one_of(k, {"指标解释", "指标解释说明", "指标说明", "指标内涵", "指标解释及说明", "评价要点",
                 "指标定义", "考核内容", "评价内容", "指标内容"}))
    return Part::explanation;
  if (k.starts_with("评分标准") || k.starts_with("评分依据") || k.starts_with("评分办法") ||
      k.starts_with("评分细则") || k.starts_with("评分方法") || k.starts_with("评分规则") ||
      k.starts_with("扣分标准") || k.starts_with("计分方法"))
    return Part::standard;
  if (one_of(k, {"分值", "权重", "标准分", "标准分值", "指标分值", "分数", "满分"}))
    return Part::points;
  if (one_of(k, {"得分", "评价得分", "实际得分", "自评得分", "评分", "考核得分"}))
    return Part::score;
  return Part::none;
}

bool is_total_label(std::string_view cell) {
  std::string k = text::fold(cell);
  return one_of(k, {"小计", "合计", "总计", "总分", "得分合计", "合计得分", "总得分"});
}

bool is_result_label(std::string_view cell) {
  std::string k = text::fold(cell);
  return one_of(k,
                {"评价结果", "评价等级", "绩效等级", "评定等级", "等级", "评价结论", "绩效评级"});
}

FigureField figure_at(const Grid& g, int r, int c) {
  FigureField f;
  if (c < 0) return f;
  f.cell = field_at(g, r, c);
  f.figure = parse_figure(f.cell.text);
  return f;
}

class Builder {
 public:
  explicit Builder(ScoreTable& t) : t_(t), g_(t.grid) {}

  void run() {
    reset();
    int r = 0;
    for (; r < g_.rows() && !t_.has_header; ++r)
      read_header(r);
    for (; r < g_.rows(); ++r) {
      if (g_.row_is_blank(r)) continue;
      std::vector<RowCell> own;
      for (const RowCell& c : non_blank(row_cells(g_, r))) {
        if (c.anchor_row == r) own.push_back(c);
      }
      if (!own.empty() && read_trailer(r, own)) continue;
      if (after_total_) continue;
      read_row(r);
    }
  }

 private:
  void reset() {
    t_.has_header = false;
    t_.header_row = -1;
    t_.columns = ScoreColumns{};
    t_.items.clear();
    t_.total_label = Field{};
    t_.total_points = t_.total_score = FigureField{};
    t_.result_label = t_.result_bands = t_.grade = Field{};
    t_.bands.clear();
  }

  // A header row names the 评分标准 or 得分 column and an indicator column;
  // the row below refines it when it holds only header labels (三级指标 over
  // 指标名称 | 指标解释说明).
  void read_header(int r) {
    ScoreColumns cols;
    bool standard = false, score = false, indicator = false;
    auto take = [&](int row, bool refine) {
      for (int c = 0; c < g_.cols(); ++c) {
        if (refine && g_.at(row, c).anchor_row != row) continue;
        Part p = header_part(g_.text(row, c));
        if (p == Part::none) continue;
        int* slot = nullptr;
        switch (p) {
          case Part::level1:
            slot = &cols.level1;
            break;
          case Part::level2:
            slot = &cols.level2;
            break;
          case Part::name:
            slot = &cols.name;
            break;
          case Part::explanation:
            slot = &cols.explanation;
            break;
          case Part::standard:
            slot = &cols.standard;
            standard = true;
            break;
          case Part::points:
            slot = &cols.points;
            break;
          case Part::score:
            slot = &cols.score;
            score = true;
            break;
          case Part::none:
            break;
        }
        if (p == Part::level1 || p == Part::level2 || p == Part::name) indicator = true;
        // In the refining row the lower label wins over the one above it.
        int col = g_.at(row, c).anchor_col;
        if (slot != nullptr && (*slot < 0 || refine)) *slot = col;
      }
    };
    take(r, false);
    if (!indicator || (!standard && !score)) return;
    int last = r;
    if (r + 1 < g_.rows()) {
      bool only_labels = true, any = false;
      for (const RowCell& c : non_blank(row_cells(g_, r + 1))) {
        if (c.anchor_row != r + 1) continue;
        any = true;
        if (header_part(c.text) == Part::none) only_labels = false;
      }
      if (any && only_labels) {
        take(r + 1, true);
        last = r + 1;
      }
    }
    t_.has_header = true;
    t_.header_row = last;
    t_.columns = cols;
    header_end_ = last;
  }

  bool read_trailer(int r, const std::vector<RowCell>& own) {
    const RowCell& first = own.front();
    if (is_total_label(first.text)) {
      t_.total_label = field_at(g_, r, first.col);
      int score_col = t_.columns.score;
      if (score_col >= 0) t_.total_score = figure_at(g_, r, score_col);
      if (t_.columns.points >= 0 && t_.columns.points != score_col) {
        t_.total_points = figure_at(g_, r, t_.columns.points);
      } else {
        // 小计 | 100 | … | 91.2: the other number in the row is the points.
        for (std::size_t i = 1; i < own.size(); ++i) {
          if (score_col >= 0 && g_.at(r, own[i].col).anchor_col == g_.at(r, score_col).anchor_col)
            continue;
          FigureField f = figure_at(g_, r, own[i].col);
          if (f.has_value()) {
            t_.total_points = f;
            break;
          }
        }
      }
      after_total_ = true;
      return true;
    }
    if (is_result_label(first.text)) {
      t_.result_label = field_at(g_, r, first.col);
      for (std::size_t i = 1; i < own.size(); ++i) {
        std::vector<GradeBand> bands = parse_bands(own[i].text);
        if (!bands.empty() && t_.bands.empty()) {
          t_.bands = std::move(bands);
          t_.result_bands = field_at(g_, r, own[i].col);
          if (grade_of(own[i].text)) t_.grade = t_.result_bands;  // a ticked band
          continue;
        }
        if (grade_of(own[i].text)) t_.grade = field_at(g_, r, own[i].col);
      }
      after_total_ = true;
      return true;
    }
    return false;
  }

  // The item a label cell stands for, created when the cell is new.
  int item_for(int r, int c, int level, int parent) {
    const Cell& cell = g_.at(r, c);
    std::pair<int, int> anchor{cell.anchor_row, cell.anchor_col};
    int& slot = level == 1 ? open1_ : open2_;
    std::pair<int, int>& seen = level == 1 ? anchor1_ : anchor2_;
    if (slot >= 0 && seen == anchor) return slot;
    seen = anchor;
    std::string_view text = g_.text(r, c);
    if (text::is_blank(text)) {
      slot = -1;
      return -1;
    }
    slot = add_item(level, field_at(g_, r, c), parent);
    return slot;
  }

  int add_item(int level, Field label, int parent) {
    ScoreItem item;
    item.level = level;
    item.name = name_without_points(label.text);
    if (auto p = points_in_label(label.text)) {
      item.points.cell = label;
      item.points.figure = p;
    }
    item.label = std::move(label);
    item.parent = parent;
    int index = static_cast<int>(t_.items.size());
    t_.items.push_back(std::move(item));
    if (parent >= 0) t_.items[static_cast<std::size_t>(parent)].children.push_back(index);
    return index;
  }

  void read_row(int r) {
    const ScoreColumns& c = t_.columns;
    int leaf_col = c.name >= 0 ? c.name : c.level2;
    if (leaf_col < 0) return;
    int parent = -1;
    int level = 1;
    if (c.level1 >= 0 && c.level1 != leaf_col) {
      parent = item_for(r, c.level1, 1, -1);
      level = 2;
    }
    // A label over the 二级 and 三级 columns is a scored 二级.
    bool spans = c.level2 >= 0 && g_.at(r, c.level2).anchor_row == g_.at(r, leaf_col).anchor_row &&
                 g_.at(r, c.level2).anchor_col == g_.at(r, leaf_col).anchor_col;
    if (c.level2 >= 0 && c.level2 != leaf_col && !spans) {
      int p2 = item_for(r, c.level2, 2, parent);
      if (p2 >= 0) {
        parent = p2;
        level = 3;
      }
    } else if (spans) {
      open2_ = -1;
      anchor2_ = {-1, -1};
    }
    Field label = field_at(g_, r, leaf_col);
    if (text::is_blank(label.text) || header_part(label.text) != Part::none) return;
    // A leaf merged over several rows is one item.
    const Cell& cell = g_.at(r, leaf_col);
    if (cell.anchor_row != r) return;
    int index = add_item(level, label, parent);
    ScoreItem& item = t_.items[static_cast<std::size_t>(index)];
    item.row = r;
    if (!item.points.has_value() && c.points >= 0) item.points = figure_at(g_, r, c.points);
    if (c.explanation >= 0 && c.explanation != leaf_col)
      item.explanation = field_at(g_, r, c.explanation);
    if (c.standard >= 0) item.standard = field_at(g_, r, c.standard);
    if (c.score >= 0) item.score = figure_at(g_, r, c.score);
  }

  ScoreTable& t_;
  const Grid& g_;
  int header_end_ = -1;
  bool after_total_ = false;
  int open1_ = -1, open2_ = -1;
  std::pair<int, int> anchor1_{-1, -1}, anchor2_{-1, -1};
};

}  // namespace

void build_score_table(ScoreTable& table) {
  Builder(table).run();
}

std::optional<Figure> points_in_label(std::string_view label) {
  std::string s = text::nfkc(label);
  static const RE2 mark(R"([(]\s*(\d+(?:\.\d+)?)\s*分\s*[)])");
  re2::StringPiece input(s);
  std::string number;
  std::optional<Figure> total;
  while (RE2::FindAndConsume(&input, mark, &number)) {
    auto f = parse_figure(number);
    if (!f) continue;
    if (!total) {
      total = f;
    } else {
      total->value += f->value;
      total->decimals = std::max(total->decimals, f->decimals);
    }
  }
  return total;
}

std::string name_without_points(std::string_view label) {
  std::string s = text::nfkc(label);
  static const RE2 mark(R"(\s*[(]\s*\d+(?:\.\d+)?\s*分\s*[)])");
  RE2::GlobalReplace(&s, mark, "");
  return text::one_line(s);
}

const std::string& ScoreTable::display_name() const {
  return title;
}

}  // namespace jxlint
