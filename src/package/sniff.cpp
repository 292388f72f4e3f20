#include "package/sniff.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace jxlint {
namespace {

bool starts_with(std::string_view data, std::string_view magic) {
  return data.size() >= magic.size() && data.substr(0, magic.size()) == magic;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool looks_like_text(std::string_view data) {
  // UTF-8 or UTF-16 text has no NUL bytes (UTF-16 is judged by its BOM).
  return std::find(data.begin(), data.end(), '\0') == data.end();
}

}  // namespace

Sniffed sniff_bytes(std::string_view head, unsigned long long size) {
  Sniffed out;
  out.size = size;
  if (head.empty()) {
    out.kind = FileKind::empty;
    return out;
  }
  if (starts_with(head, "PK\x03\x04") || starts_with(head, "PK\x05\x06") ||
      starts_with(head, "PK\x07\x08")) {
    out.kind = FileKind::zip;
  } else if (starts_with(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    out.kind = FileKind::ole;
  } else if (starts_with(head, "%PDF")) {
    out.kind = FileKind::pdf;
  } else if (starts_with(head, "{\\rtf")) {
    out.kind = FileKind::rtf;
  } else if (looks_like_text(head) || starts_with(head, "\xFF\xFE") ||
             starts_with(head, "\xFE\xFF")) {
    std::string lower = lower_ascii(head);
    if (lower.find("<html") != std::string::npos ||
        lower.find("<!doctype html") != std::string::npos) {
      out.kind = FileKind::html;
    } else if (lower.find("<?xml") != std::string::npos) {
      out.kind = FileKind::xml;
    } else {
      out.kind = FileKind::text;
    }
  }
  return out;
}

}  // namespace jxlint
