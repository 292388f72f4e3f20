// The model of a 评分表 (an evaluation's 指标体系评分表, seed 004): a tree of
// 一级 → 二级 → 三级 indicators with their points (written in a 分值 column
// or inside the labels: 投入 (15分)), each scored row's 指标解释, 评分标准
// and 得分, the 小计/合计 row and the 评价结果 with its grade bands. Built by
// ScoreBuilder; read by the score- checks.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/grades.h"
#include "model/self_evaluation_table.h"

namespace jxlint {

struct ScoreItem {
  int level = 1;  // 1 一级, 2 二级, 3 三级 (a label over 二级 and 三级 is a 2 with a score)
  Field label;    // the cell as written: "投入 (15分)"
  std::string name;    // the label without its points: "投入"
  FigureField points;  // from the label's (N分), else the 分值 column
  int parent = -1;     // index into ScoreTable::items; -1 at the top
  std::vector<int> children;
  // Rows that are scored (leaves): their row and cells.
  int row = -1;
  Field explanation;  // 指标解释 / 指标解释说明
  Field standard;     // 评分标准
  FigureField score;  // 得分
  bool scored() const { return row >= 0; }
};

struct ScoreColumns {
  int level1 = -1, level2 = -1, name = -1, explanation = -1, standard = -1, points = -1, score = -1;
};

struct ScoreTable : Table {
  bool has_header = false;
  int header_row = -1;  // the last header row
  ScoreColumns columns;
  std::vector<ScoreItem> items;  // parents before their children, in reading order

  Field total_label;  // 小计 / 合计 / 总分
  FigureField total_points;
  FigureField total_score;

  Field result_label;            // 评价结果
  Field result_bands;            // the cell stating the bands, if any
  Field grade;                   // the grade given
  std::vector<GradeBand> bands;  // stated in the table, else empty

  const std::string& display_name() const override;
};

// Points written inside a label: "预算完成率(3分)" → 3; several marks in one
// cell (two indicators fused) add up. nullopt when it states none.
std::optional<Figure> points_in_label(std::string_view label);
// The label without its points: "投入 (15分)" → "投入".
std::string name_without_points(std::string_view label);

}  // namespace jxlint
