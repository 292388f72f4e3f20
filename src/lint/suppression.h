// Suppressions: a reviewer's comment (a Word comment, an Excel note) whose
// text holds `jxlint-disable <rule>[, <rule>] -- <reason>` silences those
// rules on the rows it is anchored on (the whole table when it sits on the
// table's title). The reason is required: the point is that an accepted
// finding stays on record with why it was accepted.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/finding.h"
#include "lint/ruleset.h"
#include "model/target_table.h"

namespace jxlint {

struct Directive {
  std::vector<std::string> rules;
  std::string reason;
  Bilingual problem;  // why it is invalid; empty when valid
  bool valid() const { return problem.zh.empty(); }
};

// nullopt when the text holds no jxlint-disable at all.
std::optional<Directive> parse_directive(std::string_view text, const RuleSet& rules);

// Moves the findings of `table` that its comments silence from `findings`
// to `suppressed`, and reports unused and invalid suppressions as findings.
void apply_suppressions(const TargetTable& table, const RuleSet& rules, Lang lang,
                        std::vector<Finding>& findings, std::vector<SuppressedFinding>& suppressed);

}  // namespace jxlint
