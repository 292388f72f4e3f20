#include "docx/docx_reader.h"

#include <charconv>
#include <cstdint>
#include <map>
#include <memory>

#include "package/ooxml.h"
#include "util/input_error.h"

namespace jxlint {
namespace {

using ooxml::kMarkupCompat;

// word/document.xml (or word/comments.xml) read inside the parser's
// callbacks: a frame per open element says what its children are, and the
// grid of each table is built as its cells end.
class DocxHandler : public XmlHandler {
 public:
  enum class Part { body, comments };

  DocxHandler(XmlParser& xml, WorkBudget& budget, Part part) : xml_(xml), budget_(budget) {
    doc_.format = "docx";
    open(part == Part::body ? Kind::before_root : Kind::comments);
  }

  SourceDocument take_document() {
    for (auto& [id, anchor] : anchors_) {
      SourceComment c;
      c.start = anchor.start.valid() ? anchor.start : anchor.reference;
      c.end = anchor.end.valid() ? anchor.end : c.start;
      if (!c.start.valid()) continue;
      if (!anchor.end.valid() && anchor.reference.valid()) c.end = anchor.reference;
      c.text = id;  // replaced by the comment's text once comments.xml is read
      doc_.comments.push_back(c);
    }
    return std::move(doc_);
  }

  // word/comments.xml: comment id → (text, author).
  std::map<std::string, std::pair<std::string, std::string>> take_comments() {
    return std::move(comments_);
  }

  void start(const XmlElement& e) override {
    Frame& parent = frames_.back();
    parent.has_child = true;
    switch (parent.kind) {
      case Kind::before_root:
        // Whatever a relationship points at, only a w:document has a body to read.
        if (!is_word(e, "document"))
          throw ooxml::WrongRootError(xml_.part_name(), e, "Word 文档的正文",
                                      "a Word document body");
        return open(Kind::outside);
      case Kind::outside:
        return open(is_word(e, "body") ? Kind::blocks : Kind::outside);
      case Kind::blocks:
        return start_block(e);
      case Kind::paragraph:
      case Kind::cell_paragraph:
      case Kind::comment_paragraph:
      case Kind::run:
        if (take_mark(e, true)) return;
        if (excluded(e)) return skip(e);
        return open(Kind::run, is_word(e, "t"));
      case Kind::table:
      case Kind::nested_table:
      case Kind::table_wrapper:
        if (take_mark(e, false)) return;
        if (is_word(e, "tr")) {
          tables_.back()->builder.begin_row();
          tables_.back()->grid_after = 0;
          return open(Kind::row);
        }
        return is_wrapper(e) ? open(Kind::table_wrapper) : skip(e);
      case Kind::row:
      case Kind::row_wrapper:
        if (take_mark(e, false)) return;
        if (is_word(e, "trPr")) return open(Kind::row_props);
        if (is_word(e, "tc")) {
          ++cell_depth_;
          cells_.emplace_back();
          return open(Kind::cell);
        }
        return is_wrapper(e) ? open(Kind::row_wrapper) : skip(e);
      case Kind::row_props:
        if (is_word(e, "gridBefore"))
          tables_.back()->builder.skip_columns(int_value(word_attribute(e, "val"), 0));
        if (is_word(e, "gridAfter"))
          tables_.back()->grid_after = int_value(word_attribute(e, "val"), 0);
        return skip(e);
      case Kind::cell:
        if (is_word(e, "tcPr")) return open(Kind::cell_props);
        return start_cell_content(e);
      case Kind::cell_props:
        take_cell_property(e);
        return skip(e);
      case Kind::cell_wrapper:
        return start_cell_content(e);
      case Kind::comments:
        if (is_word(e, "comment")) {
          comment_id_ = word_attribute(e, "id").value_or("");
          comment_author_ = word_attribute(e, "author").value_or("");
          comment_text_.clear();
          return open(Kind::comment);
        }
        return open(Kind::comments);
      case Kind::comment:
        if (is_word(e, "p")) return open_paragraph(Kind::comment_paragraph);
        return skip(e);
      case Kind::skipped:
        return;  // the parser delivers nothing inside a skipped element
    }
  }

