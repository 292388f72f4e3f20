constexpr char kDoc[] = R"doc(评分表的指标解释或评分标准照抄了别的指标
A 评分表 row repeats another row's 指标解释 or 评分标准 under a different name.

适用于 / Applies to
  评分表 / score tables

检查内容 / What it finds
  名称不同的两个指标，「指标解释」完全相同（去掉空格和标点后，至少 12 个字），
  或「评分标准」完全相同（至少 40 个字），从第二次出现起报告，并指出第一次在哪里。
  「符合(1分)；不符合(0分)」这类短的通用评分标准不算。
  Two indicators with different names and the same 指标解释 (12 characters or
  more, ignoring spaces and punctuation) or the same 评分标准 (40 or more):
  reported from the second on, naming the first. Short generic standards such
  as 符合(1分)；不符合(0分) do not count.

为什么重要 / Why it matters
  复制粘贴的解释说明这一项其实没有定义：打分人不知道看什么，得分就没有依据。
  种子文件 004 中「部门预决算信息公开性 1. 是否按照…」被复制到四个指标上。
  A copied explanation means the indicator was never defined: the scorer does
  not know what to look at. Seed 004 copies 部门预决算信息公开性 1. 是否按照…
  onto four indicators.

示例 / Example
  基础信息完善性 | 部门预决算信息公开性 1. 是否按照…    ← warning（与预决算信息公开性相同）

选项 / Options
  （无 / none）
)doc";

#include <map>

#include "lint/check.h"
#include "lint/message.h"
#include "util/text.h"

namespace jxlint {
namespace {

constexpr Message kCopied{"「{name}」的{field}与「{first}」（{place}）完全相同",
                          "the {field} of {name} is the same as that of {first} ({place})"};

class ScoreCopiedText final : public ScoreTableCheck {
 public:
  explicit ScoreCopiedText(const CheckOptions&) {}

  void run(const ScoreTable& table, Emitter& out) const override {
    check(table, out, &ScoreItem::explanation, "指标解释", 12);
    check(table, out, &ScoreItem::standard, "评分标准", 40);
  }

 private:
  static void check(const ScoreTable& table, Emitter& out, Field ScoreItem::*member,
                    std::string_view field, std::size_t min_chars) {
    std::map<std::string, const ScoreItem*> first;
    for (const ScoreItem& item : table.items) {
      const Field& f = item.*member;
      if (!item.scored() || !f.found()) continue;
      std::string key = text::fold(f.text);
      if (text::length(key) < min_chars) continue;
      auto [it, inserted] = first.try_emplace(key, &item);
      if (inserted || text::fold(it->second->name) == text::fold(item.name)) continue;
      out.report(item.name, f, field,
                 kCopied.format(fmt::arg("name", quote(item.name)), fmt::arg("field", field),
                                fmt::arg("first", quote(it->second->name)),
                                fmt::arg("place", out.place(it->second->*member))));
    }
  }
};

const RegisterCheck<ScoreCopiedText> registration("score-copied-text", Severity::warning, kDoc);

}  // namespace
}  // namespace jxlint
