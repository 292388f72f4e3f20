#include "model/self_evaluation_builder.h"

#include <re2/re2.h>

#include <array>
#include <map>

#include "model/captions.h"
#include "model/labels.h"
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

enum class Part { none, level1, level2, name, target, op, unit, actual, points, score, reason };

// The part of an indicator row a header cell names.
Part indicator_part(std::string_view cell) {
  std::string k = text::fold(cell);
  if (k.empty() || k.size() > 60) return Part::none;
  if (one_of(k, {"一级指标", "一级"})) return Part::level1;
  if (one_of(k, {"二级指标", "二级"})) return Part::level2;
  if (one_of(k, {"三级指标", "三级", "指标名称", "三级指标名称", "绩效指标名称", "具体指标"}))
    return Part::name;
  if (one_of(k, {"年度指标值", "指标值", "年度目标值", "预期指标值", "目标值", "计划指标值",
                 "年度计划值", "预期目标值", "年初目标值", "年度绩效指标值"}))
    return Part::target;
  if (one_of(k, {"指标性质", "计算符号", "符号", "运算符号", "比较符号", "指标值符号"}))
    return Part::op;
  if (one_of(k, {"度量单位", "计量单位", "单位", "指标单位"})) return Part::unit;
  if (one_of(k, {"实际完成值", "全年实际值", "实际值", "实际完成指标值", "完成值", "全年实际完成值",
                 "实际完成情况", "年度实际完成值", "实际完成"}))
    return Part::actual;
  if (one_of(k, {"分值", "权重", "指标分值", "标准分值", "标准分", "权重分值", "分值权重"}))
    return Part::points;
  if (one_of(k, {"得分", "自评得分", "评价得分", "实际得分"})) return Part::score;
  if (k.starts_with("偏差原因") || k.starts_with("未完成原因") || k.starts_with("原因分析") ||
      k.starts_with("偏差分析") || k.starts_with("差异原因") || k.starts_with("偏差及原因"))
    return Part::reason;
  return Part::none;
}

enum class FundingPart { none, initial, annual, executed, points, rate, score };

FundingPart funding_part(std::string_view cell) {
  std::string k = text::fold(cell);
  if (k.empty() || k.size() > 40) return FundingPart::none;
  if (k.starts_with("年初预算")) return FundingPart::initial;
  if (k.starts_with("全年预算") || k.starts_with("调整后预算") || k == "预算数" ||
      k.starts_with("预算数万元") || k.starts_with("预算数元"))
    return FundingPart::annual;
  if (k.starts_with("全年执行") || k.starts_with("执行数") || k.starts_with("实际执行") ||
      k.starts_with("实际支出") || k.starts_with("预算执行数") || k.starts_with("全年实际支出"))
    return FundingPart::executed;
  if (one_of(k, {"分值", "权重"})) return FundingPart::points;
  if (k == "执行率" || k == "预算执行率") return FundingPart::rate;
  if (one_of(k, {"得分", "自评得分"})) return FundingPart::score;
  return FundingPart::none;
}

// The source a 项目资金 line's label names; nullopt for no funding line.
std::optional<FundingLine::Source> funding_source(std::string_view cell) {
  std::string k = text::fold(cell);
  if (k.empty() || k.size() > 60) return std::nullopt;
  if (one_of(k, {"年度资金总额", "资金总额", "合计", "总计", "项目资金总额", "总额"}))
    return FundingLine::Source::total;
  switch (classify_label(cell)) {
    case Label::fiscal:
      return FundingLine::Source::fiscal;
    case Label::carry_over:
      return FundingLine::Source::carry_over;
    case Label::other:
      return FundingLine::Source::other;
    default:
      return std::nullopt;
  }
}

FigureField figure_at(const Grid& g, int r, int c) {
  FigureField f;
  if (c < 0) return f;
  f.cell = field_at(g, r, c);
  f.figure = parse_figure(f.cell.text);
  return f;
}

