#include "report.hpp"

#include <algorithm>
#include <set>
#include <string_view>

namespace actorgraph::bench {
namespace {

constexpr double kSpeedupTarget = 20;
constexpr double kQueryTargetMs = 50;
constexpr double kMemoryTargetMiB = 1024;

struct Op {
  const char* key;
  const char* label;
  const char* nx_key;  ///< the NetworkX operation it is compared with
  bool target;         ///< the same work as NetworkX's: held to the target
};
constexpr Op kOps[] = {
    {"load", "load whole graph (default filter)", "load", true},
    {"load_rows", "(reference) the same load from the edge rows, no graph image", "load", false},
    {"graphml", "GraphML export to a file", "graphml", true},
    {"pagerank", "PageRank", "pagerank", true},
    {"shortest_path", "shortest path, 100 pairs", "shortest_path", true},
    {"neighbours", "neighbours, hub + 100 actors", "neighbours", true},
    {"neighbours_db", "(reference) the same neighbours read from SQLite by Store::edges_of", "neighbours", false},
};

// 1234567 -> "1,234,567"
std::string grouped(std::uint64_t v) {
  const std::string digits = std::to_string(v);
  std::string s;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) s += ',';
    s += digits[i];
  }
  return s;
}

double mib(double kib) { return kib / 1024.0; }

std::string seconds(double s) {
  char buf[32];
  if (s < 0) return "–";
  if (s < 0.1) std::snprintf(buf, sizeof buf, "%.1f ms", s * 1e3);
  else std::snprintf(buf, sizeof buf, "%.2f s", s);
  return buf;
}

std::string ratio(double nx, double ag) {
  if (nx < 0 || ag <= 0) return "–";
  char buf[32];
  const double x = nx / ag;
  std::snprintf(buf, sizeof buf, x >= 100 ? "%.0f×" : x >= 1 ? "%.1f×" : "%.2g×", x);
  return buf;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

}  // namespace

