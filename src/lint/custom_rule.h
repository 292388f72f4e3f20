// A rule written in jxlint.toml: one field, one RE2 pattern that must (or
// must not) match, a severity and a message. Built-in and custom findings
// flow through the same reporters.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "config/config.h"
#include "lint/check.h"

namespace jxlint {

// Which part of a table a custom rule's `field` names. Indicator fields are
// read on every indicator row, table fields once per table.
struct FieldSelector {
  enum class Scope { indicator, table };
  Scope scope = Scope::indicator;
  std::string canonical;  // the name findings use: 指标值确定依据, 项目名称 …
  int role = 0;           // a model/labels Role or Label, by scope
};

// Resolves a field name as a document would label it (三级指标, 指标解释,
// 项目编码 …); nullopt for a name jxlint does not know.
std::optional<FieldSelector> resolve_field(std::string_view name);

// The rule as a Check. Throws ConfigError when a pattern does not compile.
std::unique_ptr<Check> make_custom_rule(const CustomRuleSpec& spec);

// The doc block `jxlint explain` prints for a custom rule.
std::string custom_rule_doc(const CustomRuleSpec& spec, const std::string& config_path);

}  // namespace jxlint
