#include "app/lint_file.h"

#include "package/input_file.h"

namespace jxlint {

FileResult lint_file(const std::string& path, const RuleSet& rules, const LintOptions& options,
                     const std::vector<std::string>& ignored) {
  return lint_input(
      path, [&] { return InputFile::from_path(path); }, rules, options, ignored);
}

Recognition recognize_file(const std::string& path, const LintOptions& options,
                           std::string& format) {
  return recognize_input(InputFile::from_path(path), options, format);
}

}  // namespace jxlint
