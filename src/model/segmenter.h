// Where each table of a document starts and ends, decided by meaning: a
// table ends where the next one's title, department or unit line, project
// block, or (after a 合计/总分 row) header begins, with or without blank rows
// between. Titles and unit lines, whether paragraphs before a w:tbl or rows
// of a sheet, become the captions of the table they head, never its rows.
#pragma once

#include <string>
#include <vector>

#include "grid/document.h"

namespace jxlint {

struct Region {
  int block = 0;      // the table block (w:tbl or sheet) it lies in
  int first_row = 0;  // its rows in that block's grid: [first_row, end_row)
  int end_row = 0;
  bool whole_block = false;  // it is the block's whole grid
  bool first_in_block = false;
  // The lines above it: paragraphs since the previous table block (for the
  // block's first region) and its own heading rows, in reading order.
  std::vector<std::string> captions;
  bool has_heading_rows = false;
  // Nothing but blank paragraphs or 续表 notes stands between this region and
  // the previous table block: it may continue the table there.
  bool adjoins_previous_block = false;
};

// The regions of every table block, in reading order.
std::vector<Region> segment(const SourceDocument& doc);

}  // namespace jxlint