bool print_report(const Report& r, std::FILE* out) {
  const BuildReport& b = r.build;
  std::fprintf(out, "\n## actorgraph at %s edges\n\n", grouped(r.edges_target).c_str());
  std::fprintf(out,
               "build (Store batches): %s synthetic articles, %s triples, %s CAMEO codes -> %s actors, %s edges, "
               "%s mentions; database %.0f MiB\n",
               grouped(b.articles).c_str(), grouped(b.triples).c_str(), grouped(b.codes).c_str(),
               grouped(b.actors).c_str(), grouped(b.edges).c_str(), grouped(b.mentions).c_str(),
               static_cast<double>(b.db_bytes) / (1 << 20));
  std::fprintf(out, "  %.1f s wall, %.1f s CPU (%s triples/s wall), of which commit %.1f s; peak RSS %.0f MiB\n",
               b.wall, b.cpu, grouped(static_cast<std::uint64_t>(static_cast<double>(b.triples) / b.wall)).c_str(),
               b.commit_seconds, mib(static_cast<double>(b.peak_rss_kib)));
  std::fprintf(out, "loaded graph: %s actors, %s edges; top hub: %s\n\n", grouped(r.nodes).c_str(),
               grouped(r.loaded_edges).c_str(), r.hub.c_str());

  const bool nx = r.nx.ran;
  std::fprintf(out, "| operation | actorgraph wall | actorgraph CPU | NetworkX %s wall | NetworkX CPU | speed-up wall | "
                    "speed-up CPU | target ≥%.0f× (CPU) | actorgraph peak RSS |\n|---|---:|---:|---:|---:|---:|---:|:-:|---:|\n",
               nx ? r.nx.version.c_str() : "", kSpeedupTarget);
  Timing ag_total{0, 0}, nx_total{0, 0};
  for (const auto& op : kOps) {
    auto a = r.ag.count(op.key) ? r.ag.at(op.key) : Timing{};
    auto x = nx && r.nx.times.count(op.nx_key) ? r.nx.times.at(op.nx_key) : Timing{};
    if (op.target) {
      ag_total.wall += std::max(0.0, a.wall);
      ag_total.cpu += std::max(0.0, a.cpu);
      nx_total.wall += std::max(0.0, x.wall);
      nx_total.cpu += std::max(0.0, x.cpu);
    }
    const char* met = !op.target ? "n/a" : x.cpu < 0 ? "–" : x.cpu / a.cpu >= kSpeedupTarget ? "yes" : "**no**";
    const long peak = std::string_view(op.key) == "load" ? r.ag_rss_after_load_kib
                      : r.ag_op_peak_kib.count(op.key) ? r.ag_op_peak_kib.at(op.key) : 0;
    std::fprintf(out, "| %s | %s | %s | %s | %s | %s | %s | %s | %.0f MiB |\n", op.label, seconds(a.wall).c_str(),
                 seconds(a.cpu).c_str(), seconds(x.wall).c_str(), seconds(x.cpu).c_str(),
                 ratio(x.wall, a.wall).c_str(), ratio(x.cpu, a.cpu).c_str(), met, mib(static_cast<double>(peak)));
  }
  std::fprintf(out, "| all five | %s | %s | %s | %s | %s | %s | | |\n", seconds(ag_total.wall).c_str(),
               seconds(ag_total.cpu).c_str(), nx ? seconds(nx_total.wall).c_str() : "–",
               nx ? seconds(nx_total.cpu).c_str() : "–", nx ? ratio(nx_total.wall, ag_total.wall).c_str() : "–",
               nx ? ratio(nx_total.cpu, ag_total.cpu).c_str() : "–");
  std::fprintf(out, "| peak RSS after load | %.0f MiB | | %s | | %s | | | |\n",
               mib(static_cast<double>(r.ag_rss_after_load_kib)),
               nx ? (std::to_string(static_cast<long>(mib(static_cast<double>(r.nx.rss_after_load_kib)))) + " MiB").c_str()
                  : "–",
               nx ? ratio(static_cast<double>(r.nx.rss_after_load_kib), static_cast<double>(r.ag_rss_after_load_kib)).c_str()
                  : "–");
  std::fprintf(out, "| peak RSS, whole run | %.0f MiB | | %s | | %s | | | |\n\n",
               mib(static_cast<double>(r.ag_peak_rss_kib)),
               nx ? (std::to_string(static_cast<long>(mib(static_cast<double>(r.nx.peak_rss_kib)))) + " MiB").c_str()
                  : "–",
               nx ? ratio(static_cast<double>(r.nx.peak_rss_kib), static_cast<double>(r.ag_peak_rss_kib)).c_str()
                  : "–");
  std::fprintf(out, "GraphML: actorgraph %.0f MiB, NetworkX %s\n", static_cast<double>(r.ag_graphml_bytes) / (1 << 20),
               nx ? (std::to_string(r.nx.graphml_bytes >> 20) + " MiB").c_str() : "–");
  if (!r.nx_missing.empty()) std::fprintf(out, "NetworkX side skipped: %s\n", r.nx_missing.c_str());
  else if (!nx) std::fprintf(out, "NetworkX side failed: %s\n", r.nx.error.c_str());

  if (!r.query_error.empty()) {
    std::fprintf(out, "query process failed: %s\n", r.query_error.c_str());
  } else if (!r.query_ms.empty()) {
    const double med = median(r.query_ms);
    const double peak = mib(static_cast<double>(r.query_peak_rss_kib));
    std::fprintf(out,
                 "`actorgraph query --db DB actor \"%s\"` (whole process, %zu runs after a warm-up, %zu output "
                 "lines): median %.1f ms (min %.1f, max %.1f; CPU median %.1f ms) — target < %.0f ms: %s; peak RSS "
                 "%.0f MiB — target < 1 GiB: %s\n",
                 r.hub.c_str(), r.query_ms.size(), r.query_lines, med,
                 *std::min_element(r.query_ms.begin(), r.query_ms.end()),
                 *std::max_element(r.query_ms.begin(), r.query_ms.end()),
                 r.query_cpu_ms.empty() ? -1.0 : median(r.query_cpu_ms), kQueryTargetMs,
                 med < kQueryTargetMs ? "yes" : "NO", peak, peak < kMemoryTargetMiB ? "yes" : "NO");
  }
  std::fprintf(out, "actorgraph peak memory (bench process, graph loaded): %.0f MiB — target < 1 GiB: %s\n",
               mib(static_cast<double>(r.ag_peak_rss_kib)),
               mib(static_cast<double>(r.ag_peak_rss_kib)) < kMemoryTargetMiB ? "yes" : "NO");

  bool agree = true;
  if (nx) {
    const bool same_size = r.nx.nodes == r.nodes && r.nx.edges == r.loaded_edges;
    std::size_t same_hops = 0;
    for (std::size_t i = 0; i < r.ag_path_hops.size() && i < r.nx.path_hops.size(); ++i) {
      int x = r.nx.path_hops[i] > 6 ? -1 : r.nx.path_hops[i];
      same_hops += x == r.ag_path_hops[i];
    }
    std::set<std::string> top(r.ag_pagerank_top.begin(), r.ag_pagerank_top.end());
    std::size_t overlap = 0;
    for (const auto& id : r.nx.pagerank_top) overlap += top.count(id);
    std::fprintf(out,
                 "checks: graph %s nodes/%s edges (NetworkX %s/%s) %s; path lengths agree %zu/%zu; neighbour edges "
                 "%s vs %s; PageRank top-10 overlap %zu/10 (%s vs %s first)\n",
                 grouped(r.nodes).c_str(), grouped(r.loaded_edges).c_str(), grouped(r.nx.nodes).c_str(),
                 grouped(r.nx.edges).c_str(), same_size ? "ok" : "DIFFER", same_hops, r.ag_path_hops.size(),
                 grouped(r.ag_neighbour_edges).c_str(), grouped(r.nx.neighbour_edges).c_str(), overlap,
                 r.ag_pagerank_top.empty() ? "-" : r.ag_pagerank_top.front().c_str(),
                 r.nx.pagerank_top.empty() ? "-" : r.nx.pagerank_top.front().c_str());
    agree = same_size && same_hops == r.ag_path_hops.size() && r.ag_neighbour_edges == r.nx.neighbour_edges;
  }
  std::fflush(out);
  return agree;
}

}  // namespace actorgraph::bench
