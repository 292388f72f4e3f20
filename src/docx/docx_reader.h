// word/document.xml → the body's paragraphs and tables, in document order.
//
// A cell's text is the text of every w:t in it, including runs inside w:ins,
// w:hyperlink, w:smartTag, w:sdt, w:fldSimple and w:moveTo, and excluding
// deleted text (w:del, w:delText, w:moveFrom) and field instructions
// (w:instrText). w:tab becomes a tab and w:br/w:cr a line break; paragraphs
// in one cell are joined by line breaks. A table nested in a cell adds its
// text to that cell. Merges (w:gridSpan, w:vMerge, w:hMerge) and skipped
// positions (w:gridBefore/w:gridAfter) are resolved by GridBuilder.
#pragma once

#include <string>

#include "grid/document.h"
#include "grid/work_budget.h"
#include "package/zip_archive.h"
#include "xml/xml_parser.h"

namespace jxlint {

// Reads the body of a WordprocessingML document part, its tables counted
// against `budget` (the default limits when none is given).
SourceDocument read_docx_body(XmlParser& xml, WorkBudget& budget);
SourceDocument read_docx_body(XmlParser& xml);

// Reads the main document part (normally word/document.xml) of a package.
// Throws InputError when it is missing, unreadable, or past the budget.
SourceDocument read_docx(ZipArchive& zip, const std::string& document_part, WorkBudget& budget);
SourceDocument read_docx(ZipArchive& zip, const std::string& document_part = "word/document.xml");

}  // namespace jxlint
