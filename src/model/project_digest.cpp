#include "model/project_digest.h"

#include <re2/re2.h>

#include <set>

#include "model/self_evaluation_table.h"
#include "model/target_table.h"
#include "util/text.h"

namespace jxlint {
namespace {

// The years a text names: 「2023年度」, 「2023年11月底前」.
void years_in(std::string_view text, std::set<int>& out) {
  static const RE2 year(R"((20\d\d)\s*年)");
  re2::StringPiece input(text.data(), text.size());
  int y = 0;
  while (RE2::FindAndConsume(&input, year, &y))
    out.insert(y);
}

// The one year the title and captions name, else 0.
int stated_year(const Table& t) {
  std::set<int> years;
  years_in(t.title, years);
  for (const std::string& c : t.captions)
    years_in(c, years);
  return years.size() == 1 ? *years.begin() : 0;
}

template <class T>
void fill_header(ProjectDigest& d, const T& table) {
  d.kind = table.kind;
  d.table = table.index;
  d.code = text::one_line(table.code());
  d.name = text::one_line(table.display_name());
  d.name_key = text::fold(d.name);
  d.sheet = table.sheet;
  d.year = stated_year(table);
}

std::string ref_of(const Table& t, int row, int col) {
  return t.sheet.empty() ? std::string() : t.grid.ref(row, col);
}

}  // namespace

// `Taking` says whether the table's texts may be moved into the digest (the
// table is about to go): what a large table's digest then adds to the
// file's peak memory is its rows, not a second copy of their texts.
template <bool Taking, class Target>
ProjectDigest target_digest(Target& table) {
  // The string a digest field gets: `made` from `source`, or `source` itself
  // when they are equal and the table gives it up.
  auto keep = [](std::string made, auto& source) {
    if constexpr (Taking) {
      if (made == source) return std::move(source);
    }
    return made;
  };
  // A field of the table as it is.
  auto take = [](auto& source) -> std::string {
    if constexpr (Taking) return std::move(source);
    return source;
  };
  ProjectDigest d;
  fill_header(d, table);
  if (d.year == 0) {
    std::set<int> years;
    for (const IndicatorRow& r : table.indicators)
      years_in(r.value.text, years);
    if (years.size() == 1) d.year = *years.begin();
  }
  d.rows.reserve(table.indicators.size());
  for (auto& r : table.indicators) {
    if (!r.block.empty() && r.block != "年度") continue;
    if (text::is_blank(r.name.text)) continue;
    DigestRow row;
    row.name = keep(text::one_line(r.name.text), r.name.text);
    row.key = take(r.folded.name);
    row.value = r.parsed.written.empty() ? keep(text::one_line(r.value.text), r.value.text)
                                         : take(r.parsed.written);
    row.value_key = text::fold(row.value);
    row.block = r.block;
    row.row = r.value.found() ? r.value.row : r.row;
    row.col = r.value.col;
    row.cell = ref_of(table, row.row, row.col);
    d.rows.push_back(std::move(row));
  }
  return d;
}

ProjectDigest digest_of(const TargetTable& table) {
  return target_digest<false>(table);
}

ProjectDigest take_digest(TargetTable& table) {
  return target_digest<true>(table);
}

ProjectDigest digest_of(const SelfEvaluationTable& table) {
  ProjectDigest d;
  fill_header(d, table);
  for (const EvaluationRow& r : table.indicators) {
    DigestRow row;
    row.name = text::one_line(r.name.text);
    row.key = text::fold(r.name.text);
    row.value = text::one_line(r.target.text);
    row.value_key = text::fold(row.value);
    row.row = r.target.found() ? r.target.row : r.row;
    row.col = r.target.found() ? r.target.col : r.name.col;
    row.cell = ref_of(table, row.row, row.col);
    d.rows.push_back(std::move(row));
  }
  return d;
}

}  // namespace jxlint
