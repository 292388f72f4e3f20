#include "report/reporter.h"

namespace jxlint {

void Summary::add(const FileResult& r) {
  ++files;
  if (r.error) ++failed_files;
  tables += static_cast<int>(r.tables.size());
  for (const TableSummary& t : r.tables)
    ++tables_by_kind[t.kind];
  skipped_tables += r.skipped_tables;
  suppressed += static_cast<int>(r.suppressed.size());
  baselined += r.baselined;
  for (const Finding& f : r.findings) {
    switch (f.severity) {
      case Severity::error:
        ++error;
        break;
      case Severity::warning:
        ++warning;
        break;
      case Severity::info:
        ++info;
        break;
    }
  }
}

}  // namespace jxlint
