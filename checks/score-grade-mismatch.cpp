constexpr char kDoc[] = R"doc(评分表的评价等级与合计得分不符
The grade in a 评分表's 评价结果 does not match its total.

适用于 / Applies to
  评分表 / score tables

检查内容 / What it finds
  「评价结果」给出的等级应是合计得分所在的档次。档次按表中写明的划分（如「优秀
  90分≤得分≤100分；良好 80分≤得分≤89分 …」），表中没有写明时按 优秀 ≥ 90、
  良好 80–89、中 60–79、差 < 60。得分落在两档之间（89.5）时归入较低一档的上限
  所在档（良好）。
  The grade given in 评价结果 must be the band of the total score: the bands
  the table states (优秀 90分≤得分≤100分 …), else 优秀 ≥ 90, 良好 80–89,
  中 60–79, 差 < 60. A total between two written bands (89.5) belongs to the
  lower one.

为什么重要 / Why it matters
  评价等级直接用于结果应用（预算安排、整改）；与得分不符的等级会被质疑。
  The grade is what results are applied by (budgets, remedies); one that
  does not match the score will be challenged.

示例 / Example
  小计 91.2 | 评价结果 优秀    ← 通过
  小计 85.0 | 评价结果 优秀    ← error（应为 良好）

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"
#include "lint/message.h"
#include "model/grades.h"

namespace jxlint {
namespace {

constexpr Message kGrade{"评价结果「{grade}」与合计得分 {total} 不符：按评分档次应为「{expected}」",
                         "the grade \"{grade}\" does not match the total {total}, which is "
                         "\"{expected}\" by the bands"};

class ScoreGradeMismatch final : public ScoreTableCheck {
 public:
  explicit ScoreGradeMismatch(const CheckOptions&) {}

  void run(const ScoreTable& table, Emitter& out) const override {
    if (!table.total_score.has_value() || !table.grade.found()) return;
    std::optional<Grade> written = grade_of(table.grade.text);
    if (!written) return;
    std::vector<GradeBand> bands = table.bands.empty() ? default_bands() : table.bands;
    const GradeBand* band = band_of(bands, table.total_score.value());
    if (band == nullptr || band->grade == *written) return;
    out.report("", table.grade, "评价结果",
               kGrade.format(fmt::arg("grade", quote(table.grade.text)),
                             fmt::arg("total", table.total_score.cell.text),
                             fmt::arg("expected", band->name)));
  }
};

const RegisterCheck<ScoreGradeMismatch> registration("score-grade-mismatch", Severity::error, kDoc);

}  // namespace
}  // namespace jxlint
