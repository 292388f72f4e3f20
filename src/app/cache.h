// The result cache for pre-commit and repeated runs (--cache): a file whose
// bytes, effective configuration and jxlint version are unchanged is not
// parsed again. Entries live under $JXLINT_CACHE_DIR, else
// $XDG_CACHE_HOME/jxlint, else ~/.cache/jxlint, one file per key, written
// atomically (temp file + rename), so concurrent runs share a cache safely;
// each version of jxlint keeps its own subfolder.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "config/config.h"
#include "lint/finding.h"
#include "lint/linter.h"

namespace jxlint {

// Everything besides a file's bytes that its result depends on: jxlint's
// version, the language, whether tables are kept, the path (findings and
// per-file ignores name it), and the effective configuration as
// describe_config(config) prints it (passed in: it is the same for many
// files). A cached result is used only when all of it is unchanged.
std::string cache_context(const std::string& path, const Config& config,
                          const std::string& described_config, const LintOptions& options);

class ResultCache {
 public:
  explicit ResultCache(std::string dir);
  // The default folder, as described above.
  static std::string default_dir();

  // The key of a file: its bytes hashed (XXH3, 128 bits) together with
  // `context` (version, configuration …). nullopt when the file is unreadable.
  static std::optional<std::string> key_of(const std::string& path, const std::string& context);

  // nullopt (a miss) for anything but a regular file (no symlink, FIFO or
  // device), within the size bound, that holds an entry for this very key
  // with plausible contents. Never blocks.
  std::optional<FileResult> load(const std::string& key) const;
  // Writes atomically over whatever had the entry's name; removes the stale
  // temporaries of runs that died. Quiet on failure.
  void store(const std::string& key, const FileResult& result) const;
  // An entry's text to its result, as load() checks it once read: its own
  // key in its header, a result this version wrote, plausible numbers.
  static std::optional<FileResult> decode_entry(const std::string& key, std::string_view text);
  const std::string& dir() const { return dir_; }

 private:
  std::string path_of(const std::string& key) const;
  std::string dir_;
};

}  // namespace jxlint
