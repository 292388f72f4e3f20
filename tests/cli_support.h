// Test helpers for running the jxlint binary through the shell, as users
// and scripts do: in the source tree, stdout and stderr captured apart.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "support.h"

namespace jxlint::testing {

namespace fs = std::filesystem;

struct CliResult {
  int status = -1;
  std::string out;
  std::string err;
};

inline CliResult run(const std::string& args) {
  fs::path err_file =
      fs::temp_directory_path() / ("jxlint-cli-" + std::to_string(::getpid()) + ".err");
  std::string command = "cd '" + std::string(JXLINT_SOURCE_DIR) + "' && '" + JXLINT_BINARY + "' " +
                        args + " 2>'" + err_file.string() + "'";
  CliResult r;
  FILE* pipe = ::popen(command.c_str(), "r");
  char buf[4096];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, pipe))
    r.out.append(buf, n);
  int status = ::pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = read_file(err_file.string());
  fs::remove(err_file);
  return r;
}

// A path quoted for the shell. (Built by appending: GCC 12 warns falsely on
// "'" + std::string, bug 105329.)
inline std::string shell_quote(const fs::path& p) {
  std::string q(1, '\'');
  q += p.string();
  q += '\'';
  return q;
}

inline std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    auto end = s.find('\n', start);
    if (end == std::string::npos) end = s.size();
    out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace jxlint::testing
