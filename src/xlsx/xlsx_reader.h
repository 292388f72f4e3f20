// A workbook → one table block per worksheet, in workbook order; hidden
// sheets are read too and marked.
#pragma once

#include <string>

#include "grid/document.h"
#include "package/zip_archive.h"
#include "xlsx/sheet_reader.h"

namespace jxlint {

// `workbook_part` is the main part named by the package (xl/workbook.xml).
// Each sheet is a table of `budget` (the file's; nullptr for one of the
// default limits).
SourceDocument read_xlsx(ZipArchive& zip, const std::string& workbook_part,
                         const xlsx::SheetLimits& limits = {}, WorkBudget* budget = nullptr);

}  // namespace jxlint
