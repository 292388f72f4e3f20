// The list of rules as `jxlint checks` prints it, grouped by the kind of
// table each applies to, and as the Markdown tables README.md and
// docs/output.md carry between <!-- rules:begin --> and <!-- rules:end -->
// (scripts/rule-docs writes them; a test checks they match the registry).
#pragma once

#include <string>

#include "config/config.h"
#include "lint/ruleset.h"
#include "util/lang.h"

namespace jxlint {

// One line per rule, under a heading per scope: id, severity, state, summary.
std::string rule_list_text(const RuleSet& active, const Config& config, Lang lang);

// The Markdown tables: one per scope, id | severity | summary.
std::string rule_list_markdown(Lang lang);

}  // namespace jxlint
