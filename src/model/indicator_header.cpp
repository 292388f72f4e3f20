#include "model/indicator_header.h"

#include <vector>

#include "model/labels.h"
#include "model/rows.h"
#include "util/text.h"

namespace jxlint {
namespace {

int* slot_of(IndicatorColumns& cols, Role role) {
  switch (role) {
    case Role::level1:
      return &cols.level1;
    case Role::level2:
      return &cols.level2;
    case Role::name:
      return &cols.name;
    case Role::description:
      return &cols.description;
    case Role::value:
      return &cols.value;
    case Role::basis:
      return &cols.basis;
    case Role::op:
      return &cols.op;
    case Role::unit:
      return &cols.unit;
    case Role::weight:
      return &cols.weight;
    case Role::direction:
      return &cols.direction;
    case Role::last_year:
      return &cols.last_year;
    case Role::remark:
      return &cols.remark;
    case Role::none:
      return nullptr;
  }
  return nullptr;
}

// An indicator header names a 一级 or 二级 column: it holds 级.
bool may_be_header(const Grid& g, int r) {
  for (int c = 0; c < g.cols(); ++c) {
    if (contains(g.text(r, c), "级")) return true;
  }
  return false;
}

// The roles of row r's columns, one per grid column; where `lower` is a
// second header line, its own cells name the columns they stand over.
std::vector<Role> column_roles(const Grid& g, int r, int lower) {
  std::vector<Role> roles(static_cast<std::size_t>(g.cols()), Role::none);
  Role upper_role = Role::none;
  for (int c = 0; c < g.cols(); ++c) {
    if (c == 0 || !(g.at(r, c).anchor_row == g.at(r, c - 1).anchor_row &&
                    g.at(r, c).anchor_col == g.at(r, c - 1).anchor_col)) {
      upper_role = classify_header(g.text(r, c));
    }
    Role role = upper_role;
    if (lower >= 0 && g.at(lower, c).anchor_row == lower) {
      Role below = classify_header(g.text(lower, c));
      if (below != Role::none) role = below;
    }
    roles[static_cast<std::size_t>(c)] = role;
  }
  return roles;
}

IndicatorColumns columns_of(const std::vector<Role>& roles) {
  IndicatorColumns cols;
  for (std::size_t c = 0; c < roles.size(); ++c) {
    int* slot = slot_of(cols, roles[c]);
    if (slot != nullptr && *slot < 0) *slot = static_cast<int>(c);
  }
  // 指标内容 | 指标值 | 备注 (no 三级 column): the content column names the
  // indicator.
  if (cols.name < 0 && cols.description >= 0) {
    cols.name = cols.description;
    cols.description = -1;
  }
  return cols;
}

// A second header line: every cell of its own is a header label, and at
// least one is.
bool is_second_header_line(const Grid& g, int r) {
  bool any = false;
  for (const auto& cell : row_cells(g, r)) {
    if (cell.anchor_row != r || text::is_blank(cell.text)) continue;
    if (classify_header(cell.text) == Role::none) {
      // Words that only ever head columns: 数值, 名称, 内容.
      std::string k = text::fold(cell.text);
      if (k != "数值" && k != "名称" && k != "内容" && k != "值") return false;
    }
    any = true;
  }
  return any;
}

}  // namespace

bool is_indicator_header(const IndicatorColumns& c) {
  return c.name >= 0 && c.value >= 0 && (c.level1 >= 0 || c.level2 >= 0);
}

std::string indicator_block_of(std::string_view raw) {
  if (raw.size() > 60) return "";
  std::string k = text::fold(raw);
  if (!k.ends_with("指标") && !k.ends_with("绩效指标") && !k.ends_with("目标")) return "";
  if (k.starts_with("长期") || k.starts_with("中长期")) return "长期";
  if (k.starts_with("中期")) return "中期";
  if (k.starts_with("年度") || k.starts_with("本年度")) return "年度";
  return "";
}

HeaderRead read_indicator_header(const Grid& g, int r, int end) {
  HeaderRead out;
  if (!may_be_header(g, r)) return out;
  bool two_lines = r + 1 < end && is_second_header_line(g, r + 1);
  IndicatorColumns cols = columns_of(column_roles(g, r, two_lines ? r + 1 : -1));
  if (!is_indicator_header(cols)) {
    if (!two_lines) return out;
    cols = columns_of(column_roles(g, r, -1));
    if (!is_indicator_header(cols)) return out;
    two_lines = false;
  }
  out.rows = two_lines ? 2 : 1;
  out.columns = cols;
  int first = std::min(cols.level1 >= 0 ? cols.level1 : g.cols(),
                       cols.level2 >= 0 ? cols.level2 : g.cols());
  for (int c = 0; c < first; ++c) {
    std::string b = indicator_block_of(g.text(r, c));
    if (!b.empty()) out.block = b;
  }
  return out;
}

}  // namespace jxlint
