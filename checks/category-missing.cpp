constexpr char kDoc[] = R"doc(缺少必备的一级指标
A required 一级 category is missing from the table.

检查内容 / What it finds
  表中没有某个必备的一级指标：旧模板须有产出指标、效益指标、满意度指标；
  2021 年模板（财预〔2021〕101号）还须有成本指标。每缺一类报告一次，位置在指标表头。
  The table lacks a required 一级: 产出, 效益 and 满意度 in the legacy
  template, and also 成本 in the 2021 template. Reported on the header row.

为什么重要 / Why it matters
  每类指标都有考核作用：没有满意度指标就无法评价服务对象的感受，2021 年模板要求单列成本。
  Each category plays its part; a missing one leaves the evaluation incomplete.

示例 / Example
  指标只有产出指标、效益指标            ← warning（缺少满意度指标）

选项 / Options
  category-missing.template  ("auto"、"legacy" 或 "2021"，默认 "auto")
      auto：表中有一级「成本指标」时按 2021 年模板，否则按旧模板。
      也可在 jxlint.toml 顶层写 template = "2021" 统一设置。
)doc";

#include <fmt/format.h>

#include "lint/check.h"
#include "model/categories.h"

namespace jxlint {
namespace {

class CategoryMissing final : public TargetTableCheck {
 public:
  explicit CategoryMissing(const CheckOptions& options)
      : template_(options.get_string("template")) {
    if (!is_template_name(template_)) {
      throw std::invalid_argument("category-missing.template: \"" + template_ +
                                  "\": use auto, legacy or 2021");
    }
  }

  void run(const TargetTable& t, Emitter& out) const override {
    if (t.indicators.empty() || !t.has_indicator_header) return;
    const CategoryTemplate& tmpl = category_template(resolve_template(template_, t));
    Field header{"", t.header_row, t.columns.level1 >= 0 ? t.columns.level1 : 0};
    for (const Level1& required : tmpl.level1) {
      bool present = false;
      for (const IndicatorRow& row : t.indicators) {
        if (row.folded.level1 == required.key) present = true;
      }
      if (present) continue;
      out.report(header, "一级指标",
                 {fmt::format("表中没有「{}」类指标{}", required.name,
                              tmpl.id == Template::y2021 ? "（2021年模板要求单列）" : ""),
                  fmt::format("the table has no \"{}\" indicators ({} template)", required.name,
                              tmpl.name)});
    }
  }

 private:
  std::string template_;
};

const RegisterCheck<CategoryMissing> registration("category-missing", Severity::warning, kDoc,
                                                  {{"template",
                                                    std::string("auto"),
                                                    {"指标模板：auto、legacy 或 2021",
                                                     "indicator template: auto, legacy or 2021"}}});

}  // namespace
}  // namespace jxlint
