#include "lint/project_index.h"

#include <algorithm>
#include <iterator>

#include "lint/check.h"
#include "lint/footprint.h"
#include "lint/result_codec.h"
#include "util/printable.h"

namespace jxlint {

void ProjectIndex::add(FileResult& result) {
  // Moved, not copied: a run holds every file's results from its first
  // 自评表 on, and the target digests are most of what a result would carry.
  std::vector<ProjectDigest> evaluations;
  for (ProjectDigest& d : result.projects) {
    if (!is_target_kind(d.kind)) {
      evaluations.push_back(std::move(d));
      continue;
    }
    std::size_t i = targets_.size();
    if (!d.code.empty()) by_code_.emplace(d.code, i);
    if (!d.name_key.empty()) by_name_.emplace(d.name_key, i);
    Entry entry{result.path, std::move(d), std::nullopt};
    std::size_t bytes = footprint(entry.digest);
    if (file_.wants(bytes)) {
      entry.spilled_rows = file_.append(encode_digest_rows(entry.digest.rows));
      if (entry.spilled_rows) std::vector<DigestRow>().swap(entry.digest.rows);
    }
    if (!entry.spilled_rows) file_.keep_in_memory(bytes);
    targets_.push_back(std::move(entry));
  }
  result.projects = std::move(evaluations);
}

bool ProjectIndex::needs_pairing(const FileResult& result) {
  return std::any_of(result.projects.begin(), result.projects.end(),
                     [](const ProjectDigest& d) { return d.kind == TableKind::self_evaluation; });
}

const ProjectIndex::Entry* ProjectIndex::match(const ProjectDigest& evaluation,
                                               const std::string& path) const {
  // The first in input order, the evaluation's own file first.
  auto best = [&](auto range) -> const Entry* {
    const Entry* found = nullptr;
    std::size_t found_index = 0;
    for (auto it = range.first; it != range.second; ++it) {
      const Entry& e = targets_[it->second];
      // Last year's 自评表 beside this year's targets is no pair.
      if (evaluation.year != 0 && e.digest.year != 0 && evaluation.year != e.digest.year) continue;
      bool better = found == nullptr || (e.path == path && found->path != path) ||
                    ((e.path == path) == (found->path == path) && it->second < found_index);
      if (better) found = &e, found_index = it->second;
    }
    return found;
  };
  if (!evaluation.code.empty()) {
    if (const Entry* e = best(by_code_.equal_range(evaluation.code))) return e;
  }
  if (!evaluation.name_key.empty()) return best(by_name_.equal_range(evaluation.name_key));
  return nullptr;
}

void ProjectIndex::check(FileResult& result, const RuleSet& rules, Lang lang,
                         const std::vector<std::string>& ignored) const {
  std::vector<Finding> findings;
  for (const ProjectDigest& d : result.projects) {
    if (d.kind != TableKind::self_evaluation) continue;
    const Entry* target = match(d, result.path);
    if (target == nullptr) continue;
    const ProjectDigest* digest = &target->digest;
    ProjectDigest whole;
    if (target->spilled_rows) {
      std::optional<std::string> text = file_.read(*target->spilled_rows);
      std::optional<std::vector<DigestRow>> rows = text ? decode_digest_rows(*text) : std::nullopt;
      if (!rows)
        throw HeldResultError(
            "the indicators of the paired target table (" + printable(target->path) +
                "), kept in a temporary file until the end of the run, could not be read back",
            "与之配对的绩效目标表（" + printable(target->path) +
                "）的指标暂存在临时文件中，运行结束时未能读回");
      whole = target->digest;
      whole.rows = std::move(*rows);
      digest = &whole;
    }
    ProjectPair pair{d, *digest, target->path, target->path == result.path};
    rules.run(pair, lang, findings);
  }
  std::erase_if(findings, [&](const Finding& f) {
    return std::any_of(ignored.begin(), ignored.end(),
                       [&](const std::string& i) { return rule_selected_by(f.rule, i); });
  });
  if (findings.empty()) return;
  std::move(findings.begin(), findings.end(), std::back_inserter(result.findings));
  sort_findings(result.findings);
}

}  // namespace jxlint