Field text_at(const Grid& g, int r, int c) {
  return c < 0 ? Field{} : field_at(g, r, c);
}

bool is_total_label(std::string_view cell) {
  std::string k = text::fold(cell);
  return one_of(k, {"总分", "合计", "总计", "得分合计", "合计得分", "自评总分", "总得分"});
}

bool is_grade_label(std::string_view cell) {
  std::string k = text::fold(cell);
  return one_of(k,
                {"自评等级", "评价等级", "绩效等级", "等级", "自评结果", "评价结果", "绩效评级"});
}

class Builder {
 public:
  explicit Builder(SelfEvaluationTable& t) : t_(t), g_(t.grid) {}

  void run() {
    reset();
    for (int r = 0; r < g_.rows(); ++r) {
      if (g_.row_is_blank(r)) continue;
      std::vector<RowCell> cells = non_blank(row_cells(g_, r));
      if (cells.empty()) continue;
      if (read_trailer(r, cells)) continue;
      if (after_total_) continue;  // 评价结论, 存在问题, signatures …
      if (read_indicator_header(r, cells)) continue;
      if (t_.has_indicator_header) {
        read_indicator(r);
        continue;
      }
      if (read_funding_header(r, cells)) continue;
      if (read_funding_line(r, cells)) continue;
      if (read_goals(r, cells)) continue;
      read_labels(r, cells);
    }
  }

 private:
  void reset() {
    SelfEvaluationTable& t = t_;
    t.project_code = t.project_name = t.department = t.implementer = Field{};
    t.funding.clear();
    t.expected_goal = t.achieved_goal = Field{};
    t.has_indicator_header = false;
    t.header_row = -1;
    t.columns = EvaluationColumns{};
    t.indicators.clear();
    t.total_label = Field{};
    t.total_points = t.total_score = FigureField{};
    t.grade = Field{};
  }

  // 项目名称 | 工会保障项目, 主管部门 | … | 实施单位 | …
  void read_labels(int r, const std::vector<RowCell>& cells) {
    for (std::size_t i = 0; i + 1 < cells.size(); ++i) {
      std::string k = text::fold(cells[i].text);
      Field* target = nullptr;
      if (one_of(k, {"项目名称"}))
        target = &t_.project_name;
      else if (one_of(k, {"项目编码", "项目代码", "项目编号"}))
        target = &t_.project_code;
      else if (one_of(k, {"主管部门", "部门名称", "单位名称", "预算部门", "主管部门及代码"}))
        target = &t_.department;
      else if (one_of(k, {"实施单位", "项目实施单位"}))
        target = &t_.implementer;
      if (target == nullptr || target->found()) continue;
      *target = field_at(g_, r, cells[i + 1].col);
      if (target == &t_.project_name && !t_.project_code.found()) split_code(t_.project_name);
    }
    for (const RowCell& c : cells) {
      if (t_.money_unit == MoneyUnit::unknown) {
        MoneyUnit u = money_unit_of_label(c.text);
        if (u == MoneyUnit::unknown) u = money_unit_of_line(c.text);
        if (u != MoneyUnit::unknown) t_.money_unit = u;
      }
    }
  }

  // 「13082123P00008610003K-民营企业家培训项目」: budget systems print the
  // project's code and name in one cell.
  void split_code(Field& name) {
    static const RE2 code_name(R"(^\s*([0-9A-Z]{10,})\s*[-—－_－]\s*(\S.*)$)");
    std::string code, rest;
    if (!RE2::FullMatch(name.text, code_name, &code, &rest)) return;
    t_.project_code = Field{code, name.row, name.col};
    name.text = rest;
  }

