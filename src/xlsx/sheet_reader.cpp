#include "xlsx/sheet_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <map>
#include <set>
#include <vector>

#include "package/ooxml.h"
#include "util/input_error.h"
#include "util/text.h"
#include "xlsx/cell_ref.h"
#include "xlsx/sml.h"

namespace jxlint::xlsx {
namespace {

struct RawCell {
  int row;
  int col;
  std::string text;
};

// A cell's number, all of `v` or nothing. std::from_chars where the library
// has it for double; the browser build's libc++ 13 does not, and there
// strtod (correctly rounded, "C" locale) stands in, refusing what from_chars
// refuses: leading space or '+', hexadecimal, out of range.
bool parse_number(std::string_view v, double& out) {
#if defined(__cpp_lib_to_chars)
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  return ec == std::errc() && p == v.data() + v.size();
#else
  if (v.empty() || v[0] == '+' || v[0] == ' ' || (v[0] >= '\t' && v[0] <= '\r')) return false;
  std::string s(v);
  std::size_t digits = s[0] == '-' ? 1 : 0;
  if (s.size() > digits + 1 && s[digits] == '0' && (s[digits + 1] == 'x' || s[digits + 1] == 'X'))
    return false;
  errno = 0;
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (end != s.c_str() + s.size() || errno == ERANGE) return false;
  out = d;
  return true;
#endif
}

[[noreturn]] void corrupt(const std::string& sheet, const std::string& zh, const std::string& en) {
  throw InputError("xlsx-corrupt", fmt::format("工作表「{}」已损坏：{}", sheet, zh),
                   fmt::format("sheet \"{}\" is damaged: {}", sheet, en));
}

class SheetParser {
 public:
  SheetParser(XmlReader& xml, const SharedStrings& strings, const Styles& styles, bool date1904,
              std::string sheet)
      : xml_(xml),
        strings_(strings),
        styles_(styles),
        date1904_(date1904),
        sheet_(std::move(sheet)) {}

  void parse() {
    bool root = true;
    while (xml_.read()) {
      if (root && xml_.is_element()) {
        // A sheet relationship pointing at styles or the workbook would read
        // as an empty sheet: 0 tables and a pass. Say what is wrong instead.
        if (!is_element(xml_, "worksheet")) {
          throw ooxml::WrongRootError(xml_, fmt::format("工作表「{}」的内容", sheet_),
                                      fmt::format("the content of sheet \"{}\"", sheet_));
        }
        root = false;
      } else if (is_element(xml_, "row")) {
        parse_row();
      } else if (is_element(xml_, "mergeCell")) {
        auto ref = xml_.attribute("ref", "");
        auto range = ref ? parse_range_ref(*ref) : std::nullopt;
        if (!range)
          corrupt(sheet_, "合并单元格的引用无效「" + ref.value_or("") + "」",
                  "bad merge reference \"" + ref.value_or("") + "\"");
        merges_.push_back(*range);
      }
    }
  }

  std::vector<RawCell>& cells() { return cells_; }
  std::vector<CellRef>& blanks() { return blanks_; }
  std::vector<RangeRef>& merges() { return merges_; }

 private:
  void parse_row() {
    auto r = xml_.attribute("r", "");
    if (r) {
      int row = 0;
      auto [p, ec] = std::from_chars(r->data(), r->data() + r->size(), row);
      if (ec != std::errc() || p != r->data() + r->size() || row < 1 || row > kMaxRows) {
        corrupt(sheet_, "行号无效「" + *r + "」", "bad row number \"" + *r + "\"");
      }
      row_ = row;  // out-of-order rows are tolerated (sorted later), as Excel repairs them
    } else {
      ++row_;
      if (row_ > kMaxRows) corrupt(sheet_, "行数超过 Excel 上限", "more rows than Excel allows");
    }
    col_ = 0;
    if (xml_.is_empty_element()) return;
    int depth = xml_.depth();
    while (xml_.next_child(depth)) {
      if (is_element(xml_, "c")) {
        parse_cell();
      } else if (xml_.is_element()) {
        xml_.skip();
      }
    }
  }

