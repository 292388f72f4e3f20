#include "package/zip_archive.h"

#include <fmt/format.h>
#include <zip.h>

#include <algorithm>
#include <cctype>

#include "util/input_error.h"

namespace jxlint {
namespace {

std::string fold_part_name(std::string_view name) {
  if (!name.empty() && name.front() == '/') name.remove_prefix(1);
  std::string out(name);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string mib(std::uint64_t bytes) {
  if (bytes >= (1ull << 20)) return fmt::format("{} MiB", bytes >> 20);
  return fmt::format("{} KiB", bytes >> 10);
}

[[noreturn]] void throw_open_error(int code) {
  switch (code) {
    case ZIP_ER_NOZIP:
      throw InputError("not-ooxml", "不是 Word/Excel 文档（无法识别为 zip 格式的 .docx/.xlsx）",
                       "not a Word/Excel document (not a zip-based .docx/.xlsx)");
    case ZIP_ER_INCONS:
    case ZIP_ER_EOF:
    case ZIP_ER_SEEK:
    case ZIP_ER_READ:
      throw InputError(
          "zip-corrupt", "文件已损坏或不完整（zip 结构不一致，可能下载或复制时被截断）",
          "the file is damaged or incomplete (inconsistent zip structure, perhaps truncated)");
    case ZIP_ER_MEMORY:
      throw InputError("zip-limit", "文件结构超出可处理范围",
                       "the file's structure exceeds what can be processed");
    default: {
      zip_error_t err;
      zip_error_init_with_code(&err, code);
      std::string reason = zip_error_strerror(&err);
      zip_error_fini(&err);
      throw InputError("zip-corrupt", "无法读取文件：" + reason, "cannot read the file: " + reason);
    }
  }
}

}  // namespace

ZipArchive::ZipArchive(const std::string& path, const ZipLimits& limits) : limits_(limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_file_create(path.c_str(), 0, -1, &error);
  if (source == nullptr) {
    int code = zip_error_code_zip(&error);
    zip_error_fini(&error);
    throw_open_error(code);
  }
  // ZIP_CHECKCONS compares every local header with the central directory, which
  // catches archives whose directory lies about where entries are.
  archive_ = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive_ == nullptr) {
    zip_source_free(source);
    int code = zip_error_code_zip(&error);
    zip_error_fini(&error);
    throw_open_error(code);
  }
  zip_error_fini(&error);

  zip_int64_t count = zip_get_num_entries(archive_, 0);
  if (count < 0) count = 0;
  if (static_cast<std::uint64_t>(count) > limits_.max_entries) {
    zip_discard(archive_);
    archive_ = nullptr;
    throw InputError(
        "zip-limit",
        fmt::format("文件内含 {} 个条目，超过上限 {}（疑似 zip 炸弹）", count, limits_.max_entries),
        fmt::format("the archive holds {} entries, more than the limit of {} (a zip bomb?)", count,
                    limits_.max_entries));
  }
  names_.reserve(static_cast<std::size_t>(count));
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* n = zip_get_name(archive_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    names_.emplace_back(n ? n : "");
    auto [it, inserted] = by_folded_name_.emplace(fold_part_name(names_.back()), i);
    if (!inserted && !names_.back().empty()) {
      std::string first = names_[it->second];
      std::string second = names_.back();
      zip_discard(archive_);
      archive_ = nullptr;
      throw InputError(
          "zip-duplicate-entry",
          fmt::format("文件内有重名的部件「{}」与「{}」，无法确定应读取哪一个", first, second),
          fmt::format("the archive holds two parts named \"{}\" and \"{}\"; which one "
                      "to read is ambiguous",
                      first, second));
    }
  }
}

ZipArchive::~ZipArchive() {
  if (archive_ != nullptr) zip_discard(archive_);
}

std::optional<std::uint64_t> ZipArchive::locate(std::string_view part_name) const {
  auto it = by_folded_name_.find(fold_part_name(part_name));
  if (it == by_folded_name_.end()) return std::nullopt;
  return it->second;
}

std::unique_ptr<ZipArchive::Entry> ZipArchive::open(std::uint64_t index) {
  const std::string& part = names_.at(index);
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(archive_, index, 0, &st) != 0) {
    throw InputError("zip-corrupt", fmt::format("无法读取部件「{}」", part),
                     fmt::format("cannot read part \"{}\"", part));
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
    throw InputError("encrypted", fmt::format("部件「{}」已加密，请先取消密码保护", part),
                     fmt::format("part \"{}\" is encrypted; remove the password first", part));
  }
  if ((st.valid & ZIP_STAT_COMP_METHOD) && !zip_compression_method_supported(st.comp_method, 0)) {
    throw InputError("zip-unsupported",
                     fmt::format("部件「{}」使用了不支持的压缩方式（{}）", part, st.comp_method),
                     fmt::format("part \"{}\" uses an unsupported compression method ({})", part,
                                 st.comp_method));
  }
  zip_file_t* file = zip_fopen_index(archive_, index, 0);
  if (file == nullptr) {
    std::string reason = zip_error_strerror(zip_get_error(archive_));
    throw InputError("zip-corrupt", fmt::format("无法打开部件「{}」：{}", part, reason),
                     fmt::format("cannot open part \"{}\": {}", part, reason));
  }
  std::uint64_t compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  return std::make_unique<Entry>(*this, index, file, compressed);
}

