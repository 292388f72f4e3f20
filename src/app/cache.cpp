#include "app/cache.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <memory>
#include <mutex>
#include <set>

#include "app/config_file.h"
#include "lint/result_codec.h"

namespace jxlint {
namespace {

namespace fs = std::filesystem;

// Temp names unique across processes (pid) and threads (counter).
std::atomic<unsigned long> temp_counter{0};

// An entry is a header line naming its own key, then the result:
//   jxlint-cache <key>\n{"jxlint-result":…}
// so that a valid entry copied under another file's key is a miss.
constexpr std::string_view kMagic = "jxlint-cache ";
// Far above any real entry (a 20,000-row table kept for HTML is ~10 MB); a
// larger file under an entry's name is not read at all.
constexpr std::uint64_t kMaxEntryBytes = 64ull << 20;
// A *.tmp older than this was left by a run that died (SIGKILL, power cut)
// between writing and renaming; a live writer's is seconds old.
constexpr std::time_t kStaleTempSeconds = 10 * 60;

struct StateDeleter {
  void operator()(XXH3_state_t* s) const { XXH3_freeState(s); }
};

// Closes on scope exit.
struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

// Opens a regular file for reading without ever blocking: O_NONBLOCK so that
// a FIFO's open returns at once (and is then refused by fstat). With
// `no_follow`, a symlink is refused too (ELOOP). -1 when it is anything else.
int open_regular(const std::string& path, bool no_follow, struct stat& st) {
  int flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | (no_follow ? O_NOFOLLOW : 0);
  int fd = ::open(path.c_str(), flags);
  if (fd < 0) return -1;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return -1;
  }
  return fd;
}

// Reads up to `limit` bytes; false on a read error.
bool read_up_to(int fd, std::uint64_t limit, std::string& out) {
  char buf[1 << 16];
  while (out.size() < limit) {
    ssize_t n = ::read(fd, buf, std::min<std::uint64_t>(sizeof buf, limit - out.size()));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  return true;
}

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// What jxlint itself would never have written: a reporter must be able to
// trust every number of a cached result as it trusts a fresh one.
bool plausible(const FileResult& r) {
  auto sound = [](const Finding& f) {
    int s = static_cast<int>(f.severity);
    return s >= static_cast<int>(Severity::info) && s <= static_cast<int>(Severity::error);
  };
  for (const Finding& f : r.findings) {
    if (!sound(f)) return false;
  }
  for (const SuppressedFinding& s : r.suppressed) {
    if (!sound(s.finding)) return false;
  }
  for (const TableSummary& t : r.tables) {
    if (!t.view) continue;
    const TableView& v = *t.view;
    if (v.rows < 0 || v.cols < 0 ||
        v.cells.size() != static_cast<std::size_t>(v.rows) * static_cast<std::size_t>(v.cols)) {
      return false;
    }
    for (const TableView::Cell& c : v.cells) {
      if (c.row_span < 1 || c.col_span < 1 || c.row_span > v.rows || c.col_span > v.cols)
        return false;
    }
  }
  return true;
}

// Removes the stale temporaries of one entry folder, once per folder and
// process: the folders written to are cleaned as a run goes, at the cost of
// one listing each, and a cache nobody writes to is never walked.
void clean_stale_temps(const fs::path& folder) {
  static std::mutex mutex;
  static std::set<std::string> cleaned;
  {
    std::lock_guard lock(mutex);
    if (!cleaned.insert(folder.string()).second) return;
  }
  std::error_code ec;
  std::time_t now = std::time(nullptr);
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    if (p.extension() != ".tmp") continue;
    // lstat: a planted symlink is judged (and removed) itself, never what it
    // points at; folders are left alone.
    struct stat st {};
    if (::lstat(p.c_str(), &st) != 0 || !(S_ISREG(st.st_mode) || S_ISLNK(st.st_mode))) continue;
    std::error_code ignored;
    if (now - st.st_mtime > kStaleTempSeconds) fs::remove(p, ignored);
  }
}

}  // namespace

