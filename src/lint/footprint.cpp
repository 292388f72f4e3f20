#include "lint/footprint.h"

namespace jxlint {
namespace {

std::size_t bytes_of(const std::string& s) {
  // A heap block and its header when the text is past the inline buffer.
  return s.capacity() > 15 ? s.capacity() + 16 : 0;
}

std::size_t bytes_of(const std::optional<std::string>& s) {
  return s ? bytes_of(*s) : 0;
}

std::size_t bytes_of(const Finding& f) {
  return sizeof(Finding) + bytes_of(f.rule) + bytes_of(f.message) + bytes_of(f.project_name) +
         bytes_of(f.field) + bytes_of(f.indicator) + bytes_of(f.text) + bytes_of(f.sheet) +
         bytes_of(f.cell) + bytes_of(f.project_code);
}

std::size_t bytes_of(const TableSummary& t) {
  std::size_t n = sizeof(TableSummary) + bytes_of(t.kind) + bytes_of(t.project_code) +
                  bytes_of(t.project_name) + bytes_of(t.title) + bytes_of(t.unit) +
                  bytes_of(t.sheet);
  for (const std::string& e : t.evidence)
    n += sizeof(std::string) + bytes_of(e);
  if (t.view) {
    for (const TableView::Cell& c : t.view->cells)
      n += sizeof(TableView::Cell) + bytes_of(c.text) + bytes_of(c.ref);
  }
  return n;
}

}  // namespace

std::size_t footprint(const ProjectDigest& d) {
  std::size_t n = sizeof(ProjectDigest) + bytes_of(d.code) + bytes_of(d.name) +
                  bytes_of(d.name_key) + bytes_of(d.sheet);
  for (const DigestRow& r : d.rows)
    n += sizeof(DigestRow) + bytes_of(r.name) + bytes_of(r.key) + bytes_of(r.value) +
         bytes_of(r.value_key) + bytes_of(r.block) + bytes_of(r.cell);
  return n;
}

std::size_t footprint(const FileResult& result) {
  std::size_t n = sizeof(FileResult) + bytes_of(result.path) + bytes_of(result.format);
  if (result.error) n += bytes_of(result.error->code) + bytes_of(result.error->message);
  for (const TableSummary& t : result.tables)
    n += bytes_of(t);
  for (const TableSummary& t : result.other_tables)
    n += bytes_of(t);
  for (const Finding& f : result.findings)
    n += bytes_of(f);
  for (const SuppressedFinding& s : result.suppressed)
    n += bytes_of(s.finding) + bytes_of(s.reason) + bytes_of(s.author);
  for (const ProjectDigest& d : result.projects)
    n += footprint(d);
  return n;
}

}  // namespace jxlint