  bool read_funding_header(int r, const std::vector<RowCell>& cells) {
    std::map<FundingPart, int> found;
    for (const RowCell& c : cells) {
      FundingPart p = funding_part(c.text);
      if (p != FundingPart::none) found.try_emplace(p, c.col);
    }
    bool header = found.count(FundingPart::executed) &&
                  (found.count(FundingPart::annual) || found.count(FundingPart::initial));
    if (!header) return false;
    funding_columns_ = found;
    // The block's label (项目资金（万元）) may carry the unit.
    for (const RowCell& c : row_cells(g_, r)) {
      MoneyUnit u = money_unit_of_label(c.text);
      if (u != MoneyUnit::unknown && t_.money_unit == MoneyUnit::unknown) t_.money_unit = u;
    }
    return true;
  }

  int funding_col(FundingPart p) const {
    auto it = funding_columns_.find(p);
    return it == funding_columns_.end() ? -1 : it->second;
  }

  bool read_funding_line(int r, const std::vector<RowCell>& cells) {
    if (funding_columns_.empty()) return false;
    int first_value = funding_col(FundingPart::initial);
    if (first_value < 0) first_value = funding_col(FundingPart::annual);
    // The line's label is the last labelled cell left of the figures.
    std::optional<FundingLine::Source> source;
    Field label;
    for (const RowCell& c : cells) {
      if (c.col >= first_value) break;
      if (auto s = funding_source(c.text)) {
        source = s;
        label = field_at(g_, r, c.col);
      }
    }
    if (!source) return false;
    FundingLine line;
    line.source = *source;
    line.label = label;
    line.initial_budget = figure_at(g_, r, funding_col(FundingPart::initial));
    line.annual_budget = figure_at(g_, r, funding_col(FundingPart::annual));
    line.executed = figure_at(g_, r, funding_col(FundingPart::executed));
    line.points = figure_at(g_, r, funding_col(FundingPart::points));
    line.rate = figure_at(g_, r, funding_col(FundingPart::rate));
    line.score = figure_at(g_, r, funding_col(FundingPart::score));
    t_.funding.push_back(std::move(line));
    return true;
  }

  // 预期目标 | 实际完成情况 over the two texts on the next row.
  bool read_goals(int r, const std::vector<RowCell>& cells) {
    int expected = -1, achieved = -1;
    for (const RowCell& c : cells) {
      std::string k = text::fold(c.text);
      if (one_of(k, {"预期目标", "年度目标", "预期绩效目标", "项目年度目标"})) expected = c.col;
      if (one_of(k,
                 {"实际完成情况", "目标实际完成情况", "实际完成", "完成情况", "年度目标完成情况"}))
        achieved = c.col;
    }
    if (expected < 0 || achieved < 0 || r + 1 >= g_.rows()) return false;
    t_.expected_goal = field_at(g_, r + 1, expected);
    t_.achieved_goal = field_at(g_, r + 1, achieved);
    goal_row_ = r + 1;
    return true;
  }

  bool read_indicator_header(int r, const std::vector<RowCell>& cells) {
    if (t_.has_indicator_header) return false;
    EvaluationColumns cols;
    for (const RowCell& c : row_cells(g_, r)) {
      int* slot = nullptr;
      switch (indicator_part(c.text)) {
        case Part::level1:
          slot = &cols.level1;
          break;
        case Part::level2:
          slot = &cols.level2;
          break;
        case Part::name:
          slot = &cols.name;
          break;
        case Part::target:
          slot = &cols.target;
          break;
        case Part::op:
          slot = &cols.op;
          break;
        case Part::unit:
          slot = &cols.unit;
          break;
        case Part::actual:
          slot = &cols.actual;
          break;
        case Part::points:
          slot = &cols.points;
          break;
        case Part::score:
          slot = &cols.score;
          break;
        case Part::reason:
          slot = &cols.reason;
          break;
        case Part::none:
          break;
      }
      if (slot != nullptr && *slot < 0) *slot = c.col;
    }
    (void)cells;
    if (cols.name < 0 || cols.actual < 0 || (cols.target < 0 && cols.score < 0)) return false;
    t_.has_indicator_header = true;
    t_.header_row = r;
    t_.columns = cols;
    return true;
  }

