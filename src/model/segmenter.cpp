#include "model/segmenter.h"

#include "model/captions.h"
#include "model/labels.h"
#include "model/rows.h"
#include "util/text.h"

namespace jxlint {
namespace {

// 项目编码, 项目名称 … all hold 项.
bool starts_project(const std::vector<RowCell>& cells, int r) {
  for (const auto& c : cells) {
    if (c.anchor_row != r || !contains(c.text, "项")) continue;
    Label l = classify_label(c.text);
    if (l == Label::project_code || l == Label::project_name) return true;
  }
  return false;
}

// A header row of any kind of indicator table names its 一级 column.
bool names_level1(const std::vector<RowCell>& cells, int r) {
  for (const auto& c : cells) {
    if (c.anchor_row == r && contains(c.text, "级") && classify_header(c.text) == Role::level1)
      return true;
  }
  return false;
}

// One text alone on its row that is neither a label nor a header: a line
// above a table that line_kind() does not know (a bare unit name).
bool is_loose_caption(const std::vector<RowCell>& cells) {
  auto filled = non_blank(cells);
  if (filled.size() != 1) return false;
  std::string_view t = filled[0].text;
  LineKind k = line_kind(t);
  return k != LineKind::note && k != LineKind::total && k != LineKind::continuation &&
         classify_label(t) == Label::none && classify_header(t) == Role::none;
}

struct Segment {
  std::vector<int> heading_rows;
  int begin = -1;  // first content row
  int end = -1;    // one past the last content row
  // Every content row so far is a loose caption: lines of prose above a
  // table (第二部分 预算项目绩效目标), not a table yet.
  bool only_loose = true;
  std::vector<int> loose_rows;
};

std::vector<Segment> segment_grid(const Grid& g) {
  std::vector<Segment> out(1);
  bool seen_project = false, seen_header = false, after_total = false;
  auto start_new = [&]() {
    out.emplace_back();
    seen_project = seen_header = after_total = false;
  };
  for (int r = 0; r < g.rows(); ++r) {
    if (g.row_is_blank(r)) continue;
    auto cells = row_cells(g, r);
    Segment* cur = &out.back();
    if (is_heading_row(cells)) {
      if (cur->begin >= 0 && cur->only_loose) {
        // Lines of prose above the title: they are captions too.
        cur->heading_rows.insert(cur->heading_rows.end(), cur->loose_rows.begin(),
                                 cur->loose_rows.end());
        cur->loose_rows.clear();
        cur->begin = cur->end = -1;
      } else if (cur->begin >= 0) {
        start_new();
        cur = &out.back();
      }
      cur->heading_rows.push_back(r);
      continue;
    }
    bool project_here = starts_project(cells, r);
    bool header_here = names_level1(cells, r);
    if (cur->begin >= 0 &&
        ((project_here && (seen_project || seen_header)) || (header_here && after_total))) {
      // Loose captions right above the new table (a bare department name)
      // go with it.
      std::vector<int> moved;
      int k = cur->end - 1;
      while (k > cur->begin && is_loose_caption(row_cells(g, k))) {
        moved.insert(moved.begin(), k);
        --k;
      }
      if (!moved.empty()) {
        cur->end = k + 1;
        while (cur->end > cur->begin && g.row_is_blank(cur->end - 1))
          --cur->end;
      }
      start_new();
      cur = &out.back();
      cur->heading_rows = std::move(moved);
    }
    bool loose = is_loose_caption(cells);
    if (cur->begin >= 0 && cur->only_loose && !loose) {
      // The prose above ends where the table begins.
      cur->heading_rows.insert(cur->heading_rows.end(), cur->loose_rows.begin(),
                               cur->loose_rows.end());
      cur->loose_rows.clear();
      cur->begin = -1;
    }
    if (cur->begin < 0) cur->begin = r;
    cur->end = r + 1;
    if (loose && cur->only_loose) {
      cur->loose_rows.push_back(r);
    } else {
      cur->only_loose = false;
    }
    seen_project = seen_project || project_here;
    seen_header = seen_header || header_here;
    auto filled = non_blank(cells);
    after_total = !filled.empty() && line_kind(filled[0].text) == LineKind::total;
  }
  // A segment of prose alone (or of nothing) is no table.
  std::erase_if(out, [](const Segment& s) { return s.begin < 0 || s.only_loose; });
  return out;
}

constexpr std::size_t kCaptionLines = 6;

}  // namespace

std::vector<Region> segment(const SourceDocument& doc) {
  std::vector<Region> out;
  std::vector<std::string> paragraphs;  // since the previous table block
  bool only_blank_between = false;      // since the previous table block
  bool any_table = false;
  for (int b = 0; b < static_cast<int>(doc.blocks.size()); ++b) {
    const Block& block = doc.blocks[static_cast<std::size_t>(b)];
    if (block.kind == Block::Kind::paragraph) {
      if (!text::is_blank(block.text)) {
        // Only the lines nearest the table can be its title or unit line.
        if (paragraphs.size() == kCaptionLines) paragraphs.erase(paragraphs.begin());
        paragraphs.push_back(text::one_line(block.text));
        if (!is_continuation_note(block.text)) only_blank_between = false;
      }
      continue;
    }
    const Grid& g = block.grid;
    auto segments = segment_grid(g);
    for (std::size_t s = 0; s < segments.size(); ++s) {
      const Segment& seg = segments[s];
      Region region;
      region.block = b;
      region.first_row = seg.begin;
      region.end_row = seg.end;
      region.first_in_block = s == 0;
      region.whole_block = segments.size() == 1 && seg.begin == 0 && seg.end == g.rows();
      if (s == 0) region.captions = paragraphs;
      for (int r : seg.heading_rows) {
        for (const auto& cell : non_blank(row_cells(g, r)))
          region.captions.push_back(text::one_line(cell.text));
      }
      region.has_heading_rows = !seg.heading_rows.empty();
      region.adjoins_previous_block = s == 0 && any_table && only_blank_between &&
                                      block.sheet.empty() && !region.has_heading_rows;
      out.push_back(std::move(region));
    }
    paragraphs.clear();
    any_table = true;
    only_blank_between = true;
  }
  return out;
}

}  // namespace jxlint
