// The extraction pipeline: read articles, extract triples on several threads,
// deliver results in input order. Used by `extract`, `build` and the benchmarks.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "actorgraph/article.hpp"
#include "actorgraph/reader.hpp"
#include "actorgraph/triple.hpp"

namespace actorgraph {

class Extractor;

struct PipelineStats {
  std::size_t articles = 0;   ///< accepted articles
  std::size_t rejected = 0;   ///< problems reported
  std::size_t triples = 0;
  std::size_t bytes = 0;      ///< bytes of article text
};

/// Streams the articles of `paths` through `extractor` with `threads` worker
/// threads (1 = in the calling thread) and calls `on_result` for each article
/// with its triples, in input order, from the calling thread. Problems go to
/// `on_problem` (calling thread). Memory stays bounded: at most a few chunks
/// of articles per thread are in flight. Exceptions thrown by a callback
/// propagate after the workers have stopped.
PipelineStats run_pipeline(const std::vector<std::string>& paths, const Extractor& extractor, unsigned threads,
                           const std::function<void(Article&&, std::vector<Triple>&&)>& on_result,
                           const std::function<void(const ReadProblem&)>& on_problem);

}  // namespace actorgraph
