// The indicator categories (一级/二级) of the two templates in use, and the
// questions checks ask about a row's category. Category names are compared
// by key: folded, with a trailing 指标 dropped ("经济效益指标" ~ "经济效益").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/target_table.h"

namespace jxlint {

enum class Template {
  legacy,  // most provinces and the seeds: 成本指标 is a 二级 under 产出指标
  y2021,   // 财预〔2021〕101号: 成本指标 is a 一级 of its own
};

struct Level1 {
  std::string name;                 // canonical, e.g. "产出指标"
  std::vector<std::string> level2;  // canonical 二级 names
  std::string key;                  // category_key(name), computed once
  std::vector<std::string> level2_keys;
};

struct CategoryTemplate {
  Template id;
  std::string name;  // "legacy", "2021"
  std::vector<Level1> level1;
};

const CategoryTemplate& category_template(Template t);

// The names a configuration may give a template: "auto", "legacy", "2021".
bool is_template_name(std::string_view name);

// "legacy", "2021" → the template; "auto" (or "") → detected from the table:
// 2021 when 成本指标 stands as a 一级.
Template resolve_template(std::string_view option, const TargetTable& table);

// Folded, without a trailing 指标: the key categories are compared by.
std::string category_key(std::string_view name);

// The template's 一级 whose key (category_key) is `key`, or null.
const Level1* find_level1(const CategoryTemplate& t, std::string_view key);
// True when the 二级 keyed `level2_key` belongs under `level1` in the template.
bool level2_belongs(const Level1& level1, std::string_view level2_key);
// The 一级 that owns the 二级 keyed `level2_key` in the template, or null.
const Level1* owner_of(const CategoryTemplate& t, std::string_view level2_key);

// A cost indicator: 二级 成本指标 (legacy) or anything under 一级 成本指标 (2021).
bool is_cost(const IndicatorRow& row);
// A satisfaction indicator: under 满意度指标, or named …满意度.
bool is_satisfaction(const IndicatorRow& row);
// A category whose target must be measurable: 数量, 质量, 时效 or 成本.
bool is_quantitative(const IndicatorRow& row);

// An amount of money as written in a cell: "1,200.00", "5万元", "≤5万元"'s
// number with its unit. `unit_in_yuan` is 10000 for 万元, 1 for 元 …, or 0
// when the text names no unit.
struct Amount {
  double value = 0;
  double unit_in_yuan = 0;
};
std::optional<Amount> parse_amount(std::string_view text);
// The yuan value of a unit word ("万元" → 10000); 0 when it is no money unit.
double money_unit_in_yuan(std::string_view unit);
// The yuan value of the table's unit (万元 → 10000, 元 → 1); 0 when unknown.
double table_unit_in_yuan(const TargetTable& table);

}  // namespace jxlint
