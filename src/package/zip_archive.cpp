#include "package/zip_archive.h"

#include <fmt/format.h>
#include <zip.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <new>

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
    case ZIP_ER_EXISTS:
      throw InputError(
          "zip-duplicate-entry",
          "文件内有两个同名的部件，无法确定应读取哪一个（文件已损坏或被篡改）",
          "the archive holds two parts with the same name; which one to read is ambiguous");
    case ZIP_ER_MEMORY:
      throw InputError("zip-limit", "文件结构超出可处理范围",
                       "the file's structure exceeds what can be processed");
    default: {
      zip_error_t err;
      zip_error_init_with_code(&err, code);
      std::string reason = zip_error_strerror(&err);
      zip_error_fini(&err);
      throw InputError(
          "zip-corrupt", "文件已损坏：zip 目录与文件内容不一致（libzip：" + reason + "）",
          "the file is damaged: its zip directory does not match its contents (libzip: " + reason +
              ")");
    }
  }
}

// A libzip source made by `create`, or the error libzip gave for it.
template <class Create>
zip_source_t* checked_source(Create create) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = create(&error);
  int code = zip_error_code_zip(&error);
  zip_error_fini(&error);
  if (source == nullptr) throw_open_error(code);
  return source;
}

}  // namespace

ZipArchive::ZipArchive(const std::string& path, const ZipLimits& limits) : limits_(limits) {
  open_source(checked_source(
      [&](zip_error_t* error) { return zip_source_file_create(path.c_str(), 0, -1, error); }));
}

ZipArchive::ZipArchive(std::string_view bytes, const ZipLimits& limits) : limits_(limits) {
  open_source(checked_source([&](zip_error_t* error) {
    return zip_source_buffer_create(bytes.data(), bytes.size(), 0, error);
  }));
}

