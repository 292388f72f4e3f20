#include "lint/baseline.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "config/config.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

constexpr int kFormatVersion = 1;

std::string relative_to(const std::string& dir, const std::string& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec).lexically_normal();
  return absolute.lexically_relative(dir).generic_string();
}

std::string folder_of(const std::string& file) {
  std::error_code ec;
  return fs::absolute(file, ec).parent_path().lexically_normal().string();
}

std::string project_of(const Finding& f) {
  if (!f.project_code.empty()) return f.project_code;
  if (!f.project_name.empty()) return f.project_name;
  return "表" + std::to_string(f.table);
}

}  // namespace

Baseline::Key Baseline::key_of(const std::string& file, const Finding& f) {
  return {file, project_of(f), f.indicator.value_or(""), f.field, f.rule};
}

Baseline Baseline::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ConfigError(path + ": cannot read the baseline file");
  Json doc;
  try {
    doc = Json::parse(in);
  } catch (const Json::exception& e) {
    throw ConfigError(path + ": not a JSON baseline: " + e.what());
  }
  if (!doc.is_object() || doc.value("jxlint-baseline", 0) != kFormatVersion ||
      !doc["entries"].is_array()) {
    throw ConfigError(path + ": not a jxlint baseline (version " + std::to_string(kFormatVersion) +
                      ")");
  }
  Baseline b;
  b.dir_ = folder_of(path);
  for (const auto& e : doc["entries"]) {
    try {
      Key k{e.at("file").get<std::string>(), e.at("project").get<std::string>(),
            e.at("indicator").get<std::string>(), e.at("field").get<std::string>(),
            e.at("rule").get<std::string>()};
      int count = e.value("count", 1);
      b.remaining_[k] += count;
      b.entries_ += static_cast<std::size_t>(count);
    } catch (const Json::exception& ex) {
      throw ConfigError(path + ": a baseline entry is incomplete: " + ex.what());
    }
  }
  return b;
}

void Baseline::write(const std::string& path, const std::vector<FileResult>& results) {
  std::string dir = folder_of(path);
  std::map<Key, int> counts;
  for (const FileResult& r : results) {
    std::string file = relative_to(dir, r.path);
    for (const Finding& f : r.findings)
      ++counts[key_of(file, f)];
  }
  Json entries = Json::array();
  for (const auto& [k, n] : counts) {
    const auto& [file, project, indicator, field, rule] = k;
    entries.push_back(Json{{"file", file},
                           {"project", project},
                           {"indicator", indicator},
                           {"field", field},
                           {"rule", rule},
                           {"count", n}});
  }
  Json doc{{"jxlint-baseline", kFormatVersion}, {"entries", std::move(entries)}};
  std::ofstream out(path, std::ios::binary);
  if (!out) throw ConfigError(path + ": cannot write the baseline file");
  out << doc.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

void Baseline::filter(FileResult& result) {
  std::string file = relative_to(dir_, result.path);
  files_seen_.insert(file);
  std::erase_if(result.findings, [&](const Finding& f) {
    auto it = remaining_.find(key_of(file, f));
    if (it == remaining_.end() || it->second == 0) return false;
    --it->second;
    ++result.baselined;
    return true;
  });
}

std::vector<BaselineEntry> Baseline::stale() const {
  std::vector<BaselineEntry> out;
  for (const auto& [k, n] : remaining_) {
    const auto& [file, project, indicator, field, rule] = k;
    if (n > 0 && files_seen_.count(file) != 0)
      out.push_back(BaselineEntry{file, project, indicator, field, rule, n});
  }
  return out;
}

}  // namespace jxlint
