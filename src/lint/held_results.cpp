#include "lint/held_results.h"

#include "lint/footprint.h"
#include "lint/result_codec.h"

namespace jxlint {
namespace {

[[noreturn]] void lost(const char* en, const char* zh) {
  throw HeldResultError(std::string("the file's result, kept in a temporary file until the end "
                                    "of the run, ") +
                            en,
                        std::string("该文件的检查结果暂存在临时文件中，") + zh);
}

}  // namespace

void HeldResults::push(FileResult&& result) {
  Slot slot;
  paths_.push_back(result.path);
  slot.baselined = result.baselined;
  std::size_t bytes = footprint(result);
  if (file_.wants(bytes)) slot.place = file_.append(encode_result(result));
  if (!slot.place) {
    file_.keep_in_memory(bytes);
    slot.memory = std::move(result);
  }
  slots_.push_back(std::move(slot));
}

FileResult HeldResults::take(std::size_t i) {
  Slot& slot = slots_.at(i);
  if (slot.memory) {
    FileResult result = std::move(*slot.memory);
    slot.memory.reset();
    return result;
  }
  if (!slot.place) lost("was asked for twice", "被重复读取");
  std::optional<std::string> text = file_.read(*slot.place);
  slot.place.reset();
  if (!text) lost("could not be read back", "运行结束时未能读回");
  std::optional<FileResult> result = decode_result(*text);
  if (!result) lost("was damaged there", "运行结束时发现已损坏");
  // What the codec leaves to its caller (the cache keys entries by path).
  result->path = paths_[i];
  result->baselined = slot.baselined;
  return std::move(*result);
}

void HeldResults::clear() {
  slots_.clear();
  paths_.clear();
  file_ = SpillFile(file_.budget());
}

}  // namespace jxlint
