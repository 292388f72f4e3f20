#include "app/baseline.h"

#include <fmt/format.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "app/output_file.h"
#include "config/config.h"
#include "util/errno_text.h"
#include "util/printable.h"
#include "util/text.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

constexpr int kFormatVersion = 1;

// Valid UTF-8 (a GBK name's other bytes replaced), so that the key written
// to the JSON file is the key compared when it is read back.
std::string relative_to(const std::string& dir, const std::string& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec).lexically_normal();
  return text::valid_utf8(absolute.lexically_relative(dir).generic_string());
}

ConfigError load_error(Lang lang, const std::string& path, const std::string& zh,
                       const std::string& en) {
  std::string shown = printable(path);
  return ConfigError(lang == Lang::en ? "the baseline " + shown + ": " + en
                                      : "基线文件 " + shown + "：" + zh);
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

Baseline Baseline::load(const std::string& path, Lang lang) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    throw load_error(lang, path, "这是一个文件夹，不是基线文件（基线文件由 --write-baseline 生成）",
                     "this is a folder, not a baseline file (--write-baseline makes one)");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    int error = errno;
    throw load_error(lang, path, "无法读取：" + errno_reason(error, Lang::zh),
                     "cannot read it: " + errno_reason(error, Lang::en));
  }
  Json doc;
  try {
    doc = Json::parse(in);
  } catch (const Json::parse_error& e) {
    throw load_error(lang, path, fmt::format("不是 JSON 格式（第 {} 字节处有误）", e.byte),
                     fmt::format("not JSON (an error at byte {})", e.byte));
  } catch (const Json::exception&) {
    throw load_error(lang, path, "不是 JSON 格式", "not JSON");
  }
  bool versioned = doc.is_object() && doc.contains("jxlint-baseline") &&
                   doc["jxlint-baseline"] == kFormatVersion;
  if (!versioned || !doc.contains("entries") || !doc["entries"].is_array()) {
    throw load_error(lang, path, fmt::format("不是 jxlint 基线文件（格式版本 {}）", kFormatVersion),
                     fmt::format("not a jxlint baseline (version {})", kFormatVersion));
  }
  Baseline b;
  b.dir_ = folder_of(path);
  for (const auto& e : doc["entries"]) {
    Key k;
    int count = 0;  // stays 0 for an entry that is incomplete or malformed
    try {
      k = Key{e.at("file").get<std::string>(), e.at("project").get<std::string>(),
              e.at("indicator").get<std::string>(), e.at("field").get<std::string>(),
              e.at("rule").get<std::string>()};
      count = e.value("count", 1);
    } catch (const Json::exception&) {
      count = 0;
    }
    if (count < 1) {
      throw load_error(lang, path, "有一条记录不完整（需要 file、project、indicator、field、rule）",
                       "an entry is incomplete (file, project, indicator, field, rule)");
    }
    b.remaining_[k] += count;
    b.entries_ += static_cast<std::size_t>(count);
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
  std::unique_ptr<OutputFile> out = OutputFile::open(path);
  out->stream() << doc.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
  out->commit();
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
