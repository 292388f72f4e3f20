#include "model/table_kind.h"

namespace jxlint {

std::string_view kind_id(TableKind kind) {
  switch (kind) {
    case TableKind::target:
      return "target";
    case TableKind::department_target:
      return "department-target";
    case TableKind::self_evaluation:
      return "self-evaluation";
    case TableKind::score:
      return "score";
    case TableKind::other:
      return "other";
  }
  return "other";
}

TableKind kind_from_id(std::string_view id) {
  for (TableKind k : {TableKind::target, TableKind::department_target, TableKind::self_evaluation,
                      TableKind::score}) {
    if (kind_id(k) == id) return k;
  }
  return TableKind::other;
}

std::string_view kind_name(TableKind kind, Lang lang) {
  bool en = lang == Lang::en;
  switch (kind) {
    case TableKind::target:
      return en ? "performance target table" : "绩效目标表";
    case TableKind::department_target:
      return en ? "department target table" : "部门整体绩效目标表";
    case TableKind::self_evaluation:
      return en ? "self-evaluation table" : "绩效自评表";
    case TableKind::score:
      return en ? "scoring table" : "评分表";
    case TableKind::other:
      return en ? "other table" : "其他表格";
  }
  return "";
}

}  // namespace jxlint
