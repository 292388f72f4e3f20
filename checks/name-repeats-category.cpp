constexpr char kDoc[] = R"doc(三级指标只是重复了二级指标
The 三级指标 just repeats its 二级 category.

检查内容 / What it finds
  「三级指标」与所属「二级指标」相同（忽略空格、标点、全半角，以及末尾的「指标」二字），
  例如二级「经济效益指标」下的三级「经济效益指标」或「经济效益」。
  名称只是包含类别词（社会效益指标下的「社会效益覆盖人数」）不报告。
  A 三级 name equal to its 二级 once spaces, punctuation, width and a trailing
  指标 are ignored. A name that merely contains the category word is fine.

为什么重要 / Why it matters
  三级指标应是具体、可衡量的内容；重复类别名说明没有真正设计指标。
  A 三级 indicator should name something concrete; the category name is not one.

示例 / Example
  效益指标 | 经济效益指标 | 经济效益指标          ← warning
  效益指标 | 社会效益指标 | 社会效益覆盖人数      ← 通过

选项 / Options
  （无 / none）
)doc";

#include "lint/check.h"
#include "model/categories.h"

namespace jxlint {
namespace {

class NameRepeatsCategory final : public TargetTableCheck {
 public:
  explicit NameRepeatsCategory(const CheckOptions&) {}

  void run(const TargetTable& t, Emitter& out) const override {
    for (const IndicatorRow& row : t.indicators) {
      std::string name = category_key(row.name.text);
      if (name.empty()) continue;
      const Field* category = nullptr;
      if (name == row.folded.level2)
        category = &row.level2;
      else if (name == row.folded.level1)
        category = &row.level1;
      if (category == nullptr) continue;
      out.report(row, row.name, "三级指标",
                 {"三级指标「" + quote(row.name.text) + "」只是重复了类别「" +
                      quote(category->text) + "」，应写明具体衡量的内容",
                  "the indicator \"" + quote(row.name.text) + "\" only repeats its category \"" +
                      quote(category->text) + "\"; name what is measured"});
    }
  }
};

const RegisterCheck<NameRepeatsCategory> registration("name-repeats-category", Severity::warning,
                                                      kDoc);

}  // namespace
}  // namespace jxlint
