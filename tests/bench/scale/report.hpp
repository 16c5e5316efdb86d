// The scale benchmark's results and the side-by-side table.
#pragma once

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "nx_side.hpp"

namespace actorgraph::bench {

struct BuildReport {
  double wall = 0, cpu = 0, commit_seconds = 0;
  long peak_rss_kib = 0;
  std::uint64_t articles = 0, triples = 0, codes = 0, actors = 0, edges = 0, mentions = 0, db_bytes = 0;
};

struct Report {
  std::uint64_t edges_target = 0, nodes = 0, loaded_edges = 0;
  BuildReport build;
  std::map<std::string, Timing> ag;  ///< load, graphml, pagerank, shortest_path, neighbours
  long ag_rss_after_load_kib = 0, ag_peak_rss_kib = 0;
  std::map<std::string, long> ag_op_peak_kib;  ///< peak RSS during each operation (graph loaded)
  std::uint64_t ag_graphml_bytes = 0, ag_neighbour_edges = 0;
  std::vector<std::string> ag_pagerank_top;
  std::vector<int> ag_path_hops;
  std::string hub;
  std::string nx_missing;  ///< why NetworkX did not run ("" = it was available)
  NxResult nx;
  std::vector<double> query_ms;
  std::vector<double> query_cpu_ms;  ///< user + system CPU of each run
  long query_peak_rss_kib = 0;
  std::size_t query_lines = 0;
  std::string query_error;
};

/// Prints the build summary, the side-by-side table and the checks. Returns
/// false when the two sides disagree on a result (graph size, path lengths,
/// neighbour edges).
bool print_report(const Report& r, std::FILE* out);

}  // namespace actorgraph::bench
