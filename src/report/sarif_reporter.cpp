// SARIF 2.1.0 (OASIS): what code-scanning dashboards read. The driver lists
// every rule with its summary and doc block; each result names the file as
// its artifact and the table, project and indicator (and a sheet's cell) as
// logical locations. Suppressed findings are results with an inSource
// suppression carrying the reviewer's reason; unreadable files are
// tool execution notifications. No timestamps: the same input gives the
// same bytes. Results are written as files are reported, before the run's
// tool, artifacts and invocations (key order is free in JSON): memory holds
// one entry per file, not every result of the queue.
#include <map>
#include <nlohmann/json.hpp>

#include "lint/check.h"
#include "report/json_text.h"
#include "report/location_text.h"
#include "report/reporter.h"

namespace jxlint {
namespace {

using Json = nlohmann::ordered_json;

std::string level_of(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "note";
  }
  return "note";
}

class SarifReporter final : public Reporter {
 public:
  SarifReporter(std::ostream& out, ReportOptions options) : out_(out), options_(options) {
    for (const CheckInfo& c : Registry::instance().all())
      add_rule(std::string(c.id), &c, "");
  }

  void file(const FileResult& r) override {
    int artifact = static_cast<int>(artifacts_.size());
    artifacts_.push_back(
        Json{{"location", {{"uri", path_to_uri(r.path)}}}, {"mimeType", mime_of(r.format)}});
    if (r.error) {
      notifications_.push_back(Json{
          {"level", "error"},
          {"message", {{"text", r.error->message}}},
          {"locations",
           Json::array(
               {Json{{"physicalLocation",
                      {{"artifactLocation", artifact_location(path_to_uri(r.path), artifact)}}}}})},
          {"descriptor", {{"id", r.error->code}}}});
      return;
    }
    for (const Finding& f : r.findings)
      write_result(result_of(r, f, artifact));
    for (const SuppressedFinding& s : r.suppressed) {
      Json result = result_of(r, s.finding, artifact);
      Json suppression{{"kind", "inSource"}, {"status", "accepted"}, {"justification", s.reason}};
      if (!s.author.empty()) suppression["properties"] = {{"author", s.author}};
      result["suppressions"] = Json::array({suppression});
      write_result(result);
    }
  }

  void finish(const Summary& s) override {
    start();
    out_ << (results_ == 0 ? "]" : "\n      ]");
    Json rules = Json::array();
    for (auto& rule : rules_)
      rules.push_back(std::move(rule));
    Json tool{{"driver",
               {{"name", "jxlint"},
                {"version", JXLINT_VERSION},
                {"semanticVersion", JXLINT_VERSION},
                {"informationUri", "https://example.org/jxlint"},
                {"rules", std::move(rules)}}}};
    Json invocation{{"executionSuccessful", s.failed_files == 0}};
    if (!notifications_.empty())
      invocation["toolExecutionNotifications"] = std::move(notifications_);
    Json properties{{"files", s.files},        {"tables", s.tables}, {"error", s.error},
                    {"warning", s.warning},    {"info", s.info},     {"suppressed", s.suppressed},
                    {"baselined", s.baselined}};
    out_ << ",\n      \"tool\": " << dump_at(tool, 3)
         << ",\n      \"invocations\": " << dump_at(Json::array({std::move(invocation)}), 3)
         << ",\n      \"artifacts\": " << dump_at(artifacts_, 3)
         << ",\n      \"properties\": " << dump_at(properties, 3) << "\n    }\n  ]\n}\n";
  }

 private:
  void start() {
    if (started_) return;
    started_ = true;
    out_ << "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
            "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"results\": [";
  }

  void write_result(const Json& result) {
    start();
    out_ << (results_ == 0 ? "\n        " : ",\n        ") << dump_at(result, 4);
    ++results_;
  }

  static std::string mime_of(const std::string& format) {
    if (format == "xlsx")
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    if (format == "docx")
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    return "application/octet-stream";
  }

  static Json artifact_location(const std::string& uri, int index) {
    return Json{{"uri", uri}, {"index", index}};
  }

  int add_rule(const std::string& id, const CheckInfo* info, const std::string& message) {
    auto it = rule_index_.find(id);
    if (it != rule_index_.end()) return it->second;
    Json rule{{"id", id}};
    if (info != nullptr) {
      rule["shortDescription"] = {{"text", std::string(info->summary(options_.lang))}};
      rule["fullDescription"] = {
          {"text", std::string(info->summary(options_.lang == Lang::en ? Lang::zh : Lang::en))}};
      std::string_view doc = info->doc;
      while (!doc.empty() && doc.front() == '\n')
        doc.remove_prefix(1);
      rule["help"] = {{"text", std::string(doc)}};
      rule["defaultConfiguration"] = {{"level", level_of(info->severity)}};
    } else {
      // A custom rule from jxlint.toml: its message is its description.
      rule["shortDescription"] = {{"text", message}};
      rule["properties"] = {{"custom", true}};
    }
    int index = static_cast<int>(rules_.size());
    rules_.push_back(std::move(rule));
    rule_index_[id] = index;
    return index;
  }

  Json result_of(const FileResult&, const Finding& f, int artifact) {
    int rule = add_rule(f.rule, Registry::instance().find(f.rule), f.message);
    Json logical = Json::array();
    logical.push_back(Json{{"name", f.indicator && !f.indicator->empty() ? *f.indicator : f.field},
                           {"fullyQualifiedName", logical_path(f, options_.lang)},
                           {"kind", "element"}});
    if (f.sheet && f.cell) {
      logical.push_back(Json{{"name", *f.cell},
                             {"fullyQualifiedName", *f.sheet + "!" + *f.cell},
                             {"kind", "element"}});
    }
    Json properties{{"table", f.table}, {"field", f.field}};
    if (!f.project_name.empty()) properties["project"] = f.project_name;
    if (!f.project_code.empty()) properties["projectCode"] = f.project_code;
    if (f.indicator) properties["indicator"] = *f.indicator;
    if (f.row > 0) properties["row"] = f.row;
    if (f.column > 0) properties["column"] = f.column;
    if (f.sheet) properties["sheet"] = *f.sheet;
    if (f.cell) properties["cell"] = *f.cell;
    return Json{{"ruleId", f.rule},
                {"ruleIndex", rule},
                {"level", level_of(f.severity)},
                {"message", {{"text", f.message}}},
                {"locations",
                 Json::array({Json{
                     {"physicalLocation",
                      {{"artifactLocation", artifact_location(artifact_path(artifact), artifact)}}},
                     {"logicalLocations", std::move(logical)}}})},
                {"properties", std::move(properties)}};
  }

  std::string artifact_path(int index) const {
    return artifacts_[static_cast<std::size_t>(index)]["location"]["uri"].get<std::string>();
  }

  std::ostream& out_;
  ReportOptions options_;
  std::vector<Json> rules_;
  std::map<std::string, int> rule_index_;
  Json artifacts_ = Json::array();
  Json notifications_ = Json::array();
  bool started_ = false;
  std::size_t results_ = 0;
};

}  // namespace

std::unique_ptr<Reporter> make_sarif_reporter(std::ostream& out, ReportOptions options) {
  return std::make_unique<SarifReporter>(out, options);
}

}  // namespace jxlint
