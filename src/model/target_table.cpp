#include "model/target_table.h"

#include "util/text.h"

namespace jxlint {

const std::string& Table::code() const {
  static const std::string none;
  return none;
}

const std::string& TargetTable::display_name() const {
  if (!text::is_blank(project_name.text)) return project_name.text;
  if (!text::is_blank(department.text)) return department.text;
  return title;
}

}  // namespace jxlint