void ZipArchive::open_source(zip_source_t* source) {
  zip_error_t error;
  zip_error_init(&error);
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

  // Another end record hidden in the archive comment lets two zip readers see
  // two different documents: refuse the ambiguity.
  int comment_length = 0;
  const char* comment = zip_get_archive_comment(archive_, &comment_length, ZIP_FL_ENC_RAW);
  if (comment != nullptr && comment_length > 0) {
    std::string_view text(comment, static_cast<std::size_t>(comment_length));
    for (std::string_view signature :
         {std::string_view("PK\x05\x06", 4), std::string_view("PK\x06\x06", 4),
          std::string_view("PK\x01\x02", 4), std::string_view("PK\x03\x04", 4)}) {
      if (text.find(signature) != std::string_view::npos) {
        zip_discard(archive_);
        archive_ = nullptr;
        throw InputError(
            "zip-corrupt",
            "文件已损坏或被篡改：zip 注释里藏有另一套 zip 结构，不同软件可能读出不同的内容",
            "the file is damaged or tampered with: its zip comment hides another zip structure, so "
            "different readers could see different contents");
      }
    }
  }
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
  // A stored part's bytes are read as they lie in the archive, as many as
  // its directory entry says: one past the caps is refused here, before any
  // of it is read (a 600 MB part took 23 s and 2 GB to reach the cap). Not
  // a bomb: nothing inflates.
  if ((st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method == ZIP_CM_STORE &&
      (st.valid & (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE))) {
    std::uint64_t size = std::max((st.valid & ZIP_STAT_SIZE) ? st.size : 0,
                                  (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0);
    if (size > limits_.max_part_bytes) {
      throw InputError(
          "zip-limit",
          fmt::format("部件「{}」未压缩存放，大小 {}，超过单个部件 {} 的上限（可在 jxlint.toml 的 "
                      "[limits] 中调高 max-part-mib）",
                      part, mib(size), mib(limits_.max_part_bytes)),
          fmt::format("part \"{}\" is stored uncompressed at {}, past the limit of {} per part "
                      "(raise max-part-mib under [limits] in jxlint.toml)",
                      part, mib(size), mib(limits_.max_part_bytes)));
    }
    if (size > limits_.max_total_bytes - std::min(total_inflated_, limits_.max_total_bytes)) {
      throw InputError(
          "zip-limit",
          fmt::format("读取到未压缩存放的部件「{}」（{}）时，读取总量将超过 {} 的上限（可在 "
                      "jxlint.toml 的 [limits] 中调高 max-total-mib）",
                      part, mib(size), mib(limits_.max_total_bytes)),
          fmt::format("part \"{}\" is stored uncompressed at {}, which would take the total read "
                      "past the limit of {} (raise max-total-mib under [limits] in jxlint.toml)",
                      part, mib(size), mib(limits_.max_total_bytes)));
    }
  }
  Entry::Info info;
  info.method = (st.valid & ZIP_STAT_COMP_METHOD) ? st.comp_method : ZIP_CM_STORE;
  info.compressed_size = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  info.size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
  info.has_crc = (st.valid & ZIP_STAT_CRC) != 0;
  info.crc = st.crc;
  // Deflate is inflated by us (see Entry); ask libzip for the raw stream.
  zip_flags_t flags = info.method == ZIP_CM_DEFLATE ? ZIP_FL_COMPRESSED : 0;
  zip_file_t* file = zip_fopen_index(archive_, index, flags);
  if (file == nullptr) {
    std::string reason = zip_error_strerror(zip_get_error(archive_));
    throw InputError("zip-corrupt", fmt::format("无法打开部件「{}」：{}", part, reason),
                     fmt::format("cannot open part \"{}\": {}", part, reason));
  }
  return std::make_unique<Entry>(*this, index, file, info);
}

std::string ZipArchive::read_all(std::uint64_t index) {
  auto entry = open(index);
  std::string out;
  char buf[16384];
  while (std::size_t n = entry->read(buf, sizeof buf))
    out.append(buf, n);
  return out;
}

struct ZipArchive::Entry::Inflater {
  z_stream stream{};
  std::array<unsigned char, 16384> input{};
  bool initialised = false;
  ~Inflater() {
    if (initialised) inflateEnd(&stream);
  }
};

ZipArchive::Entry::Entry(ZipArchive& owner, std::uint64_t index, zip_file* file, const Info& info)
    : owner_(owner),
      index_(index),
      file_(file),
      info_(info),
      deflate_(info.method == ZIP_CM_DEFLATE) {
  if (deflate_) {
    inflater_ = std::make_unique<Inflater>();
    // Raw deflate (negative window bits): a zip entry has no zlib header.
    if (inflateInit2(&inflater_->stream, -MAX_WBITS) != Z_OK) {
      zip_fclose(file_);
      throw std::bad_alloc();
    }
    inflater_->initialised = true;
  }
}

ZipArchive::Entry::~Entry() {
  zip_fclose(file_);
}

void ZipArchive::Entry::damaged(const std::string& zh, const std::string& en) const {
  throw InputError("zip-corrupt", fmt::format("部件「{}」数据损坏：{}", name(), zh),
                   fmt::format("part \"{}\" is damaged: {}", name(), en));
}

std::size_t ZipArchive::Entry::read(char* buf, std::size_t n) {
  if (n == 0) return 0;
  if (deflate_) return inflate_into(buf, n);
  zip_int64_t got = zip_fread(file_, buf, n);
  if (got < 0) {
    std::string reason = zip_error_strerror(zip_file_get_error(file_));
    damaged(reason, reason);
  }
  // Without the compressed counts of libzip's own decoders, the ratio is
  // judged against the whole compressed size here.
  consumed_ = info_.compressed_size;
  account(static_cast<std::size_t>(got));
  return static_cast<std::size_t>(got);
}

std::size_t ZipArchive::Entry::inflate_into(char* buf, std::size_t n) {
  if (stream_done_) return 0;
  z_stream& z = inflater_->stream;
  z.next_out = reinterpret_cast<Bytef*>(buf);
  z.avail_out = static_cast<uInt>(std::min<std::size_t>(n, 1u << 30));
  while (z.avail_out > 0) {
    if (z.avail_in == 0 && !input_done_) {
      zip_int64_t got = zip_fread(file_, inflater_->input.data(), inflater_->input.size());
      if (got < 0) {
        std::string reason = zip_error_strerror(zip_file_get_error(file_));
        damaged(reason, reason);
      }
      if (got == 0) input_done_ = true;
      consumed_ += static_cast<std::uint64_t>(got);
      z.next_in = inflater_->input.data();
      z.avail_in = static_cast<uInt>(got);
    }
    int status = inflate(&z, Z_NO_FLUSH);
    if (status == Z_STREAM_END) {
      stream_done_ = true;
      break;
    }
    if (status == Z_BUF_ERROR && z.avail_in == 0 && input_done_) {
      damaged("压缩数据在结尾之前中断（文件可能被截断）",
              "the compressed data ends early (truncated?)");
    }
    if (status != Z_OK && status != Z_BUF_ERROR) {
      damaged(std::string("压缩数据无效（") + (z.msg ? z.msg : "inflate") + "）",
              std::string("invalid compressed data (") + (z.msg ? z.msg : "inflate") + ")");
    }
  }
  std::size_t produced = n - z.avail_out;
  consumed_in_ = consumed_ - z.avail_in;  // what zlib has actually used
  crc_ = static_cast<std::uint32_t>(
      crc32(crc_, reinterpret_cast<const Bytef*>(buf), static_cast<uInt>(produced)));
  account(produced);
  if (stream_done_) check_end();
  return produced;
}

void ZipArchive::Entry::check_end() {
  if (inflated_ != info_.size) {
    throw InputError(
        "zip-corrupt",
        fmt::format("部件「{}」解压后为 {} 字节，与文件头声明的 {} 字节不符（文件已损坏或被篡改）",
                    name(), inflated_, info_.size),
        fmt::format("part \"{}\" inflates to {} bytes, not the {} its header declares (damaged or "
                    "tampered with)",
                    name(), inflated_, info_.size));
  }
  if (info_.has_crc && crc_ != info_.crc) damaged("CRC 校验不符", "its CRC does not match");
}

void ZipArchive::Entry::account(std::size_t produced) {
  inflated_ += produced;
  owner_.total_inflated_ += produced;
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
          lim.max_inflate_ratio * static_cast<double>(std::max<std::uint64_t>(
                                      deflate_ ? consumed_in_ : consumed_, 1))) {
    // Very repetitive XML can come close to the ratio legitimately: say how to
    // raise it for a file known to be genuine.
    throw InputError(
        "zip-bomb",
        fmt::format("部件「{}」的压缩比超过 {:.0f}:1 的上限（疑似 zip 炸弹；确属正常文件时，可在 "
                    "jxlint.toml 的 "
                    "[limits] 中调高 max-inflate-ratio）",
                    name(), lim.max_inflate_ratio),
        fmt::format(
            "part \"{}\" inflates more than {:.0f}:1 (a zip bomb? for a file known to be genuine, "
            "raise max-inflate-ratio under [limits] in jxlint.toml)",
            name(), lim.max_inflate_ratio));
  }
  // More than the header declared: the sizes lie; stop before trusting the rest.
  if (deflate_ && inflated_ > info_.size) {
    throw InputError(
        "zip-bomb",
        fmt::format("部件「{}」解压出的数据超过了文件头声明的 {} 字节（大小被篡改，疑似 zip 炸弹）",
                    name(), info_.size),
        fmt::format(
            "part \"{}\" inflates past the {} bytes its header declares (forged sizes: a zip "
            "bomb?)",
            name(), info_.size));
  }
}

}  // namespace jxlint
