#include "lint/linter.h"

#include <algorithm>
#include <iterator>
#include <new>

#include "docx/docx_reader.h"
#include "lint/suppression.h"
#include "model/recognizer.h"
#include "package/ole.h"
#include "package/ooxml.h"
#include "package/sniff.h"
#include "util/input_error.h"
#include "util/text.h"
#include "xlsx/xlsx_reader.h"

namespace jxlint {
namespace {

// The package's main part decides what it is, whatever the file is called:
// a workbook renamed .docx is still linted as a workbook.
SourceDocument read_package(ZipArchive& zip, std::string& format) {
  auto rels = ooxml::read_relationships(zip, "");
  std::string main = ooxml::find_target(rels, "officeDocument");
  if (main.empty() || !zip.has(main)) {
    main = zip.has("word/document.xml") ? "word/document.xml"
           : zip.has("xl/workbook.xml") ? "xl/workbook.xml"
                                        : "";
  }
  if (main.rfind("xl/", 0) == 0 || main.ends_with("workbook.xml")) {
    format = "xlsx";
    return read_xlsx(zip, main);
  }
  if (!main.empty()) {
    format = "docx";
    return read_docx(zip, main);
  }
  throw InputError(
      "missing-part",
      "这个 zip 文件不是 Word 或 Excel 文档：其中没有 word/document.xml 或 xl/workbook.xml",
      "this zip file is not a Word or Excel document: it has no word/document.xml or "
      "xl/workbook.xml");
}

[[noreturn]] void reject_by_kind(const std::string& path, FileKind kind) {
  switch (kind) {
    case FileKind::empty:
      throw InputError("empty-file", "文件是空的（0 字节）", "the file is empty (0 bytes)");
    case FileKind::ole: {
      OleInfo ole = inspect_ole(path);
      switch (ole.kind) {
        case OleKind::encrypted_ooxml:
          throw InputError("encrypted",
                           "文件设置了打开密码：请先在 Word/Excel/WPS 中取消密码保护后再检查",
                           "the file is password-protected: remove the password first");
        case OleKind::word:
          throw InputError(
              "legacy-binary",
              "这是旧版 Word 97-2003 二进制格式（.doc）：请用 Word 或 WPS 打开后另存为 .docx",
              "legacy binary format (Word 97-2003 .doc): save as .docx");
        case OleKind::excel:
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

TableSummary summarize(const TargetTable& t, bool keep_view) {
  TableSummary s;
  s.table = t.index;
  s.project_code = text::one_line(t.project_code.text);
  s.project_name = text::one_line(t.project_name.text);
  s.title = t.title;
  s.indicators = static_cast<int>(t.indicators.size());
  s.unit = unit_name(t.money_unit);
  s.parts = t.parts;
  if (!t.sheet.empty()) s.sheet = t.sheet;
  s.hidden = t.sheet_hidden;
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
                                          !anchor, cell.ref});
      }
    }
    s.view = std::move(v);
  }
  return s;
}

FileResult lint_file(const std::string& path, const RuleSet& rules, const LintOptions& options,
                     const std::vector<std::string>& ignored) {
  FileResult result;
  result.path = path;
  try {
    Sniffed sniffed = sniff_file(path);
    if (sniffed.kind != FileKind::zip && sniffed.kind != FileKind::unknown)
      reject_by_kind(path, sniffed.kind);
    std::optional<ZipArchive> zip;
    try {
      zip.emplace(path, options.limits);
    } catch (const InputError& e) {
      if (e.code() == "not-ooxml") {
        // It starts like a zip but libzip finds no directory: cut short.
        if (sniffed.kind == FileKind::zip) {
          throw InputError(
              "zip-corrupt", "文件不完整或已损坏：找不到 zip 目录（可能下载或复制时被截断）",
              "the file is incomplete or damaged: no zip directory found (truncated?)");
        }
        reject_by_kind(path, sniffed.kind);
      }
      throw;
    }
    SourceDocument doc = read_package(*zip, result.format);
    Recognition recognized = recognize(doc);
    result.skipped_tables = recognized.skipped_tables;
    auto is_ignored = [&](const Finding& f) {
      return std::any_of(ignored.begin(), ignored.end(),
                         [&](const std::string& i) { return rule_selected_by(f.rule, i); });
    };
    for (const TargetTable& table : recognized.tables) {
      result.tables.push_back(summarize(table, options.keep_tables));
      std::vector<Finding> findings;
      rules.run(table, options.lang, findings);
      std::erase_if(findings, is_ignored);
      apply_suppressions(table, rules, options.lang, findings, result.suppressed);
      std::erase_if(findings, is_ignored);
      std::move(findings.begin(), findings.end(), std::back_inserter(result.findings));
    }
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

}  // namespace jxlint
