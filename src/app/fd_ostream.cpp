#include "app/fd_ostream.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace jxlint {

FdStreamBuf::FdStreamBuf(int fd) : fd_(fd) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

bool FdStreamBuf::write_all(const char* data, std::size_t n) {
  if (error_ != 0) return false;
  while (n > 0) {
    ssize_t written = ::write(fd_, data, n);
    if (written < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
      return false;
    }
    if (written == 0) {
      error_ = EIO;  // a write that makes no progress would loop forever
      return false;
    }
    data += written;
    n -= static_cast<std::size_t>(written);
  }
  return true;
}

bool FdStreamBuf::drain() {
  std::size_t n = static_cast<std::size_t>(pptr() - pbase());
  bool ok = write_all(pbase(), n);
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return ok;
}

FdStreamBuf::int_type FdStreamBuf::overflow(int_type ch) {
  if (!drain()) return traits_type::eof();
  if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
  *pptr() = traits_type::to_char_type(ch);
  pbump(1);
  return ch;
}

std::streamsize FdStreamBuf::xsputn(const char* data, std::streamsize n) {
  auto count = static_cast<std::size_t>(n);
  auto room = static_cast<std::size_t>(epptr() - pptr());
  if (count <= room) {
    std::memcpy(pptr(), data, count);
    pbump(static_cast<int>(count));
    return n;
  }
  // Larger than what is left: empty the buffer, then write straight through.
  if (!drain() || !write_all(data, count)) return 0;
  return n;
}

int FdStreamBuf::sync() {
  return drain() ? 0 : -1;
}

}  // namespace jxlint
