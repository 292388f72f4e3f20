#include "config/config.h"

#include <fmt/format.h>
#include <re2/re2.h>
#include <toml++/toml.h>

#include <cmath>
#include <set>
#include <sstream>

#include "config/toml_guard.h"
#include "grid/work_budget.h"
#include "lint/check.h"
#include "lint/custom_rule.h"
#include "model/categories.h"
#include "package/zip_archive.h"
#include "util/path_text.h"

namespace jxlint {
namespace {

[[noreturn]] void fail(const std::string& file, const toml::source_region& where,
                       const std::string& message) {
  throw ConfigError(fmt::format("{}:{}: {}", file, where.begin.line, message));
}

std::string string_of(const std::string& file, const toml::node& node, const std::string& key) {
  auto s = node.value<std::string>();
  if (!s) fail(file, node.source(), fmt::format("\"{}\" must be a string", key));
  return *s;
}

std::vector<std::string> strings_of(const std::string& file, const toml::node& node,
                                    const std::string& key) {
  std::vector<std::string> out;
  const toml::array* array = node.as_array();
  if (array == nullptr)
    fail(file, node.source(), fmt::format("\"{}\" must be a list of strings", key));
  for (const toml::node& item : *array)
    out.push_back(string_of(file, item, key));
  return out;
}

Severity severity_of(const std::string& file, const toml::node& node, const std::string& key) {
  std::string s = string_of(file, node, key);
  auto severity = parse_severity(s);
  if (!severity) {
    fail(file, node.source(),
         fmt::format("\"{}\" = \"{}\": a severity is \"error\", \"warning\" or \"info\"", key, s));
  }
  return *severity;
}

// A number written as an integer or a float. Only finite ones: NaN compares
// false with everything, so `min = nan` would silently switch a check off.
double finite_number_of(const std::string& file, const toml::node& node, const std::string& key) {
  std::optional<double> d;
  if (const auto* i = node.as_integer()) d = static_cast<double>(i->get());
  if (const auto* f = node.as_floating_point()) d = f->get();
  if (!d) fail(file, node.source(), fmt::format("\"{}\" must be a number", key));
  if (!std::isfinite(*d))
    fail(file, node.source(), fmt::format("\"{}\" must be a finite number, not {}", key, *d));
  return *d;
}

// A whole number in [1, max]. The maxima keep every later conversion
// (MiB to bytes, a count to size_t) free of overflow.
std::uint64_t whole_number_of(const std::string& file, const toml::node& node,
                              const std::string& key, std::uint64_t max, const char* unit) {
  const auto* i = node.as_integer();
  if (i == nullptr || i->get() < 1 || static_cast<std::uint64_t>(i->get()) > max) {
    fail(file, node.source(),
         fmt::format("\"{}\" must be a whole number from 1 to {} ({})", key, max, unit));
  }
  return static_cast<std::uint64_t>(i->get());
}

bool bool_of(const std::string& file, const toml::node& node, const std::string& key) {
  auto b = node.value<bool>();
  if (!b) fail(file, node.source(), fmt::format("\"{}\" must be true or false", key));
  return *b;
}

// Ids and prefixes in select/ignore/severity must name at least one rule.
void check_rule_names(const std::string& file, const toml::node& node,
                      const std::vector<std::string>& names, const std::vector<std::string>& known,
                      const std::string& key, bool prefixes) {
  for (const auto& name : names) {
    bool found = false;
    for (const auto& id : known) {
      if (prefixes ? rule_selected_by(id, name) : id == name) found = true;
    }
    if (!found)
      fail(file, node.source(), fmt::format("\"{}\": no rule is called \"{}\"", key, name));
  }
}

OptionValue option_value(const std::string& file, const toml::node& node, const OptionSpec& spec,
                         const std::string& key) {
  return std::visit(
      [&](const auto& def) -> OptionValue {
        using T = std::decay_t<decltype(def)>;
        if constexpr (std::is_same_v<T, bool>) {
          return bool_of(file, node, key);
        } else if constexpr (std::is_same_v<T, double>) {
          return finite_number_of(file, node, key);
        } else if constexpr (std::is_same_v<T, std::string>) {
          return string_of(file, node, key);
        } else {
          return strings_of(file, node, key);
        }
      },
      spec.default_value);
}

void read_options(Config& config, const std::string& file, const std::string& rule,
                  const toml::table& table) {
  const CheckInfo* info = Registry::instance().find(rule);
  for (auto&& [k, node] : table) {
    std::string name(k.str());
    std::string key = rule + "." + name;
    const OptionSpec* spec = nullptr;
    for (const auto& o : info->options) {
      if (o.name == name) spec = &o;
    }
    if (spec == nullptr) {
      std::string known;
      for (const auto& o : info->options)
        known += (known.empty() ? "" : ", ") + o.name;
      fail(file, k.source(),
           fmt::format("unknown option \"{}\" ({} has {})", key, rule,
                       known.empty() ? "no options" : "the options " + known));
    }
    config.options[rule][name] = option_value(file, node, *spec, key);
  }
  // Build the check now, so that a pattern that does not compile is reported
  // with its line here rather than halfway through a run.
  if (info->make) {
    try {
      info->make(CheckOptions(&info->options, config.options[rule]));
    } catch (const std::invalid_argument& e) {
      fail(file, table.source(), e.what());
    }
  }
}

// One key of [limits]. Each maximum keeps the value's later conversions
// (MiB to bytes, KiB to bytes, a count to int) free of overflow.
void read_limit(LimitSettings& limits, const std::string& file, const std::string& name,
                const toml::source_region& where, const toml::node& v) {
  constexpr std::uint64_t kMaxMib = 1ull << 20;  // 1 TiB
  constexpr std::uint64_t kMaxCount = 1ull << 40;
  constexpr std::uint64_t kMaxIntCount = 1ull << 30;  // counts kept in an int (rows, columns)
  std::string key = "limits." + name;
  auto whole = [&](std::uint64_t max, const char* unit) {
    return whole_number_of(file, v, key, max, unit);
  };
  if (name == "max-entries")
    limits.max_entries = whole(kMaxCount, "entries");
  else if (name == "max-part-mib")
    limits.max_part_mib = whole(kMaxMib, "MiB");
  else if (name == "max-total-mib")
    limits.max_total_mib = whole(kMaxMib, "MiB");
  else if (name == "ratio-grace-kib")
    limits.ratio_grace_kib = whole(kMaxMib << 10, "KiB");
  else if (name == "max-sheet-cells")
    limits.max_sheet_cells = whole(kMaxCount, "cells");
  else if (name == "max-attributes")
    limits.max_attributes = whole(kMaxIntCount, "attributes");
  else if (name == "max-table-rows")
    limits.max_table_rows = whole(kMaxIntCount, "rows");
  else if (name == "max-table-columns")
    limits.max_table_columns = whole(kMaxIntCount, "columns");
  else if (name == "max-table-cells")
    limits.max_table_cells = whole(kMaxCount, "cells");
  else if (name == "max-tables")
    limits.max_tables = whole(kMaxIntCount, "tables");
  else if (name == "max-file-cells")
    limits.max_file_cells = whole(kMaxCount, "cells");
  else if (name == "max-inflate-ratio") {
    double r = finite_number_of(file, v, key);
    if (r < 1) fail(file, v.source(), fmt::format("\"{}\" must be a number ≥ 1, not {}", key, r));
    limits.max_inflate_ratio = r;
  } else {
    fail(file, where,
         fmt::format("unknown key \"{}\" (limits has max-entries, max-part-mib, max-total-mib, "
                     "max-inflate-ratio, ratio-grace-kib, max-sheet-cells, max-attributes, "
                     "max-table-rows, max-table-columns, max-table-cells, max-tables, "
                     "max-file-cells)",
                     key));
  }
}

void read_per_file(Config& config, const std::string& file, const toml::node& node,
                   const std::vector<std::string>& known) {
  const toml::array* array = node.as_array();
  if (array == nullptr) fail(file, node.source(), "\"per-file\" must be written [[per-file]]");
  for (const toml::node& item : *array) {
    const toml::table* t = item.as_table();
    if (t == nullptr) fail(file, item.source(), "each [[per-file]] entry must be a table");
    PerFileEntry entry;
    for (auto&& [k, v] : *t) {
      std::string key(k.str());
      if (key == "glob") {
        std::string pattern = string_of(file, v, "per-file.glob");
        try {
          entry.glob = std::make_shared<Glob>(pattern);
        } catch (const std::invalid_argument& e) {
          fail(file, v.source(), fmt::format("\"per-file.glob\" = \"{}\": {}", pattern, e.what()));
        }
      } else if (key == "ignore") {
        entry.ignore = strings_of(file, v, "per-file.ignore");
        check_rule_names(file, v, entry.ignore, known, "per-file.ignore", true);
      } else {
        fail(file, k.source(),
             fmt::format("unknown key \"per-file.{}\" (per-file has glob and ignore)", key));
      }
    }
    if (!entry.glob) fail(file, item.source(), "a [[per-file]] entry needs a glob");
    config.per_file.push_back(std::move(entry));
  }
}

void read_rules(Config& config, const std::string& file, const toml::node& node) {
  const toml::array* array = node.as_array();
  if (array == nullptr) fail(file, node.source(), "\"rule\" must be written [[rule]]");
  std::set<std::string> builtin;
  for (const auto& c : Registry::instance().all())
    builtin.emplace(c.id);
  std::set<std::string> seen;
  static const RE2 id_form(R"([a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*)");
  for (const toml::node& item : *array) {
    const toml::table* t = item.as_table();
    if (t == nullptr) fail(file, item.source(), "each [[rule]] must be a table");
    CustomRuleSpec spec;
    spec.line = static_cast<int>(item.source().begin.line);
    for (auto&& [k, v] : *t) {
      std::string key(k.str());
      if (key == "id")
        spec.id = string_of(file, v, "rule.id");
      else if (key == "field")
        spec.field = string_of(file, v, "rule.field");
      else if (key == "must-match")
        spec.must_match = string_of(file, v, "rule.must-match");
      else if (key == "must-not-match")
        spec.must_not_match = string_of(file, v, "rule.must-not-match");
      else if (key == "level1")
        spec.level1 = string_of(file, v, "rule.level1");
      else if (key == "level2")
        spec.level2 = string_of(file, v, "rule.level2");
      else if (key == "skip-empty")
        spec.skip_empty = bool_of(file, v, "rule.skip-empty");
      else if (key == "severity")
        spec.severity = severity_of(file, v, "rule.severity");
      else if (key == "message")
        spec.message = string_of(file, v, "rule.message");
      else if (key == "message-en")
        spec.message_en = string_of(file, v, "rule.message-en");
      else {
        fail(file, k.source(),
             fmt::format("unknown key \"rule.{}\" (a rule has id, field, must-match or "
                         "must-not-match, level1, level2, "
                         "skip-empty, severity, message, message-en)",
                         key));
      }
    }
    if (spec.id.empty())
      fail(file, item.source(), "a [[rule]] needs an id such as \"local/basis-standard\"");
    if (!RE2::FullMatch(spec.id, id_form)) {
      fail(
          file, item.source(),
          fmt::format("rule id \"{}\" must be kebab-case, e.g. \"local/basis-standard\"", spec.id));
    }
    if (builtin.count(spec.id) != 0)
      fail(file, item.source(), fmt::format("rule id \"{}\" is a built-in rule", spec.id));
    if (!seen.insert(spec.id).second)
      fail(file, item.source(), fmt::format("rule id \"{}\" is defined twice", spec.id));
    if (spec.field.empty())
      fail(file, item.source(), fmt::format("rule \"{}\" needs a field", spec.id));
    if (spec.must_match.empty() == spec.must_not_match.empty()) {
      fail(file, item.source(),
           fmt::format("rule \"{}\" needs exactly one of must-match and must-not-match", spec.id));
    }
    try {
      make_custom_rule(spec);  // compiles the patterns and resolves the field now, not mid-run
    } catch (const ConfigError& e) {
      throw ConfigError(file + ":" + e.what());
    }
    config.rules.push_back(std::move(spec));
  }
}

std::string toml_quote(const std::string& s) {
  std::ostringstream out;
  out << toml::value<std::string>(s);
  return out.str();
}

std::string toml_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i ? ", " : "") + toml_quote(items[i]);
  return out + "]";
}

