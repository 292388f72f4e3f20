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

// A worksheet read inside the parser's callbacks: a frame per open element
// says what its children are; each cell's text is decided at its end.
class SheetHandler : public XmlHandler {
 public:
  SheetHandler(XmlParser& xml, const SharedStrings& strings, const Styles& styles, bool date1904,
               std::string sheet)
      : xml_(xml),
        strings_(strings),
        styles_(styles),
        date1904_(date1904),
        sheet_(std::move(sheet)) {
    open(Kind::before_root);
  }

  void start(const XmlElement& e) override {
    switch (frames_.back().kind) {
      case Kind::before_root:
        // A sheet relationship pointing at styles or the workbook would read
        // as an empty sheet: 0 tables and a pass. Say what is wrong instead.
        if (!is_element(e, "worksheet")) {
          throw ooxml::WrongRootError(xml_.part_name(), e,
                                      fmt::format("工作表「{}」的内容", sheet_),
                                      fmt::format("the content of sheet \"{}\"", sheet_));
        }
        return open(Kind::outside);
      case Kind::outside:
        if (is_element(e, "row")) {
          start_row(e);
          return open(Kind::row);
        }
        if (is_element(e, "mergeCell")) take_merge(e);
        return open(Kind::outside);
      case Kind::row:
        if (!is_element(e, "c")) return skip(e);
        start_cell(e);
        return open(Kind::cell);
      case Kind::cell:
        if (is_element(e, "v")) {
          has_value_ = true;
          return open(Kind::value);
        }
        if (is_element(e, "is")) {
          has_inline_ = true;
          return open(Kind::string_item);
        }
        return skip(e);  // <f> formulas: the cached <v> is what was shown
      case Kind::value:
        return skip(e);
      case Kind::string_item:
        switch (string_item_child(e)) {
          case StringItemChild::passed_over:
            return skip(e);
          case StringItemChild::text:
            return open(Kind::string_item, true);
          case StringItemChild::other:
            return open(Kind::string_item);
        }
        return;
      case Kind::skipped:
        return;  // the parser delivers nothing inside a skipped element
    }
  }

  void end(const XmlElement&) override {
    Kind kind = frames_.back().kind;
    frames_.pop_back();
    if (kind == Kind::cell) finish_cell();
  }

  void text(std::string_view chars, int) override {
    const Frame& frame = frames_.back();
    if (frame.kind == Kind::value) {
      value_ += chars;
    } else if (frame.in_text) {
      inline_text_ += chars;
    }
  }

  std::vector<RawCell>& cells() { return cells_; }
  std::vector<CellRef>& blanks() { return blanks_; }
  std::vector<RangeRef>& merges() { return merges_; }

 private:
  enum class Kind : std::uint8_t {
    before_root,  // the root is yet to come
    outside,      // anything but a row
    row,
    cell,
    value,        // <v>
    string_item,  // <is> and anything in it
    skipped,      // nothing inside is delivered
  };
  struct Frame {
    Kind kind;
    bool in_text = false;  // a <t> of a string item
  };
  // The cell types of ECMA-376 §18.18.11, and what any other is read as.
  enum class CellType : std::uint8_t { number, shared, inline_string, boolean, string, date };

  void open(Kind kind, bool in_text = false) { frames_.push_back(Frame{kind, in_text}); }
  void skip(const XmlElement& e) {
    xml_.skip_subtree(e.depth);
    open(Kind::skipped);
  }

  void take_merge(const XmlElement& e) {
    auto ref = e.attribute("ref", "");
    auto range = ref ? parse_range_ref(*ref) : std::nullopt;
    if (!range) {
      std::string text(ref.value_or(""));
      corrupt(sheet_, "合并单元格的引用无效「" + text + "」",
              "bad merge reference \"" + text + "\"");
    }
    merges_.push_back(*range);
  }

