// Benchmark of the extraction path on a real corpus, with baselines measured
// in the same process so that the ratios survive a noisy shared machine.
//
// usage: bench_extract CORPUS.jsonl [--limit N] [--threads N] [--repeat R] [--pipeline-only]
//
// Stages, each over the same articles held in memory after one read:
//   read     : streaming read + JSON validation of the corpus file (io::read_articles)
//   analyse  : text::analyse (normalise, split, tokenise) of every article
//   recognise: Extractor::recognise alone (actor recognition and reference resolution)
//   extract  : the whole Extractor (recognition, coreference, relations) on one thread
//   pipeline : run_pipeline with --threads workers (read + extract, as `actorgraph extract`)
// Prints sentences/s and MB/s per stage, extract/analyse ratio, and peak RSS.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "actorgraph/actor_dictionary.hpp"
#include "actorgraph/extractor.hpp"
#include "actorgraph/pipeline.hpp"
#include "actorgraph/reader.hpp"
#include "actorgraph/relation_lexicon.hpp"
#include "actorgraph/text.hpp"
#include "bench_util.hpp"

using namespace actorgraph;
using Clock = std::chrono::steady_clock;
using bench::peak_rss_mib;

namespace {

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_extract CORPUS.jsonl [--limit N] [--threads N] [--repeat R]\n");
    return 2;
  }
  std::string corpus = argv[1];
  std::size_t limit = 0;
  unsigned threads = 2, repeat = 1;
  bool pipeline_only = false;
  for (int i = 2; i < argc; ++i)
    if (!std::strcmp(argv[i], "--pipeline-only")) pipeline_only = true;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--limit")) limit = std::stoul(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--threads")) threads = static_cast<unsigned>(std::stoul(argv[i + 1]));
    else if (!std::strcmp(argv[i], "--repeat")) repeat = static_cast<unsigned>(std::stoul(argv[i + 1]));
  }
  FILE* probe = std::fopen(corpus.c_str(), "rb");
  if (!probe) {
    std::printf("skip: %s is absent\n", corpus.c_str());
    return 77;
  }
  std::fclose(probe);

  auto t0 = Clock::now();
  auto actors = ActorDictionary::builtin();
  auto relations = RelationLexicon::builtin();
  auto extractor = make_pattern_extractor(actors, relations);
  double startup = seconds_since(t0);

  if (pipeline_only) {
    // Streaming only: peak memory must not grow with the corpus.
    t0 = Clock::now();
    std::size_t n = 0;
    auto ps = run_pipeline(
        {corpus}, *extractor, threads, [&](Article&&, std::vector<Triple>&& t) { n += t.size(); },
        [](const ReadProblem&) {});
    double s = seconds_since(t0);
    std::printf("pipeline    %s: %zu articles, %.1f MB, %zu triples in %.2f s (%.1f MB/s, %u threads); peak RSS %ld MiB\n",
                corpus.c_str(), ps.articles, static_cast<double>(ps.bytes) / 1e6, n, s,
                static_cast<double>(ps.bytes) / 1e6 / s, threads, peak_rss_mib());
    return 0;
  }

  std::vector<Article> articles;
  std::size_t bytes = 0, problems = 0;
  t0 = Clock::now();
  read_articles(
      {corpus},
      [&](Article&& a) {
        if (limit && articles.size() >= limit) return;
        bytes += a.text.size();
        articles.push_back(std::move(a));
      },
      [&](const ReadProblem&) { ++problems; });
  double read_s = seconds_since(t0);
  const double mb = static_cast<double>(bytes) / 1e6;

  text::Document doc;
  std::size_t sentences = 0;
  double analyse_s = 1e300;
  for (unsigned r = 0; r < repeat; ++r) {
    sentences = 0;
    t0 = Clock::now();
    for (const auto& a : articles) {
      text::analyse(a.text, doc);
      sentences += doc.sentences.size();
    }
    analyse_s = std::min(analyse_s, seconds_since(t0));
  }

  std::vector<RecognisedMention> mentions;
  std::size_t n_mentions = 0;
  double recognise_s = 1e300;
  for (unsigned r = 0; r < repeat; ++r) {
    n_mentions = 0;
    t0 = Clock::now();
    for (const auto& a : articles) {
      mentions.clear();
      extractor->recognise(a, mentions);
      n_mentions += mentions.size();
    }
    recognise_s = std::min(recognise_s, seconds_since(t0));
  }

  std::vector<Triple> triples;
  std::size_t n_triples = 0;
  double extract_s = 1e300;
  for (unsigned r = 0; r < repeat; ++r) {
    n_triples = 0;
    t0 = Clock::now();
    for (const auto& a : articles) {
      triples.clear();
      extractor->extract(a, triples);
      n_triples += triples.size();
    }
    extract_s = std::min(extract_s, seconds_since(t0));
  }

  t0 = Clock::now();
  std::size_t piped = 0;
  auto ps = run_pipeline(
      {corpus}, *extractor, threads, [&](Article&&, std::vector<Triple>&& t) { piped += t.size(); },
      [](const ReadProblem&) {});
  double pipe_s = seconds_since(t0);

  std::printf("corpus      %s\n", corpus.c_str());
  std::printf("articles    %zu (%.1f MB of text, %zu sentences, %zu rejected)\n", articles.size(), mb, sentences,
              problems);
  std::printf("startup     %.1f ms (built-in dictionaries + extractor)\n", startup * 1e3);
  std::printf("read        %8.2f s  %9.1f MB/s\n", read_s, mb / read_s);
  std::printf("analyse     %8.2f s  %9.1f MB/s  %11.0f sentences/s\n", analyse_s, mb / analyse_s,
              sentences / analyse_s);
  std::printf("recognise   %8.2f s  %9.1f MB/s  %11.0f sentences/s  (1 thread, %zu mentions)\n", recognise_s,
              mb / recognise_s, sentences / recognise_s, n_mentions);
  std::printf("extract     %8.2f s  %9.1f MB/s  %11.0f sentences/s  (1 thread, %zu triples)\n", extract_s,
              mb / extract_s, sentences / extract_s, n_triples);
  std::printf("pipeline    %8.2f s  %9.1f MB/s  %11.0f sentences/s  (%u threads, read included, %zu articles, %zu triples)\n",
              pipe_s, static_cast<double>(ps.bytes) / 1e6 / pipe_s, sentences * (static_cast<double>(ps.articles) /
              std::max<std::size_t>(1, articles.size())) / pipe_s, threads, ps.articles, piped);
  std::printf("ratio       extract takes %.2fx the time of analyse alone\n", extract_s / analyse_s);
  std::printf("peak RSS    %ld MiB (articles held in memory for the stage timings)\n", peak_rss_mib());
  return 0;
}
