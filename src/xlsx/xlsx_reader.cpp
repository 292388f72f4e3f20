#include "xlsx/xlsx_reader.h"

#include "package/ooxml.h"
#include "util/input_error.h"
#include "xlsx/shared_strings.h"
#include "xlsx/sheet_reader.h"
#include "xlsx/styles.h"
#include "xlsx/workbook.h"

namespace jxlint {

SourceDocument read_xlsx(ZipArchive& zip, const std::string& workbook_part) {
  xlsx::Workbook wb = xlsx::read_workbook(zip, workbook_part);
  xlsx::SharedStrings strings;
  if (auto index =
          wb.shared_strings_part.empty() ? std::nullopt : zip.locate(wb.shared_strings_part)) {
    ooxml::PartReader part(zip, *index);
    strings.read(part.xml());
  }
  xlsx::Styles styles;
  if (auto index = wb.styles_part.empty() ? std::nullopt : zip.locate(wb.styles_part)) {
    ooxml::PartReader part(zip, *index);
    styles.read(part.xml());
  }
  SourceDocument doc;
  doc.format = "xlsx";
  int ordinal = 0;
  for (const xlsx::SheetEntry& sheet : wb.sheets) {
    ++ordinal;
    if (sheet.part.empty()) continue;
    auto index = zip.locate(sheet.part);
    if (!index) {
      throw InputError("missing-part",
                       "工作表「" + sheet.name + "」的部件 " + sheet.part + " 不存在",
                       "the part " + sheet.part + " of sheet \"" + sheet.name + "\" is missing");
    }
    Block block;
    block.kind = Block::Kind::table;
    block.ordinal = ordinal;
    block.sheet = sheet.name;
    block.hidden = sheet.hidden;
    ooxml::PartReader part(zip, *index);
    block.grid = xlsx::read_sheet(part.xml(), strings, styles, wb.date1904, sheet.name);
    doc.blocks.push_back(std::move(block));
  }
  return doc;
}

}  // namespace jxlint
