// What `jxlint inspect` prints of the fields of any model: where a field is,
// as text and as JSON, and the printing of the 自评表 and 评分表 models
// (inspect.cpp prints the target tables).
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "grid/cell_name.h"
#include "model/score_table.h"
#include "model/self_evaluation_table.h"
#include "util/lang.h"

namespace jxlint {

using Json = nlohmann::ordered_json;

std::string unit_text(MoneyUnit u);
// "第3行第2列 B7": 1-based in the table's grid, and the sheet's cell.
std::string where(const Table& t, const Field& f, Lang lang);
Json field_json(const Table& t, const Field& f);

void add_json(Json& j, const SelfEvaluationTable& t);
void add_json(Json& j, const ScoreTable& t);
void print_model(const SelfEvaluationTable& t, Lang lang, std::ostream& out);
void print_model(const ScoreTable& t, Lang lang, std::ostream& out);

}  // namespace jxlint
