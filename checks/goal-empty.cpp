constexpr char kDoc[] = R"doc(绩效目标为空
The 绩效目标 (goal) is empty, or nothing is left of it once numbering and placeholders are removed.

检查内容 / What it finds
  「绩效目标」为空、只有 / 之类的符号，或者只有编号（1. 2、（一））。只剩模板占位文字
  （目标内容1 …，见选项 placeholders）的由 goal-placeholder 报告，这里不再重复：一个问题一条。
  The goal cell is blank, a stand-in such as /, or numbering alone (1. 2、（一）).
  A goal of nothing but template placeholders is goal-placeholder's to report:
  one defect, one finding.

为什么重要 / Why it matters
  没有绩效目标，指标就没有依托；这是财政部门必定退回的问题。
  Without a goal the indicators have nothing to measure; such tables are returned.

示例 / Example
  绩效目标 | 1.  2.                            ← error
  绩效目标 | 1.目标内容 1                      ← 由 goal-placeholder 报告
  绩效目标 | 1.完成培训6期 2.培训合格率达到95%    ← 通过

选项 / Options
  goal-empty.placeholders  (RE2 正则表达式列表 / list of RE2 patterns)
      视为模板占位文字的内容，默认与 goal-placeholder.patterns 相同。
)doc";

#include <re2/re2.h>

#include <memory>
#include <stdexcept>

#include "lint/check.h"
#include "model/placeholders.h"
#include "model/value.h"
#include "util/text.h"

namespace jxlint {
namespace {

class GoalEmpty final : public TargetTableCheck {
 public:
  explicit GoalEmpty(const CheckOptions& options) {
    for (const std::string& p : options.get_list("placeholders")) {
      auto re = std::make_unique<RE2>(p, RE2::Quiet);
      if (!re->ok())
        throw std::invalid_argument("goal-empty.placeholders: \"" + p +
                                    "\" does not compile: " + re->error());
      placeholders_.push_back(std::move(re));
    }
  }

  void run(const TargetTable& t, Emitter& out) const override {
    if (!t.goal.found()) return;
    if (text::is_blank(t.goal.text) || is_empty_marker(t.goal.text)) {
      out.report(t.goal, "绩效目标",
                 {text::is_blank(t.goal.text)
                      ? "绩效目标为空"
                      : "绩效目标只填了「" + quote(t.goal.text) + "」，等于没有填写",
                  text::is_blank(t.goal.text)
                      ? "the goal (绩效目标) is empty"
                      : "the goal is only \"" + quote(t.goal.text) + "\", which says nothing"});
      return;
    }
    std::string rest = text::nfkc(t.goal.text);
    int placeholders = 0;
    for (const auto& re : placeholders_)
      placeholders += RE2::GlobalReplace(&rest, *re, " ");
    static const RE2 numbering(
        R"((?:^|\s)[（(]?[0-9一二三四五六七八九十]{1,3}[)）]?[.、:：,，)）]?)");
    RE2::GlobalReplace(&rest, numbering, " ");
    if (!text::fold(rest).empty()) return;
    // Only template text: goal-placeholder reports it. One defect, one finding.
    if (placeholders > 0) return;
    out.report(
        t.goal, "绩效目标",
        {"绩效目标「" + quote(t.goal.text) + "」去掉编号和模板占位文字后没有任何内容，等于没有填写",
         "the goal \"" + quote(t.goal.text) +
             "\" holds nothing but numbering and template placeholders"});
  }

 private:
  std::vector<std::unique_ptr<RE2>> placeholders_;
};

const RegisterCheck<GoalEmpty> registration("goal-empty", Severity::error, kDoc,
                                            {{"placeholders",
                                              default_goal_placeholders(),
                                              {"视为占位文字的 RE2 正则表达式",
                                               "RE2 patterns of placeholder text"}}});

}  // namespace
}  // namespace jxlint