  void end(const XmlElement& e) override {
    Frame frame = frames_.back();
    frames_.pop_back();
    switch (frame.kind) {
      case Kind::run:
        if (!frame.has_child) emit_empty(e);
        return;
      case Kind::paragraph:
        if (cell_depth_ == 0)
          resolve_marks(SourcePos{static_cast<int>(doc_.blocks.size()), -1, -1});
        doc_.blocks.push_back(Block{});
        doc_.blocks.back().kind = Block::Kind::paragraph;
        doc_.blocks.back().text = std::move(paragraph_);
        return;
      case Kind::cell_paragraph:
        // Empty paragraphs add nothing (Word ends every cell, and every
        // nested table in it, with one).
        if (!paragraph_.empty()) append_line(cells_.back().text, paragraph_);
        return;
      case Kind::comment_paragraph:
        if (!comment_text_.empty()) comment_text_ += '\n';
        comment_text_ += paragraph_;
        return;
      case Kind::table: {
        Block block;
        block.kind = Block::Kind::table;
        block.ordinal = table_count_;
        block.grid = tables_.back()->builder.build();
        tables_.pop_back();
        doc_.blocks.push_back(std::move(block));
        return;
      }
      case Kind::nested_table: {
        std::string text = grid_text(tables_.back()->builder.build());
        tables_.pop_back();
        if (!text.empty()) append_line(cells_.back().text, text);
        return;
      }
      case Kind::row:
        tables_.back()->builder.skip_columns(tables_.back()->grid_after);
        return;
      case Kind::cell: {
        GridBuilder& builder = tables_.back()->builder;
        SourcePos pos{table_block_, builder.current_row(), builder.next_column()};
        CellState& cell = cells_.back();
        builder.add_cell(std::move(cell.text), cell.span, cell.vmerge, cell.hmerge_continue);
        cells_.pop_back();
        // Marks inside a nested table belong to the outermost cell.
        if (--cell_depth_ == 0) resolve_marks(pos);
        return;
      }
      case Kind::comment:
        comments_[comment_id_] = {std::move(comment_text_), std::move(comment_author_)};
        comment_text_.clear();
        return;
      default:
        return;
    }
  }

  void text(std::string_view chars, int) override {
    Frame& frame = frames_.back();
    frame.has_child = true;
    if (frame.in_text) paragraph_ += chars;
  }

 private:
  // What an open element is, which says what its children are and what its
  // end does.
  enum class Kind : std::uint8_t {
    before_root,        // document.xml's root is yet to come
    outside,            // the root and anything but w:body in it
    blocks,             // w:body, and a wrapper of its paragraphs and tables
    paragraph,          // a body paragraph: its text is a block's
    cell_paragraph,     // a paragraph in a table cell
    comment_paragraph,  // a paragraph of a comment
    run,                // any element inside a paragraph
    table,              // a body table: its grid is a block's
    nested_table,       // a table in a cell: its text goes to that cell
    table_wrapper,      // a wrapper of rows
    row,                // w:tr
    row_wrapper,        // a wrapper of cells
    row_props,          // w:trPr
    cell,               // w:tc
    cell_props,         // w:tcPr
    cell_wrapper,       // a wrapper of a cell's paragraphs and tables
    comments,           // comments.xml outside a comment
    comment,            // w:comment
    skipped,            // nothing inside is delivered
  };
  struct Frame {
    Kind kind;
    bool in_text = false;    // a w:t: its text is the paragraph's
    bool has_child = false;  // an element or a text was inside
  };
  struct TableState {
    explicit TableState(WorkBudget* budget) : builder(budget) {}
    GridBuilder builder;
    long long grid_after = 0;  // of the row being read
  };
  struct CellState {
    long long span = 1;
    GridBuilder::VMerge vmerge = GridBuilder::VMerge::none;
    bool hmerge_continue = false;
    std::string text;
  };

  void open(Kind kind, bool in_text = false) { frames_.push_back(Frame{kind, in_text}); }
  void skip(const XmlElement& e) {
    xml_.skip_subtree(e.depth);
    open(Kind::skipped);
  }
  void open_paragraph(Kind kind) {
    paragraph_.clear();
    open(kind);
  }
  void open_table(Kind kind) {
    budget_.add_table();
    tables_.push_back(std::make_unique<TableState>(&budget_));
    open(kind);
  }

