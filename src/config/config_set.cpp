#include "config/config_set.h"

#include <filesystem>

namespace jxlint {

ConfigSet::Resolved ConfigSet::load(const std::string& config_path) {
  auto it = loaded_.find(config_path);
  if (it == loaded_.end()) {
    auto config =
        std::make_unique<Config>(config_path.empty() ? Config{} : load_config(config_path));
    auto rules = std::make_unique<RuleSet>(RuleSet::from_config(*config));
    it = loaded_.emplace(config_path, std::make_pair(std::move(config), std::move(rules))).first;
  }
  return Resolved{it->second.first.get(), it->second.second.get()};
}

ConfigSet::Resolved ConfigSet::for_file(const std::string& file_path) {
  if (disabled_) return load("");
  if (!forced_.empty()) return load(forced_);
  std::error_code ec;
  std::string folder = std::filesystem::absolute(file_path, ec).parent_path().string();
  auto it = folder_to_config_.find(folder);
  if (it == folder_to_config_.end())
    it = folder_to_config_.emplace(folder, find_config(file_path)).first;
  return load(it->second);
}

ConfigSet::Resolved ConfigSet::for_path(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return for_file((std::filesystem::path(path) / "_").string());
  return for_file(path);
}

}  // namespace jxlint
