#include "targets.h"

#include <sstream>
#include <string>
#include <string_view>

#include "app/cache.h"
#include "config/config.h"
#include "docx/docx_reader.h"
#include "lint/linter.h"
#include "lint/suppression.h"
#include "model/categories.h"
#include "model/labels.h"
#include "model/recognizer.h"
#include "model/value.h"
#include "report/reporter.h"
#include "util/input_error.h"
#include "util/text.h"
#include "xlsx/sheet_reader.h"

namespace jxlint::fuzz {
namespace {

const RuleSet& rules() {
  static const RuleSet set = RuleSet::defaults();
  return set;
}

// Small limits keep each execution fast; the code paths are the same.
LintOptions options() {
  LintOptions o;
  o.limits.max_part_bytes = 8u << 20;
  o.limits.max_total_bytes = 16u << 20;
  o.max_sheet_cells = 200'000;
  o.keep_tables = true;
  return o;
}

XmlParser::Source source_of(std::string_view bytes, std::size_t& pos) {
  return [bytes, &pos](char* buf, std::size_t n) {
    std::size_t k = std::min(n, bytes.size() - pos);
    std::copy_n(bytes.data() + pos, k, buf);
    pos += k;
    return k;
  };
}

void lint_document(const SourceDocument& doc) {
  Recognition r = recognize(doc);
  for (const TargetTable& t : r.tables) {
    std::vector<Finding> findings;
    rules().run(t, Lang::zh, findings);
    std::vector<SuppressedFinding> suppressed;
    apply_suppressions(t, rules(), Lang::en, findings, suppressed);
  }
}

}  // namespace

void lint_file_bytes(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  FileResult result = lint_bytes("fuzz.docx", bytes, rules(), options());
  std::ostringstream out;
  auto reporter = make_json_reporter(out, ReportOptions{});
  Summary summary;
  summary.add(result);
  reporter->file(result);
  reporter->finish(summary);
  auto html = make_html_reporter(out, ReportOptions{});
  html->file(result);
  html->finish(summary);
}

void lint_document_xml(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::size_t pos = 0;
  try {
    XmlParser xml(source_of(bytes, pos), "word/document.xml");
    lint_document(read_docx_body(xml));
  } catch (const InputError&) {
    // Refusing the input with a reason is the expected outcome for most.
  }
}

void lint_sheet_xml(const std::uint8_t* data, std::size_t size) {
  static const std::string kStrings =
      "<sst "
      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>项目名称</t></si>"
      "<si><t>一级指标</t></si><si><t>二级指标</t></si><si><t>三级指标</t></si><si><t>指标值</t></"
      "si>"
      "<si><t>指标值确定依据</t></si><si><r><t>产出</t></r><r><t>指标</t></r></si><si><t>≥95</t></"
      "si></sst>";
  static const std::string kStyles =
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts>"
      "<numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts><cellXfs><xf numFmtId=\"0\"/><xf "
      "numFmtId=\"9\"/>"
      "<xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"4\"/></cellXfs></styleSheet>";
  static const xlsx::SharedStrings strings = [] {
    std::size_t pos = 0;
    XmlParser xml(source_of(kStrings, pos), "xl/sharedStrings.xml");
    xlsx::SharedStrings s;
    s.read(xml);
    return s;
  }();
  static const xlsx::Styles styles = [] {
    std::size_t pos = 0;
    XmlReader xml(source_of(kStyles, pos), "xl/styles.xml");
    xlsx::Styles s;
    s.read(xml);
    return s;
  }();
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::size_t pos = 0;
  try {
    XmlParser xml(source_of(bytes, pos), "xl/worksheets/sheet1.xml");
    SourceDocument doc;
    doc.format = "xlsx";
    Block block;
    block.kind = Block::Kind::table;
    block.sheet = "Sheet1";
    block.grid =
        xlsx::read_sheet(xml, strings, styles, size % 2 == 0, "Sheet1", xlsx::SheetLimits{200'000});
    doc.blocks.push_back(std::move(block));
    lint_document(doc);
  } catch (const InputError&) {
  }
}

void parse_texts(const std::uint8_t* data, std::size_t size) {
  std::string_view all(reinterpret_cast<const char*>(data), size);
  // Three fields, as a split layout has: 指标性质 | 指标值 | 度量单位.
  auto first = all.find('\x1f');
  auto second = first == std::string_view::npos ? first : all.find('\x1f', first + 1);
  std::string_view op = first == std::string_view::npos ? "" : all.substr(0, first);
  std::string_view value =
      first == std::string_view::npos ? all : all.substr(first + 1, second - first - 1);
  std::string_view unit = second == std::string_view::npos ? "" : all.substr(second + 1);
  (void)parse_value(all);
  (void)parse_split_value(op, value, unit);
  (void)classify_label(all);
  (void)classify_header(all);
  (void)checkpoint_month(all);
  (void)money_unit_of_line(all);
  (void)parse_amount(all);
  (void)category_key(all);
  (void)text::ellipsize(text::one_line(text::fold(all)), 10);
  (void)text::valid_utf8(all);
  (void)parse_directive(all, rules());
  double percent = 0;
  bool sign = false;
  (void)parse_percent_text(all, percent, sign);
}

void load_config_text(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    Config config = parse_config(text, "fuzz/jxlint.toml");
    RuleSet rules = RuleSet::from_config(config);
    (void)describe_config(config);
    (void)with_limits(LintOptions{}, config.limits);
    (void)config.per_file_ignores("fuzz/a/b.docx");
  } catch (const ConfigError&) {
    // A refusal naming the line is the expected outcome for most inputs.
  }
}

void load_cache_entry(const std::uint8_t* data, std::size_t size) {
  // The seeds' entries are written for this key (scripts/fuzz-seeds).
  static const std::string kKey(32, '0');
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::optional<FileResult> result = ResultCache::decode_entry(kKey, text);
  if (!result) return;
  result->path = "fuzz.docx";
  std::ostringstream out;
  Summary summary;
  summary.add(*result);
  for (auto make : {make_json_reporter, make_html_reporter, make_sarif_reporter, make_csv_reporter,
                    make_jsonl_reporter, make_github_reporter, make_statistics_reporter}) {
    auto reporter = make(out, ReportOptions{});
    reporter->file(*result);
    reporter->finish(summary);
  }
  auto text_reporter = make_text_reporter(out, out, ReportOptions{});
  text_reporter->file(*result);
  text_reporter->finish(summary);
}

}  // namespace jxlint::fuzz
