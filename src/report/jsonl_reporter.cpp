// JSON Lines for queues and pipes: one finding per line, written and flushed
// as each file finishes, so a consumer sees results while a batch runs. A
// file that could not be read is one line with its error instead.
#include <nlohmann/json.hpp>

#include "report/finding_json.h"
#include "report/path_json.h"
#include "report/reporter.h"

namespace jxlint {
namespace {

using Json = nlohmann::ordered_json;

class JsonlReporter final : public Reporter {
 public:
  JsonlReporter(std::ostream& out, ReportOptions options) : out_(out), options_(options) {}

  void file(const FileResult& r) override {
    if (r.error) {
      Json line{{"path", path_json(r.path)},
                {"error", {{"code", r.error->code}, {"message", r.error->message}}}};
      append_path_bytes(line, r.path);
      write(line);
    }
    for (const Finding& f : r.findings) {
      Json line{{"path", path_json(r.path)}};
      append_finding_json(line, f);
      append_path_bytes(line, r.path);
      write(line);
    }
    out_.flush();
  }

  void finish(const Summary&) override { out_.flush(); }

 private:
  void write(const Json& line) {
    out_ << line.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
  }

  std::ostream& out_;
  ReportOptions options_;
};

}  // namespace

std::unique_ptr<Reporter> make_jsonl_reporter(std::ostream& out, ReportOptions options) {
  return std::make_unique<JsonlReporter>(out, options);
}

}  // namespace jxlint
