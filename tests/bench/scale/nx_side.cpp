#include "nx_side.hpp"

#include <rapidjson/document.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "actorgraph/graph.hpp"
#include "process.hpp"

namespace actorgraph::bench {
namespace {

std::ofstream open_out(const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw std::runtime_error("cannot write " + path);
  return out;
}

void close_out(std::ofstream& out, const std::string& path) {
  out.flush();
  if (!out) throw std::runtime_error("error writing " + path);
}

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

double number(const rapidjson::Value& o, const char* key, double fallback = -1) {
  if (!o.IsObject() || !o.HasMember(key) || !o[key].IsNumber()) return fallback;
  return o[key].GetDouble();
}

}  // namespace

void write_nx_inputs(const ActorGraph& g, const std::string& dir,
                     const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs,
                     const std::vector<std::uint32_t>& neighbours) {
  std::string path = dir + "/nodes.tsv";
  auto nodes = open_out(path);
  for (std::uint32_t v = 0; v < g.num_actors(); ++v) {
    const Actor& a = g.actor(v);
    nodes << a.id << '\t' << a.name << '\t' << to_string(a.type) << '\t' << a.country << '\t' << a.sector << '\t'
          << a.code << '\n';
  }
  close_out(nodes, path);
  path = dir + "/edges.tsv";
  auto edges = open_out(path);
  for (std::uint32_t e = 0; e < g.num_edges(); ++e) {
    const EdgeInfo& x = g.edge(e);
    edges << g.actor(x.source).id << '\t' << g.actor(x.target).id << '\t' << x.key << '\t' << x.relation.text
          << '\t' << x.relation.cameo << '\t' << x.relation.root << '\t' << x.relation.quad << '\t'
          << x.relation.goldstein << '\t' << x.relation.plover << '\t' << x.mentions << '\t' << x.articles << '\t'
          << x.first_date << '\t' << x.last_date << '\n';
  }
  close_out(edges, path);
  path = dir + "/pairs.tsv";
  auto p = open_out(path);
  for (auto [a, b] : pairs) p << g.actor(a).id << '\t' << g.actor(b).id << '\n';
  close_out(p, path);
  path = dir + "/neighbours.txt";
  auto n = open_out(path);
  for (auto v : neighbours) n << g.actor(v).id << '\n';
  close_out(n, path);
}

std::string networkx_missing(const std::string& python) {
  if (!std::filesystem::exists(python)) return python + " is not installed";
  auto r = run_process({python, "-c", "import networkx"}, "/dev/null", "/dev/null");
  if (r.status != 0) return "networkx is not installed for " + python + " (Debian: apt install python3-networkx)";
  return "";
}

NxResult run_networkx(const std::string& python, const std::string& script, const std::string& dir,
                      const std::string& measure_file) {
  NxResult res;
  const std::string json_path = dir + "/networkx.json";
  const std::string log_path = dir + "/networkx.log";
  auto r = run_process({python, script, dir}, log_path, log_path, measure_file);
  res.total_wall = r.wall_seconds;
  res.peak_rss_kib = r.peak_rss_kib;
  if (r.status != 0) {
    res.error = python + " " + script + " exited with " + std::to_string(r.status) + ": " + read_all(log_path);
    return res;
  }
  rapidjson::Document d;
  const std::string text = read_all(json_path);
  if (d.Parse(text.c_str()).HasParseError() || !d.IsObject()) {
    res.error = "cannot read " + json_path;
    return res;
  }
  res.ran = true;
  if (d.HasMember("networkx") && d["networkx"].IsString()) res.version = d["networkx"].GetString();
  res.nodes = static_cast<std::uint64_t>(number(d, "nodes", 0));
  res.edges = static_cast<std::uint64_t>(number(d, "edges", 0));
  res.neighbour_edges = static_cast<std::uint64_t>(number(d, "neighbour_edges", 0));
  res.graphml_bytes = static_cast<std::uint64_t>(number(d, "graphml_bytes", 0));
  res.rss_after_load_kib = static_cast<long>(number(d, "rss_after_load_kib", 0));
  if (d.HasMember("times") && d["times"].IsObject())
    for (const auto& m : d["times"].GetObject())
      res.times[m.name.GetString()] = Timing{number(m.value, "wall"), number(m.value, "cpu")};
  if (d.HasMember("pagerank_top") && d["pagerank_top"].IsArray())
    for (const auto& v : d["pagerank_top"].GetArray())
      if (v.IsString()) res.pagerank_top.emplace_back(v.GetString());
  if (d.HasMember("path_hops") && d["path_hops"].IsArray())
    for (const auto& v : d["path_hops"].GetArray()) res.path_hops.push_back(v.IsInt() ? v.GetInt() : -1);
  return res;
}

}  // namespace actorgraph::bench
