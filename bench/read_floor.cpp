// The read floor: the least any linter of these files must do. For each
// .docx it inflates word/document.xml, for each .xlsx every worksheet and the
// shared strings, with libzip, and pushes the XML through libxml2's SAX2
// push parser whose only callback counts text bytes. With --inflate-only it
// does not parse at all: the zlib limit. jxlint's time at -j 1 is compared
// with this program's (bench/run).
//
//   jxlint_read_floor [--inflate-only] [--files-from LIST] PATH ...
//
// Prints: files, parts, inflated bytes, text bytes, seconds.
#include <libxml/parser.h>
#include <zip.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Counts {
  std::size_t files = 0;
  std::size_t parts = 0;
  std::size_t inflated = 0;
  std::size_t text = 0;
  std::size_t failed = 0;
};

void on_characters(void* user, const xmlChar*, int len) {
  static_cast<Counts*>(user)->text += static_cast<std::size_t>(len);
}

bool ends_with(const std::string& s, const char* suffix) {
  std::size_t n = std::strlen(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

bool wanted_part(const std::string& name, bool docx) {
  if (docx) return name == "word/document.xml";
  return name == "xl/sharedStrings.xml" ||
         (name.rfind("xl/worksheets/", 0) == 0 && ends_with(name, ".xml") &&
          name.find('/', 14) == std::string::npos);
}

// Inflates one part in 64 KiB chunks, each pushed to the parser at once.
bool read_part(zip_t* archive, zip_uint64_t index, bool parse, xmlSAXHandler* sax, Counts& counts) {
  zip_file_t* part = zip_fopen_index(archive, index, 0);
  if (!part) return false;
  xmlParserCtxtPtr parser = nullptr;
  if (parse) {
    parser = xmlCreatePushParserCtxt(sax, &counts, nullptr, 0, nullptr);
    xmlCtxtUseOptions(parser, XML_PARSE_NONET | XML_PARSE_HUGE);
  }
  static char buffer[1 << 16];
  bool ok = true;
  for (;;) {
    zip_int64_t n = zip_fread(part, buffer, sizeof buffer);
    if (n < 0) {
      ok = false;
      break;
    }
    counts.inflated += static_cast<std::size_t>(n);
    if (parser && xmlParseChunk(parser, buffer, static_cast<int>(n), n == 0) != 0) {
      ok = false;
      break;
    }
    if (n == 0) break;
  }
  if (parser) xmlFreeParserCtxt(parser);
  zip_fclose(part);
  ++counts.parts;
  return ok;
}

void read_file(const std::string& path, bool parse, xmlSAXHandler* sax, Counts& counts) {
  bool docx = ends_with(path, ".docx") || ends_with(path, ".docm");
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
  ++counts.files;
  if (!archive) {
    ++counts.failed;
    return;
  }
  zip_int64_t entries = zip_get_num_entries(archive, 0);
  bool ok = true;
  for (zip_int64_t i = 0; i < entries; ++i) {
    const char* name = zip_get_name(archive, static_cast<zip_uint64_t>(i), 0);
    if (name && wanted_part(name, docx))
      ok = read_part(archive, static_cast<zip_uint64_t>(i), parse, sax, counts) && ok;
  }
  if (!ok) ++counts.failed;
  zip_close(archive);
}

void collect(const std::string& path, std::vector<std::string>& files) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) {
    files.push_back(path);
    return;
  }
  for (const auto& e : fs::recursive_directory_iterator(path, ec)) {
    std::string p = e.path().string();
    if (e.is_regular_file() && (ends_with(p, ".docx") || ends_with(p, ".xlsx"))) files.push_back(p);
  }
}

}  // namespace

int main(int argc, char** argv) {
  bool parse = true;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--inflate-only") {
      parse = false;
    } else if (arg == "--files-from" && i + 1 < argc) {
      std::ifstream list(argv[++i]);
      for (std::string line; std::getline(list, line);)
        if (!line.empty()) collect(line, files);
    } else {
      collect(arg, files);
    }
  }
  std::sort(files.begin(), files.end());
  xmlInitParser();
  xmlSAXHandler sax;
  std::memset(&sax, 0, sizeof sax);
  sax.initialized = XML_SAX2_MAGIC;  // SAX2, and no callback but this one
  sax.characters = on_characters;
  sax.cdataBlock = on_characters;

  Counts counts;
  auto start = std::chrono::steady_clock::now();
  for (const auto& f : files)
    read_file(f, parse, &sax, counts);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("files %zu parts %zu inflated %zu text %zu failed %zu seconds %.4f\n", counts.files,
              counts.parts, counts.inflated, counts.text, counts.failed, seconds);
  return counts.failed == 0 ? 0 : 1;
}
