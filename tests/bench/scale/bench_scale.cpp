// bench_scale: actorgraph at a million edges, side by side with NetworkX.
//
//   bench_scale [ACTORGRAPH_EXE] [--edges N | --quick] [--workdir DIR] [--keep]
//               [--python /usr/bin/python3] [--script networkx_side.py] [--runs 10] [--seed S]
//               [--reuse-db]
//
// 1. Builds a database of N distinct edges (default 1,000,000) of synthetic,
//    Zipf-skewed triples through Store::begin_batch/add/commit (in a child
//    process, so that its memory does not count below).
// 2. Times Store::load, GraphML export, PageRank, 100 shortest paths and the
//    neighbours of the top hub and 100 actors; peak RSS after loading.
// 3. Runs networkx_side.py on the same graph (TSV) and prints both side by
//    side with the speed-up per operation (target >= 20x).
// 4. Times `ACTORGRAPH_EXE query --db DB actor HUB` as a whole process
//    (median of --runs; target < 50 ms) and its peak memory (target < 1 GiB).
// --reuse-db keeps DIR/scale.db from an earlier run with --workdir DIR --keep
// (the same --edges and --seed) instead of building it again; its graph image
// is saved again when an older build wrote it in another format.
// Exit: 0 done; 1 error or the two sides disagree on a result; 2 bad usage;
// 77 (skip) when Python/NetworkX is missing (actorgraph's side is still timed).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "actorgraph/export.hpp"
#include "actorgraph/store.hpp"
#include "nx_side.hpp"
#include "process.hpp"
#include "query/centrality.hpp"
#include "query/shortest_chains.hpp"
#include "report.hpp"
#include "synth.hpp"

#ifndef SCALE_SCRIPT
#define SCALE_SCRIPT "networkx_side.py"
#endif

namespace fs = std::filesystem;
using namespace actorgraph;
using namespace actorgraph::bench;

namespace {

struct Options {
  std::string exe, workdir, python = "/usr/bin/python3", script = SCALE_SCRIPT, generate;
  std::uint64_t edges = 1000000, seed = 20240601;
  int runs = 10;
  bool keep = false, reuse_db = false;
};

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(a + " needs a value");
      return argv[++i];
    };
    if (a == "--edges") o.edges = std::stoull(value());
    else if (a == "--quick") o.edges = 100000;
    else if (a == "--workdir") o.workdir = value();
    else if (a == "--keep") o.keep = true;
    else if (a == "--reuse-db") o.reuse_db = true;
    else if (a == "--python") o.python = value();
    else if (a == "--script") o.script = value();
    else if (a == "--runs") o.runs = std::max(1, std::stoi(value()));
    else if (a == "--seed") o.seed = std::stoull(value());
    else if (a == "--generate") o.generate = value();
    else if (!a.empty() && a[0] == '-') throw std::invalid_argument("unknown option " + a);
    else o.exe = a;
  }
  if (o.edges < 1000) throw std::invalid_argument("--edges must be at least 1000");
  return o;
}

std::uint64_t actor_count(std::uint64_t edges) { return std::max<std::uint64_t>(1000, edges / 10); }

// Child mode: build the database and print the result as "key value" lines.
int generate(const Options& o) {
  Store store(o.generate, Store::Mode::read_write);
  SynthConfig c;
  c.edges = o.edges;
  c.actors = actor_count(o.edges);
  c.seed = o.seed;
  auto r = synth_build(store, c);
  store.save_graph_image();  // as `actorgraph build` does at its end
  std::printf("articles %llu\ntriples %llu\nvisible_edges %llu\ncodes %llu\nbatches %llu\ncommit_seconds %.3f\n",
              static_cast<unsigned long long>(r.articles), static_cast<unsigned long long>(r.triples),
              static_cast<unsigned long long>(r.visible_edges), static_cast<unsigned long long>(r.codes),
              static_cast<unsigned long long>(r.batches), r.commit_seconds);
  return 0;
}

BuildReport read_build(const std::string& path, const RunResult& run) {
  BuildReport b;
  b.wall = run.wall_seconds;
  b.cpu = run.cpu_seconds;
  b.peak_rss_kib = run.peak_rss_kib;
  std::ifstream in(path);
  std::string key;
  double v = 0;
  while (in >> key >> v) {
    if (key == "articles") b.articles = static_cast<std::uint64_t>(v);
    else if (key == "triples") b.triples = static_cast<std::uint64_t>(v);
    else if (key == "codes") b.codes = static_cast<std::uint64_t>(v);
    else if (key == "commit_seconds") b.commit_seconds = v;
  }
  return b;
}

// Wall and CPU time of one step.
class Stopwatch {
 public:
  Stopwatch() : wall_(std::chrono::steady_clock::now()), cpu_(self_cpu_seconds()) {}
  Timing elapsed() const {
    return {std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_).count(),
            self_cpu_seconds() - cpu_};
  }

 private:
  std::chrono::steady_clock::time_point wall_;
  double cpu_;
};

