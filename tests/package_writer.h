// Test helper: OOXML packages generated at test time (hostile ones are
// megabytes, so nothing of their size is committed). Parts are written with
// libzip, deflated or stored; a fixture's parts can be read back and
// rewritten (a relationship pointed elsewhere).
#pragma once

#include <zip.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "package/zip_archive.h"

namespace jxlint::testing {

struct Part {
  std::string name;
  std::string data;
  bool stored = false;  // uncompressed (method 0) instead of deflated
};

inline void write_package(const std::filesystem::path& path, const std::vector<Part>& parts) {
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (z == nullptr) throw std::runtime_error("cannot create " + path.string());
  for (const Part& p : parts) {
    zip_source_t* source = zip_source_buffer(z, p.data.data(), p.data.size(), 0);
    zip_int64_t index = zip_file_add(z, p.name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) throw std::runtime_error("cannot add " + p.name);
    zip_set_file_compression(z, static_cast<zip_uint64_t>(index),
                             p.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
  }
  if (zip_close(z) != 0) throw std::runtime_error("cannot write " + path.string());
}

// Every part of an existing package, in its order.
inline std::vector<Part> read_parts(const std::string& path) {
  ZipArchive zip(path, ZipLimits{});
  std::vector<Part> parts;
  for (std::size_t i = 0; i < zip.size(); ++i)
    parts.push_back(Part{zip.name(i), zip.read_all(i)});
  return parts;
}

inline Part* find_part(std::vector<Part>& parts, const std::string& name) {
  for (Part& p : parts) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

inline std::string relationships(const std::string& type, const std::string& target) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
         "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" +
         type + "\" Target=\"" + target + "\"/></Relationships>";
}

// A minimal .docx around a whole word/document.xml.
inline std::vector<Part> docx_parts(std::string document_xml, bool stored = false) {
  return {Part{"_rels/.rels", relationships("officeDocument", "word/document.xml")},
          Part{"word/document.xml", std::move(document_xml), stored}};
}

// A zip of one stored part of `size` bytes that starts with `head`, the rest
// a hole of the file (no disk used): what its directory says is all a
// reader may look at before refusing it. The CRC is not computed: a reader
// that reads the part fails on it anyway.
inline void write_sparse_stored(const std::filesystem::path& path, const std::string& name,
                                const std::string& head, std::uint32_t size) {
  std::string zip;
  auto u16 = [&](std::uint32_t v) {
    zip += static_cast<char>(v & 0xff);
    zip += static_cast<char>((v >> 8) & 0xff);
  };
  auto u32 = [&](std::uint32_t v) {
    u16(v & 0xffff);
    u16(v >> 16);
  };
  auto header = [&](bool central) {
    u32(central ? 0x02014b50 : 0x04034b50);
    if (central) u16(20);  // version made by
    u16(20);               // version needed
    u16(0);                // flags
    u16(0);                // method: stored
    u16(0);                // time
    u16(0x21);             // date: 1980-01-01
    u32(0);                // CRC (see above)
    u32(size);             // compressed size
    u32(size);             // size
    u16(static_cast<std::uint32_t>(name.size()));
    u16(0);  // extra
    if (central) {
      u16(0);  // comment
      u16(0);  // disk
      u16(0);  // internal attributes
      u32(0);  // external attributes
      u32(0);  // local header offset
    }
    zip += name;
  };
  header(false);
  std::uint32_t data_offset = static_cast<std::uint32_t>(zip.size());
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) throw std::runtime_error("cannot create " + path.string());
  std::fwrite(zip.data(), 1, zip.size(), f);
  std::fwrite(head.data(), 1, head.size(), f);
  std::fclose(f);
  std::uint32_t directory_offset = data_offset + size;
  std::filesystem::resize_file(path, directory_offset);
  zip.clear();
  header(true);
  std::uint32_t directory_size = static_cast<std::uint32_t>(zip.size());
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(1);
  u16(1);
  u32(directory_size);
  u32(directory_offset);
  u16(0);
  f = std::fopen(path.c_str(), "ab");
  std::fwrite(zip.data(), 1, zip.size(), f);
  std::fclose(f);
}

}  // namespace jxlint::testing
