// The results a ResultQueue holds until the end of the run, in input order:
// in memory up to a budget, then encoded (result_codec) in a SpillFile, so
// that a queue of 100,000 files holds a bounded amount of memory instead of
// about 12 KB per file. Where no temporary file can be written (a full disk,
// the browser page) they stay in memory.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "lint/finding.h"
#include "util/spill_file.h"

namespace jxlint {

// The default budget of a run's held results, and again of its target
// tables' digests (ProjectIndex): with both full a run's peak stays under
// issue 16's 64 MiB, and the bench queue of 2,400 files fits without a spill.
inline constexpr std::size_t kDefaultHoldBudget = 16u << 20;

// A spilled result that cannot be read back (the temporary file damaged or
// gone): what() in English, zh() in Chinese.
class HeldResultError : public std::runtime_error {
 public:
  HeldResultError(const std::string& en, std::string zh)
      : std::runtime_error(en), zh_(std::move(zh)) {}
  const std::string& zh() const { return zh_; }

 private:
  std::string zh_;
};

class HeldResults {
 public:
  explicit HeldResults(std::size_t budget_bytes = kDefaultHoldBudget) : file_(budget_bytes) {}

  void push(FileResult&& result);
  std::size_t size() const { return slots_.size(); }
  // The i-th result pushed, each taken once. Throws HeldResultError when a
  // spilled result cannot be read back: the caller makes that the file's
  // error, so a lost result is never a silent pass.
  FileResult take(std::size_t i);
  // The path of the i-th result (also once it is taken).
  const std::string& path(std::size_t i) const { return paths_[i]; }
  void clear();
  // How many results went to the temporary file (for tests and tuning).
  std::size_t spilled() const { return file_.count(); }

 private:
  struct Slot {
    std::optional<FileResult> memory;
    std::optional<SpillFile::Place> place;  // when spilled
    int baselined = 0;
  };

  std::vector<Slot> slots_;
  std::vector<std::string> paths_;  // beside slots_
  SpillFile file_;
};

}  // namespace jxlint
