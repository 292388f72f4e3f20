// --statistics: how many findings of each rule, most frequent first, like
// `ruff --statistics`. A reviewer sorting a queue wants this view first.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "lint/check.h"
#include "report/reporter.h"

namespace jxlint {
namespace {

class StatisticsReporter final : public Reporter {
 public:
  StatisticsReporter(std::ostream& out, ReportOptions options) : out_(out), options_(options) {}

  void file(const FileResult& r) override {
    for (const Finding& f : r.findings) {
      Entry& e = entries_[f.rule];
      ++e.count;
      e.severity = f.severity;
      if (e.files.empty() || e.files.back() != r.path) e.files.push_back(r.path);
      if (e.example.empty()) e.example = f.message;
    }
  }

  void finish(const Summary& s) override {
    std::vector<std::pair<std::string, Entry>> rows(entries_.begin(), entries_.end());
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.second.count > b.second.count; });
    bool en = options_.lang == Lang::en;
    for (const auto& [rule, e] : rows) {
      const CheckInfo* info = Registry::instance().find(rule);
      std::string summary = info ? std::string(info->summary(options_.lang)) : e.example;
      out_ << fmt::format(
          "{:>6}  {:<22} {:<8} {}  ({})\n", e.count, rule, severity_name(e.severity), summary,
          en ? fmt::format("{} file{}", e.files.size(), e.files.size() == 1 ? "" : "s")
             : fmt::format("{} 个文件", e.files.size()));
    }
    if (options_.quiet) return;
    out_ << (en ? fmt::format("{} files, {}: {} errors, {} warnings, {} info\n", s.files,
                              tables_in_words(s.tables_by_kind, Lang::en), s.error, s.warning,
                              s.info)
                : fmt::format("共检查 {} 个文件、{}：错误 {} 个，警告 {} 个，提示 {} 个\n", s.files,
                              tables_in_words(s.tables_by_kind, Lang::zh), s.error, s.warning,
                              s.info));
  }

 private:
  struct Entry {
    int count = 0;
    Severity severity = Severity::info;
    std::vector<std::string> files;
    std::string example;
  };

  std::ostream& out_;
  ReportOptions options_;
  std::map<std::string, Entry> entries_;
};

}  // namespace

std::unique_ptr<Reporter> make_statistics_reporter(std::ostream& out, ReportOptions options) {
  return std::make_unique<StatisticsReporter>(out, options);
}

}  // namespace jxlint
