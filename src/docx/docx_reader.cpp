#include "docx/docx_reader.h"

#include <charconv>
#include <map>

#include "package/ooxml.h"
#include "util/input_error.h"

namespace jxlint {
namespace {

using ooxml::kMarkupCompat;

class BodyParser {
 public:
  BodyParser(XmlReader& xml, WorkBudget& budget) : xml_(xml), budget_(budget) {}

  SourceDocument parse() {
    SourceDocument doc;
    doc.format = "docx";
    doc_ = &doc;
    bool root = true;
    while (xml_.read()) {
      if (root && xml_.is_element()) {
        // Whatever a relationship points at, only a w:document has a body to read.
        if (!is_word("document"))
          throw ooxml::WrongRootError(xml_, "Word 文档的正文", "a Word document body");
        root = false;
        continue;
      }
      if (xml_.is_element() && is_word() && xml_.local_name() == "body") {
        if (!xml_.is_empty_element()) parse_block_content(doc, xml_.depth());
      }
    }
    for (auto& [id, anchor] : anchors_) {
      SourceComment c;
      c.start = anchor.start.valid() ? anchor.start : anchor.reference;
      c.end = anchor.end.valid() ? anchor.end : c.start;
      if (!c.start.valid()) continue;
      if (!anchor.end.valid() && anchor.reference.valid()) c.end = anchor.reference;
      c.text = id;  // replaced by the comment's text once comments.xml is read
      doc.comments.push_back(c);
    }
    return doc;
  }

  // word/comments.xml: comment id → (text, author).
  std::map<std::string, std::pair<std::string, std::string>> parse_comments() {
    std::map<std::string, std::pair<std::string, std::string>> out;
    while (xml_.read()) {
      if (!(xml_.is_element() && is_word("comment"))) continue;
      std::string id = word_attribute("id").value_or("");
      std::string author = word_attribute("author").value_or("");
      std::string text;
      if (!xml_.is_empty_element()) {
        int depth = xml_.depth();
        while (xml_.next_child(depth)) {
          if (!xml_.is_element()) continue;
          if (is_word("p")) {
            std::string paragraph;
            collect_text(paragraph);
            if (!text.empty()) text += '\n';
            text += paragraph;
          } else {
            xml_.skip();
          }
        }
      }
      out[id] = {text, author};
    }
    return out;
  }

 private:
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

