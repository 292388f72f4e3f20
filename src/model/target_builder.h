// Builds the TargetTable model from a table's grid: project block, budget
// and its sources, spending plan (in percent or in amounts), goals, the
// indicator header (one or two rows) and the indicator rows, in one or
// several blocks (长期/年度). Knows nothing of where the grid came from.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>

#include "model/rows.h"
#include "model/target_table.h"

namespace jxlint {

class TargetBuilder {
 public:
  explicit TargetBuilder(TargetTable& t) : t_(t) {}

  // Reads rows [begin, end) of the table's grid. `inherited_columns` carries
  // the indicator columns of the part this one continues, when it repeats no
  // header of its own.
  void read(int begin, int end, const IndicatorColumns* inherited_columns);
  // Settles what can only be settled with the whole table read: the unit,
  // a plan in amounts as shares of the budget, a goal label with no text.
  void finish();

  const IndicatorColumns& columns() const { return columns_; }

 private:
  void read_block_row(int r, int end, std::set<int>& consumed);
  void read_goal(int r, int end, int col, bool long_term, std::set<int>& consumed);
  void read_plan(int r, int end, const std::vector<RowCell>& cells,
                 const std::vector<std::size_t>& labels, std::set<int>& consumed);
  void read_indicator_row(int r);
  void note_unit(std::string_view text);
  void normalise_plan();

  TargetTable& t_;
  IndicatorColumns columns_;
  bool header_seen_ = false;
  std::string block_;  // 长期 / 中期 / 年度: the indicator block being read
  std::optional<std::pair<int, int>> budget_block_anchor_;
  std::optional<std::pair<int, int>> goal_label_;  // a goal label seen with no text
  std::string last_level1_;
  std::string last_level2_;
  // category_key() of the last 一级 and 二级 texts: merged category cells
  // repeat one text down many rows, folded once.
  struct KeyOf {
    std::string text;
    std::string key;
    bool valid = false;
  };
  KeyOf level1_key_, level2_key_;
};

}  // namespace jxlint
