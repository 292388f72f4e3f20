#include "model/grades.h"

#include <re2/re2.h>

#include <algorithm>

#include "model/figure.h"
#include "util/text.h"

namespace jxlint {
namespace {

// The grade a word alone names (優 forms after NFKC are the same).
std::optional<Grade> grade_word(std::string_view w) {
  if (w.empty()) return std::nullopt;
  if (w.find("不合格") != std::string_view::npos || w.find("差") != std::string_view::npos)
    return Grade::poor;
  if (w.find("优") != std::string_view::npos) return Grade::excellent;
  if (w.find("良") != std::string_view::npos) return Grade::good;
  if (w.find("中") != std::string_view::npos || w.find("合格") != std::string_view::npos)
    return Grade::fair;
  return std::nullopt;
}

// Grade names as RE2 alternatives, longest first.
constexpr std::string_view kGradeNames = "不合格|优秀|良好|中等|合格|较差|优|良|中|差";

}  // namespace

std::vector<GradeBand> default_bands() {
  return {{Grade::excellent, "优", 90},
          {Grade::good, "良", 80},
          {Grade::fair, "中", 60},
          {Grade::poor, "差", 0}};
}

std::vector<GradeBand> parse_bands(std::string_view raw) {
  std::string s = text::nfkc(raw);
  // 「优秀 90分≤得分≤100分」, 「良好：80≤得分<90」, 「优(90分以上)」: a grade
  // name, then within a few characters the first number is its lower bound.
  static const RE2 band("(" + std::string(kGradeNames) +
                        R"()\s*[:：(（]?\s*(?:得分|分数|总分)?\s*[≥>]?\s*=?\s*(\d+(?:\.\d+)?))");
  std::vector<GradeBand> out;
  re2::StringPiece input(s);
  std::string name, number;
  while (RE2::FindAndConsume(&input, band, &name, &number)) {
    auto f = parse_figure(number);
    auto g = grade_word(name);
    if (!f || !g) continue;
    if (std::any_of(out.begin(), out.end(), [&](const GradeBand& b) { return b.grade == *g; }))
      continue;
    out.push_back(GradeBand{*g, name, f->value});
  }
  if (out.size() < 2) return {};
  std::sort(out.begin(), out.end(),
            [](const GradeBand& a, const GradeBand& b) { return a.low > b.low; });
  return out;
}

std::optional<std::vector<GradeBand>> bands_from_option(std::string_view text) {
  std::vector<GradeBand> out;
  std::string s = text::nfkc(text);
  std::string_view rest(s);
  while (!rest.empty()) {
    std::size_t comma = rest.find(',');
    std::string_view item = text::trim(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    std::size_t eq = item.find('=');
    if (eq == std::string_view::npos) return std::nullopt;
    std::string_view name = text::trim(item.substr(0, eq));
    auto g = grade_word(name);
    auto f = parse_figure(text::trim(item.substr(eq + 1)));
    if (!g || !f) return std::nullopt;
    out.push_back(GradeBand{*g, std::string(name), f->value});
  }
  if (out.empty()) return std::nullopt;
  std::sort(out.begin(), out.end(),
            [](const GradeBand& a, const GradeBand& b) { return a.low > b.low; });
  return out;
}

std::optional<Grade> grade_of(std::string_view raw) {
  std::string s = text::nfkc(text::one_line(raw));
  // A ticked box names the grade after it.
  static const RE2 ticked("(?:☑|☒|✓|✔|√|■|▇|◼)\\s*(" + std::string(kGradeNames) + ")");
  std::string name;
  if (RE2::PartialMatch(s, ticked, &name)) return grade_word(name);
  // Otherwise the cell must name exactly one grade and hardly anything else.
  static const RE2 any("(" + std::string(kGradeNames) + ")");
  re2::StringPiece input(s);
  std::optional<Grade> found;
  int count = 0;
  while (RE2::FindAndConsume(&input, any, &name)) {
    ++count;
    found = grade_word(name);
  }
  if (count != 1 || text::length(s) > 6) return std::nullopt;
  return found;
}

const GradeBand* band_of(const std::vector<GradeBand>& bands, double total) {
  for (const GradeBand& b : bands) {
    if (total >= b.low - 1e-9) return &b;
  }
  return nullptr;
}

}  // namespace jxlint
