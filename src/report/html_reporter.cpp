// One self-contained HTML page for a finance reviewer: the batch at a glance
// (counts, a chart per rule, the worst files), then every recognised table
// drawn as it was submitted with the cells that findings point at coloured.
//
// Everything is inline (CSS, JS, SVG) and a Content-Security-Policy forbids
// any fetch, so the page can be mailed or archived and still opens offline.
// The same inputs give the same bytes: no clock, no random ids, input order.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "model/table_kind.h"
#include "report/report_assets.h"
#include "report/reporter.h"
#include "util/spooled_text.h"
#include "util/text.h"

namespace jxlint {
namespace {

// Text for element content and attribute values alike. Invalid UTF-8 is
// replaced; control characters and noncharacters, which HTML5 makes parse
// errors, are dropped (\r\n and a lone \r become \n so line breaks survive).
std::string esc(std::string_view raw) {
  std::string s = text::valid_utf8(raw);
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  std::size_t pos = 0;
  while (pos < s.size()) {
    char32_t cp = text::next_code_point(s, pos);
    switch (cp) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '"':
        out += "&quot;";
        continue;
      case '\'':
        out += "&#39;";
        continue;
      case '\r':
        if (pos < s.size() && s[pos] == '\n') continue;
        out += '\n';
        continue;
      case '\n':
      case '\t':
        out += static_cast<char>(cp);
        continue;
      default:
        break;
    }
    bool control = cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
    bool nonchar = (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe;
    if (control || nonchar) continue;
    text::append_utf8(out, cp);
  }
  return out;
}

// A path as text that may break after each slash rather than mid-name.
std::string esc_path(std::string_view path) {
  std::string out;
  for (char ch : esc(path)) {
    out += ch;
    if (ch == '/') out += "<wbr>";
  }
  return out;
}

int rank(Severity s) {
  return static_cast<int>(s);
}

constexpr std::array<Severity, 3> kSeverities = {Severity::error, Severity::warning,
                                                 Severity::info};

// Per file, what the overview needs once every file has been drawn.
struct FileLine {
  std::string path;
  std::string anchor;
  int tables = 0;
  std::array<int, 3> count{};  // by rank: info, warning, error
  std::optional<FileError> error;
};

// A table's cells with every covered position mapped to the cell drawn for it,
// so that a finding on a covered position still lands on a visible cell.
class Layout {
 public:
  explicit Layout(const TableView* view) : view_(view) {
    if (!view_ || view_->rows <= 0 || view_->cols <= 0 ||
        view_->cells.size() != static_cast<std::size_t>(view_->rows) * view_->cols) {
      view_ = nullptr;
      return;
    }
    owner_.assign(view_->cells.size(), -1);
    // A grid's merges do not overlap, so their areas add up to the grid;
    // overlapping spans (a damaged cache entry) would cost area × cells.
    // Past twice the grid, each drawn cell owns only its own position.
    std::size_t area = 0;
    for (int r = 0; r < view_->rows; ++r) {
      for (int c = 0; c < view_->cols; ++c) {
        if (!view_->at(r, c).covered)
          area +=
              static_cast<std::size_t>(row_span(r, c)) * static_cast<std::size_t>(col_span(r, c));
      }
    }
    bool spans_sound = area <= 2 * view_->cells.size();
    for (int r = 0; r < view_->rows; ++r) {
      for (int c = 0; c < view_->cols; ++c) {
        const TableView::Cell& cell = view_->at(r, c);
        if (cell.covered) continue;
        if (!spans_sound) {
          owner_[index(r, c)] = index(r, c);
          continue;
        }
        for (int dr = 0; dr < row_span(r, c); ++dr) {
          for (int dc = 0; dc < col_span(r, c); ++dc) {
            int& o = owner_[index(r + dr, c + dc)];
            if (o < 0) o = index(r, c);
          }
        }
      }
    }
  }

  bool drawn() const { return view_ != nullptr; }
  int rows() const { return view_->rows; }
  int cols() const { return view_->cols; }
  const TableView::Cell& at(int r, int c) const { return view_->at(r, c); }
  int index(int r, int c) const { return r * view_->cols + c; }
  // Spans clipped to the grid: a span past the edge would draw phantom cells.
  int row_span(int r, int c) const { return std::clamp(at(r, c).row_span, 1, rows() - r); }
  int col_span(int r, int c) const { return std::clamp(at(r, c).col_span, 1, cols() - c); }

