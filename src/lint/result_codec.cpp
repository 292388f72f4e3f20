#include "lint/result_codec.h"

#include <nlohmann/json.hpp>

namespace jxlint {
namespace {

using Json = nlohmann::json;
constexpr int kVersion = 3;

Json opt(const std::optional<std::string>& s) {
  return s ? Json(*s) : Json(nullptr);
}
std::optional<std::string> opt(const Json& j) {
  return j.is_null() ? std::nullopt : std::optional<std::string>(j.get<std::string>());
}

Json finding(const Finding& f) {
  return Json::array({f.rule, static_cast<int>(f.severity), f.message, f.table, f.project_name,
                      f.row, f.column, f.field, opt(f.indicator), f.text, opt(f.sheet), opt(f.cell),
                      f.project_code});
}

Finding finding(const Json& j) {
  Finding f;
  f.rule = j.at(0);
  f.severity = static_cast<Severity>(j.at(1).get<int>());
  f.message = j.at(2);
  f.table = j.at(3);
  f.project_name = j.at(4);
  f.row = j.at(5);
  f.column = j.at(6);
  f.field = j.at(7);
  f.indicator = opt(j.at(8));
  f.text = j.at(9);
  f.sheet = opt(j.at(10));
  f.cell = opt(j.at(11));
  f.project_code = j.at(12);
  return f;
}

Json encode_tables(const std::vector<TableSummary>& list) {
  Json tables = Json::array();
  for (const TableSummary& t : list) {
    Json table{{"t", t.table},      {"kind", t.kind},         {"order", t.order},
               {"why", t.evidence}, {"code", t.project_code}, {"name", t.project_name},
               {"title", t.title},  {"n", t.indicators},      {"unit", t.unit},
               {"parts", t.parts},  {"sheet", opt(t.sheet)},  {"hidden", t.hidden}};
    if (t.view) {
      Json cells = Json::array();
      for (const auto& c : t.view->cells) {
        cells.push_back(Json::array({c.text, c.row_span, c.col_span, c.covered, c.ref}));
      }
      table["view"] = {{"rows", t.view->rows}, {"cols", t.view->cols}, {"cells", std::move(cells)}};
    }
    tables.push_back(std::move(table));
  }
  return tables;
}

bool decode_tables(const Json& list, std::vector<TableSummary>& out) {
  for (const auto& t : list) {
    TableSummary s;
    s.table = t.at("t");
    s.kind = t.at("kind");
    s.order = t.at("order");
    s.evidence = t.at("why").get<std::vector<std::string>>();
    s.project_code = t.at("code");
    s.project_name = t.at("name");
    s.title = t.at("title");
    s.indicators = t.at("n");
    s.unit = t.at("unit");
    s.parts = t.at("parts");
    s.sheet = opt(t.at("sheet"));
    s.hidden = t.at("hidden");
    if (t.contains("view")) {
      TableView v;
      v.rows = t["view"].at("rows");
      v.cols = t["view"].at("cols");
      for (const auto& c : t["view"].at("cells")) {
        v.cells.push_back(TableView::Cell{c.at(0), c.at(1), c.at(2), c.at(3), c.at(4)});
      }
      if (v.cells.size() != static_cast<std::size_t>(v.rows) * static_cast<std::size_t>(v.cols))
        return false;
      s.view = std::move(v);
    }
    out.push_back(std::move(s));
  }
  return true;
}

Json encode_rows(const std::vector<DigestRow>& list) {
  Json rows = Json::array();
  for (const DigestRow& r : list)
    rows.push_back(
        Json::array({r.name, r.key, r.value, r.value_key, r.block, r.row, r.col, r.cell}));
  return rows;
}

void decode_rows(const Json& list, std::vector<DigestRow>& out) {
  for (const Json& r : list)
    out.push_back(
        DigestRow{r.at(0), r.at(1), r.at(2), r.at(3), r.at(4), r.at(5), r.at(6), r.at(7)});
}

Json encode_projects(const std::vector<ProjectDigest>& list) {
  Json out = Json::array();
  for (const ProjectDigest& d : list) {
    out.push_back(Json::array({std::string(kind_id(d.kind)), d.table, d.code, d.name, d.name_key,
                               d.sheet, encode_rows(d.rows), d.year}));
  }
  return out;
}

void decode_projects(const Json& list, std::vector<ProjectDigest>& out) {
  for (const Json& j : list) {
    ProjectDigest d;
    d.kind = kind_from_id(j.at(0).get<std::string>());
    d.table = j.at(1);
    d.code = j.at(2);
    d.name = j.at(3);
    d.name_key = j.at(4);
    d.sheet = j.at(5);
    d.year = j.at(7);
    decode_rows(j.at(6), d.rows);
    out.push_back(std::move(d));
  }
}

}  // namespace

std::string encode_result(const FileResult& r) {
  Json tables = encode_tables(r.tables);
  Json others = encode_tables(r.other_tables);
  Json findings = Json::array();
  for (const auto& f : r.findings)
    findings.push_back(finding(f));
  Json suppressed = Json::array();
  for (const auto& s : r.suppressed)
    suppressed.push_back(Json::array({finding(s.finding), s.reason, s.author}));
  Json doc{{"jxlint-result", kVersion},
           {"format", r.format},
           {"error", r.error ? Json::array({r.error->code, r.error->message}) : Json(nullptr)},
           {"tables", std::move(tables)},
           {"others", std::move(others)},
           {"findings", std::move(findings)},
           {"suppressed", std::move(suppressed)},
           {"skipped", r.skipped_tables},
           {"projects", encode_projects(r.projects)}};
  return doc.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::optional<FileResult> decode_result(const std::string& text) {
  try {
    Json doc = Json::parse(text);
    if (doc.value("jxlint-result", 0) != kVersion) return std::nullopt;
    FileResult r;
    r.format = doc.at("format");
    if (!doc.at("error").is_null()) r.error = FileError{doc["error"].at(0), doc["error"].at(1)};
    if (!decode_tables(doc.at("tables"), r.tables) ||
        !decode_tables(doc.at("others"), r.other_tables))
      return std::nullopt;
    for (const auto& f : doc.at("findings"))
      r.findings.push_back(finding(f));
    for (const auto& s : doc.at("suppressed")) {
      r.suppressed.push_back(SuppressedFinding{finding(s.at(0)), s.at(1), s.at(2)});
    }
    r.skipped_tables = doc.at("skipped");
    decode_projects(doc.at("projects"), r.projects);
    return r;
  } catch (const Json::exception&) {
    return std::nullopt;  // a damaged entry is a miss, never an error
  }
}

std::string encode_digest_rows(const std::vector<DigestRow>& rows) {
  return encode_rows(rows).dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::optional<std::vector<DigestRow>> decode_digest_rows(const std::string& text) {
  try {
    std::vector<DigestRow> rows;
    decode_rows(Json::parse(text), rows);
    return rows;
  } catch (const Json::exception&) {
    return std::nullopt;
  }
}

}  // namespace jxlint
