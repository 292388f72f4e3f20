#include "lint/linter.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <iterator>
#include <new>

#include "config/config.h"
#include "docx/docx_reader.h"
#include "grid/work_budget.h"
#include "lint/suppression.h"
#include "model/recognizer.h"
#include "package/input_file.h"
#include "package/ole.h"
#include "package/ooxml.h"
#include "package/sniff.h"
#include "util/input_error.h"
#include "util/text.h"
#include "xlsx/xlsx_reader.h"

namespace jxlint {
namespace {

// Reads `part` with the reader its name suggests; when its root element
// belongs to the other kind (a workbook called main.xml), with that one.
// Throws WrongRootError when it is neither.
SourceDocument read_main_part(ZipArchive& zip, const std::string& part, std::string& format,
                              const LintOptions& options, WorkBudget& budget) {
  auto as_xlsx = [&] {
    SourceDocument doc = read_xlsx(zip, part, xlsx::SheetLimits{options.max_sheet_cells}, &budget);
    format = "xlsx";
    return doc;
  };
  auto as_docx = [&] {
    SourceDocument doc = read_docx(zip, part, budget);
    format = "docx";
    return doc;
  };
  bool looks_xlsx = part.rfind("xl/", 0) == 0 || part.ends_with("workbook.xml");
  try {
    return looks_xlsx ? as_xlsx() : as_docx();
  } catch (const ooxml::WrongRootError& e) {
    if (e.part() != part) throw;  // a sheet's part, not the main one
    if (looks_xlsx && e.root_name() == "document") return as_docx();
    if (!looks_xlsx && e.root_name() == "workbook") return as_xlsx();
    throw;
  }
}

// The package's main part decides what it is, whatever the file is called:
// a workbook renamed .docx is still linted as a workbook. The part the
// officeDocument relationship names is tried first; one whose root is not a
// document or workbook (a relationship pointing at _rels/.rels or
// styles.xml) gives way to the conventional word/document.xml or
// xl/workbook.xml, so that a wrong relationship cannot make a file pass
// with 0 tables. One work budget covers everything the file builds.
SourceDocument read_package(ZipArchive& zip, std::string& format, const LintOptions& options) {
  WorkBudget budget(options.work);
  std::vector<std::string> candidates;
  auto add = [&](const std::string& part) {
    auto index = part.empty() ? std::nullopt : zip.locate(part);
    if (!index) return;
    for (const auto& c : candidates) {
      if (zip.locate(c) == index) return;
    }
    candidates.push_back(zip.name(*index));
  };
  add(ooxml::find_target(ooxml::read_relationships(zip, ""), "officeDocument"));
  add("word/document.xml");
  add("xl/workbook.xml");
  if (candidates.empty()) {
    throw InputError(
        "missing-part",
        "这个 zip 文件不是 Word 或 Excel 文档：其中没有 word/document.xml 或 xl/workbook.xml",
        "this zip file is not a Word or Excel document: it has no word/document.xml or "
        "xl/workbook.xml");
  }
  std::optional<ooxml::WrongRootError> first_wrong;
  for (const std::string& part : candidates) {
    try {
      return read_main_part(zip, part, format, options, budget);
    } catch (const ooxml::WrongRootError& e) {
      if (e.part() != part) throw;
      if (!first_wrong) first_wrong = e;
    }
  }
  throw *first_wrong;
}

std::string extension_of(const std::string& name) {
  auto dot = name.rfind('.');
  if (dot == std::string::npos || name.find('/', dot) != std::string::npos) return "";
  std::string ext = name.substr(dot);
  for (char& c : ext)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

[[noreturn]] void reject_by_kind(const InputFile& file, FileKind kind) {
  switch (kind) {
    case FileKind::empty:
      throw InputError("empty-file", "文件是空的（0 字节）", "the file is empty (0 bytes)");
    case FileKind::ole: {
      OleInfo ole = inspect_ole(file);
      switch (ole.kind) {
        case OleKind::encrypted_ooxml:
          throw InputError("encrypted",
                           "文件设置了打开密码：请先在 Word/Excel/WPS 中取消密码保护后再检查",
                           "the file is password-protected: remove the password first");
        case OleKind::word:
          if (extension_of(file.name()) == ".wps") {
            throw InputError("legacy-binary",
                             "这是 WPS 文字旧版二进制格式（.wps）：请用 WPS 打开后另存为 .docx",
                             "legacy binary format (WPS Writer .wps): save as .docx");
          }
          throw InputError(
              "legacy-binary",
              "这是旧版 Word 97-2003 二进制格式（.doc）：请用 Word 或 WPS 打开后另存为 .docx",
              "legacy binary format (Word 97-2003 .doc): save as .docx");
        case OleKind::excel:
          if (extension_of(file.name()) == ".et") {
            throw InputError("legacy-binary",
                             "这是 WPS 表格旧版二进制格式（.et）：请用 WPS 打开后另存为 .xlsx",
                             "legacy binary format (WPS Spreadsheets .et): save as .xlsx");
          }
          throw InputError(
              "legacy-binary",
              "这是旧版 Excel 97-2003 二进制格式（.xls/.et）：请用 Excel 或 WPS 打开后另存为 .xlsx",
              "legacy binary format (Excel 97-2003 .xls/.et): save as .xlsx");
        case OleKind::wps:
          throw InputError(
              "legacy-binary",
              "这是 WPS 旧版二进制格式（.wps/.et）：请用 WPS 打开后另存为 .docx 或 .xlsx",
              "legacy binary format (WPS .wps/.et): save as .docx or .xlsx");
        case OleKind::other:
          throw InputError("legacy-binary", "这是旧版 Office 二进制格式：请另存为 .docx 或 .xlsx",
                           "legacy binary format: save as .docx or .xlsx");
      }
      break;
    }
    case FileKind::pdf:
      throw InputError("not-ooxml",
                       "这是 PDF 文件，不是 Word/Excel 文档：请提交 .docx 或 .xlsx 原件",
                       "this is a PDF, not a Word/Excel document: submit the .docx or .xlsx");
    case FileKind::rtf:
      throw InputError("not-ooxml", "这是 RTF 文件：请用 Word 或 WPS 打开后另存为 .docx",
                       "this is an RTF file: save it as .docx");
    case FileKind::html:
      throw InputError(
          "not-ooxml", "这是网页（HTML）文件，只是扩展名像 Word/Excel：请另存为 .docx 或 .xlsx",
          "this is a web page (HTML) with a Word/Excel name: save it as .docx or .xlsx");
    case FileKind::xml:
      throw InputError(
          "not-ooxml",
          "这是单个 XML 文件（如 Word 2003 XML），不是 .docx/.xlsx：请另存为 .docx 或 .xlsx",
          "this is a single XML file (e.g. Word 2003 XML), not .docx/.xlsx: save it as .docx or "
          ".xlsx");
    case FileKind::text:
      throw InputError("not-ooxml", "这是纯文本文件，不是 Word/Excel 文档",
                       "this is plain text, not a Word/Excel document");
    case FileKind::zip:
    case FileKind::unknown:
      break;
  }
  throw InputError("not-ooxml", "不是 Word/Excel 文档", "not a Word/Excel document");
}

std::string unit_name(MoneyUnit u) {
  switch (u) {
    case MoneyUnit::wan_yuan:
      return "万元";
    case MoneyUnit::yuan:
      return "元";
    case MoneyUnit::unknown:
      return "";
  }
  return "";
}

}  // namespace

TableSummary summarize(const Table& t, bool keep_view) {
  TableSummary s;
  s.table = t.index;
  s.kind = std::string(kind_id(t.kind));
  s.order = t.order;
  s.evidence = t.evidence;
  s.title = t.title;
  s.project_name = t.subject;
  s.unit = unit_name(t.money_unit);
  s.parts = t.parts;
  if (!t.sheet.empty()) s.sheet = t.sheet;
  s.hidden = t.sheet_hidden;
  if (const auto* target = dynamic_cast<const TargetTable*>(&t)) {
    s.project_code = text::one_line(target->project_code.text);
    s.project_name = text::one_line(target->project_name.text);
    if (s.project_name.empty()) s.project_name = text::one_line(target->department.text);
    s.indicators = static_cast<int>(target->indicators.size());
  } else if (const auto* eval = dynamic_cast<const SelfEvaluationTable*>(&t)) {
    s.project_code = text::one_line(eval->project_code.text);
    s.project_name =
        text::one_line(eval->display_name() == t.title ? t.subject : eval->display_name());
    s.indicators = static_cast<int>(eval->indicators.size());
  } else if (const auto* score = dynamic_cast<const ScoreTable*>(&t)) {
    s.indicators = static_cast<int>(std::count_if(score->items.begin(), score->items.end(),
                                                  [](const ScoreItem& i) { return i.scored(); }));
  }
  if (keep_view) {
    TableView v;
    v.rows = t.grid.rows();
    v.cols = t.grid.cols();
    v.cells.reserve(static_cast<std::size_t>(v.rows) * static_cast<std::size_t>(v.cols));
    for (int r = 0; r < v.rows; ++r) {
      for (int c = 0; c < v.cols; ++c) {
        const Cell& cell = t.grid.at(r, c);
        bool anchor = t.grid.is_anchor(r, c);
        v.cells.push_back(TableView::Cell{anchor ? cell.text : std::string(),
                                          anchor ? cell.row_span : 1, anchor ? cell.col_span : 1,
                                          !anchor, cell.ref()});
      }
    }
    s.view = std::move(v);
  }
  return s;
}

namespace {

// Bytes → the document body: refuses what is not OOXML with a reason,
// then reads the package's main part.
SourceDocument read_document(const InputFile& file, std::string& format,
                             const LintOptions& options) {
  Sniffed sniffed = sniff_bytes(file.head(1024), file.size());
  if (sniffed.kind != FileKind::zip && sniffed.kind != FileKind::unknown)
    reject_by_kind(file, sniffed.kind);
  if (sniffed.kind == FileKind::unknown) {
    // An Office file starts with its first entry. Bytes before an archive
    // (a self-extractor's stub, junk) make it something Office refuses.
    std::string tail;
    std::uint64_t from = file.size() > 65558 ? file.size() - 65558 : 0;
    file.read_at(from, 65558, tail);
    if (tail.find(std::string_view("PK\x05\x06", 4)) != std::string::npos) {
      throw InputError(
          "zip-corrupt", "文件开头有多余的数据，zip 结构不在应有的位置：这不是有效的 .docx/.xlsx",
          "there are extra bytes before the zip archive: this is not a valid .docx/.xlsx");
    }
    reject_by_kind(file, sniffed.kind);
  }
  std::unique_ptr<ZipArchive> zip;
  try {
    zip = file.open_zip(options.limits);
  } catch (const InputError& e) {
    if (e.code() == "not-ooxml") {
      // It starts like a zip but libzip finds no directory: cut short.
      if (sniffed.kind == FileKind::zip) {
        throw InputError(
            "zip-corrupt",
            "文件不完整或已损坏：找不到有效的 zip 目录（可能下载时被截断，或 zip 结构被篡改）",
            "the file is incomplete or damaged: no valid zip directory (truncated, or a tampered "
            "zip "
            "structure)");
      }
      reject_by_kind(file, sniffed.kind);
    }
    throw;
  }
  return read_package(*zip, format, options);
}

}  // namespace

FileResult lint_input(const std::string& path, const std::function<InputFile()>& open,
                      const RuleSet& rules, const LintOptions& options,
                      const std::vector<std::string>& ignored) {
  FileResult result;
  result.path = path;
  if (!options.config_error.empty()) {
    // Not read at all: its rules are unknown, and its exit status must say so.
    result.error =
        FileError{"config-error",
                  (options.lang == Lang::en ? "its jxlint.toml is invalid, so it was not linted: "
                                            : "适用于它的 jxlint.toml 有误，未检查：") +
                      options.config_error};
    return result;
  }
  try {
    InputFile file = open();
    SourceDocument doc = read_document(file, result.format, options);
    Recognition recognized = recognize(std::move(doc));
    result.skipped_tables = recognized.skipped_tables;
    auto is_ignored = [&](const Finding& f) {
      return std::any_of(ignored.begin(), ignored.end(),
                         [&](const std::string& i) { return rule_selected_by(f.rule, i); });
    };
    // Every table, in reading order: performance tables of every kind, and
    // the others listed apart.
    for (const Table* t : recognized.in_reading_order()) {
      bool other = t->kind == TableKind::other;
      (other ? result.other_tables : result.tables)
          .push_back(summarize(*t, options.keep_tables && !other));
    }
    auto keep = [&](std::vector<Finding>& findings) {
      std::erase_if(findings, is_ignored);
      std::move(findings.begin(), findings.end(), std::back_inserter(result.findings));
    };
    {
      std::vector<Finding> findings;
      rules.run(recognized, options.lang, findings);
      keep(findings);
    }
    for (const TargetTable& table : recognized.tables) {
      std::vector<Finding> findings;
      rules.run(table, options.lang, findings);
      std::erase_if(findings, is_ignored);
      apply_suppressions(table, rules, options.lang, findings, result.suppressed);
      keep(findings);
    }
    for (const SelfEvaluationTable& table : recognized.self_evaluations) {
      std::vector<Finding> findings;
      rules.run(table, options.lang, findings);
      keep(findings);
    }
    for (const ScoreTable& table : recognized.score_tables) {
      std::vector<Finding> findings;
      rules.run(table, options.lang, findings);
      keep(findings);
    }
    // What a run's cross-document checks need once this file is gone.
    if (rules.has_scope(CheckScope::project_pair) && !recognized.self_evaluations.empty()) {
      for (const SelfEvaluationTable& t : recognized.self_evaluations)
        result.projects.push_back(digest_of(t));
    }
    // The last use of the target tables: their texts move into the digests.
    for (TargetTable& t : recognized.tables)
      result.projects.push_back(take_digest(t));
    sort_findings(result.findings);
  } catch (const InputError& e) {
    result.error = FileError{e.code(), options.lang == Lang::en ? e.message_en() : e.message_zh()};
    result.tables.clear();
    result.findings.clear();
    result.suppressed.clear();
  } catch (const std::bad_alloc&) {
    result.error = FileError{"resource-limit", options.lang == Lang::en
                                                   ? "the file needs more memory than allowed"
                                                   : "文件所需内存超出限制"};
    result.tables.clear();
    result.findings.clear();
  } catch (const std::exception& e) {
    result.error =
        FileError{"internal-error", (options.lang == Lang::en ? "internal error: " : "内部错误：") +
                                        std::string(e.what())};
    result.tables.clear();
    result.findings.clear();
  }
  return result;
}

// The configuration has range-checked every value (config.cpp's
// read_limit), so none of these shifts or narrowings can overflow.
LintOptions with_limits(LintOptions o, const LimitSettings& l) {
  if (l.max_entries) o.limits.max_entries = *l.max_entries;
  if (l.max_part_mib) o.limits.max_part_bytes = *l.max_part_mib << 20;
  if (l.max_total_mib) o.limits.max_total_bytes = *l.max_total_mib << 20;
  if (l.max_inflate_ratio) o.limits.max_inflate_ratio = *l.max_inflate_ratio;
  if (l.ratio_grace_kib) o.limits.ratio_grace_bytes = *l.ratio_grace_kib << 10;
  if (l.max_sheet_cells) o.max_sheet_cells = static_cast<std::size_t>(*l.max_sheet_cells);
  if (l.max_attributes) o.limits.max_xml_attributes = static_cast<std::size_t>(*l.max_attributes);
  if (l.max_table_rows) o.work.max_table_rows = static_cast<int>(*l.max_table_rows);
  if (l.max_table_columns) o.work.max_table_columns = static_cast<int>(*l.max_table_columns);
  if (l.max_table_cells) o.work.max_table_cells = *l.max_table_cells;
  if (l.max_tables) o.work.max_tables = *l.max_tables;
  if (l.max_file_cells) o.work.max_file_cells = *l.max_file_cells;
  o.config_error = l.config_error;
  return o;
}

FileResult lint_bytes(const std::string& name, std::string_view bytes, const RuleSet& rules,
                      const LintOptions& options, const std::vector<std::string>& ignored) {
  return lint_input(
      name, [&] { return InputFile::from_memory(bytes, name); }, rules, options, ignored);
}

Recognition recognize_input(const InputFile& file, const LintOptions& options,
                            std::string& format) {
  return recognize(read_document(file, format, options));
}

}  // namespace jxlint
