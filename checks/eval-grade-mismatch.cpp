constexpr char kDoc[] = R"doc(自评等级与总分不符
The 自评等级 of a 自评表 does not match its 总分.

适用于 / Applies to
  绩效自评表 / self-evaluation tables

检查内容 / What it finds
  按总分得分划档：优 ≥ 90，良 80–89，中 60–79，差 < 60（财预〔2020〕10号），
  与「自评等级」写的等级比较。优秀/良好/中等/合格/较差/不合格 等写法都认得；
  勾选式（☑优 □良）按勾选的那一项。等级写不清楚或总分不是数字时不报告。
  The 总分 is graded 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60 (the national
  template) and compared with the 自评等级 written. 优秀/良好/合格/较差 …
  are understood, and a ticked box (☑优 □良) counts as written.

为什么重要 / Why it matters
  等级是自评结果里最先被看的一项，也是结果应用的依据。
  The grade is what is read first and what the results are applied by.

示例 / Example
  总分 97.80 | 自评等级 优    ← 通过
  总分 87.80 | 自评等级 优    ← error（应为 良）

选项 / Options
  eval-grade-mismatch.bands  等级及其最低分 / grades and their lowest totals
      默认 / default "优=90,良=80,中=60,差=0"（如 "优秀=90,良好=80,合格=60,不合格=0"）
)doc";

#include <stdexcept>

#include "lint/check.h"
#include "lint/message.h"
#include "model/grades.h"

namespace jxlint {
namespace {

constexpr Message kGrade{"自评等级「{grade}」与总分 {total} 不符：总分 {total} 应为「{expected}」",
                         "the grade \"{grade}\" does not match the total {total}, which is "
                         "\"{expected}\""};

class EvalGradeMismatch final : public SelfEvaluationCheck {
 public:
  explicit EvalGradeMismatch(const CheckOptions& o) {
    auto bands = bands_from_option(o.get_string("bands"));
    if (!bands) {
      throw std::invalid_argument("eval-grade-mismatch.bands: \"" + o.get_string("bands") +
                                  "\" is not a list such as \"优=90,良=80,中=60,差=0\"");
    }
    bands_ = std::move(*bands);
  }

  void run(const SelfEvaluationTable& table, Emitter& out) const override {
    if (!table.total_score.has_value()) return;
    std::optional<Grade> written = grade_of(table.grade.text);
    if (!written) return;
    const GradeBand* band = band_of(bands_, table.total_score.value());
    if (band == nullptr || band->grade == *written) return;
    out.report("", table.grade, "自评等级",
               kGrade.format(fmt::arg("grade", quote(table.grade.text)),
                             fmt::arg("total", table.total_score.cell.text),
                             fmt::arg("expected", band->name)));
  }

 private:
  std::vector<GradeBand> bands_;
};

const RegisterCheck<EvalGradeMismatch> registration(
    "eval-grade-mismatch", Severity::error, kDoc,
    {{"bands",
      std::string("优=90,良=80,中=60,差=0"),
      {"等级及其最低分，如 \"优=90,良=80,中=60,差=0\"",
       "grades and their lowest totals, e.g. \"优=90,良=80,中=60,差=0\""}}});

}  // namespace
}  // namespace jxlint
