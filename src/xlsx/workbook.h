// xl/workbook.xml and its relationships: the sheets in order, with their
// names, visibility and parts; and the date system.
#pragma once

#include <string>
#include <vector>

#include "package/zip_archive.h"

namespace jxlint::xlsx {

struct SheetEntry {
  std::string name;
  std::string part;     // e.g. "xl/worksheets/sheet1.xml"; "" when not a worksheet
  bool hidden = false;  // state="hidden" or "veryHidden"
};

struct Workbook {
  std::string part;  // the workbook part, e.g. "xl/workbook.xml"
  std::vector<SheetEntry> sheets;
  bool date1904 = false;
  std::string shared_strings_part;  // "" when the workbook has none
  std::string styles_part;
};

// Reads the workbook part named by the package relationships. Throws InputError.
Workbook read_workbook(ZipArchive& zip, const std::string& workbook_part);

}  // namespace jxlint::xlsx