std::string ZipArchive::read_all(std::uint64_t index) {
  auto entry = open(index);
  std::string out;
  char buf[16384];
  while (std::size_t n = entry->read(buf, sizeof buf))
    out.append(buf, n);
  return out;
}

ZipArchive::Entry::Entry(ZipArchive& owner, std::uint64_t index, zip_file* file,
                         std::uint64_t compressed_size)
    : owner_(owner), index_(index), file_(file), compressed_size_(compressed_size) {}

ZipArchive::Entry::~Entry() {
  zip_fclose(file_);
}

std::size_t ZipArchive::Entry::read(char* buf, std::size_t n) {
  zip_int64_t got = zip_fread(file_, buf, n);
  if (got < 0) {
    std::string reason = zip_error_strerror(zip_file_get_error(file_));
    throw InputError("zip-corrupt", fmt::format("部件「{}」数据损坏：{}", name(), reason),
                     fmt::format("part \"{}\" is damaged: {}", name(), reason));
  }
  auto count = static_cast<std::uint64_t>(got);
  inflated_ += count;
  owner_.total_inflated_ += count;
  const ZipLimits& lim = owner_.limits_;
  if (inflated_ > lim.max_part_bytes) {
    throw InputError("zip-bomb",
                     fmt::format("部件「{}」解压后超过 {} 的上限（疑似 zip 炸弹）", name(),
                                 mib(lim.max_part_bytes)),
                     fmt::format("part \"{}\" inflates past the limit of {} (a zip bomb?)", name(),
                                 mib(lim.max_part_bytes)));
  }
  if (owner_.total_inflated_ > lim.max_total_bytes) {
    throw InputError(
        "zip-bomb",
        fmt::format("读取到部件「{}」时，解压总量超过 {} 的上限（疑似 zip 炸弹）", name(),
                    mib(lim.max_total_bytes)),
        fmt::format("reading part \"{}\", the inflated total passes the limit of {} (a zip bomb?)",
                    name(), mib(lim.max_total_bytes)));
  }
  if (inflated_ > lim.ratio_grace_bytes &&
      static_cast<double>(inflated_) >
          lim.max_inflate_ratio * static_cast<double>(compressed_size_)) {
    throw InputError("zip-bomb",
                     fmt::format("部件「{}」的压缩比超过 {:.0f}:1 的上限（疑似 zip 炸弹）", name(),
                                 lim.max_inflate_ratio),
                     fmt::format("part \"{}\" inflates more than {:.0f}:1 (a zip bomb?)", name(),
                                 lim.max_inflate_ratio));
  }
  return static_cast<std::size_t>(count);
}

}  // namespace jxlint