  void start_row(const XmlElement& e) {
    if (auto r = e.attribute("r", "")) {
      int row = 0;
      auto [p, ec] = std::from_chars(r->data(), r->data() + r->size(), row);
      if (ec != std::errc() || p != r->data() + r->size() || row < 1 || row > kMaxRows) {
        std::string text(*r);
        corrupt(sheet_, "行号无效「" + text + "」", "bad row number \"" + text + "\"");
      }
      row_ = row;  // out-of-order rows are tolerated (sorted later), as Excel repairs them
    } else {
      ++row_;
      if (row_ > kMaxRows) corrupt(sheet_, "行数超过 Excel 上限", "more rows than Excel allows");
    }
    col_ = 0;
  }

  void start_cell(const XmlElement& e) {
    if (auto ref = e.attribute("r", "")) {
      auto at = parse_cell_ref(*ref);
      if (!at || at->row != row_) {
        std::string text(*ref);
        if (!at)
          corrupt(sheet_, "单元格引用无效「" + text + "」", "bad cell reference \"" + text + "\"");
        corrupt(sheet_, "单元格「" + text + "」不在它所在的行",
                "cell \"" + text + "\" is outside its row");
      }
      col_ = at->col;
    } else {
      ++col_;
      if (col_ > kMaxCols) corrupt(sheet_, "列数超过 Excel 上限", "more columns than Excel allows");
    }
    std::string_view type = e.attribute("t", "").value_or("n");
    type_ = type == "s"                    ? CellType::shared
            : type == "inlineStr"          ? CellType::inline_string
            : type == "b"                  ? CellType::boolean
            : type == "str" || type == "e" ? CellType::string
            : type == "d"                  ? CellType::date
                                           : CellType::number;
    style_ = 0;
    if (auto s = e.attribute("s", "")) std::from_chars(s->data(), s->data() + s->size(), style_);
    value_.clear();
    inline_text_.clear();
    has_value_ = false;
    has_inline_ = false;
  }

  void finish_cell() {
    std::string text;
    if (type_ == CellType::inline_string) {
      text = inline_text_;
    } else if (!has_value_) {
      if (has_inline_) text = inline_text_;
    } else if (type_ == CellType::shared) {
      std::size_t index = 0;
      auto [p, ec] = std::from_chars(value_.data(), value_.data() + value_.size(), index);
      auto s = ec == std::errc() ? strings_.get(index) : std::nullopt;
      if (!s) {
        corrupt(
            sheet_,
            fmt::format("单元格 {} 引用的共享字符串「{}」不存在（共 {} 个）", cell_name(row_, col_),
                        value_, strings_.size()),
            fmt::format("cell {} refers to shared string \"{}\", which does not exist ({} in all)",
                        cell_name(row_, col_), value_, strings_.size()));
      }
      text = *s;
    } else if (type_ == CellType::boolean) {
      text = (value_ == "1" || value_ == "true") ? "TRUE" : "FALSE";
    } else if (type_ == CellType::string) {
      text = value_;
    } else if (type_ == CellType::date) {
      text = value_.substr(0, value_.find('T'));  // ISO 8601: keep the date
    } else {
      double number = 0;
      text = parse_number(text::trim(value_), number)
                 ? format_number(number, styles_.format(style_), date1904_)
                 : value_;
    }
    if (text.empty()) {
      blanks_.push_back(CellRef{row_, col_});
    } else {
      cells_.push_back(RawCell{row_, col_, std::move(text)});
    }
  }

  XmlParser& xml_;
  const SharedStrings& strings_;
  const Styles& styles_;
  bool date1904_;
  std::string sheet_;
  std::vector<Frame> frames_;
  int row_ = 0;
  int col_ = 0;
  // The cell being read.
  CellType type_ = CellType::number;
  std::size_t style_ = 0;
  std::string value_;
  bool has_value_ = false;
  std::string inline_text_;
  bool has_inline_ = false;
  std::vector<RawCell> cells_;
  std::vector<CellRef> blanks_;
  std::vector<RangeRef> merges_;
};

}  // namespace

Grid read_sheet(XmlParser& xml, const SharedStrings& strings, const Styles& styles, bool date1904,
                const std::string& sheet_name, const SheetLimits& limits,
                const std::vector<CellRef>& keep, WorkBudget* budget) {
  WorkBudget own_budget;
  if (budget == nullptr) budget = &own_budget;
  SheetHandler parser(xml, strings, styles, date1904, sheet_name);
  xml.parse(parser);
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