  // The drawn cell (as an index) for a 1-based position; -1 when none.
  int anchor_of(int row, int column) const {
    if (!view_ || row < 1 || column < 1 || row > rows() || column > cols()) return -1;
    return owner_[index(row - 1, column - 1)];
  }
  bool has_row(int row) const { return view_ && row >= 1 && row <= rows(); }

 private:
  const TableView* view_;
  std::vector<int> owner_;
};

class HtmlReporter final : public Reporter {
 public:
  HtmlReporter(std::ostream& out, ReportOptions options) : out_(out), options_(options) {}

  void file(const FileResult& r) override {
    FileLine line;
    line.path = r.path;
    line.anchor = fmt::format("f{}", lines_.size() + 1);
    line.tables = static_cast<int>(r.tables.size());
    line.error = r.error;
    for (const Finding& f : r.findings) {
      ++line.count[static_cast<std::size_t>(rank(f.severity))];
      ++rules_[f.rule][static_cast<std::size_t>(rank(f.severity))];
    }
    for (const SuppressedFinding& s : r.suppressed)
      rules_.try_emplace(s.finding.rule);
    render_file(r, line);
    body_.spill_if_large();
    lines_.push_back(std::move(line));
  }

  void finish(const Summary& s) override {
    std::string o;
    o += fmt::format(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        // Nothing may be fetched: the report must read the same offline.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        "<meta name=\"generator\" content=\"jxlint {}\">\n<title>{}</title>\n<style>\n{}</style>\n"
        "</head>\n<body>\n",
        en() ? "en" : "zh-CN", JXLINT_VERSION, tr("jxlint 绩效目标表检查报告", "jxlint report"),
        report_assets::kStyle);
    o += fmt::format(
        "<header class=\"top\" id=\"top\"><h1>{}</h1><p class=\"sub\">jxlint {} · {}</p>"
        "</header>\n",
        tr("绩效目标表检查报告", "Performance target tables: lint report"), JXLINT_VERSION,
        en() ? fmt::format("{} file{}, {}", s.files, s.files == 1 ? "" : "s",
                           tables_in_words(s.tables_by_kind, Lang::en))
             : fmt::format("共 {} 个文件、{}", s.files,
                           tables_in_words(s.tables_by_kind, Lang::zh)));
    filters(o, s);
    o += "<main>\n";
    overview(o, s);
    out_ << o;
    body_.write_to(out_);
    o = "</main>\n<footer>";
    o += tr("由 jxlint 生成。", "Made by jxlint.");
    o +=
        fmt::format("</footer>\n<script>\n{}</script>\n</body>\n</html>\n", report_assets::kScript);
    out_ << o;
  }

 private:
  bool en() const { return options_.lang == Lang::en; }
  const char* tr(const char* zh, const char* english) const { return en() ? english : zh; }

  const char* severity_label(Severity s) const {
    switch (s) {
      case Severity::error:
        return tr("错误", "error");
      case Severity::warning:
        return tr("警告", "warning");
      case Severity::info:
        return tr("提示", "info");
    }
    return "";
  }

  // Shown only by the script: without JS the boxes would do nothing.
  void filters(std::string& o, const Summary& s) const {
    int total = s.error + s.warning + s.info;
    o += fmt::format("<nav class=\"filters\" id=\"filters\" hidden aria-label=\"{}\">",
                     tr("筛选", "Filters"));
    o += fmt::format("<span class=\"fl-h\">{}</span>", tr("显示：", "Show:"));
    for (Severity sev : kSeverities) {
      int n = sev == Severity::error ? s.error : sev == Severity::warning ? s.warning : s.info;
      o += fmt::format(
          "<label class=\"chip\"><input type=\"checkbox\" data-kind=\"sev\" value=\"{0}\" checked>"
          "<span class=\"sw sev-{0}\"></span>{1} <b>{2}</b></label>",
          severity_name(sev), severity_label(sev), n);
    }
    o += fmt::format(
        "<details class=\"rules\"><summary>{} <span class=\"muted\">({})</span></summary>"
        "<div class=\"rules-panel\"><div class=\"rules-act\">"
        "<button type=\"button\" data-all=\"1\">{}</button>"
        "<button type=\"button\" data-all=\"0\">{}</button></div><div class=\"rules-grid\">",
        tr("按规则", "Rules"), rules_.size(), tr("全选", "All"), tr("全不选", "None"));
    for (const auto& [rule, counts] : rules_) {
      int n = counts[0] + counts[1] + counts[2];
      o += fmt::format(
          "<label class=\"chip\"><input type=\"checkbox\" data-kind=\"rule\" value=\"{0}\" "
          "checked><code>{0}</code> <b>{1}</b></label>",
          esc(rule), n);
    }
    o += fmt::format(
        "</div></div></details><span class=\"shown\">{}</span></nav>\n",
        en() ? fmt::format("showing <output id=\"shown\">{}</output> of {} findings", total, total)
             : fmt::format("显示 <output id=\"shown\">{}</output> / {} 个问题", total, total));
  }