  void parse_cell() {
    auto ref = xml_.attribute("r", "");
    if (ref) {
      auto at = parse_cell_ref(*ref);
      if (!at)
        corrupt(sheet_, "单元格引用无效「" + *ref + "」", "bad cell reference \"" + *ref + "\"");
      if (at->row != row_)
        corrupt(sheet_, "单元格「" + *ref + "」不在它所在的行",
                "cell \"" + *ref + "\" is outside its row");
      col_ = at->col;
    } else {
      ++col_;
      if (col_ > kMaxCols) corrupt(sheet_, "列数超过 Excel 上限", "more columns than Excel allows");
    }
    std::string type = xml_.attribute("t", "").value_or("n");
    std::size_t style = 0;
    if (auto s = xml_.attribute("s", "")) {
      std::from_chars(s->data(), s->data() + s->size(), style);
    }
    std::string value;
    bool has_value = false;
    std::string inline_text;
    bool has_inline = false;
    if (!xml_.is_empty_element()) {
      int depth = xml_.depth();
      while (xml_.next_child(depth)) {
        if (is_element(xml_, "v")) {
          has_value = true;
          read_text(value);
        } else if (is_element(xml_, "is")) {
          has_inline = true;
          read_string_item(xml_, inline_text);
        } else if (xml_.is_element()) {
          xml_.skip();  // <f> formulas: the cached <v> is what was shown
        }
      }
    }
    std::string text;
    if (type == "inlineStr") {
      text = std::move(inline_text);
    } else if (!has_value) {
      text = has_inline ? std::move(inline_text) : std::string();
    } else if (type == "s") {
      std::size_t index = 0;
      auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
      auto s = ec == std::errc() ? strings_.get(index) : std::nullopt;
      if (!s) {
        corrupt(
            sheet_,
            fmt::format("单元格 {} 引用的共享字符串「{}」不存在（共 {} 个）", cell_name(row_, col_),
                        value, strings_.size()),
            fmt::format("cell {} refers to shared string \"{}\", which does not exist ({} in all)",
                        cell_name(row_, col_), value, strings_.size()));
      }
      text = std::string(*s);
    } else if (type == "b") {
      text = (value == "1" || value == "true") ? "TRUE" : "FALSE";
    } else if (type == "str" || type == "e") {
      text = std::move(value);
    } else if (type == "d") {
      text = value.substr(0, value.find('T'));  // ISO 8601: keep the date
    } else {
      double number = 0;
      text = parse_number(text::trim(value), number)
                 ? format_number(number, styles_.format(style), date1904_)
                 : std::move(value);
    }
    if (text.empty()) {
      blanks_.push_back(CellRef{row_, col_});
    } else {
      cells_.push_back(RawCell{row_, col_, std::move(text)});
    }
  }

  void read_text(std::string& out) {
    if (xml_.is_empty_element()) return;
    int depth = xml_.depth();
    while (xml_.next_child(depth)) {
      if (xml_.is_text())
        out += xml_.value();
      else if (xml_.is_element())
        xml_.skip();
    }
  }

