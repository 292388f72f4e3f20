// One finding as a baseline records it (app/baseline.h reads and writes
// them): the reports list the entries that matched nothing as stale.
#pragma once

#include <string>

namespace jxlint {

struct BaselineEntry {
  std::string file;       // relative to the baseline file's folder, with '/'
  std::string project;    // project code, else name, else "表N"
  std::string indicator;  // "" for table-level findings
  std::string field;
  std::string rule;
  int count = 1;
};

}  // namespace jxlint
