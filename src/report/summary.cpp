#include <fmt/format.h>

#include "model/table_kind.h"
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

std::map<std::string, int> tables_by_kind(const FileResult& r) {
  std::map<std::string, int> by_kind;
  for (const TableSummary& t : r.tables)
    ++by_kind[t.kind];
  return by_kind;
}

std::string tables_in_words(const std::map<std::string, int>& by_kind, Lang lang) {
  int targets = 0;
  for (const auto& [kind, count] : by_kind) {
    if (kind == kind_id(TableKind::target) || kind == kind_id(TableKind::department_target))
      targets += count;
  }
  std::string words = lang == Lang::en ? fmt::format("{} table{}", targets, targets == 1 ? "" : "s")
                                       : fmt::format("{} 张绩效目标表", targets);
  // The 自评表 and 评分表 checked beside the target tables, when there were any.
  for (TableKind k : {TableKind::self_evaluation, TableKind::score}) {
    auto it = by_kind.find(std::string(kind_id(k)));
    if (it == by_kind.end()) continue;
    words += lang == Lang::en ? fmt::format(", {} {}{}", it->second, kind_name(k, lang),
                                            it->second == 1 ? "" : "s")
                              : fmt::format("、{} 张{}", it->second, kind_name(k, lang));
  }
  return words;
}

}  // namespace jxlint
