#include "lint/result_queue.h"

#include "lint/file_guard.h"

namespace jxlint {

ResultQueue::ResultQueue(bool pairing, Lang lang, Deliver deliver)
    : pairing_(pairing), lang_(lang), deliver_(std::move(deliver)) {}

void ResultQueue::add(FileResult&& result, const RuleSet& rules, Ignored ignored) {
  if (pairing_) {
    projects_.add(result);
    if (!held_.empty() || ProjectIndex::needs_pairing(result)) {
      held_.push_back(Held{&rules, std::move(ignored), std::move(result)});
      return;
    }
  }
  result.projects.clear();
  deliver_(std::move(result));
}

void ResultQueue::finish() {
  for (auto& [rules, ignored, result] : held_) {
    if (!result.error) {
      try {
        projects_.check(result, *rules, lang_, ignored());
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
