// Test helper: runs the jxlint binary on hostile inputs under a time limit
// (killed past it) and, outside sanitizer builds, an address-space limit
// (RLIMIT_AS), and measures its wall time and peak RSS with wait4. A file
// that made jxlint hang or allocate gigabytes fails its test in seconds
// instead of taking the machine with it.
//
// JXLINT_TEST_BINARY, when set, names another binary to run: the same
// tests against an older build show which of them it fails.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

namespace jxlint::testing {

struct BoundedRun {
  int status = -1;  // exit status; -1 when killed by a signal
  int signal = 0;   // the signal that ended it (SIGKILL: the time limit)
  bool timed_out = false;
  double seconds = 0;
  long max_rss_kib = 0;
  std::string out;
  std::string err;
};

inline std::string jxlint_binary() {
  const char* other = std::getenv("JXLINT_TEST_BINARY");
  return other && *other ? other : JXLINT_BINARY;
}

// Runs jxlint with `args` in `cwd`.
inline BoundedRun run_bounded(const std::vector<std::string>& args, double timeout_seconds,
                              long address_space_mib = 4096,
                              const std::string& cwd = JXLINT_SOURCE_DIR) {
  int out_pipe[2];
  int err_pipe[2];
  if (::pipe(out_pipe) != 0 || ::pipe(err_pipe) != 0) return {};
  std::string binary = jxlint_binary();
  auto start = std::chrono::steady_clock::now();
  pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(out_pipe[1], 1);
    ::dup2(err_pipe[1], 2);
    ::close(out_pipe[0]);
    ::close(err_pipe[0]);
#ifndef JXLINT_SANITIZED  // ASan reserves terabytes of address space up front
    if (address_space_mib > 0) {
      struct rlimit limit {};
      limit.rlim_cur = limit.rlim_max = static_cast<rlim_t>(address_space_mib) << 20;
      ::setrlimit(RLIMIT_AS, &limit);
    }
#else
    (void)address_space_mib;
#endif
    if (::chdir(cwd.c_str()) != 0) ::_exit(126);
    std::vector<std::string> copy = args;
    std::vector<char*> argv{binary.data()};
    for (auto& a : copy)
      argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  BoundedRun r;
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&r.out, &r.err};
  int open_fds = 2;
  auto deadline = start + std::chrono::duration<double>(timeout_seconds);
  while (open_fds > 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      r.timed_out = true;
      ::kill(pid, SIGKILL);
      break;
    }
    if (::poll(fds, 2, static_cast<int>(std::min<long long>(left.count(), 1000))) < 0) continue;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      char buf[65536];
      ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
      if (n > 0) {
        sinks[i]->append(buf, static_cast<std::size_t>(n));
      } else {
        ::close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      }
    }
  }
  for (auto& f : fds) {
    if (f.fd >= 0) ::close(f.fd);
  }
  int status = 0;
  struct rusage usage {};
  ::wait4(pid, &status, 0, &usage);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (WIFEXITED(status)) r.status = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  r.max_rss_kib = usage.ru_maxrss;
  return r;
}

}  // namespace jxlint::testing
