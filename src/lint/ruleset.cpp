#include "lint/ruleset.h"

#include <fmt/format.h>

#include "lint/custom_rule.h"

namespace jxlint {
namespace {

bool is_selected(const Config& config, const std::string& id) {
  bool selected = !config.select.has_value();
  if (config.select) {
    for (const auto& s : *config.select)
      selected = selected || rule_selected_by(id, s);
  }
  for (const auto& i : config.ignore)
    selected = selected && !rule_selected_by(id, i);
  return selected;
}

}  // namespace

RuleSet RuleSet::defaults() {
  return from_config(Config{});
}

RuleSet RuleSet::from_config(const Config& config) {
  RuleSet set;
  for (const CheckInfo& info : Registry::instance().all()) {
    std::string id(info.id);
    if (!is_selected(config, id)) continue;
    std::map<std::string, OptionValue> values;
    if (auto it = config.options.find(id); it != config.options.end()) values = it->second;
    // The top-level template applies to every check with a template option.
    for (const auto& o : info.options) {
      if (o.name == "template" && !config.template_name.empty() && !values.count("template")) {
        values["template"] = config.template_name;
      }
    }
    std::unique_ptr<Check> check;
    if (info.make) {
      try {
        check = info.make(CheckOptions(&info.options, values));
      } catch (const std::invalid_argument& e) {
        throw ConfigError(
            fmt::format("{}: {}", config.path.empty() ? "jxlint.toml" : config.path, e.what()));
      }
    }
    auto severity = config.severity.count(id) ? config.severity.at(id) : info.severity;
    set.checks_.push_back(ActiveCheck{id, severity, std::move(check)});
  }
  for (const CustomRuleSpec& spec : config.rules) {
    if (!is_selected(config, spec.id)) continue;
    auto severity = config.severity.count(spec.id) ? config.severity.at(spec.id) : spec.severity;
    set.checks_.push_back(ActiveCheck{spec.id, severity, make_custom_rule(spec)});
  }
  return set;
}

const ActiveCheck* RuleSet::find(std::string_view id) const {
  for (const auto& c : checks_) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

std::optional<Severity> RuleSet::severity(std::string_view id) const {
  const ActiveCheck* c = find(id);
  return c ? std::optional<Severity>(c->severity) : std::nullopt;
}

void RuleSet::run(const TargetTable& table, Lang lang, std::vector<Finding>& out) const {
  for (const auto& active : checks_) {
    if (!active.check || active.check->scope() != CheckScope::target_table) continue;
    Emitter emitter(&table, active.id, active.severity, lang, out);
    static_cast<const TargetTableCheck&>(*active.check).run(table, emitter);
  }
}

void RuleSet::run(const SelfEvaluationTable& table, Lang lang, std::vector<Finding>& out) const {
  for (const auto& active : checks_) {
    if (!active.check || active.check->scope() != CheckScope::self_evaluation) continue;
    Emitter emitter(&table, active.id, active.severity, lang, out);
    static_cast<const SelfEvaluationCheck&>(*active.check).run(table, emitter);
  }
}

void RuleSet::run(const ScoreTable& table, Lang lang, std::vector<Finding>& out) const {
  for (const auto& active : checks_) {
    if (!active.check || active.check->scope() != CheckScope::score_table) continue;
    Emitter emitter(&table, active.id, active.severity, lang, out);
    static_cast<const ScoreTableCheck&>(*active.check).run(table, emitter);
  }
}

void RuleSet::run(const ProjectPair& pair, Lang lang, std::vector<Finding>& out) const {
  for (const auto& active : checks_) {
    if (!active.check || active.check->scope() != CheckScope::project_pair) continue;
    Emitter emitter(&pair.evaluation, active.id, active.severity, lang, out);
    static_cast<const ProjectPairCheck&>(*active.check).run(pair, emitter);
  }
}

bool RuleSet::has_scope(CheckScope scope) const {
  for (const auto& active : checks_) {
    if (active.check && active.check->scope() == scope) return true;
  }
  return false;
}

void RuleSet::run(const Recognition& document, Lang lang, std::vector<Finding>& out) const {
  for (const auto& active : checks_) {
    if (!active.check || active.check->scope() != CheckScope::document) continue;
    Emitter emitter(static_cast<const Table*>(nullptr), active.id, active.severity, lang, out);
    static_cast<const DocumentCheck&>(*active.check).run(document, emitter);
  }
}

}  // namespace jxlint
