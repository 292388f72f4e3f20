// The checks that run, each with its severity and options: the registry's
// defaults, narrowed and adjusted by configuration.
#pragma once

#include <memory>
#include <vector>

#include "lint/check.h"

namespace jxlint {

struct ActiveCheck {
  const CheckInfo* info = nullptr;
  Severity severity = Severity::warning;
  std::unique_ptr<Check> check;
};

class RuleSet {
 public:
  // Every registered check with its default severity and options.
  static RuleSet defaults();

  void add(ActiveCheck active) { checks_.push_back(std::move(active)); }
  const std::vector<ActiveCheck>& checks() const { return checks_; }
  bool enabled(std::string_view id) const;

  // Runs every check on one table; findings are appended.
  void run(const TargetTable& table, Lang lang, std::vector<Finding>& out) const;

 private:
  std::vector<ActiveCheck> checks_;
};

}  // namespace jxlint
