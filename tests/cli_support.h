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

// A path or text quoted for the shell, single quotes inside included. (Built
// by appending: GCC 12 warns falsely on "'" + std::string, bug 105329.)
inline std::string shell_quote(const fs::path& text) {
  std::string q(1, '\'');
  for (char ch : text.native()) {
    if (ch == '\'')
      q += "'\\''";
    else
      q += ch;
  }
  q += '\'';
  return q;
}

// Runs a shell command in the source tree; its stdout and exit status.
inline CliResult run_in_source_tree(const std::string& command) {
  CliResult r;
  FILE* pipe = ::popen(("cd " + shell_quote(JXLINT_SOURCE_DIR) + " && " + command).c_str(), "r");
  char buf[4096];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, pipe))
    r.out.append(buf, n);
  int status = ::pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

inline CliResult run(const std::string& args) {
  fs::path err_file =
      fs::temp_directory_path() / ("jxlint-cli-" + std::to_string(::getpid()) + ".err");
  CliResult r =
      run_in_source_tree(shell_quote(JXLINT_BINARY) + " " + args + " 2>" + shell_quote(err_file));
  r.err = read_file(err_file.string());
  fs::remove(err_file);
  return r;
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
