#include "model/categories.h"

#include <re2/re2.h>

#include <cstdlib>

#include "util/text.h"

namespace jxlint {

namespace {

CategoryTemplate with_keys(CategoryTemplate t) {
  for (Level1& l : t.level1) {
    l.key = category_key(l.name);
    for (const auto& l2 : l.level2)
      l.level2_keys.push_back(category_key(l2));
  }
  return t;
}

}  // namespace

const CategoryTemplate& category_template(Template t) {
  static const CategoryTemplate legacy = with_keys(
      {Template::legacy,
       "legacy",
       {{"产出指标", {"数量指标", "质量指标", "时效指标", "成本指标"}, {}, {}},
        {"效益指标", {"经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"}, {}, {}},
        {"满意度指标", {"服务对象满意度指标"}, {}, {}}}});
  static const CategoryTemplate y2021 = with_keys(
      {Template::y2021,
       "2021",
       {{"产出指标", {"数量指标", "质量指标", "时效指标"}, {}, {}},
        {"成本指标", {"经济成本指标", "社会成本指标", "生态环境成本指标"}, {}, {}},
        {"效益指标", {"经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"}, {}, {}},
        {"满意度指标", {"服务对象满意度指标"}, {}, {}}}});
  return t == Template::y2021 ? y2021 : legacy;
}

std::string category_key(std::string_view name) {
  std::string k = text::fold(name);
  if (k.size() > 6 && k.ends_with("指标")) k.resize(k.size() - 6);  // 指标 is two 3-byte characters
  // Spellings of the same category.
  if (k == "生态环境效益") return "生态效益";
  if (k == "社会公众满意度" || k == "社会公众或服务对象满意度" || k == "服务对象或社会公众满意度" ||
      k == "满意度") {
    return k == "满意度" ? k : "服务对象满意度";
  }
  if (k == "生态成本") return "生态环境成本";
  return k;
}

bool is_template_name(std::string_view name) {
  return name == "auto" || name == "legacy" || name == "2021";
}

Template resolve_template(std::string_view option, const TargetTable& table) {
  if (option == "legacy") return Template::legacy;
  if (option == "2021") return Template::y2021;
  for (const auto& row : table.indicators) {
    if (row.folded.level1 == "成本") return Template::y2021;
  }
  return Template::legacy;
}

const Level1* find_level1(const CategoryTemplate& t, std::string_view key) {
  for (const auto& l : t.level1) {
    if (l.key == key) return &l;
  }
  return nullptr;
}

bool level2_belongs(const Level1& level1, std::string_view level2_key) {
  for (const auto& k : level1.level2_keys) {
    if (k == level2_key) return true;
  }
  return false;
}

const Level1* owner_of(const CategoryTemplate& t, std::string_view level2_key) {
  for (const auto& l : t.level1) {
    if (level2_belongs(l, level2_key)) return &l;
  }
  return nullptr;
}

bool is_cost(const IndicatorRow& row) {
  return row.folded.level1 == "成本" || row.folded.level2.find("成本") != std::string::npos;
}

bool is_satisfaction(const IndicatorRow& row) {
  return row.folded.level1 == "满意度" || row.folded.level2.find("满意度") != std::string::npos;
}

bool is_quantitative(const IndicatorRow& row) {
  if (row.folded.level1 == "成本") return true;
  const std::string& k = row.folded.level2;
  return k == "数量" || k == "质量" || k == "时效" || k == "成本";
}

double money_unit_in_yuan(std::string_view raw) {
  std::string unit = text::fold(raw);
  if (unit == "元") return 1;
  if (unit == "千元") return 1000;
  if (unit == "万元") return 10000;
  if (unit == "亿元") return 100000000;
  return 0;
}

std::optional<Amount> parse_amount(std::string_view raw) {
  std::string s = text::nfkc(text::trim(raw));
  static const RE2 re(
      R"(^\s*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(元|千元|万元|亿元)?\s*$)");
  std::string number, unit;
  if (!RE2::FullMatch(s, re, &number, &unit)) return std::nullopt;
  std::string digits;
  for (char c : number) {
    if (c != ',') digits += c;
  }
  return Amount{std::strtod(digits.c_str(), nullptr), unit.empty() ? 0 : money_unit_in_yuan(unit)};
}

double table_unit_in_yuan(const TargetTable& table) {
  switch (table.money_unit) {
    case MoneyUnit::wan_yuan:
      return 10000;
    case MoneyUnit::yuan:
      return 1;
    case MoneyUnit::unknown:
      return 0;
  }
  return 0;
}

}  // namespace jxlint