  XmlReader& xml_;
  const SharedStrings& strings_;
  const Styles& styles_;
  bool date1904_;
  std::string sheet_;
  int row_ = 0;
  int col_ = 0;
  std::vector<RawCell> cells_;
  std::vector<CellRef> blanks_;
  std::vector<RangeRef> merges_;
};

}  // namespace

Grid read_sheet(XmlReader& xml, const SharedStrings& strings, const Styles& styles, bool date1904,
                const std::string& sheet_name, const SheetLimits& limits,
                const std::vector<CellRef>& keep, WorkBudget* budget) {
  WorkBudget own_budget;
  if (budget == nullptr) budget = &own_budget;
  SheetParser parser(xml, strings, styles, date1904, sheet_name);
  parser.parse();
  auto& cells = parser.cells();
  if (cells.empty()) return Grid();
  // A commented cell stays, even empty: it marks where the comment is. The
  // markers go first so that text at the same place wins below.
  cells.insert(cells.begin(), keep.size(), RawCell{0, 0, std::string()});
  for (std::size_t i = 0; i < keep.size(); ++i)
    cells[i] = RawCell{keep[i].row, keep[i].col, std::string()};
  // Document order is row order in every sane file; a repeated cell keeps
  // its last value, as Excel does.
  auto by_position = [](const RawCell& a, const RawCell& b) {
    return a.row != b.row ? a.row < b.row : a.col < b.col;
  };
  if (!std::is_sorted(cells.begin(), cells.end(), by_position))
    std::stable_sort(cells.begin(), cells.end(), by_position);
  // Deduplicate from the back so that the last of equal cells survives; the
  // survivors end up at the back, in order.
  auto survivors =
      std::unique(cells.rbegin(), cells.rend(), [](const RawCell& a, const RawCell& b) {
        return a.row == b.row && a.col == b.col;
      }).base();
  cells.erase(cells.begin(), survivors);

  // Rows with text are kept; each run of rows without text between them
  // becomes one blank row.
  std::vector<int> text_rows;
  for (const auto& c : cells) {
    if (text_rows.empty() || text_rows.back() != c.row) text_rows.push_back(c.row);
  }
  std::vector<int> grid_rows;  // sheet row of each grid row (a blank stands for its run)
  std::map<int, int> row_index;
  for (std::size_t i = 0; i < text_rows.size(); ++i) {
    if (i > 0 && text_rows[i] > text_rows[i - 1] + 1) grid_rows.push_back(text_rows[i - 1] + 1);
    row_index[text_rows[i]] = static_cast<int>(grid_rows.size());
    grid_rows.push_back(text_rows[i]);
  }

  // Columns with text are kept, and in each row the empty cell right after
  // its last text (where an empty value sits beside its label).
  std::set<int> columns;
  std::map<int, int> last_text_col;
  for (const auto& c : cells) {
    columns.insert(c.col);
    last_text_col[c.row] = std::max(last_text_col[c.row], c.col);
  }
  for (const CellRef& b : parser.blanks()) {
    auto it = last_text_col.find(b.row);
    if (it != last_text_col.end() && b.col == it->second + 1) columns.insert(b.col);
  }
  std::vector<int> grid_cols(columns.begin(), columns.end());
  std::map<int, int> col_index;
  for (std::size_t i = 0; i < grid_cols.size(); ++i)
    col_index[grid_cols[i]] = static_cast<int>(i);

  std::size_t size = grid_rows.size() * grid_cols.size();
  if (size > limits.max_grid_cells) {
    throw InputError(
        "sheet-too-large",
        fmt::format("工作表「{}」有 {} 行 × {} 列内容，超过可检查的上限（{} 个单元格）", sheet_name,
                    grid_rows.size(), grid_cols.size(), limits.max_grid_cells),
        fmt::format(
            "sheet \"{}\" holds {} rows × {} columns of content, past the limit of {} cells",
            sheet_name, grid_rows.size(), grid_cols.size(), limits.max_grid_cells));
  }

  budget->add_cells(size);
  Grid grid(static_cast<int>(grid_rows.size()), static_cast<int>(grid_cols.size()));
  for (int r = 0; r < grid.rows(); ++r) {
    for (int c = 0; c < grid.cols(); ++c) {
      grid.at(r, c).sheet_row = grid_rows[static_cast<std::size_t>(r)];
      grid.at(r, c).sheet_col = grid_cols[static_cast<std::size_t>(c)];
    }
  }
  for (auto& cell : cells) {
    grid.at(row_index[cell.row], col_index[cell.col]).text = std::move(cell.text);
  }

  // A merge maps onto the kept rows and columns inside it.
  auto first_row_at_or_after = [&](int row) {
    auto it = std::lower_bound(grid_rows.begin(), grid_rows.end(), row);
    return static_cast<int>(it - grid_rows.begin());
  };
  auto last_row_at_or_before = [&](int row) {
    auto it = std::upper_bound(grid_rows.begin(), grid_rows.end(), row);
    return static_cast<int>(it - grid_rows.begin()) - 1;
  };
  auto first_col_at_or_after = [&](int col) {
    auto it = std::lower_bound(grid_cols.begin(), grid_cols.end(), col);
    return static_cast<int>(it - grid_cols.begin());
  };
  auto last_col_at_or_before = [&](int col) {
    auto it = std::upper_bound(grid_cols.begin(), grid_cols.end(), col);
    return static_cast<int>(it - grid_cols.begin()) - 1;
  };
  for (const RangeRef& m : parser.merges()) {
    int r1 = first_row_at_or_after(m.first.row), r2 = last_row_at_or_before(m.last.row);
    int c1 = first_col_at_or_after(m.first.col), c2 = last_col_at_or_before(m.last.col);
    if (r1 > r2 || c1 > c2) continue;
    // Only a merge whose anchor survived keeps its meaning.
    if (grid_rows[static_cast<std::size_t>(r1)] != m.first.row ||
        grid_cols[static_cast<std::size_t>(c1)] != m.first.col) {
      continue;
    }
    budget->add_cells(static_cast<std::uint64_t>(r2 - r1 + 1) *
                      static_cast<std::uint64_t>(c2 - c1 + 1));
    grid.merge(r1, c1, r2, c2);
  }
  return grid;
}

}  // namespace jxlint::xlsx
