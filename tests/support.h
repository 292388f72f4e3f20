// Shared helpers for tests that lint real fixture files.
#pragma once

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
