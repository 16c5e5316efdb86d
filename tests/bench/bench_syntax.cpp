// Benchmark of the tagger and parser on a real corpus, one thread.
//
// usage: bench_syntax CORPUS.jsonl [--limit N] [--repeat R] [--model FILE]
//
// The corpus is read and split into sentences and syntactic words once
// (text::analyse + syntax::words_of); then, over the same words, each stage
// is timed on one thread (best of R runs, CPU time):
//   tag   : Parser::tag alone
//   parse : Parser::parse (tag + parse)
// and the parser alone is their difference. Prints words/s and sentences/s
// per stage, the model's size and the process's peak RSS.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <string>
#include <vector>

#include "actorgraph/reader.hpp"
#include "actorgraph/syntax.hpp"
#include "actorgraph/text.hpp"
#include "bench_util.hpp"

using namespace actorgraph;

using bench::peak_rss_mib;
const auto cpu_seconds = bench::thread_cpu_seconds;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_syntax CORPUS.jsonl [--limit N] [--repeat R] [--model FILE]\n");
    return 2;
  }
  const std::string corpus = argv[1];
  std::size_t limit = 0;
  unsigned repeat = 3;
  std::string model_path;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--limit")) limit = std::stoul(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--repeat")) repeat = static_cast<unsigned>(std::stoul(argv[i + 1]));
    else if (!std::strcmp(argv[i], "--model")) model_path = argv[i + 1];
  }
  if (FILE* probe = std::fopen(corpus.c_str(), "rb")) std::fclose(probe);
  else {
    std::printf("skip: %s is absent\n", corpus.c_str());
    return 77;
  }
  const double t_load = cpu_seconds();
  std::unique_ptr<syntax::Parser> own;
  if (!model_path.empty()) own = syntax::Parser::from_file(model_path);
  const syntax::Parser& parser = own ? *own : syntax::Parser::builtin();
  const double load = cpu_seconds() - t_load;

  // Words of every sentence, held in memory.
  std::vector<std::string> texts;
  read_articles({corpus}, [&](Article&& a) {
    if (limit == 0 || texts.size() < limit) texts.push_back(a.title.empty() ? a.text : a.title + "\n\n" + a.text);
  }, [](const ReadProblem&) {});
  std::vector<std::vector<std::string_view>> sentences;
  text::Document doc;
  syntax::Words words;
  std::size_t n_words = 0;
  for (const std::string& t : texts) {
    doc.clear();
    text::analyse(t, doc);
    for (const auto& s : doc.sentences) {
      syntax::words_of(parser, t, doc, s, words);
      sentences.push_back(words.form);
      n_words += words.size();
    }
  }

  syntax::Workspace ws;
  syntax::Tree tree;
  std::size_t checksum = 0;
  auto best_of = [&](bool full) {
    double best = 1e300;
    for (unsigned r = 0; r < repeat; ++r) {
      const double t0 = cpu_seconds();
      for (const auto& s : sentences) {
        if (full) parser.parse(s, tree, ws);
        else parser.tag(s, tree, ws);
        checksum += tree.size() + (tree.head.empty() ? 0 : tree.head.back());
      }
      best = std::min(best, cpu_seconds() - t0);
    }
    return best;
  };
  const double tag = best_of(false), parse = best_of(true);
  const syntax::ModelInfo info = parser.info();
  std::printf("corpus %s: %zu articles, %zu sentences, %zu words (%.1f words/sentence)\n", corpus.c_str(),
              texts.size(), sentences.size(), n_words, static_cast<double>(n_words) / static_cast<double>(sentences.size()));
  std::printf("model: %.1f MiB, %zu tagger and %zu parser features, loaded in %.1f ms\n",
              static_cast<double>(info.bytes) / 1048576.0, info.tagger_features, info.parser_features, 1e3 * load);
  auto line = [&](const char* name, double s) {
    std::printf("%-7s %10.0f words/s %9.0f sentences/s  (%.3f s CPU, best of %u)\n", name,
                static_cast<double>(n_words) / s, static_cast<double>(sentences.size()) / s, s, repeat);
  };
  line("tag", tag);
  line("parser", parse - tag);
  line("both", parse);
  std::printf("peak RSS %ld MiB (checksum %zu)\n", peak_rss_mib(), checksum);
  return 0;
}
