#include "cli/output_clash.h"

#include <sys/stat.h>

#include "util/printable.h"

namespace jxlint {
namespace {

struct FileId {
  dev_t device;
  ino_t inode;
};

std::optional<FileId> id_of(const std::string& path) {
  struct stat st {};
  if (path.empty() || path == "-" || ::stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileId{st.st_dev, st.st_ino};
}

bool same(const std::optional<FileId>& a, const std::optional<FileId>& b) {
  return a && b && a->device == b->device && a->inode == b->inode;
}

Bilingual refusal(const std::string& target_path, const std::string& other_path,
                  const char* what_zh, const char* what_en) {
  std::string target = printable(target_path);
  std::string other = printable(other_path);
  return Bilingual{"拒绝写入 " + target + "：它就是" + what_zh + " " + other +
                       "，写入会覆盖它；没有写入任何内容",
                   "refusing to write " + target + ": it is " + what_en + " " + other +
                       ", which would be overwritten; nothing was written"};
}

}  // namespace

std::optional<Bilingual> output_clash(const std::string& target, const ReadFiles& read) {
  // A target that does not exist yet cannot be anything the run reads.
  std::optional<FileId> id = id_of(target);
  if (!id) return std::nullopt;
  for (const std::string& input : read.inputs) {
    if (same(id, id_of(input))) return refusal(target, input, "要检查的文件", "the input");
  }
  for (const std::string& list : read.lists) {
    if (same(id, id_of(list))) return refusal(target, list, "文件清单", "the file list");
  }
  if (same(id, id_of(read.baseline))) return refusal(target, read.baseline, "基线", "the baseline");
  if (same(id, id_of(read.other_output))) {
    return refusal(target, read.other_output, "另一个输出文件", "the other output");
  }
  return std::nullopt;
}

}  // namespace jxlint
