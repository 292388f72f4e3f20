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
      std::string ref = table->grid.ref(where.row, where.col);
      if (!ref.empty()) f.cell = std::move(ref);
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

void Emitter::report(std::string_view indicator, const Field& where, std::string_view field,
                     const Bilingual& message) {
  Finding f = make(table_, where, field, message);
  if (!indicator.empty()) f.indicator = text::one_line(indicator);
  out_.push_back(std::move(f));
}

void Emitter::report(const DigestRow* row, std::string_view indicator, std::string_view field,
                     const Bilingual& message) {
  Finding f;
  f.rule = std::string(rule_);
  f.severity = severity_;
  f.message = message.pick(lang_);
  f.field = std::string(field);
  if (digest_ != nullptr) {
    f.table = digest_->table;
    f.project_name = digest_->name;
    f.project_code = digest_->code;
    if (!digest_->sheet.empty()) f.sheet = digest_->sheet;
  }
  if (!indicator.empty()) f.indicator = text::one_line(indicator);
  if (row != nullptr) {
    f.text = row->value;
    f.row = row->row + 1;
    f.column = row->col + 1;
    if (!row->cell.empty()) f.cell = row->cell;
  }
  out_.push_back(std::move(f));
}

std::string Emitter::place(const Field& where) const {
  if (table_ != nullptr && !table_->sheet.empty()) {
    std::string ref = table_->grid.ref(where.row, where.col);
    if (!ref.empty()) return ref;
  }
  return lang_ == Lang::en ? "row " + std::to_string(where.row + 1)
                           : "第" + std::to_string(where.row + 1) + "行";
}

void Emitter::report_on(const Table* table, const Bilingual& message) {
  out_.push_back(make(table, Field{}, "", message));
}

std::string_view scope_name(CheckScope scope, Lang lang) {
  bool en = lang == Lang::en;
  switch (scope) {
    case CheckScope::target_table:
      return en ? "performance target tables (项目/部门绩效目标表)"
                : "绩效目标表（项目、部门整体）";
    case CheckScope::self_evaluation:
      return en ? "self-evaluation tables (绩效自评表)" : "绩效自评表";
    case CheckScope::score_table:
      return en ? "score tables (评分表)" : "评分表";
    case CheckScope::document:
      return en ? "whole files" : "整个文件";
    case CheckScope::project_pair:
      return en ? "a self-evaluation table against its target table, across files"
                : "自评表与同一项目的绩效目标表（跨文件）";
  }
  return "";
}

std::string_view scope_id(CheckScope scope) {
  switch (scope) {
    case CheckScope::target_table:
      return "target";
    case CheckScope::self_evaluation:
      return "self-evaluation";
    case CheckScope::score_table:
      return "score";
    case CheckScope::document:
      return "document";
    case CheckScope::project_pair:
      return "project-pair";
  }
  return "";
}

std::string quote(std::string_view s) {
  return text::ellipsize(text::one_line(s), 60);
}

}  // namespace jxlint