  // Children of w:body, w:sdtContent, w:customXml … : paragraphs and tables.
  void start_block(const XmlElement& e) {
    if (take_mark(e, false)) return;
    if (is_word(e, "p")) return open_paragraph(Kind::paragraph);
    if (is_word(e, "tbl")) {
      ++table_count_;
      table_block_ = static_cast<int>(doc_.blocks.size());
      return open_table(Kind::table);
    }
    if (is_wrapper(e)) return open(Kind::blocks);
    skip(e);
  }

  // One child of a cell: a paragraph, a nested table, or a wrapper of them.
  void start_cell_content(const XmlElement& e) {
    if (take_mark(e, true)) return;
    if (is_word(e, "p")) return open_paragraph(Kind::cell_paragraph);
    if (is_word(e, "tbl")) return open_table(Kind::nested_table);
    if (is_wrapper(e)) return open(Kind::cell_wrapper);
    skip(e);
  }

  void take_cell_property(const XmlElement& e) {
    CellState& cell = cells_.back();
    if (is_word(e, "gridSpan")) cell.span = int_value(word_attribute(e, "val"), 1);
    if (is_word(e, "vMerge")) {
      auto val = word_attribute(e, "val");
      cell.vmerge = val && *val == "restart" ? GridBuilder::VMerge::restart
                                             : GridBuilder::VMerge::continue_above;
    }
    if (is_word(e, "hMerge")) {
      auto val = word_attribute(e, "val");
      cell.hmerge_continue = !(val && *val == "restart");
    }
  }

  static void append_line(std::string& text, const std::string& line) {
    if (!text.empty()) text += '\n';
    text += line;
  }

  // Comment anchors (w:commentRangeStart/End, w:commentReference) are placed
  // at the paragraph or the table cell whose content holds them.
  struct Anchor {
    SourcePos start, end, reference;
  };
  enum class MarkKind { start, end, reference };
  struct Mark {
    std::string id;
    MarkKind kind;
  };

  // Records a comment mark (and passes over it) if `e` is one.
  bool take_mark(const XmlElement& e, bool in_content) {
    if (!is_word(e)) return false;
    MarkKind kind;
    if (e.local == "commentRangeStart")
      kind = MarkKind::start;
    else if (e.local == "commentRangeEnd")
      kind = MarkKind::end;
    else if (e.local == "commentReference")
      kind = MarkKind::reference;
    else
      return false;
    std::string id(word_attribute(e, "id").value_or(""));
    if (in_content || cell_depth_ > 0) {
      pending_.push_back({id, kind});
    } else if (kind == MarkKind::end) {
      anchors_[id].end = last_pos_;  // between blocks: the range ended with the last one
    } else {
      pending_.push_back({id, kind});  // a start between blocks: the next content starts it
    }
    skip(e);
    return true;
  }

  void resolve_marks(SourcePos pos) {
    for (const Mark& m : pending_) {
      Anchor& a = anchors_[m.id];
      switch (m.kind) {
        case MarkKind::start:
          a.start = pos;
          break;
        case MarkKind::end:
          a.end = pos;
          break;
        case MarkKind::reference:
          a.reference = pos;
          break;
      }
    }
    pending_.clear();
    last_pos_ = pos;
  }

  static bool is_word(const XmlElement& e) {
    return e.ns == ooxml::kWordMain || e.ns == ooxml::kWordStrict;
  }
  static bool is_word(const XmlElement& e, std::string_view local) {
    return e.local == local && is_word(e);
  }
  static bool is_mc(const XmlElement& e, std::string_view local) {
    return e.local == local && e.ns == kMarkupCompat;
  }

  // Elements whose children belong to their parent's content model: content
  // controls, custom XML, the chosen branch of markup compatibility.
  static bool is_wrapper(const XmlElement& e) {
    return is_word(e, "sdt") || is_word(e, "sdtContent") || is_word(e, "customXml") ||
           is_word(e, "smartTag") || is_mc(e, "AlternateContent") || is_mc(e, "Choice") ||
           is_word(e, "ins") || is_word(e, "moveTo");
  }

  // Subtrees whose text is not the document's visible text.
  static bool excluded(const XmlElement& e) {
    if (is_word(e)) {
      std::string_view n = e.local;
      return n == "del" || n == "delText" || n == "moveFrom" || n == "instrText" ||
             n == "delInstrText" || n == "pPr" || n == "rPr" || n == "tblPr" || n == "trPr" ||
             n == "tcPr" || n == "sectPr" || n == "footnoteReference" || n == "endnoteReference" ||
             n == "commentReference" || n == "annotationRef";
    }
    return is_mc(e, "Fallback");
  }

