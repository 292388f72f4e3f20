#include "lint/custom_rule.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include "model/labels.h"
#include "util/text.h"

namespace jxlint {
namespace {

std::string_view canonical_role(Role role) {
  switch (role) {
    case Role::level1:
      return "一级指标";
    case Role::level2:
      return "二级指标";
    case Role::name:
      return "三级指标";
    case Role::description:
      return "绩效指标描述";
    case Role::value:
      return "指标值";
    case Role::basis:
      return "指标值确定依据";
    case Role::op:
      return "指标性质";
    case Role::unit:
      return "度量单位";
    case Role::weight:
      return "权重";
    case Role::direction:
      return "指标方向";
    case Role::last_year:
      return "上年指标值";
    case Role::remark:
      return "备注";
    case Role::none:
      break;
  }
  return "";
}

std::string_view canonical_label(Label label) {
  switch (label) {
    case Label::project_code:
      return "项目编码";
    case Label::project_name:
      return "项目名称";
    case Label::budget:
      return "预算数";
    case Label::fiscal:
      return "财政资金";
    case Label::other:
      return "其他资金";
    case Label::purpose:
      return "资金用途";
    case Label::goal:
      return "绩效目标";
    case Label::long_term_goal:
      return "长期目标";
    case Label::department:
      return "部门名称";
    default:
      break;
  }
  return "";
}

const Field& indicator_field(const IndicatorRow& row, Role role) {
  switch (role) {
    case Role::level1:
      return row.level1;
    case Role::level2:
      return row.level2;
    case Role::name:
      return row.name;
    case Role::description:
      return row.description;
    case Role::value:
      return row.value;
    case Role::basis:
      return row.basis;
    case Role::op:
      return row.op;
    case Role::unit:
      return row.unit;
    case Role::weight:
      return row.weight;
    case Role::direction:
      return row.direction;
    case Role::last_year:
      return row.last_year;
    case Role::remark:
    case Role::none:
      break;
  }
  return row.name;
}

const Field* table_field(const TargetTable& t, Label label) {
  switch (label) {
    case Label::project_code:
      return &t.project_code;
    case Label::project_name:
      return &t.project_name;
    case Label::budget:
      return &t.budget;
    case Label::fiscal:
      return &t.fiscal;
    case Label::other:
      return &t.other;
    case Label::purpose:
      return &t.purpose;
    case Label::goal:
      return &t.goal;
    case Label::long_term_goal:
      return &t.long_term_goal;
    case Label::department:
      return &t.department;
    default:
      return nullptr;
  }
}

std::unique_ptr<RE2> compile(const std::string& pattern, const std::string& id,
                             std::string_view key, int line) {
  if (pattern.empty()) return nullptr;
  auto re = std::make_unique<RE2>(pattern, RE2::Quiet);
  if (!re->ok()) {
    throw ConfigError(fmt::format("{}: [[rule]] \"{}\": {} \"{}\" does not compile: {}", line, id,
                                  key, pattern, re->error()));
  }
  return re;
}

class CustomRule final : public TargetTableCheck {
 public:
  CustomRule(const CustomRuleSpec& spec, FieldSelector field)
      : spec_(spec),
        field_(std::move(field)),
        must_match_(compile(spec.must_match, spec.id, "must-match", spec.line)),
        must_not_match_(compile(spec.must_not_match, spec.id, "must-not-match", spec.line)),
        level1_(compile(spec.level1, spec.id, "level1", spec.line)),
        level2_(compile(spec.level2, spec.id, "level2", spec.line)) {}

  void run(const TargetTable& table, Emitter& out) const override {
    if (field_.scope == FieldSelector::Scope::table) {
      const Field* f = table_field(table, static_cast<Label>(field_.role));
      if (f == nullptr || !f->found()) return;
      if (violates(f->text)) out.report(*f, field_.canonical, message(f->text, ""));
      return;
    }
    Role role = static_cast<Role>(field_.role);
    for (const IndicatorRow& row : table.indicators) {
      if (level1_ && !RE2::PartialMatch(row.level1.text, *level1_)) continue;
      if (level2_ && !RE2::PartialMatch(row.level2.text, *level2_)) continue;
      const Field& f = indicator_field(row, role);
      if (violates(f.text)) out.report(row, f, field_.canonical, message(f.text, row.name.text));
    }
  }

 private:
  bool violates(const std::string& raw) const {
    std::string_view text = text::trim(raw);
    if (spec_.skip_empty && text.empty()) return false;
    if (must_match_ && !RE2::PartialMatch(text, *must_match_)) return true;
    if (must_not_match_ && RE2::PartialMatch(text, *must_not_match_)) return true;
    return false;
  }

  Bilingual message(const std::string& text, const std::string& indicator) const {
    auto fill = [&](std::string m) {
      for (auto [key, value] : {std::pair<std::string_view, std::string>{"{text}", quote(text)},
                                {"{indicator}", text::one_line(indicator)},
                                {"{field}", field_.canonical}}) {
        for (auto at = m.find(key); at != std::string::npos; at = m.find(key, at + value.size())) {
          m.replace(at, key.size(), value);
        }
      }
      return m;
    };
    std::string zh = spec_.message.empty() ? fmt::format("{}「{}」不符合本地规则 {}",
                                                         field_.canonical, quote(text), spec_.id)
                                           : fill(spec_.message);
    std::string en = spec_.message_en.empty() ? zh : fill(spec_.message_en);
    return {zh, en};
  }

  CustomRuleSpec spec_;
  FieldSelector field_;
  std::unique_ptr<RE2> must_match_;
  std::unique_ptr<RE2> must_not_match_;
  std::unique_ptr<RE2> level1_;
  std::unique_ptr<RE2> level2_;
};

}  // namespace

std::optional<FieldSelector> resolve_field(std::string_view name) {
  Role role = classify_header(name);
  if (role != Role::none) {
    return FieldSelector{FieldSelector::Scope::indicator, std::string(canonical_role(role)),
                         static_cast<int>(role)};
  }
  Label label = classify_label(name);
  if (!canonical_label(label).empty()) {
    return FieldSelector{FieldSelector::Scope::table, std::string(canonical_label(label)),
                         static_cast<int>(label)};
  }
  return std::nullopt;
}

std::unique_ptr<Check> make_custom_rule(const CustomRuleSpec& spec) {
  auto field = resolve_field(spec.field);
  if (!field) {
    throw ConfigError(fmt::format(
        "{}: [[rule]] \"{}\": unknown field \"{}\" (a field is a label of the table: 三级指标, "
        "绩效指标描述, 指标值, 指标值确定依据, 度量单位, 项目名称, 项目编码, 绩效目标 …)",
        spec.line, spec.id, spec.field));
  }
  return std::make_unique<CustomRule>(spec, *field);
}

std::string custom_rule_doc(const CustomRuleSpec& spec, const std::string& config_path) {
  std::string doc = spec.message.empty() ? spec.id : spec.message;
  doc += "\n";
  doc += spec.message_en.empty() ? "A local rule from " + config_path : spec.message_en;
  doc += "\n\n检查内容 / What it finds\n  ";
  doc += fmt::format("「{}」{}「{}」", spec.field, spec.must_match.empty() ? "匹配了" : "没有匹配",
                     spec.must_match.empty() ? spec.must_not_match : spec.must_match);
  if (!spec.level1.empty() || !spec.level2.empty()) {
    doc += fmt::format("（仅限一级「{}」二级「{}」）", spec.level1, spec.level2);
  }
  doc += fmt::format("\n  defined in {}, line {}\n", config_path, spec.line);
  return doc;
}

}  // namespace jxlint
