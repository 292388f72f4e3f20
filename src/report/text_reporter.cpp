#include <fmt/format.h>

#include "report/reporter.h"
#include "util/text.h"

namespace jxlint {
namespace {

const char* color_of(Severity s) {
  switch (s) {
    case Severity::error:
      return "\x1b[1;31m";
    case Severity::warning:
      return "\x1b[1;33m";
    case Severity::info:
      return "\x1b[1;36m";
  }
  return "";
}

class TextReporter final : public Reporter {
 public:
  TextReporter(std::ostream& out, std::ostream& err, ReportOptions options)
      : out_(out), err_(err), options_(options) {}

  void file(const FileResult& r) override {
    if (r.error) {
      err_ << r.path << ": " << paint("error", "\x1b[1;31m") << ": "
           << (options_.lang == Lang::en ? "cannot read: " : "无法读取：") << r.error->message
           << " [" << r.error->code << "]\n";
      return;
    }
    for (const Finding& f : r.findings) {
      std::string severity = paint(std::string(severity_name(f.severity)), color_of(f.severity));
      if (f.sheet) {
        // A workbook cell has an address editors understand: path:Sheet!F12.
        std::string where = describe_location(f, options_.lang);
        if (!where.empty() && where.front() == ' ') where.erase(0, 1);
        out_ << r.path << ':' << *f.sheet;
        if (f.cell) out_ << '!' << *f.cell;
        out_ << ": " << severity << ": " << where << (options_.lang == Lang::en ? ": " : "：")
             << f.message << " [" << f.rule << "]\n";
      } else {
        out_ << r.path << ':' << describe_location(f, options_.lang) << ": " << severity << ": "
             << f.message << " [" << f.rule << "]\n";
      }
    }
    if (options_.verbose) {
      if (options_.lang == Lang::en) {
        err_ << fmt::format("{}: {} performance table(s), {} other table(s) skipped\n", r.path,
                            r.tables.size(), r.skipped_tables);
      } else {
        err_ << fmt::format("{}：{} 张绩效目标表，跳过 {} 张其他表格\n", r.path, r.tables.size(),
                            r.skipped_tables);
      }
    }
  }

  void finish(const Summary& s) override {
    bool en = options_.lang == Lang::en;
    if (!s.stale.empty()) {
      err_ << (en ? fmt::format("the baseline {} lists {} finding(s) that are gone (update it with "
                                "--write-baseline):\n",
                                s.baseline_path, s.stale.size())
                  : fmt::format(
                        "基线 {} 中有 {} 条问题已经不存在（可用 --write-baseline 更新基线）：\n",
                        s.baseline_path, s.stale.size()));
      for (const auto& e : s.stale) {
        err_ << "  " << e.file << " " << e.project
             << (e.indicator.empty() ? "" : " 「" + e.indicator + "」") << " " << e.field << " ["
             << e.rule << "]" << (e.count > 1 ? fmt::format(" ×{}", e.count) : "") << "\n";
      }
    }
    if (options_.quiet) return;
    std::string line;
    if (en) {
      line = fmt::format("{} file{}, {} table{}: {} error{}, {} warning{}, {} info", s.files,
                         s.files == 1 ? "" : "s", s.tables, s.tables == 1 ? "" : "s", s.error,
                         s.error == 1 ? "" : "s", s.warning, s.warning == 1 ? "" : "s", s.info);
      if (s.suppressed > 0) line += fmt::format(", {} suppressed", s.suppressed);
      if (s.baselined > 0) line += fmt::format(", {} in the baseline", s.baselined);
      if (s.failed_files > 0) {
        line += fmt::format(" ({} file{} could not be read)", s.failed_files,
                            s.failed_files == 1 ? "" : "s");
      }
    } else {
      line = fmt::format("共检查 {} 个文件、{} 张绩效目标表：错误 {} 个，警告 {} 个，提示 {} 个",
                         s.files, s.tables, s.error, s.warning, s.info);
      if (s.suppressed > 0) line += fmt::format("，已按批注屏蔽 {} 个", s.suppressed);
      if (s.baselined > 0) line += fmt::format("，基线内已知 {} 个", s.baselined);
      if (s.failed_files > 0) line += fmt::format("（{} 个文件无法读取）", s.failed_files);
    }
    out_ << line << '\n';
  }

 private:
  std::string paint(const std::string& s, const char* code) const {
    return options_.color ? std::string(code) + s + "\x1b[0m" : s;
  }

  std::ostream& out_;
  std::ostream& err_;
  ReportOptions options_;
};

}  // namespace

std::string describe_location(const Finding& f, Lang lang) {
  std::string project = text::ellipsize(f.project_name, 40);
  bool show_row = f.row > 0 && !f.cell;  // a sheet's cell reference already says where
  std::string s;
  if (lang == Lang::en) {
    s = fmt::format(" table {}", f.table);
    if (!project.empty()) s += fmt::format(" \"{}\"", project);
    if (show_row) s += fmt::format(" row {}", f.row);
    if (f.indicator) s += fmt::format(" \"{}\"", text::ellipsize(*f.indicator, 40));
    return s + " " + f.field;
  }
  s = fmt::format("表{}", f.table);
  if (!project.empty()) s += fmt::format("「{}」", project);
  if (show_row) s += fmt::format("第{}行", f.row);
  if (f.indicator) s += fmt::format("「{}」", text::ellipsize(*f.indicator, 40));
  // "…「购买数量」指标值确定依据" reads well; "…第5行 资金支出计划" needs the space.
  return s + (s.ends_with("」") ? "" : " ") + f.field;
}

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, std::ostream& err,
                                             ReportOptions options) {
  return std::make_unique<TextReporter>(out, err, options);
}

}  // namespace jxlint