// The vertex with the most incident edges.
std::uint32_t top_hub(const ActorGraph& g) {
  std::uint32_t best = 0;
  std::size_t best_degree = 0;
  for (std::uint32_t v = 0; v < g.num_actors(); ++v) {
    std::size_t d = g.out_edges(v).size() + g.in_edges(v).size();
    if (d > best_degree) best = v, best_degree = d;
  }
  return best;
}

int run(const Options& o) {
  const bool own_dir = o.workdir.empty();
  std::string dir = o.workdir;
  if (own_dir) {
    std::string tmpl = (fs::temp_directory_path() / "ag-scale-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("cannot create a temporary directory");
    dir = tmpl;
  } else {
    fs::create_directories(dir);
  }
  const std::string db = dir + "/scale.db";
  const bool reuse = o.reuse_db && fs::exists(db) && fs::exists(dir + "/generate.out");
  if (!reuse)
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db + suffix);
  std::printf("scale benchmark: %llu edges, %llu actors, seed %llu, work dir %s\n",
              static_cast<unsigned long long>(o.edges), static_cast<unsigned long long>(actor_count(o.edges)),
              static_cast<unsigned long long>(o.seed), dir.c_str());
  std::fflush(stdout);

  Report rep;
  rep.edges_target = o.edges;
  // 1. Build, in a child process.
  if (reuse) {
    RunResult none;
    rep.build = read_build(dir + "/generate.out", none);
    rep.build.db_bytes = fs::file_size(db);
    std::printf("reusing %s (build figures below are not measured in this run)\n", db.c_str());
    // An image written by another version is not read (load() would read
    // the rows): save it again in this build's format, as `build` would.
    if (Store(db, Store::Mode::read_write).save_graph_image())
      std::printf("saved its graph image again: it was in another format\n");
  } else {
    auto r = run_process({"/proc/self/exe", "--generate", db, "--edges", std::to_string(o.edges), "--seed",
                          std::to_string(o.seed)},
                         dir + "/generate.out", "", dir + "/generate.measure");
    if (r.status != 0) throw std::runtime_error("building the synthetic database failed (exit " +
                                                std::to_string(r.status) + ")");
    rep.build = read_build(dir + "/generate.out", r);
    rep.build.db_bytes = fs::file_size(db);
  }
  Store store(db, Store::Mode::read_only);
  auto st = store.stats();
  rep.build.actors = st.actors;
  rep.build.edges = st.edges;
  rep.build.mentions = st.mentions;

  // 2. actorgraph's side.
  reset_peak_rss();
  Stopwatch sw;
  ActorGraph g = store.load(Filter{});
  rep.ag["load"] = sw.elapsed();
  rep.ag_rss_after_load_kib = self_peak_rss_kib();
  rep.nodes = g.num_actors();
  rep.loaded_edges = g.num_edges();
  {
    // What load() costs without the image that `build` saves (after a change
    // nobody saved it for): the rows themselves. Same graph, or no figure.
    Stopwatch rows;
    ActorGraph from_rows = store.load_from_rows(Filter{});
    Timing t = rows.elapsed();
    if (from_rows.num_edges() == g.num_edges() && from_rows.num_actors() == g.num_actors()) rep.ag["load_rows"] = t;
  }

  const std::uint32_t hub = top_hub(g);
  rep.hub = g.actor(hub).name;
  std::mt19937_64 rng(o.seed + 1);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  const auto n = static_cast<std::uint32_t>(g.num_actors());
  while (pairs.size() < 100) {
    auto a = static_cast<std::uint32_t>(rng() % n), b = static_cast<std::uint32_t>(rng() % n);
    if (a != b) pairs.emplace_back(a, b);
  }
  std::vector<std::uint32_t> neighbours{hub};
  while (neighbours.size() < 101) neighbours.push_back(static_cast<std::uint32_t>(rng() % n));
  write_nx_inputs(g, dir, pairs, neighbours);

  // Per-operation peaks: reset the high-water mark before each step.
  {
    const std::string path = dir + "/actorgraph.graphml";
    reset_peak_rss();
    Stopwatch t;
    {
      std::ofstream out(path, std::ios::binary);
      make_exporter("graphml")->write(g, out);
      out.flush();
      if (!out) throw std::runtime_error("cannot write " + path);
    }
    rep.ag["graphml"] = t.elapsed();
    rep.ag_op_peak_kib["graphml"] = self_peak_rss_kib();
    rep.ag_graphml_bytes = fs::file_size(path);
    fs::remove(path);
  }
  {
    reset_peak_rss();
    Stopwatch t;
    auto rank = query::pagerank(g);
    rep.ag["pagerank"] = t.elapsed();
    rep.ag_op_peak_kib["pagerank"] = self_peak_rss_kib();
    std::vector<std::uint32_t> order(rank.size());
    for (std::uint32_t v = 0; v < order.size(); ++v) order[v] = v;
    std::size_t k = std::min<std::size_t>(10, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                      [&](auto a, auto b) { return rank[a] != rank[b] ? rank[a] > rank[b] : g.actor(a).id < g.actor(b).id; });
    for (std::size_t i = 0; i < k; ++i) rep.ag_pagerank_top.push_back(g.actor(order[i]).id);
  }
  {
    reset_peak_rss();
    Stopwatch t;
    for (auto [a, b] : pairs) {
      auto chains = query::shortest_chains(g, a, b, 6, 1);
      rep.ag_path_hops.push_back(chains.empty() ? -1 : static_cast<int>(chains.front().size()) - 1);
    }
    rep.ag["shortest_path"] = t.elapsed();
    rep.ag_op_peak_kib["shortest_path"] = self_peak_rss_kib();
  }
  {
    // The same work as NetworkX's side: by actor id, the in- and out-edges
    // of the loaded graph with their data.
    reset_peak_rss();
    Stopwatch t;
    std::vector<std::pair<std::uint32_t, const EdgeInfo*>> found;
    for (auto v : neighbours) {
      found.clear();
      const auto u = g.find_actor(g.actor(v).id);
      if (!u) continue;
      for (auto e : g.out_edges(*u)) found.emplace_back(e, &g.edge(e));
      for (auto e : g.in_edges(*u)) found.emplace_back(e, &g.edge(e));
      rep.ag_neighbour_edges += found.size();
    }
    rep.ag["neighbours"] = t.elapsed();
    rep.ag_op_peak_kib["neighbours"] = self_peak_rss_kib();
  }
  {
    // More work than NetworkX's side, for reference: the same edges read
    // from the database (Store::edges_of, what `query` uses), no graph loaded.
    reset_peak_rss();
    Stopwatch t;
    std::uint64_t edges = 0;
    for (auto v : neighbours) edges += store.edges_of(g.actor(v).id, Filter{}).edges.size();
    rep.ag["neighbours_db"] = t.elapsed();
    rep.ag_op_peak_kib["neighbours_db"] = self_peak_rss_kib();
    if (edges != rep.ag_neighbour_edges)
      throw std::runtime_error("Store::edges_of found " + std::to_string(edges) + " neighbour edges, the graph " +
                               std::to_string(rep.ag_neighbour_edges));
  }
  rep.ag_peak_rss_kib = rep.ag_rss_after_load_kib;
  for (const auto& [op, kib] : rep.ag_op_peak_kib) rep.ag_peak_rss_kib = std::max(rep.ag_peak_rss_kib, kib);

  // 3. NetworkX's side.
  rep.nx_missing = networkx_missing(o.python);
  if (rep.nx_missing.empty()) {
    std::printf("running %s %s (NetworkX) …\n", o.python.c_str(), o.script.c_str());
    std::fflush(stdout);
    rep.nx = run_networkx(o.python, o.script, dir, dir + "/networkx.measure");
  }

  // 4. The real binary, as a user runs it.
  if (!o.exe.empty()) {
    const std::string out = dir + "/query.out", err = dir + "/query.err";
    const std::string measure = dir + "/query.measure";
    run_process({o.exe, "query", "--db", db, "actor", rep.hub}, out, err, measure);  // warm-up, not counted
    for (int i = 0; i < o.runs; ++i) {
      auto r = run_process({o.exe, "query", "--db", db, "actor", rep.hub}, out, err, measure);
      if (r.status != 0) {
        std::ifstream in(err);
        std::string msg((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        rep.query_error = "exit " + std::to_string(r.status) + ": " + msg;
        break;
      }
      rep.query_ms.push_back(r.wall_seconds * 1e3);
      rep.query_cpu_ms.push_back(r.cpu_seconds * 1e3);
      rep.query_peak_rss_kib = std::max(rep.query_peak_rss_kib, r.peak_rss_kib);
    }
    std::ifstream in(out);
    for (std::string line; std::getline(in, line);) ++rep.query_lines;
  }

  const bool agree = print_report(rep, stdout);
  if (!o.keep) {
    if (own_dir) {
      fs::remove_all(dir);
    } else {
      for (const char* f : {"scale.db", "scale.db-wal", "scale.db-shm", "scale.db-journal", "nodes.tsv", "edges.tsv",
                            "pairs.tsv", "neighbours.txt", "networkx.json", "networkx.log", "generate.out", "generate.measure",
                            "query.out", "query.err", "query.measure", "networkx.measure"})
        fs::remove(dir + "/" + f);
    }
  } else {
    std::printf("kept %s\n", dir.c_str());
  }
  if (!agree || !rep.query_error.empty() || (rep.nx_missing.empty() && !rep.nx.ran)) return 1;
  return rep.nx_missing.empty() ? 0 : 77;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    if (argc > 3 && std::string(argv[1]) == "--measure" && std::string(argv[3]) == "--")
      return measure_main(argv[2], std::vector<std::string>(argv + 4, argv + argc));
    Options o = parse(argc, argv);
    if (!o.generate.empty()) return generate(o);
    return run(o);
  } catch (const std::invalid_argument& e) {
    std::fprintf(stderr, "bench_scale: %s\nusage: bench_scale [ACTORGRAPH_EXE] [--edges N | --quick] "
                         "[--workdir DIR] [--keep] [--python PATH] [--script PATH] [--runs N] [--seed S]\n",
                 e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_scale: error: %s\n", e.what());
    return 1;
  }
}
