#include "lint/result_queue.h"

#include "lint/file_guard.h"

namespace jxlint {

ResultQueue::ResultQueue(bool pairing, Lang lang, Deliver deliver, std::size_t hold_budget)
    : pairing_(pairing),
      lang_(lang),
      deliver_(std::move(deliver)),
      projects_(hold_budget),
      held_results_(hold_budget) {}

void ResultQueue::add(FileResult&& result, const RuleSet& rules, Ignored ignored) {
  if (pairing_) {
    projects_.add(result);
    if (!held_.empty() || ProjectIndex::needs_pairing(result)) {
      held_.push_back(Held{&rules, std::move(ignored)});
      held_results_.push(std::move(result));
      return;
    }
  }
  result.projects.clear();
  deliver_(std::move(result));
}

void ResultQueue::finish() {
  for (std::size_t i = 0; i < held_.size(); ++i) {
    auto& [rules, ignored] = held_[i];
    FileResult result;
    try {
      result = held_results_.take(i);
      if (!result.error) projects_.check(result, *rules, lang_, ignored());
    } catch (const HeldResultError& e) {
      result = failed_result(held_results_.path(i),
                             FileError{"internal-error", lang_ == Lang::en ? e.what() : e.zh()});
    } catch (...) {
      result = failed_result(held_results_.path(i), error_of(std::current_exception(), lang_));
    }
    result.projects.clear();
    deliver_(std::move(result));
  }
  held_.clear();
  held_results_.clear();
}

}  // namespace jxlint
