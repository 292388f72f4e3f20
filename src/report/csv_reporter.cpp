// CSV for Excel on Chinese Windows: UTF-8 with a byte order mark (without it
// Excel guesses GBK and shows mojibake), CRLF line ends, RFC 4180 quoting.
// A field that Excel would take for a formula (=, +, -, @ first) is prefixed
// with an apostrophe: cell text comes from submissions and must never run.
#include <fmt/format.h>

#include "report/reporter.h"
#include "util/printable.h"

namespace jxlint {
namespace {

// printable() first: a file or sheet name's line breaks and control
// characters shown as escapes, so that each record is one line whatever the
// reader, and the whole file valid UTF-8 (a GBK name's bytes become U+FFFD).
std::string csv_field(const std::string& raw) {
  std::string s = printable(raw);
  if (!s.empty() &&
      (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r')) {
    s.insert(s.begin(), '\'');
  }
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string quoted = "\"";
  for (char c : s) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

class CsvReporter final : public Reporter {
 public:
  CsvReporter(std::ostream& out, ReportOptions options) : out_(out), options_(options) {
    out_ << "\xEF\xBB\xBF";
    bool en = options_.lang == Lang::en;
    row({en ? "file" : "文件", en ? "sheet or table" : "工作表或表格", en ? "project" : "项目",
         en ? "indicator" : "指标", en ? "field" : "栏目", en ? "cell" : "单元格",
         en ? "severity" : "严重程度", en ? "rule" : "规则", en ? "message" : "说明"});
  }

  void file(const FileResult& r) override {
    bool en = options_.lang == Lang::en;
    if (r.error) {
      row({r.path, "", "", "", "", "", "error", r.error->code, r.error->message});
      return;
    }
    for (const Finding& f : r.findings) {
      std::string where =
          f.sheet ? *f.sheet
                  : (en ? fmt::format("table {}", f.table) : fmt::format("表{}", f.table));
      std::string cell;
      if (f.cell) {
        cell = *f.cell;
      } else if (f.row > 0) {
        cell = en ? fmt::format("R{}C{}", f.row, f.column)
                  : fmt::format("第{}行第{}列", f.row, f.column);
      }
      row({r.path, where, f.project_name, f.indicator.value_or(""), f.field, cell,
           std::string(severity_name(f.severity)), f.rule, f.message});
    }
  }

  void finish(const Summary&) override { out_.flush(); }

 private:
  void row(const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i)
      out_ << (i ? "," : "") << csv_field(fields[i]);
    out_ << "\r\n";
  }

  std::ostream& out_;
  ReportOptions options_;
};

}  // namespace

std::unique_ptr<Reporter> make_csv_reporter(std::ostream& out, ReportOptions options) {
  return std::make_unique<CsvReporter>(out, options);
}

}  // namespace jxlint
