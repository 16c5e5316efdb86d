// The NetworkX side of the scale benchmark: the inputs it reads (TSV files
// written from the loaded ActorGraph) and its JSON report.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace actorgraph {
class ActorGraph;
}

namespace actorgraph::bench {

struct Timing {
  double wall = -1, cpu = -1;  ///< seconds; -1 = not measured
};

/// What networkx_side.py reported (and what wait4 saw of it).
struct NxResult {
  bool ran = false;
  std::string error;  ///< why there are no numbers, when !ran
  std::string version;
  std::uint64_t nodes = 0, edges = 0, neighbour_edges = 0, graphml_bytes = 0;
  std::map<std::string, Timing> times;  ///< load, graphml, pagerank, shortest_path, neighbours
  long rss_after_load_kib = 0, peak_rss_kib = 0;
  double total_wall = 0;
  std::vector<std::string> pagerank_top;  ///< ids, best first
  std::vector<int> path_hops;             ///< per pair; -1 = no path
};

/// Writes DIR/nodes.tsv (id, name, type, country, sector, code), DIR/edges.tsv
/// (source, target, key, relation, cameo, root, quad, goldstein, plover,
/// mentions, articles, first_date, last_date), DIR/pairs.tsv (from, to) and
/// DIR/neighbours.txt (one id a line). Throws std::runtime_error on I/O errors.
void write_nx_inputs(const ActorGraph& g, const std::string& dir,
                     const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs,
                     const std::vector<std::uint32_t>& neighbours);

/// "" when `python` exists and imports networkx; otherwise why not.
std::string networkx_missing(const std::string& python);

/// Runs `python script DIR` and reads its JSON report (DIR/networkx.json).
/// `measure_file` as for run_process.
NxResult run_networkx(const std::string& python, const std::string& script, const std::string& dir,
                      const std::string& measure_file);

}  // namespace actorgraph::bench
