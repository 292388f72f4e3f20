// A report or baseline must never overwrite what the run reads: `-o in.docx
// in.docx` once replaced a submission with the report about it. The check is
// by device and inode, so `./a/../in.docx`, a symbolic link or a hard link
// to an input is caught as surely as its own name.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "util/lang.h"

namespace jxlint {

struct ReadFiles {
  std::vector<std::string> inputs;  // the files to lint
  std::vector<std::string> lists;   // --files-from lists
  // --baseline, or "" when checking --write-baseline: replacing the baseline
  // read with a new one is what `--baseline B --write-baseline B` is for.
  std::string baseline;
  std::string other_output;  // the other of -o and --write-baseline, or ""
};

// Why writing `target` is refused, or nullopt when it is none of `read`.
std::optional<Bilingual> output_clash(const std::string& target, const ReadFiles& read);

}  // namespace jxlint
