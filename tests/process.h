// Test helper: run the jxlint binary and measure it (wall time, peak RSS) with
// wait4, so tests can hold hostile inputs to time and memory bounds.
#pragma once

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <vector>

#include "support.h"

namespace jxlint::testing {

struct Measured {
  int status = -1;
  double seconds = 0;
  long max_rss_kib = 0;
  std::string out;
};

// Runs jxlint with `args` in the source tree; stdout captured, stderr dropped.
inline Measured run_measured(const std::vector<std::string>& args) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) return {};
  auto start = std::chrono::steady_clock::now();
  pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(pipe_fds[1], 1);
    int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 2);
    ::close(pipe_fds[0]);
    if (::chdir(JXLINT_SOURCE_DIR) != 0) ::_exit(126);
    std::vector<char*> argv;
    std::string binary = JXLINT_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy)
      argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  ::close(pipe_fds[1]);
  Measured m;
  char buf[65536];
  ssize_t n;
  while ((n = ::read(pipe_fds[0], buf, sizeof buf)) > 0)
    m.out.append(buf, static_cast<std::size_t>(n));
  ::close(pipe_fds[0]);
  int status = 0;
  struct rusage usage {};
  ::wait4(pid, &status, 0, &usage);
  m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  m.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  m.max_rss_kib = usage.ru_maxrss;
  return m;
}

// Generous bounds: a sanitizer build is several times slower and bigger.
#ifdef JXLINT_SANITIZED
inline constexpr double kSecondsBound = 60;
inline constexpr long kRssBoundKib = 2L << 20;
#else
inline constexpr double kSecondsBound = 10;
inline constexpr long kRssBoundKib = 256L << 10;
#endif

}  // namespace jxlint::testing