  // Empty elements that stand for characters.
  void emit_empty(const XmlElement& e) {
    if (!is_word(e)) return;
    std::string_view n = e.local;
    if (n == "tab" || n == "ptab") {
      paragraph_ += '\t';
    } else if (n == "br" || n == "cr") {
      paragraph_ += '\n';
    } else if (n == "noBreakHyphen") {
      paragraph_ += '-';
    }
  }

  // Spans and skips as written: GridBuilder refuses the absurd ones.
  static long long int_value(std::optional<std::string_view> v, long long fallback) {
    if (!v) return fallback;
    long long out = fallback;
    auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
    return ec == std::errc() ? out : fallback;
  }

  static std::optional<std::string_view> word_attribute(const XmlElement& e,
                                                        std::string_view local) {
    auto v = e.attribute(local, ooxml::kWordMain);
    if (!v) v = e.attribute(local, ooxml::kWordStrict);
    return v;
  }

  // A nested table's text: its anchors' texts, a space between cells and a
  // line break between rows.
  static std::string grid_text(const Grid& grid) {
    std::string out;
    for (int r = 0; r < grid.rows(); ++r) {
      std::string line;
      for (int c = 0; c < grid.cols(); ++c) {
        if (!grid.is_anchor(r, c) || grid.at(r, c).text.empty()) continue;
        if (!line.empty()) line += ' ';
        line += grid.at(r, c).text;
      }
      if (line.empty()) continue;
      if (!out.empty()) out += '\n';
      out += line;
    }
    return out;
  }

  XmlParser& xml_;
  WorkBudget& budget_;
  SourceDocument doc_;
  std::vector<Frame> frames_;
  std::vector<std::unique_ptr<TableState>> tables_;  // the innermost table last
  std::vector<CellState> cells_;                     // the innermost cell last
  std::string paragraph_;                            // the text of the paragraph being read
  int table_count_ = 0;
  int table_block_ = -1;  // block index of the outermost table being read
  int cell_depth_ = 0;    // > 0 inside a table cell (nested tables count deeper)
  std::vector<Mark> pending_;
  std::map<std::string, Anchor> anchors_;
  SourcePos last_pos_;
  std::string comment_id_, comment_author_, comment_text_;
  std::map<std::string, std::pair<std::string, std::string>> comments_;
};

}  // namespace

SourceDocument read_docx_body(XmlParser& xml, WorkBudget& budget) {
  DocxHandler handler(xml, budget, DocxHandler::Part::body);
  xml.parse(handler);
  return handler.take_document();
}

SourceDocument read_docx_body(XmlParser& xml) {
  WorkBudget budget;
  return read_docx_body(xml, budget);
}

SourceDocument read_docx(ZipArchive& zip, const std::string& document_part, WorkBudget& budget) {
  auto index = zip.locate(document_part);
  if (!index) {
    throw InputError("missing-part", "不是 Word 文档：文件中没有正文部件 " + document_part,
                     "not a Word document: the package has no " + document_part);
  }
  SourceDocument doc;
  {
    ooxml::PartReader part(zip, *index);
    doc = read_docx_body(part.parser(), budget);
  }
  if (doc.comments.empty()) return doc;
  // The anchors carry comment ids until the comments part gives their text.
  std::map<std::string, std::pair<std::string, std::string>> texts;
  std::string comments_part =
      ooxml::find_target(ooxml::read_relationships(zip, document_part), "comments");
  if (auto comments = comments_part.empty() ? std::nullopt : zip.locate(comments_part)) {
    ooxml::PartReader part(zip, *comments);
    DocxHandler handler(part.parser(), budget, DocxHandler::Part::comments);
    part.parser().parse(handler);
    texts = handler.take_comments();
  }
  std::vector<SourceComment> resolved;
  for (auto& c : doc.comments) {
    auto it = texts.find(c.text);
    if (it == texts.end()) continue;
    c.text = it->second.first;
    c.author = it->second.second;
    resolved.push_back(std::move(c));
  }
  doc.comments = std::move(resolved);
  return doc;
}

SourceDocument read_docx(ZipArchive& zip, const std::string& document_part) {
  WorkBudget budget;
  return read_docx(zip, document_part, budget);
}

}  // namespace jxlint
