// Bytes set aside until later in an anonymous temporary file (std::tmpfile,
// gone when closed): what a run holds past its memory budget, which the file
// keeps the account of. Every failure
// (no temporary directory, a full disk, the browser page's tmpfile() that
// always fails) is reported, so that the caller keeps the bytes in memory
// instead: memory is the fallback, never a lost result.
#pragma once

#include <cstddef>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace jxlint {

class SpillFile {
 public:
  explicit SpillFile(std::size_t budget_bytes) : budget_(budget_bytes) {}

  // Whether a piece taking `bytes` in memory goes to the file: once the
  // pieces kept in memory would pass the budget, and every piece after that,
  // so that memory stays flat however many follow.
  bool wants(std::size_t bytes) const { return count_ > 0 || in_memory_ + bytes > budget_; }
  // Counts a piece the caller keeps in memory (not wanted, or not written).
  void keep_in_memory(std::size_t bytes) { in_memory_ += bytes; }
  std::size_t budget() const { return budget_; }

  struct Place {
    long offset = 0;
    std::size_t bytes = 0;
  };
  // Where the bytes went; nullopt when they could not be written (and from
  // then on every time: the file is given up).
  std::optional<Place> append(std::string_view bytes);
  // The bytes at `place`; nullopt when they cannot be read back.
  std::optional<std::string> read(Place place);
  std::size_t count() const { return count_; }

 private:
  struct Close {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };
  std::size_t budget_;
  std::size_t in_memory_ = 0;
  std::unique_ptr<std::FILE, Close> file_;
  bool failed_ = false;
  long end_ = 0;
  std::size_t count_ = 0;
};

}  // namespace jxlint
