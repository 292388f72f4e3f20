constexpr char kDoc[] = R"doc(同一张表中三级指标名称重复
The same 三级指标 name appears more than once in one table.

检查内容 / What it finds
  同一张表内，「三级指标」名称相同（忽略空格、标点和全半角差别）出现了不止一次。
  在第二次及以后出现的行上报告，并指出第一次出现在哪一行。
  The same indicator name (folded) on more than one row of a table; reported
  on the second and later rows, naming the first.

为什么重要 / Why it matters
  同一指标写在几个类别下，通常是复制粘贴凑数，无法分别考核。
  One indicator under several categories is usually copy-paste padding.

示例 / Example
  质量指标 | 保障机关工会正常运行
  经济效益指标 | 保障机关工会正常运行     ← warning
  社会效益指标 | 保障机关工会正常运行     ← warning

选项 / Options
  （无 / none）
)doc";

#include <fmt/format.h>

#include <map>

#include "lint/check.h"
#include "util/text.h"

namespace jxlint {
namespace {

class DuplicateIndicator final : public TargetTableCheck {
 public:
  explicit DuplicateIndicator(const CheckOptions&) {}

  void run(const TargetTable& t, Emitter& out) const override {
    std::map<std::string, const IndicatorRow*> first;
    std::map<std::string, int> count;
    for (const IndicatorRow& row : t.indicators) {
      if (row.folded.name.empty()) continue;
      // The same indicator in the 长期 and the 年度 block is one target
      // seen over two horizons, not a duplicate.
      std::string key = row.block + '\x1f' + row.folded.name;
      auto [it, inserted] = first.emplace(key, &row);
      int n = ++count[key];
      if (inserted) continue;
      out.report(
          row, row.name, "三级指标",
          {fmt::format(
               "三级指标「{}」在本表第 {} 次出现（第一次在{}「{}」下），同一指标不应重复填写",
               quote(row.name.text), n, out.place(it->second->name),
               quote(it->second->level2.text)),
           fmt::format("the indicator \"{}\" appears for the {}th time in this table (first at {} "
                       "under \"{}\")",
                       quote(row.name.text), n, out.place(it->second->name),
                       quote(it->second->level2.text))});
    }
  }
};

const RegisterCheck<DuplicateIndicator> registration("duplicate-indicator", Severity::warning,
                                                     kDoc);

}  // namespace
}  // namespace jxlint
