#include "model/labels.h"

#include <re2/re2.h>

#include <array>
#include <string>

#include "util/text.h"

namespace jxlint {
namespace {

bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}
bool contains(std::string_view s, std::string_view p) {
  return s.find(p) != std::string_view::npos;
}

template <std::size_t N>
bool one_of(std::string_view s, const std::array<std::string_view, N>& options) {
  for (auto o : options) {
    if (s == o) return true;
  }
  return false;
}

// checkpoint_month() of a text already folded.
int checkpoint_month_of_key(std::string_view key) {
  if (key.empty() || key.size() > 30) return 0;
  const re2::StringPiece k(key.data(), key.size());
  // Every form below names 月, 季 or 年, or is "q1"…"q4": most labels name
  // none of them, and need no regular expression.
  if (key.find("月") == std::string_view::npos && key.find("季") == std::string_view::npos &&
      key.find("年") == std::string_view::npos && key[0] != 'q')
    return 0;
  static const RE2 month(R"(^(?:截至|截止|至|到)?(\d{1,2})月(?:底|末|份|止)?(?:前)?$)");
  int m = 0;
  if (RE2::FullMatch(k, month, &m)) return (m >= 1 && m <= 12) ? m : 0;
  static const RE2 quarter(R"(^(?:第)?([一二三四1234])季度(?:末|底)?$|^q([1-4])$)");
  std::string q, q2;
  if (RE2::FullMatch(k, quarter, &q, &q2)) {
    std::string_view d = q.empty() ? q2 : q;
    if (d == "一" || d == "1") return 3;
    if (d == "二" || d == "2") return 6;
    if (d == "三" || d == "3") return 9;
    if (d == "四" || d == "4") return 12;
  }
  if (key == "上半年" || key == "半年") return 6;
  if (key == "全年" || key == "年底" || key == "年末" || key == "下半年") return 12;
  return 0;
}

}  // namespace

int checkpoint_month(std::string_view cell_text) {
  return checkpoint_month_of_key(text::fold(cell_text));
}

Label classify_label(std::string_view cell_text) {
  return classify_label_key(text::fold(cell_text));
}

Label classify_label_key(std::string_view k) {
  if (k.empty() || k.size() > 60) return Label::none;
  if (one_of(k, std::array<std::string_view, 3>{"项目编码", "项目代码", "项目编号"}))
    return Label::project_code;
  if (k == "项目名称") return Label::project_name;
  if (starts_with(k, "预算规模")) return Label::budget_block;
  if (contains(k, "其他资金") || contains(k, "其他来源资金")) return Label::other;
  if (contains(k, "上年结转") || contains(k, "结转资金") || contains(k, "结转结余") ||
      contains(k, "上年结余"))
    return Label::carry_over;
  if (one_of(k, std::array<std::string_view, 12>{"自有资金", "单位自有资金", "自筹资金", "单位自筹",
                                                 "事业收入", "经营收入", "经营性收入", "社会资金",
                                                 "社会投入", "银行贷款", "其他", "其他收入"}) ||
      starts_with(k, "其中自有") || starts_with(k, "其中自筹"))
    return Label::other;
  if (one_of(k,
             std::array<std::string_view, 4>{"部门名称", "单位名称", "部门单位名称", "预算部门"}))
    return Label::department;
  if (contains(k, "财政资金") || contains(k, "财政拨款") || contains(k, "财政性资金"))
    return Label::fiscal;
  if (starts_with(k, "预算数") || starts_with(k, "年度预算") || starts_with(k, "项目预算数") ||
      starts_with(k, "预算金额") || starts_with(k, "预算总额") || starts_with(k, "年度资金总额") ||
      k == "资金总额") {
    return Label::budget;
  }
  if (one_of(k, std::array<std::string_view, 3>{"资金用途", "项目用途", "主要用途"}))
    return Label::purpose;
  if (contains(k, "支出计划") || contains(k, "使用计划") || contains(k, "支出进度") ||
      contains(k, "执行计划")) {
    return Label::plan;
  }
  if (one_of(k, std::array<std::string_view, 10>{"绩效目标", "年度绩效目标", "项目绩效目标",
                                                 "年度目标", "总体目标", "年度总体目标",
                                                 "绩效目标内容", "项目年度绩效目标", "本年度目标",
                                                 "部门年度绩效目标"})) {
    return Label::goal;
  }
  if (one_of(k, std::array<std::string_view, 6>{"长期目标", "中期目标", "中长期目标", "总目标",
                                                "长期绩效目标", "中期绩效目标"}))
    return Label::long_term_goal;
  if (checkpoint_month_of_key(k) != 0) return Label::checkpoint;
  if (one_of(k, std::array<std::string_view, 12>{"主管部门", "实施单位", "预算单位", "项目单位",
                                                 "项目属性", "项目期", "项目类型", "项目负责人",
                                                 "联系电话", "年度主要任务", "主要任务",
                                                 "中期资金总额"})) {
    return Label::other_field;
  }
  return Label::none;
}

