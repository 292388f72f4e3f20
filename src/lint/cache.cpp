#include "lint/cache.h"

#include <fmt/format.h>
#include <unistd.h>
#include <xxhash.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "lint/result_codec.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;

// Temp names unique across processes (pid) and threads (counter).
std::atomic<unsigned long> temp_counter{0};

struct StateDeleter {
  void operator()(XXH3_state_t* s) const { XXH3_freeState(s); }
};

}  // namespace

std::string cache_context(const std::string& path, const Config& config,
                          const std::string& described_config, const LintOptions& options) {
  std::string context =
      fmt::format("jxlint {}\nlang {}\ntables {}\npath {}\nignores", JXLINT_VERSION,
                  options.lang == Lang::en ? "en" : "zh", options.keep_tables, path);
  for (const auto& id : config.per_file_ignores(path))
    context += " " + id;
  context += "\n";
  return context + described_config;
}

ResultCache::ResultCache(std::string dir) : dir_(std::move(dir)) {}

std::string ResultCache::default_dir() {
  if (const char* d = std::getenv("JXLINT_CACHE_DIR"); d && *d) return d;
  if (const char* d = std::getenv("XDG_CACHE_HOME"); d && *d)
    return (fs::path(d) / "jxlint").string();
  if (const char* h = std::getenv("HOME"); h && *h)
    return (fs::path(h) / ".cache" / "jxlint").string();
  return (fs::temp_directory_path() / "jxlint-cache").string();
}

std::optional<std::string> ResultCache::key_of(const std::string& path,
                                               const std::string& context) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::unique_ptr<XXH3_state_t, StateDeleter> state(XXH3_createState());
  if (!state || XXH3_128bits_reset(state.get()) == XXH_ERROR) return std::nullopt;
  // The context first, with its length, so that no file can pose as context.
  std::string prefix = fmt::format("{}:{}\n", context.size(), context);
  XXH3_128bits_update(state.get(), prefix.data(), prefix.size());
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    XXH3_128bits_update(state.get(), buf, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) return std::nullopt;
  XXH128_hash_t h = XXH3_128bits_digest(state.get());
  return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

std::string ResultCache::path_of(const std::string& key) const {
  // One folder per version: entries of an older jxlint can never match
  // (the version is part of every key) and go with `rm -r` of that folder.
  return (fs::path(dir_) / JXLINT_VERSION / key.substr(0, 2) / (key.substr(2) + ".json")).string();
}

std::optional<FileResult> ResultCache::load(const std::string& key) const {
  std::ifstream in(path_of(key), std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return decode_result(text.str());
}

void ResultCache::store(const std::string& key, const FileResult& result) const {
  // A cache that cannot be written is only slower: every failure is quiet.
  std::error_code ec;
  fs::path target = path_of(key);
  fs::create_directories(target.parent_path(), ec);
  fs::path temp = target;
  temp += fmt::format(".{}-{}.tmp", ::getpid(), temp_counter.fetch_add(1));
  {
    std::ofstream out(temp, std::ios::binary);
    if (!out) return;
    out << encode_result(result);
    if (!out) {
      fs::remove(temp, ec);
      return;
    }
  }
  fs::rename(temp, target, ec);
  if (ec) fs::remove(temp, ec);
}

}  // namespace jxlint
