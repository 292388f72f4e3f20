// Which configuration applies to which file: --config for all, --no-config
// for none, otherwise the nearest jxlint.toml up from the file's folder. Each
// configuration is loaded once and its rule set built once.
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
  // Throws ConfigError.
  Resolved for_file(const std::string& file_path);
  // For a folder (or file) as `jxlint config PATH` and `jxlint checks` see it.
  Resolved for_path(const std::string& path);

 private:
  Resolved load(const std::string& config_path);

  std::string forced_;
  bool disabled_;
  std::map<std::string, std::string> folder_to_config_;
  std::map<std::string, std::pair<std::unique_ptr<Config>, std::unique_ptr<RuleSet>>> loaded_;
};

}  // namespace jxlint
