#include "cli/rule_list.h"

#include <fmt/format.h>

#include <array>

#include "lint/check.h"

namespace jxlint {
namespace {

constexpr std::array kScopes{CheckScope::target_table, CheckScope::self_evaluation,
                             CheckScope::score_table, CheckScope::project_pair,
                             CheckScope::document};

}  // namespace

std::string rule_list_text(const RuleSet& active, const Config& config, Lang lang) {
  bool en = lang == Lang::en;
  auto state = [&](std::string_view id, Severity default_severity) {
    auto severity = active.severity(id);
    if (!severity) return std::string(en ? "off" : "停用");
    std::string on = en ? "on" : "启用";
    if (*severity != default_severity) on += fmt::format(" ({})", severity_name(*severity));
    return on;
  };
  std::string out;
  for (CheckScope scope : kScopes) {
    bool heading = false;
    for (const CheckInfo& c : Registry::instance().all()) {
      if (c.scope != scope) continue;
      if (!heading) {
        out += fmt::format("{}{}{}\n", out.empty() ? "" : "\n", en ? "Rules for " : "适用于",
                           scope_name(scope, lang));
        heading = true;
      }
      out += fmt::format("  {:<28} {:<8} {:<16} {}\n", c.id, severity_name(c.severity),
                         state(c.id, c.severity), c.summary(lang));
    }
  }
  if (!config.rules.empty()) {
    out += en ? "\nCustom rules (jxlint.toml)\n" : "\n自定义规则（jxlint.toml）\n";
    for (const auto& r : config.rules) {
      out += fmt::format("  {:<28} {:<8} {:<16} {}\n", r.id, severity_name(r.severity),
                         state(r.id, r.severity), r.message.empty() ? r.id : r.message);
    }
  }
  return out;
}

std::string rule_list_markdown(Lang lang) {
  bool en = lang == Lang::en;
  std::string out;
  for (CheckScope scope : kScopes) {
    std::string rows;
    for (const CheckInfo& c : Registry::instance().all()) {
      if (c.scope != scope) continue;
      rows += fmt::format("| `{}` | {} | {} |\n", c.id, severity_name(c.severity), c.summary(lang));
    }
    if (rows.empty()) continue;
    out += fmt::format("{}**{}** (`{}`)\n\n", out.empty() ? "" : "\n", scope_name(scope, lang),
                       scope_id(scope));
    out += en ? "| id | default severity | finds |\n|---|---|---|\n"
              : "| 规则 | 默认级别 | 发现的问题 |\n|---|---|---|\n";
    out += rows;
  }
  return out;
}

}  // namespace jxlint