  void overview(std::string& o, const Summary& s) const {
    o += fmt::format("<section class=\"overview\" aria-labelledby=\"ov-h\"><h2 id=\"ov-h\">{}</h2>",
                     tr("总览", "Overview"));
    o += "<div class=\"cards\">";
    // data-k names the Summary field, for scripts and the browser test.
    auto card = [&](const char* key, const char* label, int n, const char* cls) {
      o += fmt::format(
          "<div class=\"card {}\" data-k=\"{}\"><div class=\"n\">{}</div><div "
          "class=\"l\">{}</div></div>",
          cls, key, n, label);
    };
    card("files", tr("文件", "files"), s.files, "");
    card("tables", tr("绩效表（各类）", "tables"), s.tables, "");
    card("error", tr("错误", "errors"), s.error, "c-error");
    card("warning", tr("警告", "warnings"), s.warning, "c-warning");
    card("info", tr("提示", "info"), s.info, "c-info");
    card("suppressed", tr("已按批注屏蔽", "suppressed"), s.suppressed, "c-muted");
    card("baselined", tr("基线内已知", "in the baseline"), s.baselined, "c-muted");
    card("failed_files", tr("无法读取", "unreadable"), s.failed_files,
         s.failed_files > 0 ? "c-error" : "c-muted");
    o += "</div>\n<div class=\"ov-grid\"><div class=\"panel\">";
    o += fmt::format("<h3>{}</h3>", tr("各规则的问题数", "Findings per rule"));
    chart(o);
    o += "</div><div class=\"panel\">";
    worst_files(o);
    unreadable(o);
    stale(o, s);
    o += "</div></div></section>\n";
  }

  // Horizontal bars, one line per rule, so ~25 rules stay legible; each bar is
  // split by severity. Widths are printed with one decimal: the same bytes.
  void chart(std::string& o) const {
    struct Bar {
      std::string rule;
      std::array<int, 3> count;
      int total;
    };
    std::vector<Bar> bars;
    for (const auto& [rule, counts] : rules_) {
      int total = counts[0] + counts[1] + counts[2];
      if (total > 0) bars.push_back({rule, counts, total});
    }
    if (bars.empty()) {
      o += fmt::format("<p class=\"muted\">{}</p>", tr("没有发现问题。", "No findings."));
      return;
    }
    std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) {
      return a.total != b.total ? a.total > b.total : a.rule < b.rule;
    });
    o += "<p class=\"legend\">";
    for (Severity sev : kSeverities) {
      o += fmt::format("<span><span class=\"sw sev-{}\"></span>{}</span>", severity_name(sev),
                       severity_label(sev));
    }
    o += "</p>";
    constexpr double kWidth = 640, kLabel = 196, kGap = 8, kRow = 22, kBar = 15, kCountRoom = 44;
    const double bar_x = kLabel + kGap;
    const double scale = (kWidth - bar_x - kCountRoom) / bars.front().total;
    const double height = kRow * static_cast<double>(bars.size()) + 4;
    std::string label = en() ? fmt::format("Bar chart: findings per rule, {} rules", bars.size())
                             : fmt::format("条形图：各规则的问题数，共 {} 条规则", bars.size());
    o += fmt::format(
        "<svg class=\"chart\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\" role=\"img\" "
        "aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">",
        kWidth, height, kWidth, height, esc(label));
    for (std::size_t i = 0; i < bars.size(); ++i) {
      const Bar& b = bars[i];
      double y = 2 + kRow * static_cast<double>(i);
      std::string tip = fmt::format("{}: {}", b.rule, b.total);
      for (Severity sev : kSeverities) {
        int n = b.count[static_cast<std::size_t>(rank(sev))];
        if (n > 0) tip += fmt::format(" · {} {}", severity_label(sev), n);
      }
      o += fmt::format("<g><title>{}</title>", esc(tip));
      if (i % 2 == 0) {
        o += fmt::format("<rect class=\"band\" x=\"0\" y=\"{:.1f}\" width=\"{}\" height=\"{}\"/>",
                         y, kWidth, kRow);
      }
      o += fmt::format("<text class=\"rl\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>",
                       kLabel, y + kRow / 2 + 4, esc(text::ellipsize(b.rule, 26)));
      double x = bar_x;
      for (Severity sev : kSeverities) {
        int n = b.count[static_cast<std::size_t>(rank(sev))];
        if (n == 0) continue;
        double w = std::max(2.0, n * scale);
        o += fmt::format(
            "<rect class=\"bar sev-{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{}\"/>",
            severity_name(sev), x, y + (kRow - kBar) / 2, w, kBar);
        x += w;
      }
      o += fmt::format("<text class=\"rc\" x=\"{:.1f}\" y=\"{:.1f}\">{}</text></g>", x + 5,
                       y + kRow / 2 + 4, b.total);
    }
    o += "</svg>";
  }

