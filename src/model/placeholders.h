// Template text that 绩效目标 cells ship with, as RE2 patterns: shared by
// goal-placeholder (which reports them) and goal-empty (which looks past them).
#pragma once

#include <string>
#include <vector>

namespace jxlint {

inline std::vector<std::string> default_goal_placeholders() {
  return {R"(目标内容\s*[0-9一二三四五六七八九十]+)",
          R"(请(?:在此)?(?:输入|填写|录入)[^，。；,;\n]*)", R"([×X]{3,})"};
}

}  // namespace jxlint
