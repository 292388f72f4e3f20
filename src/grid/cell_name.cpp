#include "grid/cell_name.h"

namespace jxlint {

std::string column_name(int col) {
  std::string out;
  while (col > 0) {
    int rem = (col - 1) % 26;
    out.insert(out.begin(), static_cast<char>('A' + rem));
    col = (col - 1) / 26;
  }
  return out;
}

std::string cell_name(int row, int col) {
  return column_name(col) + std::to_string(row);
}

}  // namespace jxlint
