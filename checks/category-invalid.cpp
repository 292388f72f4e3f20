constexpr char kDoc[] = R"doc(指标类别不符合模板
A 一级 or 二级 category is outside the template, or an 二级 sits under the wrong 一级.

检查内容 / What it finds
  按所用模板检查每行的「一级指标」「二级指标」：
  - 旧模板（legacy，多数省份和样本采用）：产出指标（数量/质量/时效/成本指标）、
    效益指标（经济效益/社会效益/生态效益/可持续影响指标）、满意度指标（服务对象满意度指标）；
  - 2021 年模板（财预〔2021〕101号）：成本指标单列为一级（经济成本/社会成本/生态环境成本指标），
    产出指标只有数量/质量/时效指标。
  报告模板之外的一级或二级、放错一级的二级、以及空白的类别。每个不符合的类别在表中只报告一次。
  Checks each row's 一级 and 二级 against the template: unknown categories,
  an 二级 under the wrong 一级, and blank categories, once per distinct value.

为什么重要 / Why it matters
  类别决定指标怎样考核和汇总；自创或放错的类别会被退回。
  Categories decide how indicators are evaluated and summed up.

示例 / Example
  产出指标 | 经济效益指标 | …      ← error（经济效益指标属于效益指标）
  产出效益指标 | 数量指标 | …      ← error（没有这个一级指标）

选项 / Options
  category-invalid.template  ("auto"、"legacy" 或 "2021"，默认 "auto")
      auto：表中有一级「成本指标」时按 2021 年模板，否则按旧模板。
      也可在 jxlint.toml 顶层写 template = "2021" 统一设置。
)doc";

#include <fmt/format.h>

#include <set>

#include "lint/check.h"
#include "model/categories.h"
#include "util/text.h"

namespace jxlint {
namespace {

class CategoryInvalid final : public TargetTableCheck {
 public:
  explicit CategoryInvalid(const CheckOptions& options)
      : template_(options.get_string("template")) {
    if (!is_template_name(template_)) {
      throw std::invalid_argument("category-invalid.template: \"" + template_ +
                                  "\": use auto, legacy or 2021");
    }
  }

  void run(const TargetTable& t, Emitter& out) const override {
    const CategoryTemplate& tmpl = category_template(resolve_template(template_, t));
    std::set<std::string> reported;
    for (const IndicatorRow& row : t.indicators) {
      const Level1* level1 = find_level1(tmpl, row.folded.level1);
      if (text::is_blank(row.level1.text)) {
        report_once(out, reported, row, row.level1, "一级指标", "一级指标为空",
                    "the 一级 category is empty");
        continue;
      }
      if (level1 == nullptr) {
        report_once(out, reported, row, row.level1, "一级指标",
                    fmt::format("一级指标「{}」不在{}的类别中（{}）", quote(row.level1.text),
                                name(tmpl), names(tmpl)),
                    fmt::format("the 一级 category \"{}\" is not in the {} template ({})",
                                quote(row.level1.text), tmpl.name, names(tmpl)));
        continue;
      }
      if (text::is_blank(row.level2.text)) {
        report_once(out, reported, row, row.level2, "二级指标", "二级指标为空",
                    "the 二级 category is empty");
        continue;
      }
      if (level2_belongs(*level1, row.folded.level2)) continue;
      const Level1* owner = owner_of(tmpl, row.folded.level2);
      if (owner != nullptr) {
        report_once(out, reported, row, row.level2, "二级指标",
                    fmt::format("二级指标「{}」属于「{}」，不应放在「{}」下",
                                quote(row.level2.text), owner->name, quote(row.level1.text)),
                    fmt::format("the 二级 category \"{}\" belongs under \"{}\", not \"{}\"",
                                quote(row.level2.text), owner->name, quote(row.level1.text)));
      } else {
        std::string allowed;
        for (const auto& l2 : level1->level2)
          allowed += (allowed.empty() ? "" : "、") + l2;
        report_once(
            out, reported, row, row.level2, "二级指标",
            fmt::format("二级指标「{}」不在{}「{}」的类别中（{}）", quote(row.level2.text),
                        name(tmpl), level1->name, allowed),
            fmt::format("the 二级 category \"{}\" is not one of \"{}\" in the {} template ({})",
                        quote(row.level2.text), level1->name, tmpl.name, allowed));
      }
    }
  }

 private:
  static std::string name(const CategoryTemplate& t) {
    return t.id == Template::y2021 ? "2021年模板（财预〔2021〕101号）" : "模板";
  }
  static std::string names(const CategoryTemplate& t) {
    std::string out;
    for (const auto& l : t.level1)
      out += (out.empty() ? "" : "、") + l.name;
    return out;
  }
  static void report_once(Emitter& out, std::set<std::string>& reported, const IndicatorRow& row,
                          const Field& f, std::string_view field, const std::string& zh,
                          const std::string& en) {
    if (!reported.insert(std::string(field) + "\n" + text::fold(f.text) + "\n" + row.folded.level1)
             .second) {
      return;
    }
    out.report(row, f, field, {zh, en});
  }

  std::string template_;
};

const RegisterCheck<CategoryInvalid> registration("category-invalid", Severity::error, kDoc,
                                                  {{"template",
                                                    std::string("auto"),
                                                    {"指标模板：auto、legacy 或 2021",
                                                     "indicator template: auto, legacy or 2021"}}});

}  // namespace
}  // namespace jxlint
