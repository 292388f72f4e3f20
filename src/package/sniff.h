// What a file is, judged from its first bytes and never from its name: a
// renamed .doc, PDF or web page must get a reason a clerk understands.
#pragma once

#include <string>
#include <string_view>

namespace jxlint {

enum class FileKind {
  empty,    // 0 bytes
  zip,      // PK signature: possibly OOXML
  ole,      // D0 CF 11 E0 A1 B1 1A E1: compound file (.doc/.xls/.wps/.et, encrypted OOXML)
  pdf,      // %PDF
  rtf,      // {\rtf
  html,     // a web page saved with a .doc/.xls name
  xml,      // Word 2003 XML, flat ODF …
  text,     // anything else that decodes as text
  unknown,  // binary we do not recognise (may still be a zip with junk before it)
};

struct Sniffed {
  FileKind kind = FileKind::unknown;
  unsigned long long size = 0;
};

// Judges the first bytes of a file (1 KiB is plenty) of `size` bytes in all.
Sniffed sniff_bytes(std::string_view head, unsigned long long size);

}  // namespace jxlint
