// What a reader hands to the recogniser: the body of a document in reading
// order, as paragraphs and tables. A .docx body gives both; a workbook gives
// one table block per sheet. Nothing here knows what a 绩效目标表 is.
#pragma once

#include <string>
#include <vector>

#include "grid/grid.h"

namespace jxlint {

struct Block {
  enum class Kind { paragraph, table };
  Kind kind = Kind::paragraph;
  std::string text;     // a paragraph's text
  Grid grid;            // a table's cells
  int ordinal = 0;      // 1-based: the n-th table of the body, or the n-th sheet
  std::string sheet;    // a sheet's name (workbooks only)
  bool hidden = false;  // a hidden sheet
};

// A place in the document: a block, and in a table block a grid cell.
struct SourcePos {
  int block = -1;  // index into SourceDocument::blocks
  int row = -1;    // grid position in a table block; -1 for a paragraph
  int col = -1;
  bool valid() const { return block >= 0; }
};

// A reviewer's comment (a Word comment, an Excel note) and what it is
// anchored on: from `start` to `end` in reading order.
struct SourceComment {
  std::string text;
  std::string author;
  SourcePos start;
  SourcePos end;
};

struct SourceDocument {
  std::string format;  // "docx" or "xlsx"
  std::vector<Block> blocks;
  std::vector<SourceComment> comments;
};

}  // namespace jxlint
