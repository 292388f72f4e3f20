#include "xlsx/workbook.h"

#include "package/ooxml.h"
#include "util/input_error.h"
#include "xlsx/sml.h"

namespace jxlint::xlsx {

Workbook read_workbook(ZipArchive& zip, const std::string& workbook_part) {
  Workbook wb;
  wb.part = workbook_part;
  auto index = zip.locate(workbook_part);
  if (!index) {
    throw InputError("missing-part", "不是 Excel 工作簿：缺少 " + workbook_part,
                     "not an Excel workbook: " + workbook_part + " is missing");
  }
  ooxml::Relationships rels = ooxml::read_relationships(zip, workbook_part);
  struct Pending {
    std::string name, rel_id;
    bool hidden;
  };
  std::vector<Pending> pending;
  {
    ooxml::PartReader part(zip, *index);
    XmlReader& xml = part.xml();
    bool root = true;
    while (xml.read()) {
      if (root && xml.is_element()) {
        if (!is_element(xml, "workbook"))
          throw ooxml::WrongRootError(xml, "Excel 工作簿", "an Excel workbook");
        root = false;
      } else if (is_element(xml, "workbookPr")) {
        wb.date1904 = is_true(xml.attribute("date1904", "").value_or(""));
      } else if (is_element(xml, "sheet")) {
        auto id = xml.attribute("id", kRelations);
        if (!id) id = xml.attribute("id", kRelationsStrict);
        std::string state = xml.attribute("state", "").value_or("visible");
        pending.push_back(
            Pending{xml.attribute("name", "").value_or(""), id.value_or(""), state != "visible"});
      }
    }
  }
  for (auto& p : pending) {
    SheetEntry entry{p.name, "", p.hidden};
    auto rel = rels.find(p.rel_id);
    // Chart sheets, dialog and macro sheets hold no cells to lint.
    if (rel != rels.end() && !rel->second.external && rel->second.type.ends_with("/worksheet")) {
      entry.part = rel->second.target;
    }
    wb.sheets.push_back(std::move(entry));
  }
  wb.shared_strings_part = ooxml::find_target(rels, "sharedStrings");
  wb.styles_part = ooxml::find_target(rels, "styles");
  return wb;
}

}  // namespace jxlint::xlsx
