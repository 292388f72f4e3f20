#include "cli/inspect.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/lint_file.h"
#include "cli/inspect_fields.h"
#include "util/input_error.h"
#include "util/text.h"

namespace jxlint {
namespace {

// The indicator columns, by the roles jxlint gave them.
std::vector<std::pair<std::string, int>> roles(const IndicatorColumns& c) {
  return {{"一级指标", c.level1},      {"二级指标", c.level2},
          {"三级指标", c.name},        {"绩效指标描述", c.description},
          {"指标值", c.value},         {"指标值确定依据", c.basis},
          {"指标性质", c.op},          {"度量单位", c.unit},
          {"权重", c.weight},          {"指标方向", c.direction},
          {"上年指标值", c.last_year}, {"备注", c.remark}};
}

Json table_json(const Table& t) {
  Json j{{"table", t.index > 0 ? Json(t.index) : Json(nullptr)},
         {"kind", kind_id(t.kind)},
         {"order", t.order},
         {"evidence", t.evidence},
         {"title", t.title},
         {"captions", t.captions},
         {"unit", unit_text(t.money_unit)},
         {"unit_line", t.unit_line},
         {"sheet", t.sheet.empty() ? Json(nullptr) : Json(t.sheet)},
         {"rows", t.grid.rows()},
         {"columns", t.grid.cols()},
         {"parts", t.parts}};
  if (const auto* e = dynamic_cast<const SelfEvaluationTable*>(&t)) add_json(j, *e);
  if (const auto* s = dynamic_cast<const ScoreTable*>(&t)) add_json(j, *s);
  const auto* target = dynamic_cast<const TargetTable*>(&t);
  if (target == nullptr) return j;
  j["project_code"] = field_json(t, target->project_code);
  j["project_name"] = field_json(t, target->project_name);
  j["department"] = field_json(t, target->department);
  j["budget"] = field_json(t, target->budget);
  Json funding = Json::array();
  for (const FundingPart& p : target->funding) {
    funding.push_back(Json{{"label", p.label},
                           {"source", p.source == FundingPart::Source::fiscal       ? "fiscal"
                                      : p.source == FundingPart::Source::carry_over ? "carry-over"
                                                                                    : "other"},
                           {"value", field_json(t, p.value)}});
  }
  j["funding"] = std::move(funding);
  Json plan = Json::array();
  for (const PlanPoint& p : target->plan) {
    plan.push_back(Json{{"label", p.label},
                        {"month", p.month},
                        {"value", field_json(t, p.value)},
                        {"percent", p.percent ? Json(*p.percent) : Json(nullptr)},
                        {"amount", p.amount ? Json(*p.amount) : Json(nullptr)}});
  }
  j["plan"] = Json{{"label", field_json(t, target->plan_label)},
                   {"in_amounts", target->plan_in_amounts},
                   {"points", std::move(plan)}};
  j["goal"] = field_json(t, target->goal);
  j["long_term_goal"] = field_json(t, target->long_term_goal);
  Json header = Json::object();
  for (const auto& [name, col] : roles(target->columns)) {
    if (col >= 0) header[name] = col + 1;
  }
  j["header_row"] = target->header_row >= 0 ? Json(target->header_row + 1) : Json(nullptr);
  j["header"] = std::move(header);
  Json rows = Json::array();
  for (const IndicatorRow& r : target->indicators) {
    const Value& v = r.parsed;
    rows.push_back(
        Json{{"row", r.row + 1},
             {"block", r.block},
             {"level1", field_json(t, r.level1)},
             {"level1_inherited", r.level1_inherited},
             {"level2", field_json(t, r.level2)},
             {"name", field_json(t, r.name)},
             {"description", field_json(t, r.description)},
             {"value", field_json(t, r.value)},
             {"basis", field_json(t, r.basis)},
             {"op", field_json(t, r.op)},
             {"unit", field_json(t, r.unit)},
             {"parsed", Json{{"kind", v.kind == Value::Kind::numeric       ? "numeric"
                                      : v.kind == Value::Kind::qualitative ? "qualitative"
                                                                           : "empty"},
                             {"written", v.written},
                             {"operator", op_symbol(v.op)},
                             {"number", v.is_numeric() ? Json(v.number) : Json(nullptr)},
                             {"unit", v.unit}}}});
  }
  j["indicators"] = std::move(rows);
  return j;
}

void print_table(const Table& t, Lang lang, std::ostream& out) {
  bool en = lang == Lang::en;
  std::string head = t.index > 0
                         ? (en ? fmt::format("table {}", t.index) : fmt::format("表{}", t.index))
                         : (en ? "unnumbered" : "未编号");
  out << head << "  " << kind_name(t.kind, lang);
  if (!t.sheet.empty()) out << (en ? "  sheet " : "  工作表 ") << t.sheet;
  out << (en ? fmt::format("  {} rows × {} columns", t.grid.rows(), t.grid.cols())
             : fmt::format("  {} 行 × {} 列", t.grid.rows(), t.grid.cols()));
  if (t.parts > 1)
    out << (en ? fmt::format(", {} parts", t.parts)
               : fmt::format("，由 {} 个表格接续而成", t.parts));
  out << '\n';
  auto line = [&](std::string_view zh, std::string_view eng, const std::string& value) {
    out << "  " << (en ? eng : zh) << (en ? ": " : "：") << value << '\n';
  };
  std::string why;
  for (const auto& e : t.evidence)
    why += (why.empty() ? "" : "；") + e;
  line("判断依据", "evidence", why);
  if (!t.title.empty()) line("标题", "title", t.title);
  line("金额单位", "money unit",
       unit_text(t.money_unit).empty()
           ? (en ? "(unknown)" : "（不明）")
           : unit_text(t.money_unit) + (t.unit_line.empty() ? "" : "（" + t.unit_line + "）"));
  if (const auto* e = dynamic_cast<const SelfEvaluationTable*>(&t)) print_model(*e, lang, out);
  if (const auto* s = dynamic_cast<const ScoreTable*>(&t)) print_model(*s, lang, out);
  const auto* target = dynamic_cast<const TargetTable*>(&t);
  if (target == nullptr) return;
  auto field = [&](std::string_view zh, std::string_view eng, const Field& f) {
    if (!f.found()) return;
    line(zh, eng, "「" + text::one_line(f.text) + "」 " + where(t, f, lang));
  };
  field("项目编码", "project code", target->project_code);
  field("项目名称", "project name", target->project_name);
  field("部门名称", "department", target->department);
  field("预算数", "budget", target->budget);
  for (const FundingPart& p : target->funding)
    field(text::one_line(p.label), text::one_line(p.label), p.value);
  if (target->has_plan) {
    std::string plan;
    for (const PlanPoint& p : target->plan) {
      plan += (plan.empty() ? "" : "；") + p.label + " 「" + p.value.text + "」";
      if (p.percent) plan += fmt::format(" = {:g}%", *p.percent);
      plan += ' ';  // not " " + where(…): GCC 12 warns falsely on it (-Wrestrict, PR 105329)
      plan += where(t, p.value, lang);
    }
    line(target->plan_in_amounts ? "资金支出计划（金额，按预算数折算）" : "资金支出计划",
         target->plan_in_amounts ? "spending plan (amounts, as shares of the budget)"
                                 : "spending plan",
         plan.empty() ? (en ? "(no checkpoints)" : "（没有节点）") : plan);
  }
  field("绩效目标", "goal", target->goal);
  field("长期目标", "long-term goal", target->long_term_goal);
  if (!target->has_indicator_header) {
    line("指标表头", "indicator header", en ? "not found" : "没有找到");
    return;
  }
  std::string header;
  for (const auto& [name, col] : roles(target->columns)) {
    if (col >= 0) header += (header.empty() ? "" : " ") + name + "=" + column_name(col + 1);
  }
  line(fmt::format("指标表头（第{}行）", target->header_row + 1),
       fmt::format("indicator header (row {})", target->header_row + 1), header);
  line("指标", "indicators", std::to_string(target->indicators.size()));
  for (const IndicatorRow& r : target->indicators) {
    std::string cells = text::one_line(r.level1.text) + (r.level1_inherited ? "↑" : "") + " | " +
                        text::one_line(r.level2.text) + " | " + text::one_line(r.name.text);
    if (r.description.found()) cells += " | " + text::one_line(r.description.text);
    cells += " | 「" + r.parsed.written + "」";
    if (r.basis.found()) cells += " | " + text::one_line(r.basis.text);
    std::string ref = t.grid.ref(r.row, 0);
    out << "    " << (en ? fmt::format("row {}", r.row + 1) : fmt::format("第{}行", r.row + 1))
        << (ref.empty() ? "" : " " + ref) << (r.block.empty() ? "" : " [" + r.block + "]") << "  "
        << cells << '\n';
  }
}

}  // namespace

int inspect_file(const std::string& path, bool json, const LintOptions& options, std::ostream& out,
                 std::ostream& err) {
  std::string format;
  Recognition rec;
  try {
    rec = recognize_file(path, options, format);
  } catch (const InputError& e) {
    err << path << ": " << (options.lang == Lang::en ? e.message_en() : e.message_zh()) << " ["
        << e.code() << "]\n";
    return 2;
  }
  std::vector<const Table*> all = rec.in_reading_order();
  if (json) {
    Json tables = Json::array();
    for (const Table* t : all)
      tables.push_back(table_json(*t));
    out << Json{{"path", path}, {"format", format}, {"tables", std::move(tables)}}.dump(
               2, ' ', false, Json::error_handler_t::replace)
        << '\n';
    return 0;
  }
  out << path << " (" << format << ")"
      << (options.lang == Lang::en ? fmt::format(": {} table(s)\n", all.size())
                                   : fmt::format("：{} 张表格\n", all.size()));
  for (const Table* t : all) {
    out << '\n';
    print_table(*t, options.lang, out);
  }
  return 0;
}

}  // namespace jxlint