std::string cache_context(const std::string& path, const Config& config,
                          const std::string& described_config, const LintOptions& options) {
  std::string context =
      fmt::format("jxlint {}\nlang {}\ntables {}\npath {}\nignores", JXLINT_VERSION,
                  options.lang == Lang::en ? "en" : "zh", options.keep_tables, path);
  for (const auto& id : per_file_ignores(config, path))
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
  // A FIFO or device named as an input must not block or stream forever
  // here; the linter refuses it (not-a-file) on its own.
  struct stat st {};
  Fd in{open_regular(path, false, st)};
  if (in.fd < 0) return std::nullopt;
  std::unique_ptr<XXH3_state_t, StateDeleter> state(XXH3_createState());
  if (!state || XXH3_128bits_reset(state.get()) == XXH_ERROR) return std::nullopt;
  // The context first, with its length, so that no file can pose as context.
  std::string prefix = fmt::format("{}:{}\n", context.size(), context);
  XXH3_128bits_update(state.get(), prefix.data(), prefix.size());
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(in.fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::nullopt;
    if (n == 0) break;
    XXH3_128bits_update(state.get(), buf, static_cast<std::size_t>(n));
  }
  XXH128_hash_t h = XXH3_128bits_digest(state.get());
  return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

std::string ResultCache::path_of(const std::string& key) const {
  // One folder per version: entries of an older jxlint can never match
  // (the version is part of every key) and go with `rm -r` of that folder.
  return (fs::path(dir_) / JXLINT_VERSION / key.substr(0, 2) / (key.substr(2) + ".json")).string();
}

std::optional<FileResult> ResultCache::load(const std::string& key) const {
  // Whatever sits under the entry's name is checked before it is believed:
  // a symlink (to /dev/zero, to a 3 GB file), a FIFO or a device is a miss,
  // as is a file past the size bound or one written for another key. The
  // next store() renames a fresh entry over it.
  struct stat st {};
  Fd in{open_regular(path_of(key), true, st)};
  if (in.fd < 0 || static_cast<std::uint64_t>(st.st_size) > kMaxEntryBytes) return std::nullopt;
  std::string text;
  if (!read_up_to(in.fd, kMaxEntryBytes + 1, text) || text.size() > kMaxEntryBytes)
    return std::nullopt;
  return decode_entry(key, text);
}

std::optional<FileResult> ResultCache::decode_entry(const std::string& key, std::string_view text) {
  std::string header = std::string(kMagic) + key + "\n";
  if (!text.starts_with(header)) return std::nullopt;
  std::optional<FileResult> result = decode_result(std::string(text.substr(header.size())));
  if (!result || !plausible(*result)) return std::nullopt;
  return result;
}

void ResultCache::store(const std::string& key, const FileResult& result) const {
  // A file whose jxlint.toml could not be read was not linted: there is
  // nothing to remember, and the fixed configuration must be read afresh.
  if (result.error && result.error->code == "config-error") return;
  std::string text = std::string(kMagic) + key + "\n" + encode_result(result);
  if (text.size() > kMaxEntryBytes) return;  // load() would never read it back
  // A cache that cannot be written is only slower: every failure is quiet.
  std::error_code ec;
  fs::path target = path_of(key);
  fs::create_directories(target.parent_path(), ec);
  clean_stale_temps(target.parent_path());
  fs::path temp = target;
  temp += fmt::format(".{}-{}.tmp", ::getpid(), temp_counter.fetch_add(1));
  // O_EXCL | O_NOFOLLOW: never write through something planted at the name.
  Fd out{::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644)};
  if (out.fd < 0) return;
  bool written = write_all(out.fd, text);
  written = ::close(out.fd) == 0 && written;
  out.fd = -1;
  if (!written) {
    fs::remove(temp, ec);
    return;
  }
  // rename() replaces whatever had the entry's name (a damaged entry, a
  // symlink, a FIFO) atomically: readers see the old name or the new file.
  fs::rename(temp, target, ec);
  if (ec) fs::remove(temp, ec);
}

}  // namespace jxlint
