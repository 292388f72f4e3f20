constexpr char kDoc[] = R"doc(评分标准给出的分数超过该项分值
A 评分标准 awards more than the points of its row.

适用于 / Applies to
  评分表 / score tables

检查内容 / What it finds
  从「评分标准」中读出它给的分数（「得4分」「符合(2分)」「得3分」），最高的一档
  超过本指标的分值时报告。「扣0.1分」「每…扣1分」是扣分，不算；「以3分为上限」
  按 3 分算。
  Reads the awards a 评分标准 gives (得4分, 符合(2分)) and reports when the
  highest is above the row's points. Deductions (扣0.1分, 每…扣1分) do not
  count; 以3分为上限 counts as 3.

为什么重要 / Why it matters
  标准允许的分数超过分值，要么标准抄自别的指标，要么分值改了标准没改；按这样的
  标准打分会超出分值。种子文件 004 的「预算调整率(3分)」标准里有「得4分」。
  A standard that allows more than the points was copied from elsewhere or
  left behind when the points changed; scoring by it overshoots. Seed 004's
  预算调整率(3分) says 得4分.

示例 / Example
  预算调整率(3分) | 全年进度：结果≥100%，得4分 …    ← warning
  预算完成率(3分) | 达到目标值的得3分 …              ← 通过

选项 / Options
  （无 / none）
)doc";

#include <re2/re2.h>

#include "lint/check.h"
#include "lint/message.h"
#include "util/text.h"

namespace jxlint {
namespace {

constexpr Message kOver{"评分标准最高给 {award} 分，超过「{name}」的分值 {points} 分",
                        "the 评分标准 awards up to {award}, more than the {points} points of "
                        "{name}"};

// The awards a standard states: "得4分", "(2分)", "得 3 分", "为3分" …; not
// "扣0.1分" or "每增加…扣1分", nor "90分≤得分" (a band of a total).
std::optional<double> highest_award(std::string_view standard) {
  std::string s = text::nfkc(standard);
  // Deductions first: 扣0.1分, 扣 4 分, 每增加0.1个百分点扣0.1分, 减1分.
  static const RE2 deduction(R"((?:扣|减|扣除)\s*\d+(?:\.\d+)?\s*分)");
  RE2::GlobalReplace(&s, deduction, "");
  static const RE2 award(
      R"((得|计|给|为|以|[(]|^|[；;，,。：:\s])\s*(\d+(?:\.\d+)?)\s*分(?:[)]|[；;，,。\s]|$|为上限))");
  re2::StringPiece input(s);
  std::string before, number;
  std::optional<double> best;
  while (RE2::FindAndConsume(&input, award, &before, &number)) {
    auto f = parse_figure(number);
    if (!f) continue;
    if (!best || f->value > *best) best = f->value;
  }
  return best;
}

class ScoreTierOverPoints final : public ScoreTableCheck {
 public:
  explicit ScoreTierOverPoints(const CheckOptions&) {}

  void run(const ScoreTable& table, Emitter& out) const override {
    for (const ScoreItem& item : table.items) {
      if (!item.scored() || !item.points.has_value() || !item.standard.found()) continue;
      std::optional<double> award = highest_award(item.standard.text);
      if (!award || *award <= item.points.value() + 1e-9) continue;
      out.report(item.name, item.standard, "评分标准",
                 kOver.format(fmt::arg("award", figure_text(*award, 2)),
                              fmt::arg("name", quote(item.name)),
                              fmt::arg("points", figure_text(item.points.value(), 2))));
    }
  }
};

const RegisterCheck<ScoreTierOverPoints> registration("score-tier-over-points", Severity::warning,
                                                      kDoc);

}  // namespace
}  // namespace jxlint