  // 总分 | 100 | 97.80 and 自评等级 | 优 after the indicators.
  bool read_trailer(int r, const std::vector<RowCell>& cells) {
    if (r == goal_row_) return false;
    // The row's own cells: a label merged down from above (绩效指标) is not
    // what the row says.
    std::vector<RowCell> own;
    for (const RowCell& c : cells) {
      if (c.anchor_row == r) own.push_back(c);
    }
    if (own.empty()) return false;
    const RowCell& first = own.front();
    if (is_total_label(first.text) &&
        (t_.has_indicator_header || !funding_source(first.text).has_value())) {
      read_total(r, first);
      return true;
    }
    for (std::size_t i = 0; i < own.size() && i < 2; ++i) {
      if (!is_grade_label(own[i].text)) continue;
      if (i + 1 < own.size())
        t_.grade = field_at(g_, r, own[i + 1].col);
      else
        t_.grade = Field{"", r, own[i].col + 1};
      return true;
    }
    return false;
  }

  void read_total(int r, const RowCell& label) {
    after_total_ = t_.has_indicator_header;
    t_.total_label = field_at(g_, r, label.col);
    const EvaluationColumns& c = t_.columns;
    if (c.points >= 0 && g_.at(r, c.points).anchor_col != label.col)
      t_.total_points = figure_at(g_, r, c.points);
    if (c.score >= 0 && g_.at(r, c.score).anchor_col != label.col)
      t_.total_score = figure_at(g_, r, c.score);
  }

  void read_indicator(int r) {
    const EvaluationColumns& c = t_.columns;
    Field name = text_at(g_, r, c.name);
    if (text::is_blank(name.text)) return;
    if (indicator_part(name.text) != Part::none) return;  // a repeated header
    EvaluationRow row;
    row.row = r;
    row.level1 = text_at(g_, r, c.level1);
    row.level2 = text_at(g_, r, c.level2);
    if (text::is_blank(row.level1.text) && !t_.indicators.empty())
      row.level1 = t_.indicators.back().level1;
    if (text::is_blank(row.level2.text) && !t_.indicators.empty() && c.level2 >= 0)
      row.level2 = t_.indicators.back().level2;
    row.name = name;
    row.target = text_at(g_, r, c.target);
    row.actual = text_at(g_, r, c.actual);
    row.points = figure_at(g_, r, c.points);
    row.score = figure_at(g_, r, c.score);
    row.reason = text_at(g_, r, c.reason);
    if (c.op >= 0 || c.unit >= 0) {
      // 指标性质 | 指标值 | 度量单位: the target as it reads, ≥100人次.
      row.target_value = parse_split_value(text_at(g_, r, c.op).text, row.target.text,
                                           text_at(g_, r, c.unit).text);
      row.target.text = row.target_value.written;
    } else {
      row.target_value = parse_value(row.target.text);
    }
    row.actual_value = parse_value(row.actual.text);
    // A bare number under a 度量单位 column is in that unit: 126 (人次).
    if (row.actual_value.is_numeric() && row.actual_value.unit.empty() &&
        row.target_value.unit_from_column)
      row.actual_value.unit = row.target_value.unit;
    t_.indicators.push_back(std::move(row));
  }

  SelfEvaluationTable& t_;
  const Grid& g_;
  std::map<FundingPart, int> funding_columns_;
  int goal_row_ = -1;
  bool after_total_ = false;
};

}  // namespace

void build_self_evaluation(SelfEvaluationTable& table) {
  Builder(table).run();
  if (table.money_unit == MoneyUnit::unknown && !table.unit_line.empty())
    table.money_unit = money_unit_of_line(table.unit_line);
}

const FundingLine* SelfEvaluationTable::total_funding() const {
  for (const FundingLine& f : funding) {
    if (f.source == FundingLine::Source::total) return &f;
  }
  return nullptr;
}

const std::string& SelfEvaluationTable::display_name() const {
  if (!text::is_blank(project_name.text)) return project_name.text;
  if (!text::is_blank(department.text)) return department.text;
  return title;
}

}  // namespace jxlint
