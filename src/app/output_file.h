// Where a report or a baseline goes, written so that nothing is lost and
// nothing is half-replaced. A regular file (existing or new) is written to a
// temporary file in the same folder, which commit() flushes, fsyncs, closes
// and renames over it: a reader never sees half a report, and a run that
// fails leaves the old file as it was. Anything else (/dev/full, a FIFO, a
// terminal) cannot be replaced that way and is written in place, and so is
// a writable file in a folder that takes no new file. Every
// write, flush, fsync, close and rename is checked; a failure is an
// OutputError that names the target and the errno.
#pragma once

#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>

#include "app/fd_ostream.h"

namespace jxlint {

class OutputError : public std::runtime_error {
 public:
  OutputError(std::string target, int error);
  const std::string& target() const { return target_; }
  int error() const { return error_; }  // an errno value

 private:
  std::string target_;
  int error_;
};

class OutputFile {
 public:
  // Throws OutputError when the target is a folder or its folder cannot take
  // a new file. Nothing is written to the target itself before commit().
  static std::unique_ptr<OutputFile> open(const std::string& path);
  // Standard output, called `name` in messages. Left open at commit().
  static std::unique_ptr<OutputFile> standard_output(const std::string& name);

  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::ostream& stream() { return *stream_; }
  const std::string& target() const { return target_; }
  // Throws OutputError if a write has failed already, so that a run can stop
  // early instead of linting a queue whose report is lost.
  void check() const;
  // Makes everything written final (see above); throws OutputError.
  void commit();

 private:
  OutputFile(std::string target, int fd, std::string temporary, bool owns_fd);
  [[noreturn]] void fail(int error);

  std::string target_;       // as given, for messages and the rename
  std::string temporary_;    // "" when writing in place
  std::string destination_;  // the target with symbolic links followed
  int fd_;
  bool owns_fd_;
  bool committed_ = false;
  std::unique_ptr<FdOstream> stream_;
};

}  // namespace jxlint
