#include "lint/check.h"

#include <algorithm>

#include "util/text.h"

namespace jxlint {

std::string_view CheckInfo::summary(Lang lang) const {
  std::string_view d = doc;
  while (!d.empty() && (d.front() == '\n' || d.front() == ' '))
    d.remove_prefix(1);
  auto first_end = d.find('\n');
  std::string_view zh = d.substr(0, first_end);
  if (lang == Lang::zh || first_end == std::string_view::npos) return zh;
  std::string_view rest = d.substr(first_end + 1);
  return rest.substr(0, rest.find('\n'));
}

Registry& Registry::instance() {
  static Registry registry;
  return registry;
}

void Registry::add(CheckInfo info) {
  auto at = std::lower_bound(checks_.begin(), checks_.end(), info.id,
                             [](const CheckInfo& c, std::string_view id) { return c.id < id; });
  checks_.insert(at, std::move(info));
}

const CheckInfo* Registry::find(std::string_view id) const {
  for (const auto& c : checks_) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

Finding Emitter::make(const Table* table, const Field& where, std::string_view field,
                      const Bilingual& message) const {
  Finding f;
  f.rule = std::string(rule_);
  f.severity = severity_;
  f.message = message.pick(lang_);
  f.field = std::string(field);
  f.text = where.text;
  if (table == nullptr) return f;  // on the file
  f.table = table->index;
  f.project_name = text::one_line(table->display_name());
  f.project_code = text::one_line(table->code());
  if (where.found()) {
    f.row = where.row + 1;
    f.column = where.col + 1;
    if (!table->sheet.empty()) {
      f.sheet = table->sheet;
      const std::string& ref = table->grid.contains(where.row, where.col)
                                   ? table->grid.at(where.row, where.col).ref
                                   : std::string();
      if (!ref.empty()) f.cell = ref;
    }
  } else if (!table->sheet.empty()) {
    f.sheet = table->sheet;
  }
  return f;
}

void Emitter::report(const IndicatorRow& row, const Field& where, std::string_view field,
                     const Bilingual& message) {
  Finding f = make(table_, where, field, message);
  f.indicator = text::one_line(row.name.text);
  if (!where.found()) f.row = row.row + 1;
  out_.push_back(std::move(f));
}

void Emitter::report(const Field& where, std::string_view field, const Bilingual& message) {
  out_.push_back(make(table_, where, field, message));
}

std::string Emitter::place(const Field& where) const {
  if (table_ != nullptr && !table_->sheet.empty() && table_->grid.contains(where.row, where.col) &&
      !table_->grid.at(where.row, where.col).ref.empty())
    return table_->grid.at(where.row, where.col).ref;
  return lang_ == Lang::en ? "row " + std::to_string(where.row + 1)
                           : "第" + std::to_string(where.row + 1) + "行";
}

void Emitter::report_on(const Table* table, const Bilingual& message) {
  out_.push_back(make(table, Field{}, "", message));
}

std::string quote(std::string_view s) {
  return text::ellipsize(text::one_line(s), 60);
}

}  // namespace jxlint