std::string toml_value(const OptionValue& v) {
  return std::visit(
      [](const auto& x) -> std::string {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, bool>)
          return x ? "true" : "false";
        else if constexpr (std::is_same_v<T, double>)
          return fmt::format("{}", x);
        else if constexpr (std::is_same_v<T, std::string>)
          return toml_quote(x);
        else
          return toml_list(x);
      },
      v);
}

}  // namespace

bool rule_selected_by(const std::string& id, const std::string& entry) {
  if (entry == "all" || entry == id) return true;
  // A prefix names whole words: "basis-" or "basis" select basis-empty, "bas" does not.
  if (entry.empty() || id.rfind(entry, 0) != 0) return false;
  char last = entry.back();
  return last == '-' || last == '/' || id[entry.size()] == '-' || id[entry.size()] == '/';
}

std::vector<std::string> known_rule_ids(const Config& config) {
  std::vector<std::string> ids;
  for (const auto& c : Registry::instance().all())
    ids.emplace_back(c.id);
  for (const auto& r : config.rules)
    ids.push_back(r.id);
  return ids;
}

Config parse_config(std::string_view text, const std::string& path) {
  Config config;
  config.path = path;
  config.dir = folder_of_path(path);
  check_toml_shape(text, path);
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    throw ConfigError(fmt::format("{}:{}:{}: {}", path, e.source().begin.line,
                                  e.source().begin.column, e.description()));
  }
  // Custom rules first: select, ignore and severity may name them.
  if (const toml::node* rules = root.get("rule")) read_rules(config, path, *rules);
  std::vector<std::string> known = known_rule_ids(config);

  for (auto&& [k, node] : root) {
    std::string key(k.str());
    if (key == "rule") continue;
    if (key == "select" || key == "ignore") {
      auto names = strings_of(path, node, key);
      check_rule_names(path, node, names, known, key, true);
      if (key == "select")
        config.select = std::move(names);
      else
        config.ignore = std::move(names);
    } else if (key == "severity") {
      const toml::table* t = node.as_table();
      if (t == nullptr)
        fail(path, node.source(),
             "\"severity\" must be a table: severity = { \"rule-id\" = \"error\" }");
      for (auto&& [rule, value] : *t) {
        std::string id(rule.str());
        check_rule_names(path, value, {id}, known, "severity." + id, true);
        Severity s = severity_of(path, value, "severity." + id);
        for (const auto& known_id : known) {
          if (rule_selected_by(known_id, id)) config.severity[known_id] = s;
        }
      }
    } else if (key == "template") {
      std::string t = string_of(path, node, key);
      if (!is_template_name(t)) {
        fail(path, node.source(),
             fmt::format("\"template\" = \"{}\": use \"legacy\", \"2021\" or \"auto\"", t));
      }
      config.template_name = t;
    } else if (key == "limits") {
      const toml::table* t = node.as_table();
      if (t == nullptr) fail(path, node.source(), "\"limits\" must be a table: [limits]");
      for (auto&& [k2, node2] : *t)
        read_limit(config.limits, path, std::string(k2.str()), k2.source(), node2);
    } else if (key == "per-file") {
      read_per_file(config, path, node, known);
    } else if (const CheckInfo* info = Registry::instance().find(key)) {
      const toml::table* t = node.as_table();
      if (t == nullptr)
        fail(path, node.source(), fmt::format("\"{}\" must be a table of options", key));
      read_options(config, path, std::string(info->id), *t);
    } else {
      fail(path, k.source(),
           fmt::format(
               "unknown key \"{}\" (jxlint.toml has select, ignore, severity, template, limits, "
               "per-file, rule, and a table of options per rule)",
               key));
    }
  }
  return config;
}

