// Whether a 自评表 row's 实际完成值 reaches its 年度指标值. Only numbers in
// the same unit are compared (≥90% against 85%, ≤96.30万元 against 98万元);
// anything else (按时完成, 已完成, a number in another unit) is unknown, and
// no check may treat unknown as missed.
#pragma once

#include "model/self_evaluation_table.h"

namespace jxlint {

enum class Attainment { reached, missed, unknown };

Attainment attainment_of(const EvaluationRow& row);

// 得分 equals 分值 (at the precision written).
bool full_marks(const EvaluationRow& row);

}  // namespace jxlint
