#include "lint/suppression.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>

#include "util/text.h"

namespace jxlint {
namespace {

constexpr char kUnusedDoc[] = R"doc(jxlint-disable 批注没有屏蔽任何问题
A jxlint-disable comment silences nothing.

检查内容 / What it finds
  批注中的「jxlint-disable 规则 -- 原因」所在之处没有该规则的问题：问题已经改好，或批注放错了位置。
  A suppression comment whose rule reports nothing where the comment is: the
  problem was fixed, or the comment sits in the wrong place.

为什么重要 / Why it matters
  过时的屏蔽批注会在以后悄悄屏蔽新出现的同类问题，应当删除。
  A stale suppression would silently hide a new problem of the same kind later.

示例 / Example
  在已填写依据的单元格上批注「jxlint-disable basis-empty -- 已补充」   ← info

选项 / Options
  （无 / none）
)doc";

constexpr char kInvalidDoc[] = R"doc(jxlint-disable 批注写法不对，没有生效
A jxlint-disable comment is malformed and silences nothing.

检查内容 / What it finds
  批注含有 jxlint-disable，但没有写原因（「-- 原因」），没有列出规则，或列出了不存在的规则。
  这样的批注不屏蔽任何问题。
  A comment with jxlint-disable but no reason (-- reason), no rule, or a rule
  that does not exist. It silences nothing.

为什么重要 / Why it matters
  屏蔽问题必须留下原因，审核人才能知道为什么接受了这个问题。
  A silenced finding must say why it was accepted, or nobody can review it.

示例 / Example
  jxlint-disable desc-repeats-name                 ← warning（缺少原因）
  jxlint-disable desc-repeats-name -- 名称已足够明确   ← 正确写法

选项 / Options
  （无 / none）
)doc";

const RegisterEngineRule unused_rule("unused-suppression", Severity::info, kUnusedDoc);
const RegisterEngineRule invalid_rule("invalid-suppression", Severity::warning, kInvalidDoc);

bool known_rule(const std::string& id, const RuleSet& rules) {
  if (Registry::instance().find(id) != nullptr) return true;
  for (const auto& c : rules.checks()) {
    if (c.id == id) return true;
  }
  return false;
}

const IndicatorRow* indicator_at(const TargetTable& t, int row) {
  for (const auto& r : t.indicators) {
    if (r.row == row) return &r;
  }
  return nullptr;
}

// Reports a finding of an engine rule at an annotation's anchor.
void report_at(const TargetTable& t, const Annotation& a, std::string_view rule, Severity severity,
               Lang lang, const Bilingual& message, std::vector<Finding>& out) {
  Emitter emitter(&t, rule, severity, lang, out);
  if (const IndicatorRow* row = a.anchor.found() ? indicator_at(t, a.anchor.row) : nullptr) {
    emitter.report(*row, a.anchor, "批注", message);
  } else {
    emitter.report(a.anchor, "批注", message);
  }
  out.back().text = quote(a.text);
}

}  // namespace

std::optional<Directive> parse_directive(std::string_view raw, const RuleSet& rules) {
  static const RE2 marker(R"((?i)jxlint-disable\s*[:：]?(.*))");
  std::string rest;
  if (!RE2::PartialMatch(raw, marker, &rest)) return std::nullopt;
  Directive d;
  // The reason follows "--"; clerks also type —, —— or －－. The reason is
  // kept as written; only the rule list is folded (full-width letters …).
  static const RE2 split(R"(^(.*?)\s*(?:--|——|—|－－|––)\s*(.*)$)");
  std::string list_raw = rest;
  std::string reason;
  bool has_reason = RE2::FullMatch(rest, split, &list_raw, &reason);
  std::string list = text::nfkc(list_raw);
  static const RE2 separators(R"([,，、;；\s]+)");
  std::string normalized = list;
  RE2::GlobalReplace(&normalized, separators, " ");
  std::string word;
  for (std::size_t pos = 0; pos <= normalized.size(); ++pos) {
    if (pos == normalized.size() || normalized[pos] == ' ') {
      if (!word.empty()) d.rules.push_back(word);
      word.clear();
    } else {
      word += normalized[pos];
    }
  }
  d.reason = std::string(text::trim(reason));
  if (d.rules.empty()) {
    d.problem = {"jxlint-disable 后面没有写要屏蔽的规则", "jxlint-disable names no rule"};
  } else if (!has_reason || d.reason.empty()) {
    d.problem = {"jxlint-disable 缺少原因，未生效：请写成「jxlint-disable 规则 -- 原因」",
                 "jxlint-disable has no reason and silences nothing: write \"jxlint-disable rule "
                 "-- reason\""};
  } else {
    for (const auto& id : d.rules) {
      if (!known_rule(id, rules)) {
        d.problem = {"jxlint-disable 中的规则「" + id + "」不存在（用 jxlint checks 查看规则）",
                     "jxlint-disable names \"" + id + "\", which is no rule (see jxlint checks)"};
        break;
      }
    }
  }
  return d;
}

void apply_suppressions(const TargetTable& table, const RuleSet& rules, Lang lang,
                        std::vector<Finding>& findings,
                        std::vector<SuppressedFinding>& suppressed) {
  std::vector<Finding> engine_findings;
  for (const Annotation& a : table.annotations) {
    auto directive = parse_directive(a.text, rules);
    if (!directive) continue;
    if (!directive->valid()) {
      if (auto severity = rules.severity("invalid-suppression")) {
        report_at(table, a, "invalid-suppression", *severity, lang, directive->problem,
                  engine_findings);
      }
      continue;
    }
    for (const std::string& rule : directive->rules) {
      bool silenced = false;
      auto covered = [&](const Finding& f) {
        if (f.table != table.index || f.rule != rule) return false;
        if (a.first_row < 0) return true;
        return f.row > 0 && f.row - 1 >= a.first_row && f.row - 1 <= a.last_row;
      };
      for (auto it = findings.begin(); it != findings.end();) {
        if (covered(*it)) {
          suppressed.push_back(SuppressedFinding{std::move(*it), directive->reason, a.author});
          it = findings.erase(it);
          silenced = true;
        } else {
          ++it;
        }
      }
      // A rule that does not run here cannot be expected to have been silenced.
      if (!silenced && rules.enabled(rule)) {
        if (auto severity = rules.severity("unused-suppression")) {
          report_at(table, a, "unused-suppression", *severity, lang,
                    {fmt::format(
                         "批注中的 jxlint-disable {} 在此处没有屏蔽任何问题，可以删除（原因：{}）",
                         rule, quote(directive->reason)),
                     fmt::format("jxlint-disable {} silences nothing here and can go (reason: {})",
                                 rule, quote(directive->reason))},
                    engine_findings);
        }
      }
    }
  }
  findings.insert(findings.end(), std::make_move_iterator(engine_findings.begin()),
                  std::make_move_iterator(engine_findings.end()));
}

}  // namespace jxlint