  // Worst first: errors, then warnings, then path. Ten in view, the rest folded.
  void worst_files(std::string& o) const {
    std::vector<const FileLine*> files;
    for (const FileLine& l : lines_) {
      if (!l.error) files.push_back(&l);
    }
    std::stable_sort(files.begin(), files.end(), [](const FileLine* a, const FileLine* b) {
      if (a->count[2] != b->count[2]) return a->count[2] > b->count[2];
      if (a->count[1] != b->count[1]) return a->count[1] > b->count[1];
      return a->path < b->path;
    });
    o += fmt::format("<h3>{}</h3>", tr("问题最多的文件", "Worst files first"));
    if (files.empty()) {
      o += fmt::format("<p class=\"muted\">{}</p>", tr("没有可读取的文件。", "No readable file."));
      return;
    }
    auto head = [&] {
      o += fmt::format(
          "<table class=\"worst\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>"
          "<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr>"
          "</thead><tbody>",
          tr("文件", "file"), tr("表", "tables"), severity_label(Severity::error),
          severity_label(Severity::warning), severity_label(Severity::info));
    };
    auto row = [&](const FileLine& l) {
      o += fmt::format(
          "<tr><td class=\"path\"><a href=\"#{}\">{}</a></td><td class=\"num\">{}</td>"
          "<td class=\"num{}\">{}</td><td class=\"num{}\">{}</td><td class=\"num\">{}</td></tr>",
          l.anchor, esc_path(l.path), l.tables, l.count[2] ? " t-error" : "", l.count[2],
          l.count[1] ? " t-warning" : "", l.count[1], l.count[0]);
    };
    constexpr std::size_t kShown = 10;
    head();
    for (std::size_t i = 0; i < files.size() && i < kShown; ++i)
      row(*files[i]);
    o += "</tbody></table>";
    if (files.size() > kShown) {
      o += fmt::format("<details class=\"more\"><summary>{}</summary>",
                       en() ? fmt::format("{} more files", files.size() - kShown)
                            : fmt::format("其余 {} 个文件", files.size() - kShown));
      head();
      for (std::size_t i = kShown; i < files.size(); ++i)
        row(*files[i]);
      o += "</tbody></table></details>";
    }
  }

  void unreadable(std::string& o) const {
    bool any = std::any_of(lines_.begin(), lines_.end(), [](const FileLine& l) { return l.error; });
    if (!any) return;
    o += fmt::format("<h3>{}</h3><ul class=\"unreadable\">",
                     tr("无法读取的文件", "Unreadable files"));
    for (const FileLine& l : lines_) {
      if (!l.error) continue;
      o += fmt::format(
          "<li><a href=\"#{}\" class=\"path\">{}</a><br><span class=\"err-msg\">{}</span> "
          "<code class=\"muted\">{}</code></li>",
          l.anchor, esc_path(l.path), esc(l.error->message), esc(l.error->code));
    }
    o += "</ul>";
  }

