constexpr char kDoc[] = R"doc(评分表的合计不对
The 小计/合计 row of a 评分表 does not add up.

适用于 / Applies to
  评分表 / score tables

检查内容 / What it finds
  「小计」「合计」或「总分」行：得分应等于各指标得分之和（按写出的小数位数，允许
  末位相差 1）；分值应为 100 分，并等于各一级指标分值之和。只有每个指标的得分
  （或分值）都是数字时才计算。
  On the 小计/合计/总分 row the score must be the sum of the indicators'
  scores (at its decimals, give or take one in the last place), and the
  points 100 and the sum of the 一级 points. Only computed when every score
  (or every points value) is a number.

为什么重要 / Why it matters
  评价等级按合计得分确定；合计与明细对不上，评价结论就没有依据。
  The grade follows the total; a total that does not match the rows leaves
  the conclusion without a basis.

示例 / Example
  各指标得分之和 65.8，小计得分 91.2    ← error
  各指标得分之和 91.2，小计得分 91.2    ← 通过

选项 / Options
  （无 / none）
)doc";

#include <algorithm>
#include <cmath>

#include "lint/check.h"
#include "lint/message.h"

namespace jxlint {
namespace {

constexpr Message kScore{"合计得分 {total} 不等于各指标得分之和 {sum}（{count} 项）",
                         "the total score {total} is not the sum of the {count} scores, {sum}"};
constexpr Message kNot100{"合计分值为 {total} 分，不是 100 分",
                          "the total points are {total}, not 100"};
constexpr Message kPoints{"合计分值 {total} 不等于各一级指标分值之和 {sum}",
                          "the total points {total} are not the sum of the 一级 points, {sum}"};

class ScoreTotalMismatch final : public ScoreTableCheck {
 public:
  explicit ScoreTotalMismatch(const CheckOptions&) {}

  void run(const ScoreTable& table, Emitter& out) const override {
    if (table.total_score.has_value()) {
      double sum = 0;
      int decimals = 0, count = 0;
      bool readable = true;
      for (const ScoreItem& item : table.items) {
        if (!item.scored()) continue;
        if (!item.score.has_value()) {
          readable = false;
          break;
        }
        sum += item.score.value();
        decimals = std::max(decimals, item.score.figure->decimals);
        ++count;
      }
      const Figure& t = *table.total_score.figure;
      if (readable && count > 0 && !matches_at_precision(t.value, sum, t.decimals, 1)) {
        out.report("", table.total_score.cell, "合计",
                   kScore.format(fmt::arg("total", table.total_score.cell.text),
                                 fmt::arg("sum", fixed_text(sum, std::max(decimals, t.decimals))),
                                 fmt::arg("count", count)));
      }
    }
    if (!table.total_points.has_value()) return;
    double total = table.total_points.value();
    if (std::fabs(total - 100.0) > 1e-6) {
      out.report("", table.total_points.cell, "合计",
                 kNot100.format(fmt::arg("total", table.total_points.cell.text)));
      return;
    }
    double sum = 0;
    int tops = 0;
    for (const ScoreItem& item : table.items) {
      if (item.parent >= 0) continue;
      if (!item.points.has_value()) return;
      sum += item.points.value();
      ++tops;
    }
    if (tops > 0 && std::fabs(sum - total) > 1e-6) {
      out.report("", table.total_points.cell, "合计",
                 kPoints.format(fmt::arg("total", table.total_points.cell.text),
                                fmt::arg("sum", figure_text(sum, 2))));
    }
  }
};

const RegisterCheck<ScoreTotalMismatch> registration("score-total-mismatch", Severity::error, kDoc);

}  // namespace
}  // namespace jxlint
