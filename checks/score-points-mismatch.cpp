constexpr char kDoc[] = R"doc(评分表上级指标的分值不等于下级分值之和
The points of a 评分表's 一级 or 二级 indicator are not the sum of its children's.

适用于 / Applies to
  评分表 / score tables

检查内容 / What it finds
  一级指标的分值应等于它下面各二级指标（或直接挂在它下面的三级指标）分值之和，
  二级指标的分值应等于它下面各三级指标分值之和：投入 (15分) = 目标设定 (5分) +
  预算配置 (10分)。只有上级和每个下级都写明分值时才比较。
  A 一级's points must be the sum of its 二级's (or of the indicators directly
  under it), a 二级's the sum of its indicators': 投入 (15分) = 目标设定 (5分)
  + 预算配置 (10分). Compared only when the parent and every child state
  their points.

为什么重要 / Why it matters
  分值对不上，说明指标体系改过却没有改全，总分就不再是 100 分制。
  Points that do not add up show a framework edited halfway: the total is no
  longer out of 100.

示例 / Example
  目标设定 (5分) 下：职责明确 (1分)、活动合规性 (1分)、活动合理性 (1分)    ← error（合计 3 分）
  目标设定 (3分) 下：同上                                                  ← 通过

选项 / Options
  （无 / none）
)doc";

#include <algorithm>
#include <cmath>

#include "lint/check.h"
#include "lint/message.h"

namespace jxlint {
namespace {

constexpr Message kMismatch{
    "「{name}」的分值为 {points} 分，下级指标分值合计 {sum} 分（{count} 项）",
    "{name} is worth {points} points, but its {count} children add up to "
    "{sum}"};

class ScorePointsMismatch final : public ScoreTableCheck {
 public:
  explicit ScorePointsMismatch(const CheckOptions&) {}

  void run(const ScoreTable& table, Emitter& out) const override {
    for (const ScoreItem& item : table.items) {
      if (item.children.empty() || !item.points.has_value()) continue;
      double sum = 0;
      int decimals = item.points.figure->decimals;
      bool readable = true;
      for (int child : item.children) {
        const ScoreItem& c = table.items[static_cast<std::size_t>(child)];
        if (!c.points.has_value()) {
          readable = false;
          break;
        }
        sum += c.points.value();
        decimals = std::max(decimals, c.points.figure->decimals);
      }
      if (!readable || std::fabs(sum - item.points.value()) < 1e-6) continue;
      out.report(item.name, item.label, item.level == 1 ? "一级指标" : "二级指标",
                 kMismatch.format(fmt::arg("name", quote(item.name)),
                                  fmt::arg("points", figure_text(item.points.value(), decimals)),
                                  fmt::arg("sum", figure_text(sum, decimals)),
                                  fmt::arg("count", item.children.size())));
    }
  }
};

const RegisterCheck<ScorePointsMismatch> registration("score-points-mismatch", Severity::error,
                                                      kDoc);

}  // namespace
}  // namespace jxlint