  void stale(std::string& o, const Summary& s) const {
    if (s.stale.empty()) return;
    o += fmt::format(
        "<details class=\"more\"><summary>{}</summary><ul class=\"stale\">",
        en() ? fmt::format("{} baseline entries matched nothing ({})", s.stale.size(),
                           esc(s.baseline_path))
             : fmt::format("基线 {} 中有 {} 条已不存在", esc(s.baseline_path), s.stale.size()));
    for (const BaselineEntry& e : s.stale) {
      o += fmt::format("<li>{} {}{} {} <code>{}</code>{}</li>", esc(e.file), esc(e.project),
                       e.indicator.empty() ? "" : "「" + esc(e.indicator) + "」", esc(e.field),
                       esc(e.rule), e.count > 1 ? fmt::format(" ×{}", e.count) : "");
    }
    o += "</ul></details>";
  }

  // ---- one file ----

  std::string location(const Finding& f) const {
    if (f.sheet && f.cell) return *f.sheet + "!" + *f.cell;
    if (f.row <= 0) return tr("整张表", "whole table");
    if (f.column <= 0) return en() ? fmt::format("row {}", f.row) : fmt::format("第{}行", f.row);
    return en() ? fmt::format("row {}, col {}", f.row, f.column)
                : fmt::format("第{}行第{}列", f.row, f.column);
  }

  // The id of the element a finding points at in table `t`: its cell, its
  // row's header when it names no column, or "" when not drawn.
  static std::string target(const std::string& tid, const Layout& g, const Finding& f) {
    int a = g.anchor_of(f.row, f.column);
    if (a >= 0) return fmt::format("{}-r{}c{}", tid, a / g.cols() + 1, a % g.cols() + 1);
    if (f.column <= 0 && g.has_row(f.row)) return fmt::format("{}-r{}", tid, f.row);
    return "";
  }

  std::string marker_title(const Finding& f) const {
    return fmt::format("{} [{}] {}", severity_label(f.severity), f.rule, f.message);
  }

  void render_file(const FileResult& r, const FileLine& line) {
    std::string& o = body_.buffer();
    o += fmt::format("<section class=\"file\" id=\"{}\" data-path=\"{}\">\n", line.anchor,
                     esc(r.path));
    o += fmt::format("<h2 class=\"file-h\"><span class=\"path\">{}</span>", esc_path(r.path));
    if (!r.format.empty()) o += fmt::format(" <span class=\"tag\">{}</span>", esc(r.format));
    o += fmt::format("<a class=\"up\" href=\"#top\" title=\"{0}\" aria-label=\"{0}\">↑</a></h2>\n",
                     tr("回到顶部", "Back to top"));
    if (r.error) {
      o += fmt::format(
          "<p class=\"file-err\" role=\"alert\"><b>{}</b>{} <code>{}</code></p>\n</section>\n",
          tr("无法读取：", "Cannot read: "), esc(r.error->message), esc(r.error->code));
      return;
    }
    o += "<p class=\"file-meta\">";
    o += tables_in_words(tables_by_kind(r), options_.lang);
    for (Severity sev : kSeverities) {
      int n = line.count[static_cast<std::size_t>(rank(sev))];
      if (n > 0) {
        o += fmt::format(" <span class=\"pill sev-{}\">{} {}</span>", severity_name(sev),
                         severity_label(sev), n);
      }
    }
    if (!r.suppressed.empty()) {
      o += fmt::format(" <span class=\"pill sev-muted\">{} {}</span>", tr("已屏蔽", "suppressed"),
                       r.suppressed.size());
    }
    if (r.baselined > 0) {
      o += fmt::format(" <span class=\"pill sev-muted\">{} {}</span>",
                       tr("基线内已知", "in the baseline"), r.baselined);
    }
    if (r.skipped_tables > 0) {
      o += en() ? fmt::format(" · {} other table(s) skipped", r.skipped_tables)
                : fmt::format(" · 跳过 {} 张其他表格", r.skipped_tables);
      // Listed, so that a skipped table is seen, with why it was skipped.
      for (const TableSummary& t : r.other_tables) {
        std::string why = t.evidence.empty() ? "" : t.evidence.front();
        o += fmt::format(" <span class=\"tag\" title=\"{}\">{}{}</span>", esc(why),
                         esc(std::string(kind_name(TableKind::other, options_.lang))),
                         t.sheet ? esc("（" + *t.sheet + "）") : "");
      }
    }
    o += "</p>\n";
    if (r.tables.empty()) {
      o += fmt::format("<p class=\"muted\">{}</p>\n",
                       tr("没有识别到绩效目标表。", "No performance table recognised."));
    }

    // Each table's layout, for cell ids of findings and suppressed findings.
    std::map<int, std::pair<std::string, Layout>> layouts;
    for (const TableSummary& t : r.tables) {
      layouts.emplace(t.table, std::pair{fmt::format("{}-t{}", line.anchor, t.table),
                                         Layout(t.view ? &*t.view : nullptr)});
    }
    auto target_of = [&](const Finding& f) -> std::string {
      auto it = layouts.find(f.table);
      return it == layouts.end() ? std::string() : target(it->second.first, it->second.second, f);
    };

    // Each finding's index under its table, in one pass: picking them out
    // per table made a file of 20,000 tables cost 20,000 passes over all of
    // its findings (154 s). Findings outside every recognised table come first.
    std::map<int, std::vector<std::size_t>> by_table;
    std::vector<std::size_t> loose;
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
      int table = r.findings[i].table;
      (layouts.contains(table) ? by_table[table] : loose).push_back(i);
    }
    if (!loose.empty()) {
      o += fmt::format("<h3>{}</h3>\n", tr("不属于任何表格的问题", "Findings outside the tables"));
      finding_list(o, r, line, loose, target_of);
    }

