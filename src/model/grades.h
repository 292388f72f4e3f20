// Grades given by a total score: 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60 in the
// national template; an evaluation may state its own bands in its 评价结果
// (「优秀 90分≤得分≤100分；良好 80分≤得分≤89分 …」). A total falls in the
// band with the highest lower bound at or below it, so 89.5 is 良好 even
// where the bands are written with whole numbers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jxlint {

// The four steps every naming of grades maps to.
enum class Grade { excellent, good, fair, poor };

struct GradeBand {
  Grade grade = Grade::excellent;
  std::string name;  // as written: "优秀", "良"
  double low = 0;    // the lowest total of the band
};

// The national template's bands: 优 90, 良 80, 中 60, 差 0.
std::vector<GradeBand> default_bands();

// Bands stated in a text such as 「优秀 90分≤得分≤100分；良好 80分≤得分≤89分；中
// 60分≤得分≤79分；较差 0≤得分≤59分」; empty unless at least two are stated.
std::vector<GradeBand> parse_bands(std::string_view text);

// Bands from an option: "优=90,良=80,中=60,差=0". nullopt when malformed.
std::optional<std::vector<GradeBand>> bands_from_option(std::string_view text);

// The grade a cell names: 优/优秀, 良/良好, 中/中等/合格, 差/较差/不合格. A
// checklist (「☑优 □良 □中 □差」) names the ticked one; nullopt when the
// cell names none or several without a tick.
std::optional<Grade> grade_of(std::string_view text);

// The band a total falls in; null when below every band.
const GradeBand* band_of(const std::vector<GradeBand>& bands, double total);

}  // namespace jxlint
