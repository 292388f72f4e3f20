// An output stream over a file descriptor that remembers why writing failed.
// std::ofstream only sets a flag: a report must be able to say "No space
// left on device" or "Broken pipe", so the errno of the first failed write
// is kept. After a failure nothing more is written and the stream is bad.
#pragma once

#include <array>
#include <ostream>
#include <streambuf>

namespace jxlint {

class FdStreamBuf final : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd);
  int error() const { return error_; }  // errno of the first failure, 0 if none

 protected:
  int_type overflow(int_type ch) override;
  std::streamsize xsputn(const char* data, std::streamsize n) override;
  int sync() override;

 private:
  bool drain();
  bool write_all(const char* data, std::size_t n);

  int fd_;
  int error_ = 0;
  std::array<char, 1 << 16> buffer_{};
};

class FdOstream final : public std::ostream {
 public:
  explicit FdOstream(int fd) : std::ostream(nullptr), buf_(fd) { rdbuf(&buf_); }
  int error() const { return buf_.error(); }

 private:
  FdStreamBuf buf_;
};

}  // namespace jxlint
