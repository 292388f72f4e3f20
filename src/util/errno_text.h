// Why a system call failed, in words for a message: Chinese for the errors
// users meet (permissions, a full disk, a closed pipe …) with the system's
// own text after it, so that the reason can still be searched for.
#pragma once

#include <string>

#include "util/lang.h"

namespace jxlint {

// "磁盘空间已满（No space left on device）" / "No space left on device".
std::string errno_reason(int error, Lang lang);

}  // namespace jxlint
