#include "cli/inspect_fields.h"

#include <fmt/format.h>

#include "util/text.h"

namespace jxlint {

std::string unit_text(MoneyUnit u) {
  return u == MoneyUnit::wan_yuan ? "万元" : u == MoneyUnit::yuan ? "元" : "";
}

std::string where(const Table& t, const Field& f, Lang lang) {
  if (!f.found()) return lang == Lang::en ? "(absent)" : "（无）";
  std::string s = lang == Lang::en ? fmt::format("row {} col {}", f.row + 1, f.col + 1)
                                   : fmt::format("第{}行第{}列", f.row + 1, f.col + 1);
  if (std::string ref = t.grid.ref(f.row, f.col); !ref.empty()) s += " " + ref;
  return s;
}

Json field_json(const Table& t, const Field& f) {
  if (!f.found()) return Json(nullptr);
  Json j{{"text", f.text}, {"row", f.row + 1}, {"column", f.col + 1}};
  if (std::string ref = t.grid.ref(f.row, f.col); !ref.empty()) j["cell"] = ref;
  return j;
}

namespace {

Json figure_json(const Table& t, const FigureField& f) {
  Json j = field_json(t, f.cell);
  if (!j.is_null()) j["number"] = f.has_value() ? Json(f.value()) : Json(nullptr);
  return j;
}

std::string_view source_id(FundingLine::Source s) {
  switch (s) {
    case FundingLine::Source::total:
      return "total";
    case FundingLine::Source::fiscal:
      return "fiscal";
    case FundingLine::Source::carry_over:
      return "carry-over";
    case FundingLine::Source::other:
      return "other";
  }
  return "other";
}

std::vector<std::pair<std::string, int>> roles(const EvaluationColumns& c) {
  return {{"一级指标", c.level1},    {"二级指标", c.level2},   {"三级指标", c.name},
          {"指标性质", c.op},        {"年度指标值", c.target}, {"度量单位", c.unit},
          {"实际完成值", c.actual},  {"分值", c.points},       {"得分", c.score},
          {"偏差原因分析", c.reason}};
}

std::vector<std::pair<std::string, int>> roles(const ScoreColumns& c) {
  return {{"一级指标", c.level1},   {"二级指标", c.level2},
          {"指标名称", c.name},     {"指标解释", c.explanation},
          {"评分标准", c.standard}, {"分值", c.points},
          {"得分", c.score}};
}

template <class Columns>
std::string header_text(const Columns& c) {
  std::string s;
  for (const auto& [name, col] : roles(c)) {
    if (col >= 0) s += (s.empty() ? "" : " ") + name + "=" + column_name(col + 1);
  }
  return s;
}

template <class Columns>
Json header_json(const Columns& c) {
  Json j = Json::object();
  for (const auto& [name, col] : roles(c)) {
    if (col >= 0) j[name] = col + 1;
  }
  return j;
}

std::string figure_or_dash(const FigureField& f) {
  return f.cell.found() && !f.cell.text.empty() ? text::one_line(f.cell.text) : "—";
}

}  // namespace

void add_json(Json& j, const SelfEvaluationTable& t) {
  j["project_code"] = field_json(t, t.project_code);
  j["project_name"] = field_json(t, t.project_name);
  j["department"] = field_json(t, t.department);
  j["implementer"] = field_json(t, t.implementer);
  Json funding = Json::array();
  for (const FundingLine& f : t.funding) {
    funding.push_back(Json{{"source", source_id(f.source)},
                           {"label", field_json(t, f.label)},
                           {"initial_budget", figure_json(t, f.initial_budget)},
                           {"annual_budget", figure_json(t, f.annual_budget)},
                           {"executed", figure_json(t, f.executed)},
                           {"points", figure_json(t, f.points)},
                           {"rate", figure_json(t, f.rate)},
                           {"score", figure_json(t, f.score)}});
  }
  j["funding"] = std::move(funding);
  j["expected_goal"] = field_json(t, t.expected_goal);
  j["achieved_goal"] = field_json(t, t.achieved_goal);
  j["header_row"] = t.header_row >= 0 ? Json(t.header_row + 1) : Json(nullptr);
  j["header"] = header_json(t.columns);
  Json rows = Json::array();
  for (const EvaluationRow& r : t.indicators) {
    rows.push_back(Json{{"row", r.row + 1},
                        {"level1", field_json(t, r.level1)},
                        {"level2", field_json(t, r.level2)},
                        {"name", field_json(t, r.name)},
                        {"target", field_json(t, r.target)},
                        {"actual", field_json(t, r.actual)},
                        {"points", figure_json(t, r.points)},
                        {"score", figure_json(t, r.score)},
                        {"reason", field_json(t, r.reason)}});
  }
  j["indicators"] = std::move(rows);
  j["total_points"] = figure_json(t, t.total_points);
  j["total_score"] = figure_json(t, t.total_score);
  j["grade"] = field_json(t, t.grade);
}

void add_json(Json& j, const ScoreTable& t) {
  j["header_row"] = t.header_row >= 0 ? Json(t.header_row + 1) : Json(nullptr);
  j["header"] = header_json(t.columns);
  Json items = Json::array();
  for (const ScoreItem& i : t.items) {
    Json item{{"level", i.level},
              {"name", i.name},
              {"label", field_json(t, i.label)},
              {"points", i.points.has_value() ? Json(i.points.value()) : Json(nullptr)},
              {"parent", i.parent >= 0 ? Json(t.items[static_cast<std::size_t>(i.parent)].name)
                                       : Json(nullptr)}};
    if (i.scored()) {
      item["row"] = i.row + 1;
      item["explanation"] = field_json(t, i.explanation);
      item["standard"] = field_json(t, i.standard);
      item["score"] = figure_json(t, i.score);
    }
    items.push_back(std::move(item));
  }
  j["items"] = std::move(items);
  j["total_points"] = figure_json(t, t.total_points);
  j["total_score"] = figure_json(t, t.total_score);
  j["grade"] = field_json(t, t.grade);
  Json bands = Json::array();
  for (const GradeBand& b : t.bands)
    bands.push_back(Json{{"grade", b.name}, {"from", b.low}});
  j["bands"] = std::move(bands);
}

void print_model(const SelfEvaluationTable& t, Lang lang, std::ostream& out) {
  bool en = lang == Lang::en;
  auto line = [&](std::string_view zh, std::string_view eng, const std::string& value) {
    out << "  " << (en ? eng : zh) << (en ? ": " : "：") << value << '\n';
  };
  auto field = [&](std::string_view zh, std::string_view eng, const Field& f) {
    if (f.found()) line(zh, eng, "「" + text::one_line(f.text) + "」 " + where(t, f, lang));
  };
  field("项目编码", "project code", t.project_code);
  field("项目名称", "project name", t.project_name);
  field("主管部门", "department", t.department);
  field("实施单位", "implementer", t.implementer);
  for (const FundingLine& f : t.funding) {
    line(text::one_line(f.label.text), text::one_line(f.label.text),
         fmt::format("{} {} | {} {} | {} {} | {} {} | {} {} | {} {}", en ? "initial" : "年初预算数",
                     figure_or_dash(f.initial_budget), en ? "budget" : "全年预算数",
                     figure_or_dash(f.annual_budget), en ? "executed" : "全年执行数",
                     figure_or_dash(f.executed), en ? "points" : "分值", figure_or_dash(f.points),
                     en ? "rate" : "执行率", figure_or_dash(f.rate), en ? "score" : "得分",
                     figure_or_dash(f.score)));
  }
  field("预期目标", "expected goal", t.expected_goal);
  field("实际完成情况", "goal achieved", t.achieved_goal);
  if (!t.has_indicator_header) {
    line("指标表头", "indicator header", en ? "not found" : "没有找到");
    return;
  }
  line(fmt::format("指标表头（第{}行）", t.header_row + 1),
       fmt::format("indicator header (row {})", t.header_row + 1), header_text(t.columns));
  line("指标", "indicators", std::to_string(t.indicators.size()));
  for (const EvaluationRow& r : t.indicators) {
    out << "    " << (en ? fmt::format("row {}", r.row + 1) : fmt::format("第{}行", r.row + 1))
        << "  " << text::one_line(r.level1.text) << " | " << text::one_line(r.level2.text) << " | "
        << text::one_line(r.name.text) << " | 「" << text::one_line(r.target.text) << "」 → 「"
        << text::one_line(r.actual.text) << "」 | " << figure_or_dash(r.score) << "/"
        << figure_or_dash(r.points) << '\n';
  }
  line("总分", "total", figure_or_dash(t.total_score) + "/" + figure_or_dash(t.total_points));
  field("自评等级", "grade", t.grade);
}

void print_model(const ScoreTable& t, Lang lang, std::ostream& out) {
  bool en = lang == Lang::en;
  auto line = [&](std::string_view zh, std::string_view eng, const std::string& value) {
    out << "  " << (en ? eng : zh) << (en ? ": " : "：") << value << '\n';
  };
  if (!t.has_header) {
    line("表头", "header", en ? "not found" : "没有找到");
    return;
  }
  line(fmt::format("表头（至第{}行）", t.header_row + 1),
       fmt::format("header (to row {})", t.header_row + 1), header_text(t.columns));
  for (const ScoreItem& i : t.items) {
    out << "    " << std::string(static_cast<std::size_t>(2 * (i.level - 1)), ' ') << i.name;
    out << (i.points.has_value() ? fmt::format(" ({}分)", figure_text(i.points.value(), 2))
                                 : std::string(en ? " (no points)" : "（未写分值）"));
    if (i.scored())
      out << (en ? fmt::format("  row {}  score {}", i.row + 1, figure_or_dash(i.score))
                 : fmt::format("  第{}行  得分 {}", i.row + 1, figure_or_dash(i.score)));
    out << '\n';
  }
  line("合计", "total", figure_or_dash(t.total_score) + "/" + figure_or_dash(t.total_points));
  if (t.grade.found()) line("评价结果", "grade", "「" + text::one_line(t.grade.text) + "」");
  if (!t.bands.empty()) {
    std::string bands;
    for (const GradeBand& b : t.bands)
      bands += (bands.empty() ? "" : "；") + b.name + " ≥ " + figure_text(b.low, 2);
    line("等级划分", "bands", bands);
  }
}

}  // namespace jxlint
