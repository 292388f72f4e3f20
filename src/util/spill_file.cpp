#include "util/spill_file.h"

#include <limits>

namespace jxlint {

std::optional<SpillFile::Place> SpillFile::append(std::string_view bytes) {
  if (failed_) return std::nullopt;
  if (!file_) file_.reset(std::tmpfile());
  if (!file_ || bytes.size() > static_cast<std::size_t>(std::numeric_limits<long>::max() - end_) ||
      std::fseek(file_.get(), end_, SEEK_SET) != 0 ||
      std::fwrite(bytes.data(), 1, bytes.size(), file_.get()) != bytes.size()) {
    failed_ = true;
    return std::nullopt;
  }
  Place place{end_, bytes.size()};
  end_ += static_cast<long>(bytes.size());
  ++count_;
  return place;
}

std::optional<std::string> SpillFile::read(Place place) {
  if (!file_ || place.offset < 0 || place.offset + static_cast<long>(place.bytes) > end_)
    return std::nullopt;
  std::string out(place.bytes, '\0');
  if (std::fflush(file_.get()) != 0 || std::fseek(file_.get(), place.offset, SEEK_SET) != 0 ||
      std::fread(out.data(), 1, out.size(), file_.get()) != out.size())
    return std::nullopt;
  return out;
}

}  // namespace jxlint
