constexpr char kDoc[] = R"doc(评分表的得分高于该项分值
A score in a 评分表 is higher than the points of its row.

适用于 / Applies to
  评分表 / score tables

检查内容 / What it finds
  每个打分的指标，「得分」不能超过它的分值。分值可以写在「分值」栏，也可以写在
  指标名称里（如「预算完成率(3分)」）。
  No scored indicator may get more than its points, whether they stand in a
  分值 column or inside its label (预算完成率(3分)).

为什么重要 / Why it matters
  超出分值的得分会抬高总分和评价等级。
  A score above the points inflates the total and the grade.

示例 / Example
  预算完成率(3分) | … | 得分 3    ← 通过
  预算完成率(3分) | … | 得分 4    ← error

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"
#include "lint/message.h"

namespace jxlint {
namespace {

constexpr Message kOver{"得分 {score} 高于「{name}」的分值 {points}",
                        "the score {score} is higher than the {points} points of {name}"};

class ScoreOverPoints final : public ScoreTableCheck {
 public:
  explicit ScoreOverPoints(const CheckOptions&) {}

  void run(const ScoreTable& table, Emitter& out) const override {
    for (const ScoreItem& item : table.items) {
      if (!item.scored() || !item.points.has_value() || !item.score.has_value()) continue;
      if (item.score.value() <= item.points.value() + 1e-9) continue;
      out.report(
          item.name, item.score.cell, "得分",
          kOver.format(fmt::arg("score", item.score.cell.text), fmt::arg("name", quote(item.name)),
                       fmt::arg("points", figure_text(item.points.value(), 2))));
    }
  }
};

const RegisterCheck<ScoreOverPoints> registration("score-over-points", Severity::error, kDoc);

}  // namespace
}  // namespace jxlint
