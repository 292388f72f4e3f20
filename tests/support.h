// Shared helpers for tests that lint real fixture files.
#pragma once

#include <time.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "app/lint_file.h"
#include "lint/linter.h"
#include "lint/ruleset.h"
#include "report/reporter.h"

namespace jxlint::testing {

// The CPU time this thread has used, in seconds: what the scaling tests
// compare, so that other processes on a busy machine (ctest -j, a build)
// do not make a linear step look quadratic, as wall-clock time did.
inline double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

inline std::string source_path(const std::string& relative) {
  return std::string(JXLINT_SOURCE_DIR) + "/" + relative;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline const RuleSet& default_rules() {
  static const RuleSet rules = RuleSet::defaults();
  return rules;
}

// Lints a fixture (path relative to the source tree); the result's path is
// the relative one, so outputs do not depend on where the tree lives.
inline FileResult lint_fixture(const std::string& relative, Lang lang = Lang::zh) {
  LintOptions options;
  options.lang = lang;
  FileResult r = lint_file(source_path(relative), default_rules(), options);
  r.path = relative;
  return r;
}

inline std::string json_of(const FileResult& r) {
  std::ostringstream out;
  auto reporter = make_json_reporter(out, ReportOptions{});
  Summary s;
  s.add(r);
  reporter->file(r);
  reporter->finish(s);
  return out.str();
}

// Counts findings by rule.
inline std::map<std::string, int> count_by_rule(const FileResult& r) {
  std::map<std::string, int> counts;
  for (const auto& f : r.findings)
    ++counts[f.rule];
  return counts;
}

// The findings of one rule as "table:row:column:indicator" strings.
inline std::vector<std::string> where(const FileResult& r, const std::string& rule) {
  std::vector<std::string> out;
  for (const auto& f : r.findings) {
    if (f.rule != rule) continue;
    out.push_back(std::to_string(f.table) + ":" + std::to_string(f.row) + ":" +
                  std::to_string(f.column) + ":" + f.indicator.value_or(""));
  }
  return out;
}

inline const char* const kWriters[] = {"python-docx", "libreoffice"};

}  // namespace jxlint::testing
