// jxlint.toml: what a finance bureau adapts without recompiling jxlint.
//
//   select = ["basis-", "plan-not-100"]       # ids or id prefixes; default: every rule
//   ignore = ["desc-repeats-name"]
//   template = "legacy"                      # or "2021", "auto": the indicator template
//   severity = { "value-missing-unit" = "error" }
//
//   [goal-placeholder]                       # options: <rule>.<option>
//   patterns = ["目标内容\\s*\\d+"]
//
//   [[per-file]]
//   glob = "附件/**/*.docx"                  # relative to the config file's folder
//   ignore = ["value-missing-unit"]
//
//   [[rule]]                                 # a custom rule, no C++ needed
//   id = "local/basis-standard"
//   field = "指标值确定依据"
//   must-match = "(计划|行业|历史)标准"
//   severity = "warning"
//   message = "指标值确定依据应注明计划标准、行业标准或历史标准"
//
// Every key is checked: an unknown key, a bad value or a pattern that does
// not compile is a ConfigError naming the key and its line.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "config/glob.h"
#include "lint/options.h"
#include "lint/severity.h"

namespace jxlint {

class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct PerFileEntry {
  std::shared_ptr<Glob> glob;
  std::vector<std::string> ignore;  // ids or prefixes
};

struct CustomRuleSpec {
  std::string id;
  std::string field;       // as written: 指标值确定依据, 三级指标, 项目名称 …
  std::string must_match;  // RE2; one of the two is set
  std::string must_not_match;
  std::string level1;  // RE2 filters on the row's categories ("" = any)
  std::string level2;
  bool skip_empty = true;  // empty fields are left to the *-empty rules
  Severity severity = Severity::warning;
  std::string message;  // may hold {text}, {indicator}, {field}
  std::string message_en;
  int line = 0;
};

// [limits]: how much a hostile file may make jxlint read and build. Unset
// keys keep the defaults of ZipLimits, WorkLimits and LintOptions.
struct LimitSettings {
  std::optional<std::uint64_t> max_entries;
  std::optional<std::uint64_t> max_part_mib;
  std::optional<std::uint64_t> max_total_mib;
  std::optional<double> max_inflate_ratio;
  std::optional<std::uint64_t> ratio_grace_kib;
  std::optional<std::uint64_t> max_sheet_cells;
  std::optional<std::uint64_t> max_attributes;
  std::optional<std::uint64_t> max_table_rows;
  std::optional<std::uint64_t> max_table_columns;
  std::optional<std::uint64_t> max_table_cells;
  std::optional<std::uint64_t> max_tables;
  std::optional<std::uint64_t> max_file_cells;
  // Set on the stand-in for a jxlint.toml that could not be read (see
  // ConfigSet): the reason, "path:line: …". It travels with the limits
  // because with_limits() is what every file's options pass through, so each
  // file the broken configuration governs is refused with config-error
  // instead of being linted with rules nobody chose.
  std::string config_error;
};

struct Config {
  std::string path;  // the file it came from; "" for the built-in defaults
  std::string dir;   // per-file globs are relative to it
  std::optional<std::vector<std::string>> select;
  std::vector<std::string> ignore;
  std::map<std::string, Severity> severity;
  std::map<std::string, std::map<std::string, OptionValue>> options;  // rule → option → value
  std::string template_name;  // "" (the checks' default), "legacy", "2021", "auto"
  std::vector<PerFileEntry> per_file;
  std::vector<CustomRuleSpec> rules;
  LimitSettings limits;

  // The rules the per-file entries ignore for a file, whose path is made
  // relative to dir lexically: absolute when dir is (load_config makes it
  // so), else relative to the same place as dir (the page's dropped names).
  std::vector<std::string> per_file_ignores(const std::string& file_path) const;
};

// Validates a configuration's text. `path` names it in errors, and its
// folder anchors the per-file globs (load_config, in app/config_file.h,
// reads a file and anchors them at its absolute folder).
Config parse_config(std::string_view text, const std::string& path);

// True when `id` is named by an entry: the id itself or a prefix of it.
bool rule_selected_by(const std::string& id, const std::string& entry);

// Every rule id known: built-in checks, engine rules and the custom rules.
std::vector<std::string> known_rule_ids(const Config& config);

// The configuration as TOML, with every option spelt out (defaults included).
std::string describe_config(const Config& config);

}  // namespace jxlint
