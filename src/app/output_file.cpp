#include "app/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <filesystem>
#include <system_error>
#include <utility>

namespace jxlint {
namespace {

namespace fs = std::filesystem;

// The file a path names once symbolic links are followed, so that a link is
// replaced by writing its target, not by a file of its own.
std::string resolved(const std::string& path) {
  std::error_code ec;
  fs::path real = fs::canonical(path, ec);
  return ec ? path : real.string();
}

// A fresh hidden name beside the target: ".report.json.jxlint-123-4.tmp".
int create_temporary(const std::string& target, std::string& name) {
  static std::atomic<unsigned> counter{0};
  fs::path p(target);
  for (int attempt = 0; attempt < 100; ++attempt) {
    // Built by appending: GCC 12 warns falsely on "." + std::string (bug 105329).
    std::string hidden(1, '.');
    hidden += p.filename().string();
    hidden += ".jxlint-";
    hidden += std::to_string(::getpid());
    hidden += '-';
    hidden += std::to_string(counter.fetch_add(1));
    hidden += ".tmp";
    name = (p.parent_path() / hidden).string();
    int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  errno = EEXIST;
  return -1;
}

}  // namespace

OutputError::OutputError(std::string target, int error)
    : std::runtime_error(target + ": " + std::generic_category().message(error)),
      target_(std::move(target)),
      error_(error) {}

OutputFile::OutputFile(std::string target, int fd, std::string temporary, bool owns_fd)
    : target_(std::move(target)),
      temporary_(std::move(temporary)),
      fd_(fd),
      owns_fd_(owns_fd),
      stream_(std::make_unique<FdOstream>(fd)) {}

std::unique_ptr<OutputFile> OutputFile::open(const std::string& path) {
  std::string real = resolved(path);
  struct stat st {};
  bool exists = ::stat(real.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) throw OutputError(path, EISDIR);
  if (exists && !S_ISREG(st.st_mode)) {
    int fd = ::open(real.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) throw OutputError(path, errno);
    return std::unique_ptr<OutputFile>(new OutputFile(path, fd, "", true));
  }
  // A file the user may not write is not replaced behind its back either.
  if (exists && ::access(real.c_str(), W_OK) != 0) throw OutputError(path, errno);
  std::string temporary;
  int fd = create_temporary(real, temporary);
  if (fd < 0 && exists && (errno == EACCES || errno == EPERM)) {
    // A folder that takes no new file but a file that may be written: in
    // place, as the only way left.
    fd = ::open(real.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) throw OutputError(path, errno);
    return std::unique_ptr<OutputFile>(new OutputFile(path, fd, "", true));
  }
  if (fd < 0) throw OutputError(path, errno);
  // A replaced report keeps the permissions it had; a new one gets the
  // umask's, as any file the user creates.
  if (exists) ::fchmod(fd, st.st_mode & 07777);
  auto file = std::unique_ptr<OutputFile>(new OutputFile(path, fd, temporary, true));
  file->destination_ = real;
  return file;
}

std::unique_ptr<OutputFile> OutputFile::standard_output(const std::string& name) {
  return std::unique_ptr<OutputFile>(new OutputFile(name, STDOUT_FILENO, "", false));
}

OutputFile::~OutputFile() {
  if (owns_fd_ && fd_ >= 0) ::close(fd_);
  if (!committed_ && !temporary_.empty()) ::unlink(temporary_.c_str());
}

void OutputFile::check() const {
  if (stream_->error() != 0) throw OutputError(target_, stream_->error());
}

void OutputFile::fail(int error) {
  if (owns_fd_ && fd_ >= 0) ::close(fd_);
  fd_ = -1;
  throw OutputError(target_, error);
}

void OutputFile::commit() {
  stream_->flush();
  if (stream_->error() != 0) fail(stream_->error());
  if (!*stream_) fail(EIO);
  if (!owns_fd_) {
    // Standard output stays open, but a file system that reports errors
    // only when a descriptor is closed (NFS) is asked through a duplicate.
    int copy = ::dup(fd_);
    if (copy >= 0 && ::close(copy) != 0 && errno != EINTR) fail(errno);
    committed_ = true;
    return;
  }
  if (!temporary_.empty() && ::fsync(fd_) != 0) fail(errno);
  int fd = std::exchange(fd_, -1);
  if (::close(fd) != 0 && errno != EINTR) fail(errno);
  if (!temporary_.empty()) {
    if (::rename(temporary_.c_str(), destination_.c_str()) != 0) fail(errno);
    // The rename itself is made durable with the folder; best effort.
    std::string folder = fs::path(destination_).parent_path().string();
    int dir = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
      ::fsync(dir);
      ::close(dir);
    }
  }
  committed_ = true;
}

}  // namespace jxlint
