// OOXML package conventions shared by the part readers: namespaces,
// relationships, and streaming a part into the XML reader.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "package/zip_archive.h"
#include "util/input_error.h"
#include "xml/xml_reader.h"

namespace jxlint::ooxml {

// Transitional and Strict namespaces of WordprocessingML.
inline constexpr std::string_view kWordMain =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr std::string_view kWordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
inline constexpr std::string_view kMarkupCompat =
    "http://schemas.openxmlformats.org/markup-compatibility/2006";
inline constexpr std::string_view kPackageRels =
    "http://schemas.openxmlformats.org/package/2006/relationships";

// A part's relationships: id → (type, resolved target part name).
struct Relationship {
  std::string type;
  std::string target;  // part name without a leading '/', resolved against the source part
  bool external = false;
};
using Relationships = std::map<std::string, Relationship>;

// The .rels part of `source_part` ("" for the package root). Missing → empty.
Relationships read_relationships(ZipArchive& zip, std::string_view source_part);

// The target of the first relationship whose type ends with "/<type_suffix>".
std::string find_target(const Relationships& rels, std::string_view type_suffix);

// Resolves a relationship target against the folder of `source_part`.
std::string resolve_target(std::string_view source_part, std::string_view target);

// A part whose root element is not the one its reader expects: a
// relationship that points at the wrong part (an officeDocument pointing at
// styles.xml, a sheet at the workbook). Code missing-part; the package
// reader catches it to fall back to the conventional part, or to the reader
// the root does belong to.
class WrongRootError : public InputError {
 public:
  WrongRootError(const XmlReader& xml, std::string_view expected_zh, std::string_view expected_en);
  // For a handler, which sees the root in its first start().
  WrongRootError(std::string_view part, const XmlElement& root, std::string_view expected_zh,
                 std::string_view expected_en);
  const std::string& part() const { return part_; }
  const std::string& root_namespace() const { return root_ns_; }
  const std::string& root_name() const { return root_local_; }

 private:
  std::string part_;
  std::string root_ns_;
  std::string root_local_;
};

// An XML parser streaming a zip entry (bytes are inflated as libxml2 asks
// for them), for a handler (parser()) or through the pull API (xml()), one
// or the other. Its XML limits are the archive's
// (ZipLimits::max_xml_attributes), so that every part of a file,
// relationships and styles included, is read under the limits configured
// for that file.
class PartReader {
 public:
  PartReader(ZipArchive& zip, std::uint64_t index);
  XmlParser& parser() { return parser_; }
  XmlReader& xml();

 private:
  std::unique_ptr<ZipArchive::Entry> entry_;
  XmlParser parser_;
  std::optional<XmlReader> xml_;
};

}  // namespace jxlint::ooxml