std::vector<std::string> Config::per_file_ignores(const std::string& file_path) const {
  std::vector<std::string> out;
  if (per_file.empty()) return out;
  std::string relative = path_relative_to(file_path, dir);
  for (const auto& e : per_file) {
    if (e.glob->matches(relative)) out.insert(out.end(), e.ignore.begin(), e.ignore.end());
  }
  return out;
}

std::string describe_config(const Config& config) {
  std::string out = "# effective jxlint configuration\n";
  out += config.path.empty() ? "# source: built-in defaults (no jxlint.toml found)\n"
                             : "# source: " + config.path + "\n";
  if (!config.limits.config_error.empty())
    out += "# not usable, files under it are not linted: " + config.limits.config_error + "\n";
  out +=
      "select = " + (config.select ? toml_list(*config.select) : std::string("[\"all\"]")) + "\n";
  out += "ignore = " + toml_list(config.ignore) + "\n";
  out += "template = " + toml_quote(config.template_name.empty() ? "auto" : config.template_name) +
         "\n";
  const LimitSettings& l = config.limits;
  auto limit = [&](const char* key, const auto& value, auto fallback) {
    out += fmt::format("{} = {}{}\n", key, value.value_or(fallback), value ? "" : "  # default");
  };
  const ZipLimits zip;
  const WorkLimits work;
  out += "\n# how much a hostile file may make jxlint read and build\n[limits]\n";
  limit("max-entries", l.max_entries, zip.max_entries);
  limit("max-part-mib", l.max_part_mib, zip.max_part_bytes >> 20);
  limit("max-total-mib", l.max_total_mib, zip.max_total_bytes >> 20);
  limit("max-inflate-ratio", l.max_inflate_ratio, zip.max_inflate_ratio);
  limit("ratio-grace-kib", l.ratio_grace_kib, zip.ratio_grace_bytes >> 10);
  limit("max-sheet-cells", l.max_sheet_cells, std::uint64_t{4'000'000});
  limit("max-attributes", l.max_attributes, std::uint64_t{zip.max_xml_attributes});
  limit("max-table-rows", l.max_table_rows, static_cast<std::uint64_t>(work.max_table_rows));
  limit("max-table-columns", l.max_table_columns,
        static_cast<std::uint64_t>(work.max_table_columns));
  limit("max-table-cells", l.max_table_cells, work.max_table_cells);
  limit("max-tables", l.max_tables, work.max_tables);
  limit("max-file-cells", l.max_file_cells, work.max_file_cells);
  out += "\n# every rule, whether it runs, and at what severity\n[severity]\n";
  std::string options;
  for (const CheckInfo& c : Registry::instance().all()) {
    std::string id(c.id);
    bool selected = !config.select;
    if (config.select) {
      for (const auto& s : *config.select)
        selected = selected || rule_selected_by(id, s);
    }
    for (const auto& i : config.ignore)
      selected = selected && !rule_selected_by(id, i);
    auto sev = config.severity.count(id) ? config.severity.at(id) : c.severity;
    out += fmt::format("{} = {}{}\n", toml_quote(id), toml_quote(std::string(severity_name(sev))),
                       selected ? "" : "  # not selected");
    if (c.options.empty()) continue;
    options += "\n[" + id + "]\n";
    for (const OptionSpec& o : c.options) {
      auto rule_it = config.options.find(id);
      bool set = rule_it != config.options.end() && rule_it->second.count(o.name);
      options += o.name + " = " + toml_value(set ? rule_it->second.at(o.name) : o.default_value) +
                 (set ? "" : "  # default") + "\n";
    }
  }
  for (const auto& r : config.rules) {
    auto sev = config.severity.count(r.id) ? config.severity.at(r.id) : r.severity;
    out += fmt::format("{} = {}  # custom rule\n", toml_quote(r.id),
                       toml_quote(std::string(severity_name(sev))));
  }
  out += options;
  for (const auto& e : config.per_file) {
    out += "\n[[per-file]]\nglob = " + toml_quote(e.glob->pattern()) +
           "\nignore = " + toml_list(e.ignore) + "\n";
  }
  for (const auto& r : config.rules) {
    out += "\n[[rule]]\nid = " + toml_quote(r.id) + "\nfield = " + toml_quote(r.field) + "\n";
    if (!r.must_match.empty()) out += "must-match = " + toml_quote(r.must_match) + "\n";
    if (!r.must_not_match.empty()) out += "must-not-match = " + toml_quote(r.must_not_match) + "\n";
    if (!r.level1.empty()) out += "level1 = " + toml_quote(r.level1) + "\n";
    if (!r.level2.empty()) out += "level2 = " + toml_quote(r.level2) + "\n";
    if (!r.skip_empty) out += "skip-empty = false\n";
    out += "severity = " + toml_quote(std::string(severity_name(r.severity))) + "\n";
    if (!r.message.empty()) out += "message = " + toml_quote(r.message) + "\n";
    if (!r.message_en.empty()) out += "message-en = " + toml_quote(r.message_en) + "\n";
  }
  return out;
}

}  // namespace jxlint
