// query path / top: questions that need the whole (filtered) Boost graph.
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <ostream>

#include "actorgraph/errors.hpp"
#include "actorgraph/query.hpp"
#include "actorgraph/store.hpp"
#include "query/centrality.hpp"
#include "query/format.hpp"
#include "query/resolve.hpp"
#include "query/shortest_chains.hpp"

namespace actorgraph {
namespace {

using namespace query;

// Edges linking u and v in either direction, most mentioned first.
std::vector<std::uint32_t> edges_linking(const ActorGraph& g, std::uint32_t u, std::uint32_t v) {
  std::vector<std::uint32_t> out;
  for (auto e : g.out_edges(u))
    if (g.edge(e).target == v) out.push_back(e);
  for (auto e : g.in_edges(u))
    if (g.edge(e).source == v) out.push_back(e);
  std::sort(out.begin(), out.end(), [&](auto a, auto b) {
    return g.edge(a).mentions != g.edge(b).mentions ? g.edge(a).mentions > g.edge(b).mentions : a < b;
  });
  return out;
}

std::string fixed(double x, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, x);
  return buf;
}

}  // namespace

void query_path(const Store& s, std::string_view a, std::string_view b, const QueryOptions& o, std::ostream& out) {
  Actor x = resolve_or_throw(s, a), y = resolve_or_throw(s, b);
  if (x.id == y.id) throw UsageError("path: both names resolve to " + x.name);
  ActorGraph g = s.load(o.filter, false);
  auto from = g.find_actor(x.id), to = g.find_actor(y.id);
  std::vector<std::vector<std::uint32_t>> chains;
  if (from && to) chains = shortest_chains(g, *from, *to, o.max_hops, o.limit);
  if (o.json) {
    rapidjson::StringBuffer sb;
    JsonWriter w(sb);
    w.StartObject();
    key(w, "from"), write_actor(w, x);
    key(w, "to"), write_actor(w, y);
    key(w, "paths");
    w.StartArray();
    for (const auto& chain : chains) {
      w.StartObject();
      key(w, "hops"), w.Uint(static_cast<unsigned>(chain.size() - 1));
      key(w, "steps");
      w.StartArray();
      for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
        w.StartObject();
        key(w, "from"), write_actor(w, g.actor(chain[i]));
        key(w, "to"), write_actor(w, g.actor(chain[i + 1]));
        key(w, "relations");
        w.StartArray();
        for (auto e : edges_linking(g, chain[i], chain[i + 1])) {
          const EdgeInfo& info = g.edge(e);
          w.StartObject();
          key(w, "direction"), str(w, info.source == chain[i] ? "forward" : "backward");
          key(w, "relation"), write_relation(w, info.relation);
          write_edge_counts(w, info);
          w.EndObject();
        }
        w.EndArray();
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    flush_json(sb, out);
    return;
  }
  if (chains.empty()) {
    out << "no chain of at most " << o.max_hops << " relations links " << x.name << " and " << y.name
        << " under these filters\n";
    return;
  }
  out << chains.size() << (chains.size() == 1 ? " shortest chain" : " shortest chains") << " of "
      << chains.front().size() - 1 << (chains.front().size() == 2 ? " relation" : " relations") << " from " << x.name
      << " to " << y.name << "\n";
  for (std::size_t c = 0; c < chains.size(); ++c) {
    const auto& chain = chains[c];
    out << "\n" << c + 1 << ". ";
    for (std::size_t i = 0; i < chain.size(); ++i) out << (i ? " — " : "") << g.actor(chain[i]).name;
    out << "\n";
    for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
      auto linking = edges_linking(g, chain[i], chain[i + 1]);
      std::size_t shown = 0;
      for (auto e : linking) {
        if (shown++ == 3) {
          out << "      … " << linking.size() - 3 << " more\n";
          break;
        }
        const EdgeInfo& info = g.edge(e);
        out << "   " << g.actor(info.source).name << " → " << describe(info.relation, info.negated) << " → "
            << g.actor(info.target).name << " (" << info.mentions << ")\n";
      }
    }
  }
}

void query_top(const Store& s, const QueryOptions& o, std::ostream& out) {
  const std::string by = o.by.empty() ? "degree" : o.by;
  ActorGraph g = s.load(o.filter, false);
  // Every table shows degree: computed once, it also counts the distinct pairs.
  const std::vector<double> degree = degree_centrality(g);
  std::vector<double> score;
  std::size_t sources = g.num_actors();  // betweenness: source actors (fewer: an estimate)
  if (by == "degree") score = degree;
  else if (by == "mentions") score = mention_strength(g);
  else if (by == "pagerank") score = pagerank(g);
  else if (by == "betweenness") {
    // Exact Brandes costs a breadth-first search from every actor: beyond a
    // budget of about 2e8 edge visits (a few seconds) the sources are sampled.
    const double pairs = std::accumulate(degree.begin(), degree.end(), 0.0) / 2;
    sources = betweenness_sources(g.num_actors(), static_cast<std::size_t>(pairs));
    score = sources < g.num_actors() ? sampled_betweenness(g, sources) : betweenness(g);
  } else {
    throw UsageError("top: --by '" + by + "' (valid: degree, mentions, pagerank, betweenness)");
  }
  std::vector<double> mentions = by == "mentions" ? score : mention_strength(g);
  std::vector<std::uint32_t> order(g.num_actors());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) {
    if (score[a] != score[b]) return score[a] > score[b];
    return g.actor(a).name < g.actor(b).name;
  });
  if (order.size() > o.limit) order.resize(o.limit);
  const bool integral = by == "degree" || by == "mentions";
  if (o.json) {
    rapidjson::StringBuffer sb;
    JsonWriter w(sb);
    w.StartObject();
    key(w, "by"), str(w, by);
    if (sources < g.num_actors()) key(w, "betweenness_sources"), w.Uint64(sources);
    key(w, "actors");
    w.StartArray();
    for (std::size_t i = 0; i < order.size(); ++i) {
      auto v = order[i];
      w.StartObject();
      key(w, "rank"), w.Uint(static_cast<unsigned>(i + 1));
      key(w, "actor"), write_actor(w, g.actor(v));
      key(w, "score"), w.Double(score[v]);
      key(w, "degree"), w.Uint(static_cast<unsigned>(degree[v]));
      key(w, "mentions"), w.Uint(static_cast<unsigned>(mentions[v]));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    flush_json(sb, out);
    return;
  }
  out << "top " << order.size() << " actors by " << by << " (" << g.num_actors() << " actors, " << g.num_edges()
      << " edges";
  if (sources < g.num_actors()) out << "; estimated from " << sources << " random source actors";
  out << ")\n\n";
  // Degree and mentions have their own columns: a score column only for the
  // centralities that are not one of them.
  out << "rank  " << fit("actor", 34) << fit("type", 14) << fit("country", 9) << (integral ? "" : fit(by, 13))
      << fit("degree", 8) << "mentions\n";
  for (std::size_t i = 0; i < order.size(); ++i) {
    auto v = order[i];
    const Actor& act = g.actor(v);
    out << fit(std::to_string(i + 1), 6) << fit(act.name, 34) << fit(to_string(act.type), 14) << fit(act.country, 9)
        << (integral ? "" : fit(fixed(score[v], 5), 13)) << fit(fixed(degree[v], 0), 8) << fixed(mentions[v], 0)
        << "\n";
  }
}

}  // namespace actorgraph
