// Bytes set aside until later in an anonymous temporary file (std::tmpfile,
// gone when closed): what a run holds past its memory budget. Every failure
// (no temporary directory, a full disk, the browser page's tmpfile() that
// always fails) is reported, so that the caller keeps the bytes in memory
// instead: memory is the fallback, never a lost result.
#pragma once

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace jxlint {

class SpillFile {
 public:
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
  std::unique_ptr<std::FILE, Close> file_;
  bool failed_ = false;
  long end_ = 0;
  std::size_t count_ = 0;
};

}  // namespace jxlint
