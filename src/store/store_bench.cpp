// store_bench: builds a synthetic database of N edges through batches and
// times ingest, edges_of on a hub actor, load and resolve.
//   store_bench PATH [EDGES=1000000] [ARTICLES_PER_BATCH=5000]
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>

#include "actorgraph/store.hpp"

using namespace actorgraph;

namespace {

// CPU seconds of this process (the machine may be shared: wall time lies).
struct Clock {
  double cpu = static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
};
double seconds_since(Clock t) { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC - t.cpu; }

long rss_mib() {
  FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return -1;
  char line[256];
  long kb = -1;
  while (std::fgets(line, sizeof line, f))
    if (std::sscanf(line, "VmHWM: %ld kB", &kb) == 1) break;
  std::fclose(f);
  return kb / 1024;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: store_bench PATH [EDGES] [ARTICLES_PER_BATCH]\n");
    return 2;
  }
  const std::string path = argv[1];
  const long n_edges = argc > 2 ? std::atol(argv[2]) : 1000000;
  const long per_batch = argc > 3 ? std::atol(argv[3]) : 5000;
  const int per_article = 10;
  long n_actors = std::max(100L, n_edges / 50);
  const bool build = n_edges > 0;  // EDGES=0: query an existing database
  if (build) std::filesystem::remove(path);

  std::mt19937_64 rng(42);
  std::vector<Actor> actors(static_cast<std::size_t>(n_actors));
  for (long i = 0; i < n_actors; ++i) {
    auto& a = actors[static_cast<std::size_t>(i)];
    a.name = "Actor Number " + std::to_string(i);
    a.id = "actor-number-" + std::to_string(i);
    a.type = i % 3 ? ActorType::person : ActorType::country;
    a.country = i % 2 ? "UKR" : "RUS";
  }
  auto t0 = Clock{};
  auto wall0 = std::chrono::steady_clock::now();
  Store store(path, build ? Store::Mode::read_write : Store::Mode::read_only);
  long articles = build ? n_edges / per_article : 0;
  std::vector<Triple> triples;
  double commit_seconds = 0;
  for (long done = 0; done < articles;) {
    auto batch = store.begin_batch();
    for (long k = 0; k < per_batch && done < articles; ++k, ++done) {
      Article a;
      a.id = "art-" + std::to_string(done);
      a.date = "2022-" + std::to_string(10 + done % 3) + "-" + std::to_string(10 + done % 18);
      a.title = "Title " + a.id;
      a.text = "Body of " + a.id;
      a.source = "source-" + std::to_string(done % 40);
      triples.clear();
      for (int j = 0; j < per_article; ++j) {
        Triple t;
        t.article = a.id;
        t.date = a.date;
        t.sentence = static_cast<std::uint32_t>(j);
        t.sentence_text = "A sentence that states the relation between two actors, long enough to be real.";
        std::size_t s = rng() % 100 == 0 ? 0 : rng() % actors.size();  // actor 0 is the hub
        std::size_t o = rng() % actors.size();
        t.subject.actor = actors[s];
        t.subject.mention = actors[s].name;
        t.object.actor = actors[o];
        t.object.mention = actors[o].name;
        int code = static_cast<int>(rng() % 200);
        char cameo[8];
        std::snprintf(cameo, sizeof cameo, "%03d", 10 + code);
        t.relation.cameo = cameo;
        t.relation.root = t.relation.cameo.substr(0, 2);
        t.relation.quad = 1 + code % 4;
        t.relation.lemma = "lemma " + t.relation.cameo;
        t.relation.text = "text " + t.relation.cameo;
        t.modality = rng() % 10 == 0 ? Modality::hypothetical : Modality::asserted;
        triples.push_back(std::move(t));
      }
      batch.add(a, triples);
    }
    auto c = Clock{};
    batch.commit();
    commit_seconds += seconds_since(c);
  }
  double ingest = std::max(1e-9, seconds_since(t0));
  std::printf("ingest wall time: %.1f s\n",
              std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count());
  std::printf("of which commit (edge recount): %.1f CPU s\n", commit_seconds);
  auto st = store.stats();
  std::printf("ingest: %.1f CPU s for %llu edges, %llu mentions, %llu articles (%.0f triples/s), file %.0f MiB\n", ingest,
              static_cast<unsigned long long>(st.edges), static_cast<unsigned long long>(st.mentions),
              static_cast<unsigned long long>(st.articles), static_cast<double>(st.mentions) / ingest,
              static_cast<double>(std::filesystem::file_size(path)) / (1 << 20));

  Store ro(path, Store::Mode::read_only);
  for (int run = 0; run < 3; ++run) {
    auto t = Clock{};
    auto set = ro.edges_of(actors[0].id, Filter{});
    std::printf("edges_of(hub, default filter): %zu edges in %.1f ms\n", set.edges.size(), seconds_since(t) * 1e3);
  }
  Filter all;
  all.include_hypothetical = true;
  all.include_negated = true;
  auto t = Clock{};
  auto set = ro.edges_of(actors[0].id, all);
  std::printf("edges_of(hub, no filter): %zu edges in %.1f ms\n", set.edges.size(), seconds_since(t) * 1e3);
  t = Clock{};
  Filter since;
  since.since = "2022-11";
  set = ro.edges_of(actors[0].id, since, true, 1);
  std::printf("edges_of(hub, since + evidence): %zu edges in %.1f ms\n", set.edges.size(), seconds_since(t) * 1e3);
  t = Clock{};
  auto m = ro.resolve("actor number 17");
  std::printf("resolve: %s in %.1f ms\n", m.actor ? m.actor->id.c_str() : "-", seconds_since(t) * 1e3);
  t = Clock{};
  m = ro.resolve("actr numbr 17");
  std::printf("resolve (suggestions): %zu in %.1f ms\n", m.suggestions.size(), seconds_since(t) * 1e3);
  t = Clock{};
  {
    auto g = ro.load(all);
    std::printf("load(all): %zu actors, %zu edges in %.2f s, peak RSS %ld MiB\n", g.num_actors(), g.num_edges(),
                seconds_since(t), rss_mib());
  }
  t = Clock{};
  {
    auto g = ro.load(Filter{});
    std::printf("load(default): %zu edges in %.2f s, peak RSS %ld MiB\n", g.num_edges(), seconds_since(t), rss_mib());
  }
  return 0;
}
