// Which configuration applies to which file: --config for all, --no-config
// for none, otherwise the nearest jxlint.toml up from the file's folder. Each
// configuration is loaded once and its rule set built once.
//
// A jxlint.toml found on the way (not one given with --config) that cannot
// be read does not stop the run: a review queue walks folders that senders
// filled, and one broken file there must not keep every other submission
// from being linted. It is stood in for by a configuration whose
// limits.config_error holds the reason, so that each file it governs ends
// as a config-error (exit status 2) while the rest are linted.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "config/config.h"
#include "lint/ruleset.h"

namespace jxlint {

class ConfigSet {
 public:
  // forced: a --config path ("" for none); disabled: --no-config.
  ConfigSet(std::string forced, bool disabled) : forced_(std::move(forced)), disabled_(disabled) {}

  struct Resolved {
    const Config* config;
    const RuleSet* rules;
  };
  // Throws ConfigError only for a --config file; a broken jxlint.toml found
  // on the way resolves to its stand-in (see above).
  Resolved for_file(const std::string& file_path);
  // For a folder (or file) as `jxlint config PATH` and `jxlint checks` see
  // it. Throws ConfigError for any configuration that cannot be read.
  Resolved for_path(const std::string& path);

 private:
  Resolved load(const std::string& config_path, bool tolerate_errors);

  std::string forced_;
  bool disabled_;
  std::map<std::string, std::string> folder_to_config_;
  std::map<std::string, std::pair<std::unique_ptr<Config>, std::unique_ptr<RuleSet>>> loaded_;
};

}  // namespace jxlint
