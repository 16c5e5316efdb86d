// bench_recognise: times Extractor::recognise (actor recognition and
// reference resolution, no relation matching) over a JSON Lines corpus.
//   bench_recognise FILE.jsonl [--repeat N]
// Prints articles, sentences, mentions and sentences/s (CPU, one thread) to
// stdout. Exit 77 (skip) when FILE is absent, 2 on bad usage.
#include <rapidjson/document.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "actorgraph/actor_dictionary.hpp"
#include "actorgraph/extractor.hpp"
#include "actorgraph/relation_lexicon.hpp"
#include "actorgraph/text.hpp"

namespace {

std::string str(const rapidjson::Value& v, const char* k) {
  auto it = v.FindMember(k);
  return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : std::string();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_recognise FILE.jsonl [--repeat N]\n");
    return 2;
  }
  int repeat = 1;
  for (int i = 2; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--repeat") repeat = std::max(1, std::atoi(argv[i + 1]));
  std::ifstream in(argv[1]);
  if (!in) {
    std::printf("skip: %s is absent\n", argv[1]);
    return 77;
  }
  std::vector<actorgraph::Article> arts;
  std::string line;
  while (std::getline(in, line)) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    if (d.HasParseError() || !d.IsObject()) continue;
    actorgraph::Article a;
    a.id = str(d, "id");
    a.date = str(d, "date");
    a.title = str(d, "title");
    a.text = str(d, "text");
    if (!a.text.empty()) arts.push_back(std::move(a));
  }
  std::size_t sentences = 0;
  actorgraph::text::Document doc;
  for (const auto& a : arts) {
    // As the engine reads it: the title first, then the text.
    actorgraph::text::analyse(a.title.empty() ? a.text : a.title + "\n\n" + a.text, doc);
    sentences += doc.sentences.size();
  }
  auto actors = actorgraph::ActorDictionary::builtin();
  auto relations = actorgraph::RelationLexicon::builtin();
  auto ex = actorgraph::make_pattern_extractor(actors, relations);
  std::vector<actorgraph::RecognisedMention> out;
  std::size_t mentions = 0;
  double best = 0;
  for (int r = 0; r < repeat; ++r) {
    mentions = 0;
    const std::clock_t c0 = std::clock();
    for (const auto& a : arts) {
      out.clear();
      ex->recognise(a, out);
      mentions += out.size();
    }
    const double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    const double rate = cpu > 0 ? static_cast<double>(sentences) / cpu : 0.0;
    if (rate > best) best = rate;
  }
  std::printf("recognise: %zu articles, %zu sentences, %zu mentions; best of %d: %.0f sentences/s (CPU, 1 thread)\n",
              arts.size(), sentences, mentions, repeat, best);
  return 0;
}
