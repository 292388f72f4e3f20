#include <fmt/format.h>

#include <algorithm>

#include "model/table_kind.h"
#include "report/reporter.h"
#include "util/printable.h"
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

  // Names, sheet names and cell texts come from submissions: each goes
  // through printable(), so that none can forge a line (util/printable.h).
  void file(const FileResult& r) override {
    const std::string path = printable(r.path);
    if (r.error) {
      err_ << path << ": " << paint("error", "\x1b[1;31m") << ": "
           << (options_.lang == Lang::en ? "cannot read: " : "无法读取：")
           << printable(r.error->message) << " [" << r.error->code << "]\n";
      return;
    }
    for (const Finding& f : r.findings) {
      std::string severity = paint(std::string(severity_name(f.severity)), color_of(f.severity));
      if (f.sheet) {
        // A workbook cell has an address editors understand: path:Sheet!F12.
        std::string where = printable(describe_location(f, options_.lang));
        if (!where.empty() && where.front() == ' ') where.erase(0, 1);
        out_ << path << ':' << printable(*f.sheet);
        if (f.cell) out_ << '!' << printable(*f.cell);
        out_ << ": " << severity << ": " << where << (options_.lang == Lang::en ? ": " : "：")
             << printable(f.message) << " [" << f.rule << "]\n";
      } else if (f.table == 0) {
        // A finding on the whole file (no-target-table): no table to name.
        out_ << path << ": " << severity << ": " << printable(f.message) << " [" << f.rule << "]\n";
      } else {
        out_ << path << ':' << printable(describe_location(f, options_.lang)) << ": " << severity
             << ": " << printable(f.message) << " [" << f.rule << "]\n";
      }
    }
    if (options_.verbose) list_tables(r);
  }

  void finish(const Summary& s) override {
    bool en = options_.lang == Lang::en;
    if (!s.stale.empty()) {
      err_ << (en ? fmt::format("the baseline {} lists {} finding(s) that are gone (update it with "
                                "--write-baseline):\n",
                                printable(s.baseline_path), s.stale.size())
                  : fmt::format(
                        "基线 {} 中有 {} 条问题已经不存在（可用 --write-baseline 更新基线）：\n",
                        printable(s.baseline_path), s.stale.size()));
      for (const auto& e : s.stale) {
        std::string entry = e.file + " " + e.project +
                            (e.indicator.empty() ? "" : " 「" + e.indicator + "」") + " " +
                            e.field + " [" + e.rule + "]";
        err_ << "  " << printable(entry) << (e.count > 1 ? fmt::format(" ×{}", e.count) : "")
             << "\n";
      }
    }
    if (options_.quiet) return;
    std::string line;
    if (en) {
      line =
          fmt::format("{} file{}, {}: {} error{}, {} warning{}, {} info", s.files,
                      s.files == 1 ? "" : "s", tables_in_words(s.tables_by_kind, Lang::en), s.error,
                      s.error == 1 ? "" : "s", s.warning, s.warning == 1 ? "" : "s", s.info);
      if (s.suppressed > 0) line += fmt::format(", {} suppressed", s.suppressed);
      if (s.baselined > 0) line += fmt::format(", {} in the baseline", s.baselined);
      if (s.failed_files > 0) {
        line += fmt::format(" ({} file{} could not be read)", s.failed_files,
                            s.failed_files == 1 ? "" : "s");
      }
    } else {
      line = fmt::format("共检查 {} 个文件、{}：错误 {} 个，警告 {} 个，提示 {} 个", s.files,
                         tables_in_words(s.tables_by_kind, Lang::zh), s.error, s.warning, s.info);
      if (s.suppressed > 0) line += fmt::format("，已按批注屏蔽 {} 个", s.suppressed);
      if (s.baselined > 0) line += fmt::format("，基线内已知 {} 个", s.baselined);
      if (s.failed_files > 0) line += fmt::format("（{} 个文件无法读取）", s.failed_files);
    }
    out_ << line << '\n';
  }

 private:
  // -v: every table of the file with its kind, so a skipped table is seen.
  void list_tables(const FileResult& r) {
    bool en = options_.lang == Lang::en;
    std::vector<const TableSummary*> all;
    for (const auto& t : r.tables)
      all.push_back(&t);
    for (const auto& t : r.other_tables)
      all.push_back(&t);
    std::sort(all.begin(), all.end(),
              [](const TableSummary* a, const TableSummary* b) { return a->order < b->order; });
    err_ << printable(r.path)
         << (en ? fmt::format(": {} table(s)\n", all.size())
                : fmt::format("：{} 张表格\n", all.size()));
    for (const TableSummary* t : all) {
      TableKind kind = kind_from_id(t->kind);
      std::string name = t->project_name.empty() ? t->title : t->project_name;
      std::string where = t->sheet ? (en ? ", sheet " : "，工作表 ") + *t->sheet : "";
      std::string line = "  ";
      if (t->table > 0)
        line += en ? fmt::format("table {} ", t->table) : fmt::format("表{} ", t->table);
      line += std::string(kind_name(kind, options_.lang));
      if (!name.empty())
        line +=
            en ? " \"" + text::ellipsize(name, 40) + "\"" : "「" + text::ellipsize(name, 40) + "」";
      if (kind != TableKind::other) {
        line += en ? fmt::format(", {} indicator(s)", t->indicators)
                   : fmt::format("，{} 个指标", t->indicators);
      } else {
        line += en ? " (not checked)" : "（未检查）";
      }
      line += where;
      if (!t->evidence.empty()) line += (en ? " — " : "：") + t->evidence.front();
      err_ << printable(line) << '\n';
    }
  }

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
