// Baselines: today's findings recorded by content, so that tomorrow only new
// ones are reported. A finding's key is (file, project code or name,
// indicator, field, rule): no row or column, so inserting a row above leaves
// the baseline matching.
#pragma once

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "lint/baseline_entry.h"
#include "lint/finding.h"
#include "util/lang.h"

namespace jxlint {

class Baseline {
 public:
  // Throws ConfigError, worded in `lang`, when the file is missing, a
  // folder, unreadable or not a jxlint baseline.
  static Baseline load(const std::string& path, Lang lang = Lang::zh);
  // Records every finding of `results`, through a temporary file renamed
  // into place (app/output_file.h); throws OutputError when it cannot.
  static void write(const std::string& path, const std::vector<FileResult>& results);

  // Drops the findings the baseline knows from `result` (counting them in
  // result.baselined), consuming the entries they match.
  void filter(FileResult& result);
  // Entries of files filtered so far that matched nothing: fixed since.
  std::vector<BaselineEntry> stale() const;
  std::size_t size() const { return entries_; }

 private:
  using Key = std::tuple<std::string, std::string, std::string, std::string, std::string>;
  static Key key_of(const std::string& file, const Finding& f);
  std::string dir_;
  std::map<Key, int> remaining_;
  std::set<std::string> files_seen_;
  std::size_t entries_ = 0;
};

}  // namespace jxlint
