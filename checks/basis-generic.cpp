constexpr char kDoc[] = R"doc(指标值确定依据过于笼统
The 指标值确定依据 (basis) is generic.

检查内容 / What it finds
  两种情况：一张表（不少于 min-rows 行）的每一行依据都相同；或依据是笼统的套话，
  如「相关政策」「有关规定」「上级文件」「项目是否按期完成」（见选项 generic-bases）。
  Every row of a table (at least min-rows rows) gives the same basis; or a
  basis is boilerplate such as 相关政策 (see generic-bases).

为什么重要 / Why it matters
  依据应说明每个目标值的具体来源（哪份计划、哪个标准、哪年的数据）；
  千篇一律的依据说明并没有逐项论证。这是需要人工判断的提示。
  A basis should name each target's specific source; one phrase for all says
  none was worked out. A judgement call, hence info.

示例 / Example
  每一行的依据都是「计划标准」                   ← info（报告一次）
  依据 相关政策                                 ← info
  依据 计划标准：《2023年全区职工技能培训工作计划》   ← 通过

选项 / Options
  basis-generic.generic-bases  (字符串列表 / list of strings)  视为套话的依据
  basis-generic.min-rows       (数字 / number, 默认 3)          全表相同才报告的最少行数
)doc";

#include <fmt/format.h>

#include "lint/check.h"
#include "util/text.h"

namespace jxlint {
namespace {

class BasisGeneric final : public TargetTableCheck {
 public:
  explicit BasisGeneric(const CheckOptions& options) : min_rows_(options.get_number("min-rows")) {
    for (const auto& b : options.get_list("generic-bases"))
      generic_.push_back(text::fold(b));
  }

  void run(const TargetTable& t, Emitter& out) const override {
    if (t.indicators.empty()) return;
    const std::string& first = t.indicators.front().folded.basis;
    bool all_same = !first.empty() && static_cast<double>(t.indicators.size()) >= min_rows_;
    for (const IndicatorRow& row : t.indicators)
      all_same = all_same && row.folded.basis == first;
    if (all_same) {
      const IndicatorRow& row = t.indicators.front();
      out.report(row, row.basis, "指标值确定依据",
                 {fmt::format("本表 {} 行指标的依据全都是「{}」，没有逐项说明目标值的来源",
                              t.indicators.size(), quote(row.basis.text)),
                  fmt::format("all {} indicators of this table give the same basis \"{}\"",
                              t.indicators.size(), quote(row.basis.text))});
      return;
    }
    for (const IndicatorRow& row : t.indicators) {
      const std::string& key = row.folded.basis;
      if (key.empty() || std::find(generic_.begin(), generic_.end(), key) == generic_.end())
        continue;
      out.report(row, row.basis, "指标值确定依据",
                 {"指标值确定依据「" + quote(row.basis.text) +
                      "」过于笼统，应写明具体的计划、标准或历史数据",
                  "the basis \"" + quote(row.basis.text) +
                      "\" is boilerplate; name the plan, standard or data"});
    }
  }

 private:
  double min_rows_;
  std::vector<std::string> generic_;
};

const RegisterCheck<BasisGeneric> registration(
    "basis-generic", Severity::info, kDoc,
    {{"generic-bases",
      std::vector<std::string>{"相关政策", "有关政策", "相关规定", "有关规定", "相关文件",
                               "有关文件", "上级文件", "文件要求", "政策规定", "按规定", "按要求",
                               "项目是否按期完成", "根据实际情况"},
      {"视为套话的依据", "bases that count as boilerplate"}},
     {"min-rows",
      3.0,
      {"全表依据相同才报告的最少行数",
       "rows a table needs before one basis for all is reported"}}});

}  // namespace
}  // namespace jxlint
