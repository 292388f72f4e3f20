// Lints many files on worker threads and hands results back in input order,
// so that the output of -j N is byte for byte that of -j 1. Workers run at
// most a window of files ahead of the one being reported: memory stays that
// of a few files, not of the batch.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "lint/finding.h"

namespace jxlint {

struct BatchOptions {
  int jobs = 1;            // worker threads (1: lint on the calling thread)
  std::size_t window = 0;  // files in flight ahead of the next to report; 0: 4 × jobs
};

// `lint(i)` lints input i (on any thread; it must be thread-safe); `emit(i,
// result)` runs on the calling thread, for i = 0, 1, 2 … in order;
// `progress(done)` runs on the calling thread now and then (about ten times a
// second) while files remain. An exception thrown by lint(i) is rethrown
// here when i's turn comes, after the workers have stopped.
void run_batch(std::size_t count, const BatchOptions& options,
               const std::function<FileResult(std::size_t)>& lint,
               const std::function<void(std::size_t, FileResult&&)>& emit,
               const std::function<void(std::size_t done)>& progress = {});

// The number of cores, at least 1.
int default_jobs();

}  // namespace jxlint
