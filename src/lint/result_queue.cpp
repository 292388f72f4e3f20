#include "lint/result_queue.h"

#include "lint/file_guard.h"

namespace jxlint {

ResultQueue::ResultQueue(bool pairing, Lang lang, Deliver deliver, IgnoresOf ignores_of)
    : pairing_(pairing),
      lang_(lang),
      deliver_(std::move(deliver)),
      ignores_of_(std::move(ignores_of)) {}

void ResultQueue::add(FileResult&& result, const RuleSet& rules) {
  if (pairing_) {
    projects_.add(result);
    if (!held_.empty() || ProjectIndex::needs_pairing(result)) {
      held_.emplace_back(&rules, std::move(result));
      return;
    }
  }
  result.projects.clear();
  deliver_(std::move(result));
}

void ResultQueue::finish() {
  for (auto& [rules, result] : held_) {
    if (!result.error) {
      try {
        projects_.check(result, *rules, lang_, ignores_of_(result.path));
      } catch (...) {
        result = failed_result(result.path, error_of(std::current_exception(), lang_));
      }
    }
    result.projects.clear();
    deliver_(std::move(result));
  }
  held_.clear();
}

}  // namespace jxlint
