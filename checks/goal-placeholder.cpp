constexpr char kDoc[] = R"doc(绩效目标仍保留模板占位文字
The 绩效目标 text still holds template placeholder text.

检查内容 / What it finds
  「绩效目标」中仍有模板自带的占位文字，如「目标内容1」「目标内容 1」
  「请输入……」「×××」。匹配规则为 RE2 正则表达式，可在配置中调整（选项 patterns）。
  正常的目标文字（例如「完成年度培训目标」「培训内容覆盖安全生产」）不会被报告。
  Template text left in the goal: 目标内容1, 请输入…, ×××. The patterns are
  RE2 regular expressions (option patterns); real goal text that merely
  contains words like 目标 or 内容 is not reported.

为什么重要 / Why it matters
  占位文字说明目标没有按项目实际填写，财政部门会退回。
  Placeholder text means the goal was never written for this project; the
  table is returned.

示例 / Example
  绩效目标 | 1. 目标内容 1 按时拨付资金 2. 目标内容 3 保证设备合格   ← error
  绩效目标 | 1.按时拨付资金 2.保证购置设备全部验收合格               ← 通过

选项 / Options
  goal-placeholder.patterns  (RE2 正则表达式列表 / list of RE2 patterns)
      默认 ["目标内容\\s*[0-9一二三四五六七八九十]+", "请(?:在此)?(?:输入|填写|录入)[^，。；,;\\n]*",
            "[×X]{3,}"]。文字先经 NFKC 规范化（全角数字、字母变为半角）再匹配。
)doc";

#include <re2/re2.h>

#include <memory>

#include "lint/check.h"
#include "model/placeholders.h"
#include "util/text.h"

namespace jxlint {
namespace {

class GoalPlaceholder final : public TargetTableCheck {
 public:
  explicit GoalPlaceholder(const CheckOptions& options) {
    for (const std::string& p : options.get_list("patterns")) {
      RE2 alone(p, RE2::Quiet);
      if (!alone.ok()) {
        throw std::invalid_argument("goal-placeholder.patterns: \"" + p +
                                    "\" does not compile: " + alone.error());
      }
      // One outer group, so that each match can be quoted whatever groups p has.
      patterns_.push_back(std::make_unique<RE2>("(" + p + ")", RE2::Quiet));
    }
  }

  void run(const TargetTable& table, Emitter& out) const override {
    if (!table.goal.found()) return;
    std::string goal = text::nfkc(table.goal.text);
    std::vector<std::string> hits;
    for (const auto& re : patterns_) {
      re2::StringPiece input(goal);
      std::string match;
      while (RE2::FindAndConsume(&input, *re, &match)) {
        std::string shown = text::one_line(match);
        if (!shown.empty() && std::find(hits.begin(), hits.end(), shown) == hits.end())
          hits.push_back(shown);
        if (match.empty()) break;
      }
    }
    if (hits.empty()) return;
    std::string zh, en;
    for (const auto& h : hits) {
      zh += "「" + h + "」";
      en += (en.empty() ? "\"" : ", \"") + h + "\"";
    }
    out.report(table.goal, "绩效目标",
               {"绩效目标仍保留模板占位文字" + zh + "，应改为本项目实际的绩效目标",
                "the goal still holds template placeholder text " + en +
                    "; write the project's real goals"});
  }

 private:
  std::vector<std::unique_ptr<RE2>> patterns_;
};

const RegisterCheck<GoalPlaceholder> registration("goal-placeholder", Severity::error, kDoc,
                                                  {{"patterns",
                                                    default_goal_placeholders(),
                                                    {"占位文字的 RE2 正则表达式",
                                                     "RE2 patterns of placeholder text"}}});

}  // namespace
}  // namespace jxlint
