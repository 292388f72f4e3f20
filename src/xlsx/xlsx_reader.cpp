#include "xlsx/xlsx_reader.h"

#include <cstdlib>
#include <map>

#include "package/ooxml.h"
#include "util/input_error.h"
#include "xlsx/cell_ref.h"
#include "xlsx/shared_strings.h"
#include "xlsx/sheet_reader.h"
#include "xlsx/sml.h"
#include "xlsx/styles.h"
#include "xlsx/workbook.h"

namespace jxlint {
namespace {

struct Note {
  xlsx::CellRef at;
  std::string text;
  std::string author;
};

// A sheet's notes (xl/comments1.xml …), found through the sheet's rels.
// Threaded comments come with such a legacy note too, so this covers both.
std::vector<Note> read_notes(ZipArchive& zip, const std::string& sheet_part) {
  std::vector<Note> notes;
  std::string part_name =
      ooxml::find_target(ooxml::read_relationships(zip, sheet_part), "comments");
  auto index = part_name.empty() ? std::nullopt : zip.locate(part_name);
  if (!index) return notes;
  ooxml::PartReader part(zip, *index);
  XmlReader& xml = part.xml();
  std::vector<std::string> authors;
  while (xml.read()) {
    if (xlsx::is_element(xml, "author")) {
      // <author> holds its name as plain text, not as <t> runs.
      std::string name;
      if (!xml.is_empty_element()) {
        int depth = xml.depth();
        while (xml.next_child(depth)) {
          if (xml.is_text()) name += xml.value();
        }
      }
      authors.push_back(name);
    } else if (xlsx::is_element(xml, "comment")) {
      auto ref = xlsx::parse_cell_ref(xml.attribute("ref", "").value_or(""));
      std::size_t author = 0;
      if (auto a = xml.attribute("authorId", "")) author = std::strtoul(a->c_str(), nullptr, 10);
      Note note;
      // The note's text is its <text> element: rich runs without phonetics.
      xlsx::read_string_item(xml, note.text);
      if (!ref) continue;
      note.at = *ref;
      if (author < authors.size()) note.author = authors[author];
      notes.push_back(std::move(note));
    }
  }
  return notes;
}

}  // namespace

SourceDocument read_xlsx(ZipArchive& zip, const std::string& workbook_part,
                         const xlsx::SheetLimits& limits, WorkBudget* budget) {
  WorkBudget own_budget;
  if (budget == nullptr) budget = &own_budget;
  xlsx::Workbook wb = xlsx::read_workbook(zip, workbook_part);
  xlsx::SharedStrings strings;
  if (auto index =
          wb.shared_strings_part.empty() ? std::nullopt : zip.locate(wb.shared_strings_part)) {
    ooxml::PartReader part(zip, *index);
    strings.read(part.parser());
  }
  xlsx::Styles styles;
  if (auto index = wb.styles_part.empty() ? std::nullopt : zip.locate(wb.styles_part)) {
    styles.read_when_needed([&zip, at = *index] {
      ooxml::PartReader part(zip, at);
      return xlsx::Styles::parse(part.xml());
    });
  }
  SourceDocument doc;
  doc.format = "xlsx";
  int ordinal = 0;
  for (const xlsx::SheetEntry& sheet : wb.sheets) {
    ++ordinal;
    if (sheet.part.empty()) continue;
    budget->add_table();
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
    std::vector<Note> notes = read_notes(zip, sheet.part);
    std::vector<xlsx::CellRef> keep;
    for (const Note& n : notes)
      keep.push_back(n.at);
    {
      ooxml::PartReader part(zip, *index);
      block.grid = xlsx::read_sheet(part.parser(), strings, styles, wb.date1904, sheet.name, limits,
                                    keep, budget);
    }
    if (!notes.empty()) {
      std::map<std::pair<int, int>, std::pair<int, int>> where;
      for (int r = 0; r < block.grid.rows(); ++r) {
        for (int c = 0; c < block.grid.cols(); ++c) {
          const Cell& cell = block.grid.at(r, c);
          where.emplace(std::pair{cell.sheet_row, cell.sheet_col}, std::pair{r, c});
        }
      }
      int block_index = static_cast<int>(doc.blocks.size());
      for (Note& n : notes) {
        auto it = where.find(std::pair{n.at.row, n.at.col});
        if (it == where.end()) continue;
        SourcePos pos{block_index, it->second.first, it->second.second};
        doc.comments.push_back(SourceComment{std::move(n.text), std::move(n.author), pos, pos});
      }
    }
    doc.blocks.push_back(std::move(block));
  }
  return doc;
}

}  // namespace jxlint
