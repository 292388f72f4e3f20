#include <nlohmann/json.hpp>

#include "report/finding_json.h"
#include "report/json_text.h"
#include "report/path_json.h"
#include "report/reporter.h"
#include "util/text.h"

namespace jxlint {
namespace {

using Json = nlohmann::ordered_json;

Json suppressed_json(const SuppressedFinding& s) {
  Json j = finding_json(s.finding);
  j["reason"] = s.reason;
  j["author"] = s.author.empty() ? Json(nullptr) : Json(s.author);
  return j;
}

Json table_json(const TableSummary& t) {
  auto or_null = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); };
  return Json{{"table", t.table > 0 ? Json(t.table) : Json(nullptr)},
              {"project_code", or_null(t.project_code)},
              {"project_name", or_null(t.project_name)},
              {"title", or_null(t.title)},
              {"indicators", t.indicators},
              {"unit", or_null(t.unit)},
              {"parts", t.parts},
              {"sheet", optional_string(t.sheet)},
              {"hidden", t.hidden},
              {"kind", t.kind},
              {"order", t.order},
              {"evidence", t.evidence}};
}

// Streams the document: each file is written when it is reported, so memory
// stays that of one file whatever the size of the queue. The bytes are those
// of the whole document dumped at once (docs/output.md).
class JsonReporter final : public Reporter {
 public:
  JsonReporter(std::ostream& out, ReportOptions options) : out_(out), options_(options) {}

  void file(const FileResult& r) override {
    Json file{{"path", path_json(r.path)},
              {"format", r.format.empty() ? Json(nullptr) : Json(r.format)},
              {"error", r.error ? Json{{"code", r.error->code}, {"message", r.error->message}}
                                : Json(nullptr)},
              {"tables", Json::array()},
              {"findings", Json::array()},
              {"skipped_tables", r.skipped_tables},
              {"suppressed", Json::array()},
              {"baselined", r.baselined},
              {"other_tables", Json::array()}};
    for (const auto& t : r.tables)
      file["tables"].push_back(table_json(t));
    for (const auto& t : r.other_tables)
      file["other_tables"].push_back(table_json(t));
    for (const auto& f : r.findings)
      file["findings"].push_back(finding_json(f));
    for (const auto& s : r.suppressed)
      file["suppressed"].push_back(suppressed_json(s));
    append_path_bytes(file, r.path);
    start();
    out_ << (files_ == 0 ? "\n    " : ",\n    ") << dump_at(file, 2);
    ++files_;
  }

  void finish(const Summary& s) override {
    start();
    out_ << (files_ == 0 ? "]" : "\n  ]");
    Json summary{{"files", s.files},
                 {"failed_files", s.failed_files},
                 {"tables", s.tables},
                 {"error", s.error},
                 {"warning", s.warning},
                 {"info", s.info},
                 {"skipped_tables", s.skipped_tables},
                 {"suppressed", s.suppressed},
                 {"baselined", s.baselined},
                 {"tables_by_kind", s.tables_by_kind}};
    out_ << ",\n  \"summary\": " << dump_at(summary, 1);
    if (!s.baseline_path.empty()) {
      Json stale = Json::array();
      for (const auto& e : s.stale) {
        stale.push_back(Json{{"file", e.file},
                             {"project", e.project},
                             {"indicator", e.indicator},
                             {"field", e.field},
                             {"rule", e.rule},
                             {"count", e.count}});
      }
      Json baseline{
          {"path", s.baseline_path}, {"matched", s.baselined}, {"stale", std::move(stale)}};
      out_ << ",\n  \"baseline\": " << dump_at(baseline, 1);
    }
    out_ << "\n}\n";
  }

 private:
  void start() {
    if (started_) return;
    started_ = true;
    Json tool{{"name", "jxlint"}, {"version", JXLINT_VERSION}};
    out_ << "{\n  \"tool\": " << dump_at(tool, 1) << ",\n  \"files\": [";
  }

  std::ostream& out_;
  ReportOptions options_;
  bool started_ = false;
  std::size_t files_ = 0;
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(std::ostream& out, ReportOptions options) {
  return std::make_unique<JsonReporter>(out, options);
}

}  // namespace jxlint