    for (const TableSummary& t : r.tables) {
      const auto& [tid, layout] = layouts.at(t.table);
      static const std::vector<std::size_t> kNone;
      auto found = by_table.find(t.table);
      const std::vector<std::size_t>& mine = found == by_table.end() ? kNone : found->second;
      o += fmt::format("<section class=\"tbl\" id=\"{}\" data-table=\"{}\">\n<h3>", tid, t.table);
      o += en() ? fmt::format("Table {}", t.table) : fmt::format("表{}", t.table);
      std::string title = t.title.empty() ? t.project_name : t.title;
      if (!title.empty()) o += fmt::format(" <span class=\"t-title\">{}</span>", esc(title));
      o += "</h3>\n<dl class=\"t-meta\">";
      auto meta = [&](const char* k, const std::string& v) {
        if (!v.empty()) o += fmt::format("<div><dt>{}</dt><dd>{}</dd></div>", k, esc(v));
      };
      TableKind kind = kind_from_id(t.kind);
      meta(tr("类型", "kind"),
           std::string(kind_name(kind, options_.lang)) +
               (kind != TableKind::other ? "" : tr("（未检查）", " (not checked)")));
      meta(tr("项目编码", "project code"), t.project_code);
      meta(tr("项目名称", "project name"), t.project_name);
      if (t.sheet) {
        o += fmt::format(
            "<div><dt>{}</dt><dd>{}{}</dd></div>", tr("工作表", "sheet"), esc(*t.sheet),
            t.hidden
                ? fmt::format(" <span class=\"tag hidden-tag\">{}</span>", tr("隐藏", "hidden"))
                : "");
      }
      meta(tr("指标数", "indicators"), std::to_string(t.indicators));
      meta(tr("金额单位", "unit"), t.unit);
      if (t.parts > 1) {
        meta(tr("拼接自", "joined from"),
             en() ? fmt::format("{} tables", t.parts) : fmt::format("{} 个表格", t.parts));
      }
      o += "</dl>\n";
      if (layout.drawn()) {
        draw_table(o, r, line.anchor, tid, layout, mine, t.sheet.has_value());
      } else {
        o += fmt::format("<p class=\"muted\">{}</p>\n",
                         tr("（表格内容未保留）", "(the table's cells were not kept)"));
      }
      if (!mine.empty()) finding_list(o, r, line, mine, target_of);
      o += "</section>\n";
    }

