#include "lint/ruleset.h"

namespace jxlint {

RuleSet RuleSet::defaults() {
  RuleSet set;
  for (const CheckInfo& info : Registry::instance().all()) {
    set.add(ActiveCheck{&info, info.severity, info.make(CheckOptions(&info.options, {}))});
  }
  return set;
}

bool RuleSet::enabled(std::string_view id) const {
  for (const auto& c : checks_) {
    if (c.info->id == id) return true;
  }
  return false;
}

void RuleSet::run(const TargetTable& table, Lang lang, std::vector<Finding>& out) const {
  for (const auto& active : checks_) {
    Emitter emitter(table, active.info->id, active.severity, lang, out);
    active.check->run(table, emitter);
  }
}

}  // namespace jxlint