  // Records a comment mark if the current element is one.
  bool take_mark(bool in_content) {
    if (!is_word()) return false;
    std::string_view n = xml_.local_name();
    MarkKind kind;
    if (n == "commentRangeStart")
      kind = MarkKind::start;
    else if (n == "commentRangeEnd")
      kind = MarkKind::end;
    else if (n == "commentReference")
      kind = MarkKind::reference;
    else
      return false;
    std::string id = word_attribute("id").value_or("");
    if (in_content || cell_depth_ > 0) {
      pending_.push_back({id, kind});
    } else if (kind == MarkKind::end) {
      anchors_[id].end = last_pos_;  // between blocks: the range ended with the last one
    } else {
      pending_.push_back({id, kind});  // a start between blocks: the next content starts it
    }
    xml_.skip();
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

  bool is_word() const {
    std::string_view ns = xml_.namespace_uri();
    return ns == ooxml::kWordMain || ns == ooxml::kWordStrict;
  }
  bool is_word(std::string_view local) const { return is_word() && xml_.local_name() == local; }
  bool is_mc(std::string_view local) const {
    return xml_.namespace_uri() == kMarkupCompat && xml_.local_name() == local;
  }

  // Children of w:body, w:sdtContent, w:customXml … : paragraphs and tables.
  void parse_block_content(SourceDocument& doc, int depth) {
    while (xml_.next_child(depth)) {
      if (!xml_.is_element()) continue;
      if (take_mark(false)) continue;
      if (is_word("p")) {
        Block block;
        block.kind = Block::Kind::paragraph;
        collect_text(block.text);
        if (cell_depth_ == 0) resolve_marks(SourcePos{static_cast<int>(doc.blocks.size()), -1, -1});
        doc.blocks.push_back(std::move(block));
      } else if (is_word("tbl")) {
        Block block;
        block.kind = Block::Kind::table;
        block.ordinal = ++table_count_;
        table_block_ = static_cast<int>(doc.blocks.size());
        block.grid = parse_table();
        doc.blocks.push_back(std::move(block));
      } else if (is_wrapper()) {
        if (!xml_.is_empty_element()) parse_block_content(doc, xml_.depth());
      } else {
        xml_.skip();
      }
    }
  }

  // Elements whose children belong to their parent's content model: content
  // controls, custom XML, the chosen branch of markup compatibility.
  bool is_wrapper() const {
    return is_word("sdt") || is_word("sdtContent") || is_word("customXml") || is_word("smartTag") ||
           is_mc("AlternateContent") || is_mc("Choice") || is_word("ins") || is_word("moveTo");
  }

  // Appends the text of the current element's subtree.
  void collect_text(std::string& out) {
    if (xml_.is_empty_element()) {
      emit_empty(out);
      return;
    }
    int depth = xml_.depth();
    bool in_text = is_word("t");
    while (xml_.next_child(depth)) {
      if (xml_.is_text()) {
        if (in_text) out += xml_.value();
        continue;
      }
      if (!xml_.is_element()) continue;
      if (take_mark(true)) continue;
      if (excluded()) {
        xml_.skip();
      } else if (xml_.is_empty_element()) {
        emit_empty(out);
      } else {
        collect_text(out);
      }
    }
  }

  // Subtrees whose text is not the document's visible text.
  bool excluded() const {
    if (is_word()) {
      std::string_view n = xml_.local_name();
      return n == "del" || n == "delText" || n == "moveFrom" || n == "instrText" ||
             n == "delInstrText" || n == "pPr" || n == "rPr" || n == "tblPr" || n == "trPr" ||
             n == "tcPr" || n == "sectPr" || n == "footnoteReference" || n == "endnoteReference" ||
             n == "commentReference" || n == "annotationRef";
    }
    return is_mc("Fallback");
  }

  // Empty elements that stand for characters.
  void emit_empty(std::string& out) const {
    if (!is_word()) return;
    std::string_view n = xml_.local_name();
    if (n == "tab" || n == "ptab") {
      out += '\t';
    } else if (n == "br" || n == "cr") {
      out += '\n';
    } else if (n == "noBreakHyphen") {
      out += '-';
    }
  }

  Grid parse_table() {
    budget_.add_table();
    GridBuilder builder(&budget_);
    if (!xml_.is_empty_element()) parse_table_content(builder, xml_.depth());
    return builder.build();
  }

  void parse_table_content(GridBuilder& builder, int depth) {
    while (xml_.next_child(depth)) {
      if (!xml_.is_element()) continue;
      if (take_mark(false)) continue;
      if (is_word("tr")) {
        parse_row(builder);
      } else if (is_wrapper()) {
        if (!xml_.is_empty_element()) parse_table_content(builder, xml_.depth());
      } else {
        xml_.skip();
      }
    }
  }

  // Spans and skips as written: GridBuilder refuses the absurd ones.
  static long long int_value(const std::optional<std::string>& v, long long fallback) {
    if (!v) return fallback;
    long long out = fallback;
    auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
    return ec == std::errc() ? out : fallback;
  }

  std::optional<std::string> word_attribute(std::string_view local) const {
    auto v = xml_.attribute(local, ooxml::kWordMain);
    if (!v) v = xml_.attribute(local, ooxml::kWordStrict);
    return v;
  }

  void parse_row(GridBuilder& builder) {
    builder.begin_row();
    if (xml_.is_empty_element()) return;
    long long grid_after = 0;
    parse_row_content(builder, xml_.depth(), grid_after);
    builder.skip_columns(grid_after);
  }

  void parse_row_content(GridBuilder& builder, int depth, long long& grid_after) {
    while (xml_.next_child(depth)) {
      if (!xml_.is_element()) continue;
      if (take_mark(false)) continue;
      if (is_word("trPr")) {
        if (xml_.is_empty_element()) continue;
        int pr_depth = xml_.depth();
        while (xml_.next_child(pr_depth)) {
          if (!xml_.is_element()) continue;
          if (is_word("gridBefore")) builder.skip_columns(int_value(word_attribute("val"), 0));
          if (is_word("gridAfter")) grid_after = int_value(word_attribute("val"), 0);
          xml_.skip();
        }
      } else if (is_word("tc")) {
        parse_cell(builder);
      } else if (is_wrapper()) {
        if (!xml_.is_empty_element()) parse_row_content(builder, xml_.depth(), grid_after);
      } else {
        xml_.skip();
      }
    }
  }

  void parse_cell(GridBuilder& builder) {
    ++cell_depth_;
    long long span = 1;
    auto vmerge = GridBuilder::VMerge::none;
    bool hmerge_continue = false;
    std::string text;
    if (!xml_.is_empty_element()) {
      int depth = xml_.depth();
      while (xml_.next_child(depth)) {
        if (!xml_.is_element()) continue;
        if (is_word("tcPr")) {
          if (xml_.is_empty_element()) continue;
          int pr_depth = xml_.depth();
          while (xml_.next_child(pr_depth)) {
            if (!xml_.is_element()) continue;
            if (is_word("gridSpan")) span = int_value(word_attribute("val"), 1);
            if (is_word("vMerge")) {
              auto val = word_attribute("val");
              vmerge = val && *val == "restart" ? GridBuilder::VMerge::restart
                                                : GridBuilder::VMerge::continue_above;
            }
            if (is_word("hMerge")) {
              auto val = word_attribute("val");
              hmerge_continue = !(val && *val == "restart");
            }
            xml_.skip();
          }
        } else {
          parse_cell_content(text);
        }
      }
    }
    SourcePos pos{table_block_, builder.current_row(), builder.next_column()};
    builder.add_cell(std::move(text), span, vmerge, hmerge_continue);
    // Marks inside a nested table belong to the outermost cell.
    if (--cell_depth_ == 0) resolve_marks(pos);
  }

  // One child of a cell: a paragraph, a nested table, or a wrapper of them.
  void parse_cell_content(std::string& text) {
    if (take_mark(true)) return;
    if (is_word("p")) {
      // Empty paragraphs add nothing (Word ends every cell, and every nested
      // table in it, with one).
      std::string paragraph;
      collect_text(paragraph);
      if (paragraph.empty()) return;
      if (!text.empty()) text += '\n';
      text += paragraph;
    } else if (is_word("tbl")) {
      Grid nested = parse_table();
      std::string nested_text = grid_text(nested);
      if (!nested_text.empty()) {
        if (!text.empty()) text += '\n';
        text += nested_text;
      }
    } else if (is_wrapper() && !xml_.is_empty_element()) {
      int depth = xml_.depth();
      while (xml_.next_child(depth)) {
        if (xml_.is_element()) parse_cell_content(text);
      }
    } else {
      xml_.skip();
    }
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

  XmlReader& xml_;
  WorkBudget& budget_;
  SourceDocument* doc_ = nullptr;
  int table_count_ = 0;
  int table_block_ = -1;  // block index of the outermost table being read
  int cell_depth_ = 0;    // > 0 inside a table cell (nested tables count deeper)
  std::vector<Mark> pending_;
  std::map<std::string, Anchor> anchors_;
  SourcePos last_pos_;
};

}  // namespace

SourceDocument read_docx_body(XmlReader& xml, WorkBudget& budget) {
  return BodyParser(xml, budget).parse();
}

SourceDocument read_docx_body(XmlReader& xml) {
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
    doc = read_docx_body(part.xml(), budget);
  }
  if (doc.comments.empty()) return doc;
  // The anchors carry comment ids until the comments part gives their text.
  std::map<std::string, std::pair<std::string, std::string>> texts;
  std::string comments_part =
      ooxml::find_target(ooxml::read_relationships(zip, document_part), "comments");
  if (auto comments = comments_part.empty() ? std::nullopt : zip.locate(comments_part)) {
    ooxml::PartReader part(zip, *comments);
    texts = BodyParser(part.xml(), budget).parse_comments();
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
