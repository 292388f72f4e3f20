// A finding's message as a template with named fields, written in the check's
// file next to its doc block, in both languages:
//
//   constexpr Message kOverPoints{"得分 {score} 高于分值 {points}",
//                                 "the score {score} is above the points {points}"};
//   out.report(row.name.text, row.score.cell, "得分",
//              kOverPoints.format(fmt::arg("score", s), fmt::arg("points", p)));
#pragma once

#include <fmt/format.h>

#include <string_view>

#include "util/lang.h"

namespace jxlint {

struct Message {
  std::string_view zh;
  std::string_view en;

  template <class... Args>
  Bilingual format(const Args&... args) const {
    return {fmt::format(fmt::runtime(zh), args...), fmt::format(fmt::runtime(en), args...)};
  }
};

}  // namespace jxlint
