#include "grid/work_budget.h"

#include <fmt/format.h>

#include "util/input_error.h"

namespace jxlint {
namespace {

// Every refusal says what passed which limit, and names the key that raises
// it for a file known to be genuine.
[[noreturn]] void refuse(const std::string& what_zh, const std::string& what_en, const char* key) {
  throw InputError(
      "resource-limit",
      fmt::format("{}，拒绝读取（确属正常文件时，可在 jxlint.toml 的 [limits] 中调高 {}）", what_zh,
                  key),
      fmt::format("{}; the file was refused (for a file known to be genuine, raise {} "
                  "under [limits] in jxlint.toml)",
                  what_en, key));
}

}  // namespace

void WorkBudget::add_table() {
  if (++tables_ > limits_.max_tables) {
    refuse(fmt::format("文件中的表格（含嵌套的表格和工作表）超过 {} 张的上限", limits_.max_tables),
           fmt::format("the file holds more than the limit of {} tables (nested tables and sheets "
                       "included)",
                       limits_.max_tables),
           "max-tables");
  }
}

void WorkBudget::add_cells(std::uint64_t n) {
  cells_ += n;
  if (cells_ > limits_.max_file_cells) {
    refuse(fmt::format("文件中所有表格的单元格（含合并覆盖的）超过 {} 个的上限",
                       limits_.max_file_cells),
           fmt::format("the file's tables need more than the limit of {} cells in all (merged "
                       "ones included)",
                       limits_.max_file_cells),
           "max-file-cells");
  }
}

void WorkBudget::check_table_rows(std::uint64_t rows) const {
  if (rows > static_cast<std::uint64_t>(limits_.max_table_rows)) {
    refuse(fmt::format("一个表格超过 {} 行的上限", limits_.max_table_rows),
           fmt::format("a table has more than the limit of {} rows", limits_.max_table_rows),
           "max-table-rows");
  }
}

void WorkBudget::check_table_columns(std::uint64_t columns) const {
  if (columns > static_cast<std::uint64_t>(limits_.max_table_columns)) {
    refuse(fmt::format("一个表格的一行占 {} 列（gridSpan、gridBefore、gridAfter 也算在内；Word "
                       "表格最多 63 列），超过 {} 列的上限",
                       columns, limits_.max_table_columns),
           fmt::format("a table row spans {} grid columns (gridSpan, gridBefore and gridAfter "
                       "included; Word allows 63), past the limit of {}",
                       columns, limits_.max_table_columns),
           "max-table-columns");
  }
}

void WorkBudget::check_table_cells(std::uint64_t rows, std::uint64_t columns) const {
  if (rows * columns > limits_.max_table_cells) {
    refuse(fmt::format("一个表格有 {} 行 × {} 列，超过 {} 个单元格的上限", rows, columns,
                       limits_.max_table_cells),
           fmt::format("a table of {} rows × {} columns is past the limit of {} cells", rows,
                       columns, limits_.max_table_cells),
           "max-table-cells");
  }
}

}  // namespace jxlint
