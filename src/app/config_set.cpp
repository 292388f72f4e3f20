#include "app/config_set.h"

#include <filesystem>

#include "app/config_file.h"

namespace jxlint {

ConfigSet::Resolved ConfigSet::load(const std::string& config_path, bool tolerate_errors) {
  auto it = loaded_.find(config_path);
  if (it == loaded_.end()) {
    std::unique_ptr<Config> config;
    std::unique_ptr<RuleSet> rules;
    try {
      config = std::make_unique<Config>(config_path.empty() ? Config{} : load_config(config_path));
      rules = std::make_unique<RuleSet>(RuleSet::from_config(*config));
    } catch (const ConfigError& e) {
      if (!tolerate_errors) throw;
      config = std::make_unique<Config>();
      config->path = config_path;
      config->limits.config_error = e.what();
      rules = std::make_unique<RuleSet>(RuleSet::from_config(*config));
    }
    it = loaded_.emplace(config_path, std::make_pair(std::move(config), std::move(rules))).first;
  }
  if (!tolerate_errors && !it->second.first->limits.config_error.empty())
    throw ConfigError(it->second.first->limits.config_error);
  return Resolved{it->second.first.get(), it->second.second.get()};
}

ConfigSet::Resolved ConfigSet::for_file(const std::string& file_path) {
  if (disabled_) return load("", false);
  if (!forced_.empty()) return load(forced_, false);
  std::error_code ec;
  std::string folder = std::filesystem::absolute(file_path, ec).parent_path().string();
  auto it = folder_to_config_.find(folder);
  if (it == folder_to_config_.end())
    it = folder_to_config_.emplace(folder, find_config(file_path)).first;
  return load(it->second, true);
}

ConfigSet::Resolved ConfigSet::for_path(const std::string& path) {
  std::error_code ec;
  std::string file =
      std::filesystem::is_directory(path, ec) ? (std::filesystem::path(path) / "_").string() : path;
  Resolved resolved = for_file(file);
  if (!resolved.config->limits.config_error.empty())
    throw ConfigError(resolved.config->limits.config_error);
  return resolved;
}

}  // namespace jxlint
