// Test helpers for the file system and process cases of the command line:
// scratch folders that may hold unreadable parts, runs as an unprivileged
// user (the suite runs as root, whom permissions do not stop), and runs
// whose standard output is a pipe nobody reads.
#pragma once

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "cli_support.h"
#include "support.h"

namespace jxlint::testing {

// A fresh folder under /tmp that other users may enter (for runs as
// nobody), removed with everything in it, unreadable parts included.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name) {
    std::string pattern = (fs::temp_directory_path() / (name + "-XXXXXX")).string();
    path_ = ::mkdtemp(pattern.data()) ? fs::path(pattern) : fs::path();
    fs::permissions(path_, fs::perms(0755));
  }
  ~ScratchDir() {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(path_, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_directory(ec) && !it->is_symlink(ec))
        fs::permissions(it->path(), fs::perms(0755), ec);
    }
    fs::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& relative) const { return path_ / relative; }

  // Copies a fixture (relative to the source tree) to `relative` here.
  fs::path copy(const std::string& fixture, const std::string& relative) const {
    fs::path to = path_ / relative;
    fs::create_directories(to.parent_path());
    fs::copy_file(source_path(fixture), to, fs::copy_options::overwrite_existing);
    return to;
  }
  fs::path write(const std::string& relative, const std::string& bytes) const {
    fs::path to = path_ / relative;
    fs::create_directories(to.parent_path());
    std::ofstream(to, std::ios::binary) << bytes;
    return to;
  }

 private:
  fs::path path_;
};

// Runs a shell command in the source tree; stdout, stderr and exit status.
inline CliResult run_shell(const std::string& command) {
  fs::path err_file =
      fs::temp_directory_path() / ("jxlint-io-" + std::to_string(::getpid()) + ".err");
  CliResult r = run_in_source_tree("{ " + command + "; } 2>" + shell_quote(err_file));
  r.err = read_file(err_file.string());
  fs::remove(err_file);
  return r;
}

inline std::string binary() {
  return shell_quote(JXLINT_BINARY);
}

// The words that run a command as a user whom permissions apply to: nothing
// when the tests do not run as root, setpriv to nobody when they do;
// nullopt when they run as root and cannot drop it.
inline std::optional<std::string> unprivileged() {
  if (::geteuid() != 0) return std::string();
  if (::access("/usr/bin/setpriv", X_OK) != 0) return std::nullopt;
  return std::string("/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups -- ");
}

// Runs jxlint with `args` (already quoted for the shell) with its standard
// output a pipe whose reading end is closed: every write fails with EPIPE.
inline CliResult run_with_closed_stdout(const std::vector<std::string>& args) {
  CliResult r;
  int fds[2];
  if (::pipe(fds) != 0) return r;
  ::close(fds[0]);
  fs::path err_file =
      fs::temp_directory_path() / ("jxlint-io-pipe-" + std::to_string(::getpid()) + ".err");
  pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(fds[1], 1);
    int err = ::open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(err, 2);
    if (::chdir(JXLINT_SOURCE_DIR) != 0) ::_exit(126);
    std::vector<std::string> copy = args;
    std::string program = JXLINT_BINARY;
    std::vector<char*> argv{program.data()};
    for (auto& a : copy)
      argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(program.c_str(), argv.data());
    ::_exit(127);
  }
  ::close(fds[1]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = read_file(err_file.string());
  fs::remove(err_file);
  return r;
}

// The start of an output, for failure messages that stay readable.
inline std::string head(const std::string& s, std::size_t n = 1500) {
  return s.size() <= n ? s : s.substr(0, n) + "…";
}

// True when `s` is well-formed UTF-8 (checked here independently of
// jxlint's own decoder).
inline bool valid_utf8(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80           ? 1
                    : (c >> 5) == 0x6  ? 2
                    : (c >> 4) == 0xE  ? 3
                    : (c >> 3) == 0x1E ? 4
                                       : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    if (n == 2 && c < 0xC2) return false;
    i += n;
  }
  return true;
}

}  // namespace jxlint::testing
