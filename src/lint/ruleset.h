// The rules that run, each with its severity and options: the registry's
// defaults, narrowed and adjusted by a configuration.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "lint/check.h"

namespace jxlint {

struct ActiveCheck {
  std::string id;
  Severity severity = Severity::warning;
  std::unique_ptr<Check> check;  // null for engine rules (unused-suppression …), run elsewhere
};

class RuleSet {
 public:
  // Every registered check with its default severity and options.
  static RuleSet defaults();
  // The configuration's selection, severities, options and custom rules.
  // Throws ConfigError (an option a check rejects, a pattern …).
  static RuleSet from_config(const Config& config);

  const std::vector<ActiveCheck>& checks() const { return checks_; }
  bool enabled(std::string_view id) const { return find(id) != nullptr; }
  std::optional<Severity> severity(std::string_view id) const;

  // Runs every target-table check on one table; findings are appended.
  void run(const TargetTable& table, Lang lang, std::vector<Finding>& out) const;
  // The same for 自评表, 评分表 and a 自评表 paired with its target table.
  void run(const SelfEvaluationTable& table, Lang lang, std::vector<Finding>& out) const;
  void run(const ScoreTable& table, Lang lang, std::vector<Finding>& out) const;
  void run(const ProjectPair& pair, Lang lang, std::vector<Finding>& out) const;
  // Runs every document check on a file's tables; findings are appended.
  void run(const Recognition& document, Lang lang, std::vector<Finding>& out) const;
  // True when some active check reads this scope.
  bool has_scope(CheckScope scope) const;

 private:
  const ActiveCheck* find(std::string_view id) const;
  std::vector<ActiveCheck> checks_;
};

}  // namespace jxlint
