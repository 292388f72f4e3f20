#include "xlsx/cell_ref.h"

#include <algorithm>

namespace jxlint::xlsx {

std::optional<CellRef> parse_cell_ref(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && s[i] == '$') ++i;
  long col = 0;
  std::size_t letters = 0;
  while (i < s.size() && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z'))) {
    char c = static_cast<char>(s[i] & ~0x20);
    col = col * 26 + (c - 'A' + 1);
    if (++letters > 3) return std::nullopt;
    ++i;
  }
  if (letters == 0) return std::nullopt;
  if (i < s.size() && s[i] == '$') ++i;
  long row = 0;
  std::size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    row = row * 10 + (s[i] - '0');
    if (++digits > 7) return std::nullopt;
    ++i;
  }
  if (digits == 0 || i != s.size()) return std::nullopt;
  if (row < 1 || row > kMaxRows || col < 1 || col > kMaxCols) return std::nullopt;
  return CellRef{static_cast<int>(row), static_cast<int>(col)};
}

std::optional<RangeRef> parse_range_ref(std::string_view s) {
  auto colon = s.find(':');
  auto a = parse_cell_ref(s.substr(0, colon));
  if (!a) return std::nullopt;
  auto b = colon == std::string_view::npos ? a : parse_cell_ref(s.substr(colon + 1));
  if (!b) return std::nullopt;
  return RangeRef{{std::min(a->row, b->row), std::min(a->col, b->col)},
                  {std::max(a->row, b->row), std::max(a->col, b->col)}};
}

}  // namespace jxlint::xlsx
