#include "lint/finding.h"

#include <algorithm>
#include <tuple>

namespace jxlint {

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.table, a.row, a.column, a.rule, a.field, a.message) <
           std::tie(b.table, b.row, b.column, b.rule, b.field, b.message);
  });
}

}  // namespace jxlint
