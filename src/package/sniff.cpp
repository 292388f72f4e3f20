#include "package/sniff.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string_view>

#include "util/input_error.h"

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

Sniffed sniff_file(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    throw InputError("not-found", "文件不存在", "file not found");
  }
  if (fs::is_directory(status)) {
    throw InputError("not-a-file", "这是一个文件夹，不是文件", "this is a directory, not a file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw InputError("unreadable", std::string("无法打开文件：") + std::strerror(errno),
                     std::string("cannot open the file: ") + std::strerror(errno));
  }
  std::array<char, 1024> buf{};
  in.read(buf.data(), buf.size());
  std::string_view head(buf.data(), static_cast<std::size_t>(in.gcount()));

  Sniffed out;
  out.size = fs::file_size(path, ec);
  if (ec) out.size = head.size();
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
