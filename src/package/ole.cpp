#include "package/ole.h"

#include <algorithm>
#include <cstdint>
#include <set>

#include "package/input_file.h"

namespace jxlint {
namespace {

constexpr std::uint32_t kEndOfChain = 0xFFFFFFFE;
constexpr std::size_t kMaxFatSectors = 4096;  // 4096 FAT sectors of 4 KiB: far past any real file
constexpr std::size_t kMaxDirectorySectors = 4096;

std::uint32_t u32(const std::string& b, std::size_t at) {
  if (at + 4 > b.size()) return kEndOfChain;
  return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3])) << 24;
}

std::uint16_t u16(const std::string& b, std::size_t at) {
  if (at + 2 > b.size()) return 0;
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) |
                                    static_cast<unsigned char>(b[at + 1]) << 8);
}

class SectorFile {
 public:
  SectorFile(const InputFile& file, unsigned shift) : file_(file), shift_(shift) {}
  bool read(std::uint32_t sector, std::string& out) const {
    std::size_t size = std::size_t{1} << shift_;
    return file_.read_at((static_cast<std::uint64_t>(sector) + 1) << shift_, size, out) &&
           out.size() == size;
  }

 private:
  const InputFile& file_;
  unsigned shift_;
};

}  // namespace

OleInfo inspect_ole(const InputFile& file) {
  OleInfo info;
  std::string header;
  if (!file.read_at(0, 512, header) || header.size() != 512) return info;
  unsigned shift = u16(header, 0x1E);
  if (shift != 9 && shift != 12) return info;
  std::uint32_t fat_count = std::min<std::uint32_t>(u32(header, 0x2C), 109);
  std::uint32_t dir_start = u32(header, 0x30);

  SectorFile sectors(file, shift);
  std::size_t per_sector = (std::size_t{1} << shift) / 4;
  std::vector<std::uint32_t> fat;
  std::string sector;
  for (std::uint32_t i = 0; i < fat_count && i < kMaxFatSectors; ++i) {
    std::uint32_t at = u32(header, 0x4C + 4 * i);
    if (!sectors.read(at, sector)) break;
    for (std::size_t k = 0; k < per_sector; ++k)
      fat.push_back(u32(sector, 4 * k));
  }

  std::set<std::uint32_t> seen;  // a cyclic chain must not loop forever
  for (std::uint32_t s = dir_start;
       s < fat.size() && seen.insert(s).second && seen.size() <= kMaxDirectorySectors; s = fat[s]) {
    if (!sectors.read(s, sector)) break;
    for (std::size_t off = 0; off + 128 <= sector.size(); off += 128) {
      std::size_t name_bytes = std::min<std::size_t>(u16(sector, off + 0x40), 64);
      std::string name;
      for (std::size_t k = 0; k + 1 < name_bytes; k += 2) {
        std::uint16_t ch = u16(sector, off + k);
        if (ch == 0) break;
        name.push_back(ch < 128 ? static_cast<char>(ch) : '?');
      }
      if (!name.empty()) info.streams.push_back(name);
    }
  }

  auto has = [&](const char* n) {
    return std::find(info.streams.begin(), info.streams.end(), n) != info.streams.end();
  };
  if (has("EncryptedPackage") || has("EncryptionInfo")) {
    info.kind = OleKind::encrypted_ooxml;
  } else if (has("WordDocument")) {
    info.kind = OleKind::word;
  } else if (has("Workbook") || has("Book")) {
    info.kind = OleKind::excel;
  } else if (has("WpsCustomData") || has("WPS")) {
    info.kind = OleKind::wps;
  }
  return info;
}

}  // namespace jxlint
