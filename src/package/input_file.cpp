#include "package/input_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "util/input_error.h"

namespace jxlint {

InputFile InputFile::from_path(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) throw InputError("not-found", "文件不存在", "file not found");
  if (fs::is_directory(status)) {
    throw InputError("not-a-file", "这是一个文件夹，不是文件", "this is a directory, not a file");
  }
  if (!fs::is_regular_file(status)) {
    throw InputError("not-a-file", "这不是普通文件（设备、管道或套接字）",
                     "this is not a regular file (a device, pipe or socket)");
  }
  std::ifstream probe(path, std::ios::binary);
  if (!probe) {
    throw InputError("unreadable", std::string("无法打开文件：") + std::strerror(errno),
                     std::string("cannot open the file: ") + std::strerror(errno));
  }
  InputFile f;
  f.name_ = path;
  f.path_ = path;
  f.size_ = fs::file_size(path, ec);
  return f;
}

InputFile InputFile::from_memory(std::string_view bytes, std::string name) {
  InputFile f;
  f.name_ = std::move(name);
  f.bytes_ = bytes;
  f.size_ = bytes.size();
  f.in_memory_ = true;
  return f;
}

bool InputFile::read_at(std::uint64_t offset, std::size_t n, std::string& out) const {
  out.clear();
  if (offset >= size_) return false;
  std::size_t count = static_cast<std::size_t>(std::min<std::uint64_t>(n, size_ - offset));
  if (in_memory_) {
    out.assign(bytes_.substr(static_cast<std::size_t>(offset), count));
    return true;
  }
  std::ifstream in(path_, std::ios::binary);
  if (!in) return false;
  in.seekg(static_cast<std::streamoff>(offset));
  out.resize(count);
  in.read(out.data(), static_cast<std::streamsize>(count));
  out.resize(static_cast<std::size_t>(in.gcount()));
  return true;
}

std::string InputFile::head(std::size_t n) const {
  std::string out;
  read_at(0, n, out);
  return out;
}

std::unique_ptr<ZipArchive> InputFile::open_zip(const ZipLimits& limits) const {
  return in_memory_ ? std::make_unique<ZipArchive>(bytes_, limits)
                    : std::make_unique<ZipArchive>(path_, limits);
}

}  // namespace jxlint