Role classify_header(std::string_view cell_text) {
  std::string k = text::fold(cell_text);
  if (k.empty() || k.size() > 60) return Role::none;
  if (contains(k, "依据")) return Role::basis;
  if (k == "一级指标" || k == "一级") return Role::level1;
  if (k == "二级指标" || k == "二级") return Role::level2;
  if (one_of(k, std::array<std::string_view, 7>{"三级指标", "三级", "三级指标名称", "指标名称",
                                                "具体指标", "绩效指标名称", "三级指标内容"})) {
    return Role::name;
  }
  if (starts_with(k, "上年") || starts_with(k, "上一年") || starts_with(k, "前一年") ||
      contains(k, "历史值")) {
    return Role::last_year;
  }
  if (one_of(k, std::array<std::string_view, 10>{"绩效指标描述", "指标描述", "指标解释", "指标说明",
                                                 "指标解释说明", "指标内容", "指标定义", "描述",
                                                 "指标含义", "绩效指标说明"})) {
    return Role::description;
  }
  if (one_of(k,
             std::array<std::string_view, 9>{"指标性质", "计算符号", "符号", "运算符号", "运算符",
                                             "比较符", "比较符号", "指标值符号", "指标符号"})) {
    return Role::op;
  }
  if (one_of(k, std::array<std::string_view, 4>{"度量单位", "计量单位", "单位", "指标单位"}))
    return Role::unit;
  if (one_of(k, std::array<std::string_view, 4>{"权重", "分值", "权重分值", "指标权重"}))
    return Role::weight;
  if (one_of(k, std::array<std::string_view, 2>{"指标方向", "方向"})) return Role::direction;
  if (k == "备注" || k == "说明") return Role::remark;
  if (starts_with(k, "指标值") ||
      one_of(k, std::array<std::string_view, 5>{"目标值", "年度指标值", "年度目标值", "预期指标值",
                                                "预期目标值"})) {
    return Role::value;
  }
  return Role::none;
}

MoneyUnit money_unit_of_line(std::string_view raw) {
  std::string s = text::nfkc(raw);
  static const RE2 re(R"(单位\s*[:：]?\s*(万元|千元|元))");
  std::string unit;
  if (!RE2::PartialMatch(s, re, &unit)) return MoneyUnit::unknown;
  return unit == "万元" ? MoneyUnit::wan_yuan : unit == "元" ? MoneyUnit::yuan : MoneyUnit::unknown;
}

MoneyUnit money_unit_of_label(std::string_view raw) {
  std::string k = text::fold(raw);
  if (k.ends_with("万元")) return MoneyUnit::wan_yuan;
  if (k.ends_with("千元")) return MoneyUnit::unknown;
  if (k.ends_with("元")) return MoneyUnit::yuan;
  return MoneyUnit::unknown;
}

bool looks_like_title(std::string_view raw) {
  std::string k = text::fold(raw);
  return contains(k, "绩效目标表") || contains(k, "绩效目标申报表") ||
         (k.ends_with("目标表") && k.size() < 400);
}

bool is_continuation_note(std::string_view raw) {
  std::string k = text::fold(raw);
  return k == "续表" || k == "续" || k == "接上表" || starts_with(k, "续表");
}

}  // namespace jxlint
