// The work one file may cause once its bytes are read: tables, rows, grid
// columns and cells. A table's grid is rows × columns whatever the cells
// hold, so a gridSpan of 16,000,000 or a gridBefore on every row would make
// memory and time grow with numbers written in the file rather than with
// its content; counted here, such a file is refused (resource-limit) as soon
// as it passes a limit, before the grid is allocated. The defaults are far
// above real tables (Word allows 63 columns; a real 绩效目标表 has < 100
// columns and < 100,000 rows). One budget per file, so whether a file is
// refused never depends on what other files or workers do.
#pragma once

#include <cstdint>

namespace jxlint {

struct WorkLimits {
  int max_table_rows = 1'000'000;             // rows of one Word table
  int max_table_columns = 1'000;              // grid columns of one Word table
  std::uint64_t max_table_cells = 4'000'000;  // rows × columns of one Word table
  std::uint64_t max_tables = 100'000;         // tables of a file: Word tables (nested too), sheets
  std::uint64_t max_file_cells = 4'000'000;   // grid cells built or merged over the whole file
};

class WorkBudget {
 public:
  explicit WorkBudget(const WorkLimits& limits = {}) : limits_(limits) {}

  const WorkLimits& limits() const { return limits_; }
  // One more table. Throws InputError (resource-limit) past max_tables.
  void add_table();
  // `n` more grid cells built, or covered by a merge. Throws InputError
  // (resource-limit) past max_file_cells.
  void add_cells(std::uint64_t n);

  // The per-table limits, for GridBuilder. Each throws InputError
  // (resource-limit) with the numbers found.
  void check_table_rows(std::uint64_t rows) const;
  void check_table_columns(std::uint64_t columns) const;
  void check_table_cells(std::uint64_t rows, std::uint64_t columns) const;

 private:
  WorkLimits limits_;
  std::uint64_t tables_ = 0;
  std::uint64_t cells_ = 0;
};

}  // namespace jxlint
