constexpr char kDoc[] = R"doc(自评表各类指标的分值与规定权重不一致
The points of a 自评表's indicator categories differ from the weights set.

适用于 / Applies to
  绩效自评表 / self-evaluation tables

检查内容 / What it finds
  按一级指标汇总分值，与规定的权重比较：财预〔2020〕10号的默认权重是预算执行率
  10 分、产出指标 50 分、效益指标 30 分、满意度指标 10 分。各地权重不同时，在
  配置中改写；设为 0 的类别不检查。只有该类别每行分值都是数字时才比较；表中有
  这三类以外的一级指标（如单列的成本指标）时不比较各类指标。
  Sums the 分值 per 一级 category and compares them with the weights set. The
  defaults are the national template's (财预〔2020〕10号): budget execution 10,
  产出 50, 效益 30, 满意度 10. Provinces that weight differently set their own
  below; a weight of 0 is not checked. Tables with a 一级 outside the three
  (成本指标 on its own …) are not compared per category.

为什么重要 / Why it matters
  权重是财政部门定的：把产出指标的分值挪给满意度，自评结果就不可比。
  The weights are the finance bureau's: points moved between categories make
  self-evaluations incomparable.

示例 / Example
  产出指标 4 行分值 15+15+10+5 = 45（规定 50）    ← warning
  产出指标 4 行分值 15+15+10+10 = 50              ← 通过

选项 / Options
  eval-category-weights.budget-execution  预算执行率的分值 / points of the budget execution (10)
  eval-category-weights.output            产出指标的分值合计 / points of 产出指标 (50)
  eval-category-weights.benefit           效益指标的分值合计 / points of 效益指标 (30)
  eval-category-weights.satisfaction      满意度指标的分值合计 / points of 满意度指标 (10)
      设为 0 的一项不检查 / 0 leaves that one unchecked
)doc";

#include <cmath>
#include <map>

#include "lint/check.h"
#include "lint/message.h"
#include "model/categories.h"

namespace jxlint {
namespace {

constexpr Message kCategory{"「{category}」各指标分值合计 {sum} 分，规定为 {weight} 分",
                            "the points of {category} add up to {sum}; the weight set is {weight}"};
constexpr Message kExecution{"预算执行率的分值为 {points} 分，规定为 {weight} 分",
                             "the budget execution is worth {points} points; the weight set is "
                             "{weight}"};

struct Category {
  std::string_view key;   // category_key of the 一级
  std::string_view name;  // for messages
  std::string_view option;
};

constexpr Category kCategories[] = {{"产出", "产出指标", "output"},
                                    {"效益", "效益指标", "benefit"},
                                    {"满意度", "满意度指标", "satisfaction"}};

class EvalCategoryWeights final : public SelfEvaluationCheck {
 public:
  explicit EvalCategoryWeights(const CheckOptions& o)
      : execution_(o.get_number("budget-execution")) {
    for (const Category& c : kCategories)
      weights_[std::string(c.key)] = o.get_number(c.option);
  }

  void run(const SelfEvaluationTable& table, Emitter& out) const override {
    if (const FundingLine* total = table.total_funding();
        total && total->points.has_value() && execution_ > 0 &&
        std::fabs(total->points.value() - execution_) > 1e-6) {
      out.report("", total->points.cell, "分值",
                 kExecution.format(fmt::arg("points", total->points.cell.text),
                                   fmt::arg("weight", figure_text(execution_, 2))));
    }
    struct Sum {
      double points = 0;
      int decimals = 0;
      bool readable = true;
      Field first;
    };
    std::map<std::string, Sum> sums;
    for (const EvaluationRow& row : table.indicators) {
      std::string key = category_key(row.level1.text);
      // Another scheme (成本指标 as a 一级 of its own …): the weights are not its.
      if (!weights_.count(key)) return;
      Sum& s = sums[key];
      if (!s.first.found()) s.first = row.level1;
      if (!row.points.has_value()) {
        s.readable = false;
        continue;
      }
      s.points += row.points.value();
      s.decimals = std::max(s.decimals, row.points.figure->decimals);
    }
    for (const Category& c : kCategories) {
      auto it = sums.find(std::string(c.key));
      double weight = weights_.at(std::string(c.key));
      if (it == sums.end() || !it->second.readable || weight <= 0) continue;
      if (std::fabs(it->second.points - weight) < 1e-6) continue;
      out.report(
          "", it->second.first, "一级指标",
          kCategory.format(fmt::arg("category", c.name),
                           fmt::arg("sum", figure_text(it->second.points, it->second.decimals)),
                           fmt::arg("weight", figure_text(weight, 2))));
    }
  }

 private:
  double execution_;
  std::map<std::string, double> weights_;
};

const RegisterCheck<EvalCategoryWeights> registration(
    "eval-category-weights", Severity::warning, kDoc,
    {{"budget-execution",
      10.0,
      {"预算执行率的分值（0 不检查）", "points of the budget execution (0: not checked)"}},
     {"output", 50.0, {"产出指标的分值合计（0 不检查）", "points of 产出指标 (0: not checked)"}},
     {"benefit", 30.0, {"效益指标的分值合计（0 不检查）", "points of 效益指标 (0: not checked)"}},
     {"satisfaction",
      10.0,
      {"满意度指标的分值合计（0 不检查）", "points of 满意度指标 (0: not checked)"}}});

}  // namespace
}  // namespace jxlint
