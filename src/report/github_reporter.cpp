// GitHub Actions workflow commands: each finding becomes an annotation on the
// file (`::error file=…,title=…::message`). A .docx has no lines, so the
// place goes into the title; severities map to error, warning and notice.
#include <fmt/format.h>

#include "report/location_text.h"
#include "report/reporter.h"
#include "util/printable.h"

namespace jxlint {
namespace {

// The escapes GitHub's runner expects in a command's message: a line break
// is %0D/%0A, which the runner shows as one, so no name can start a command
// of its own. Every other control character (ESC, U+2028 …) is shown as an
// escape and bytes that are not UTF-8 as U+FFFD (util/printable.h).
std::string escape_data(const std::string& raw) {
  std::string out;
  std::size_t start = 0;
  for (;;) {
    std::size_t end = raw.find_first_of("\r\n", start);
    for (char c : printable(std::string_view(raw).substr(start, end - start))) {
      if (c == '%')
        out += "%25";
      else
        out += c;
    }
    if (end == std::string::npos) return out;
    out += raw[end] == '\r' ? "%0D" : "%0A";
    start = end + 1;
  }
}

// … and, stricter, in its properties.
std::string escape_property(const std::string& s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

std::string command_of(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "notice";
  }
  return "notice";
}

class GithubReporter final : public Reporter {
 public:
  GithubReporter(std::ostream& out, ReportOptions options) : out_(out), options_(options) {}

  void file(const FileResult& r) override {
    if (r.error) {
      out_ << "::error file=" << escape_property(r.path)
           << ",title=" << escape_property("jxlint: " + r.error->code)
           << "::" << escape_data(r.error->message) << '\n';
      return;
    }
    for (const Finding& f : r.findings) {
      std::string title = f.rule + " " + logical_path(f, options_.lang);
      out_ << "::" << command_of(f.severity) << " file=" << escape_property(r.path)
           << ",title=" << escape_property(title) << "::" << escape_data(f.message) << '\n';
    }
  }

  void finish(const Summary& s) override {
    out_ << (options_.lang == Lang::en
                 ? fmt::format("jxlint: {} files, {}: {} errors, {} warnings, {} info\n", s.files,
                               tables_in_words(s.tables_by_kind, Lang::en), s.error, s.warning,
                               s.info)
                 : fmt::format("jxlint：共检查 {} 个文件、{}：错误 {} 个，警告 {} 个，提示 {} 个\n",
                               s.files, tables_in_words(s.tables_by_kind, Lang::zh), s.error,
                               s.warning, s.info));
  }

 private:
  std::ostream& out_;
  ReportOptions options_;
};

}  // namespace

std::unique_ptr<Reporter> make_github_reporter(std::ostream& out, ReportOptions options) {
  return std::make_unique<GithubReporter>(out, options);
}

}  // namespace jxlint
