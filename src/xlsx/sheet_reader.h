// A worksheet part → Grid. Cells are collected sparsely as they stream by
// (r="…" references may skip positions or be missing), <mergeCells> — which
// follows <sheetData> — is applied in a second pass, and the grid is then
// compacted: rows without any text collapse (a run of them becomes one blank
// row, which still separates stacked tables) and unused columns are dropped,
// so a stray cell at XFD1048576 costs nothing. Every grid cell keeps its A1
// reference for findings.
#pragma once

#include <string>
#include <vector>

#include "grid/grid.h"
#include "grid/work_budget.h"
#include "xlsx/cell_ref.h"
#include "xlsx/shared_strings.h"
#include "xlsx/styles.h"
#include "xml/xml_parser.h"

namespace jxlint::xlsx {

struct SheetLimits {
  std::size_t max_grid_cells = 4'000'000;  // rows × columns after compaction
};

// Throws InputError (xlsx-corrupt for bad references or string indexes,
// sheet-too-large past the limit, resource-limit past the file's budget).
// `keep` lists cells that must stay in the grid even when empty (those that
// carry a comment). The grid's cells and every merge's area are counted
// against `budget` (the file's; nullptr for one of the default limits), so
// thousands of overlapping <mergeCell> over one large range cost a refusal,
// not hours.
Grid read_sheet(XmlParser& xml, const SharedStrings& strings, const Styles& styles, bool date1904,
                const std::string& sheet_name, const SheetLimits& limits = {},
                const std::vector<CellRef>& keep = {}, WorkBudget* budget = nullptr);

}  // namespace jxlint::xlsx