    if (!r.suppressed.empty()) suppressed_list(o, r, target_of);
    o += "</section>\n";
  }

  void draw_table(std::string& o, const FileResult& r, const std::string& file_anchor,
                  const std::string& tid, const Layout& g, const std::vector<std::size_t>& mine,
                  bool sheet) const {
    // What lands on each drawn cell (by index) and on each row header.
    std::map<int, std::vector<std::size_t>> on_cell;
    std::map<int, std::vector<std::size_t>> on_row;
    for (std::size_t i : mine) {
      const Finding& f = r.findings[i];
      int a = g.anchor_of(f.row, f.column);
      if (a >= 0) {
        on_cell[a].push_back(i);
      } else if (f.column <= 0 && g.has_row(f.row)) {
        on_row[f.row].push_back(i);
      }
    }
    // Sheets show their own letters and numbers (compacted grids keep them);
    // documents count rows and columns as the findings' locations do.
    auto col_label = [&](int c) {
      if (sheet) {
        for (int rr = 0; rr < g.rows(); ++rr) {
          const std::string& ref = g.at(rr, c).ref;
          if (!ref.empty()) return ref.substr(0, ref.find_first_of("0123456789"));
        }
      }
      return std::to_string(c + 1);
    };
    auto row_label = [&](int rr) {
      if (sheet) {
        for (int c = 0; c < g.cols(); ++c) {
          const std::string& ref = g.at(rr, c).ref;
          std::size_t digits = ref.find_first_of("0123456789");
          if (digits != std::string::npos) return ref.substr(digits);
        }
      }
      return std::to_string(rr + 1);
    };
    // The markers, the colour and the hover text for the findings `ids`.
    auto hit_attrs = [&](const std::vector<std::size_t>& ids, std::string& attrs,
                         std::string& marks) {
      Severity worst = Severity::info;
      std::string tips;
      std::set<std::pair<int, int>> positions;
      for (std::size_t i : ids) {
        const Finding& f = r.findings[i];
        worst = std::max(worst, f.severity);
        if (!tips.empty()) tips += '\n';
        tips += marker_title(f);
        positions.emplace(f.row, std::max(0, f.column));
        marks += fmt::format(
            "<a class=\"mk item sev-{0}\" href=\"#{1}-n{2}\" data-rule=\"{3}\" data-sev=\"{0}\" "
            "title=\"{4}\">{2}</a>",
            severity_name(f.severity), file_anchor, i + 1, esc(f.rule), esc(marker_title(f)));
      }
      std::string pos;
      for (const auto& [pr, pc] : positions)
        pos += fmt::format("{}{}:{}", pos.empty() ? "" : " ", pr, pc);
      attrs = fmt::format(" class=\"hit hl sev-{}\" data-pos=\"{}\" title=\"{}\"",
                          severity_name(worst), pos, esc(tips));
    };

    o += "<div class=\"tw\"><table class=\"grid\">\n<thead><tr><th class=\"corner\"></th>";
    for (int c = 0; c < g.cols(); ++c)
      o += fmt::format("<th scope=\"col\">{}</th>", esc(col_label(c)));
    o += "</tr></thead>\n<tbody>\n";
    for (int rr = 0; rr < g.rows(); ++rr) {
      o += "<tr>";
      std::string attrs, marks;
      if (auto it = on_row.find(rr + 1); it != on_row.end()) hit_attrs(it->second, attrs, marks);
      o += fmt::format("<th scope=\"row\" id=\"{}-r{}\"{}>{}{}</th>", tid, rr + 1, attrs,
                       esc(row_label(rr)),
                       marks.empty() ? "" : "<span class=\"mks\">" + marks + "</span>");
      for (int c = 0; c < g.cols(); ++c) {
        const TableView::Cell& cell = g.at(rr, c);
        if (cell.covered) continue;
        attrs.clear();
        marks.clear();
        if (auto it = on_cell.find(g.index(rr, c)); it != on_cell.end()) {
          hit_attrs(it->second, attrs, marks);
        }
        o += fmt::format("<td id=\"{}-r{}c{}\"", tid, rr + 1, c + 1);
        if (int rs = g.row_span(rr, c); rs > 1) o += fmt::format(" rowspan=\"{}\"", rs);
        if (int cs = g.col_span(rr, c); cs > 1) o += fmt::format(" colspan=\"{}\"", cs);
        o += attrs;
        o += '>';
        if (!text::is_blank(cell.text))
          o += fmt::format("<span class=\"tx\">{}</span>", esc(cell.text));
        if (!marks.empty()) o += "<span class=\"mks\">" + marks + "</span>";
        o += "</td>";
      }
      o += "</tr>\n";
    }
    o += "</tbody></table></div>\n";
  }

  template <class TargetOf>
  void finding_list(std::string& o, const FileResult& r, const FileLine& line,
                    const std::vector<std::size_t>& ids, const TargetOf& target_of) const {
    o += fmt::format(
        "<table class=\"findings\"><thead><tr><th scope=\"col\">#</th><th scope=\"col\">{}</th>"
        "<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>"
        "<th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>\n",
        tr("级别", "severity"), tr("规则", "rule"), tr("位置", "location"), tr("指标", "indicator"),
        tr("栏目", "field"), tr("说明", "message"));
    for (std::size_t i : ids) {
      const Finding& f = r.findings[i];
      std::string where = esc(location(f));
      std::string to = target_of(f);
      if (!to.empty()) where = fmt::format("<a href=\"#{}\">{}</a>", to, where);
      o += fmt::format(
          "<tr id=\"{0}-n{1}\" class=\"item fr\" data-rule=\"{2}\" data-sev=\"{3}\"><td "
          "class=\"num\">{1}</td><td class=\"nw\"><span class=\"pill sev-{3}\">{4}</span></td>"
          "<td class=\"nw\"><code>{2}</code></td><td class=\"loc\">{5}</td><td>{6}</td><td>{7}</td>"
          "<td class=\"msg\">{8}</td></tr>\n",
          line.anchor, i + 1, esc(f.rule), severity_name(f.severity), severity_label(f.severity),
          where, f.indicator ? esc(*f.indicator) : "", esc(f.field), esc(f.message));
    }
    o += "</tbody></table>\n";
  }

  template <class TargetOf>
  void suppressed_list(std::string& o, const FileResult& r, const TargetOf& target_of) const {
    o += fmt::format(
        "<section class=\"sup\"><h3>{} <span class=\"muted\">({})</span></h3>"
        "<table class=\"findings suppressed\"><thead><tr><th scope=\"col\">{}</th>"
        "<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>"
        "<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>"
        "<th scope=\"col\">{}</th></tr></thead><tbody>\n",
        tr("已按批注屏蔽的问题", "Suppressed by reviewers' comments"), r.suppressed.size(),
        tr("级别", "severity"), tr("规则", "rule"), tr("位置", "location"), tr("指标", "indicator"),
        tr("栏目", "field"), tr("说明", "message"), tr("屏蔽原因", "reason"),
        tr("批注人", "author"));
    for (const SuppressedFinding& s : r.suppressed) {
      const Finding& f = s.finding;
      std::string where =
          (en() ? fmt::format("table {} ", f.table) : fmt::format("表{} ", f.table)) +
          esc(location(f));
      std::string to = target_of(f);
      if (!to.empty()) where = fmt::format("<a href=\"#{}\">{}</a>", to, where);
      o += fmt::format(
          "<tr class=\"item\" data-rule=\"{0}\" data-sev=\"{1}\"><td class=\"nw\"><span "
          "class=\"pill\">{2}</span></td><td class=\"nw\"><code>{0}</code>"
          "</td><td class=\"loc\">{3}</td><td>{4}</td><td>{5}</td><td class=\"msg\">{6}</td>"
          "<td>{7}</td><td class=\"nw\">{8}</td></tr>\n",
          esc(f.rule), severity_name(f.severity), severity_label(f.severity), where,
          f.indicator ? esc(*f.indicator) : "", esc(f.field), esc(f.message), esc(s.reason),
          esc(s.author));
    }
    o += "</tbody></table></section>\n";
  }

  std::ostream& out_;
  ReportOptions options_;
  SpooledText body_;                                 // the file sections, drawn as files arrive
  std::vector<FileLine> lines_;                      // in input order
  std::map<std::string, std::array<int, 3>> rules_;  // rule → counts by rank
};

}  // namespace

std::unique_ptr<Reporter> make_html_reporter(std::ostream& out, ReportOptions options) {
  return std::make_unique<HtmlReporter>(out, options);
}

}  // namespace jxlint
