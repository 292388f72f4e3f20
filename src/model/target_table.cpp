#include "model/target_table.h"

#include "util/text.h"

namespace jxlint {

const std::string& TargetTable::display_name() const {
  if (!text::is_blank(project_name.text)) return project_name.text;
  return title;
}

}  // namespace jxlint
