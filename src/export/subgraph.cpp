#include "export/subgraph.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace actorgraph::exporting {
namespace {

// Copies the vertices flagged in `keep` (in order) into `out`; returns the
// old -> new index map (UINT32_MAX for dropped vertices).
std::vector<std::uint32_t> copy_vertices(const ActorGraph& g, const std::vector<bool>& keep, ActorGraphBuilder& out) {
  std::vector<std::uint32_t> map(g.num_actors(), UINT32_MAX);
  for (std::uint32_t v = 0; v < g.num_actors(); ++v)
    if (keep[v]) map[v] = out.add_actor(g.actor(v));
  return map;
}

// Joins the distinct non-empty values of `field` over `edges`, ordered by the
// mentions behind each value (most first, ties in order of appearance).
template <class Field>
std::string join_distinct(const ActorGraph& g, const std::vector<std::uint32_t>& edges, Field field) {
  std::vector<std::pair<std::string, std::uint64_t>> values;
  for (std::uint32_t e : edges) {
    const std::string value(field(g.edge(e)));
    if (value.empty()) continue;
    auto it = std::find_if(values.begin(), values.end(), [&](const auto& p) { return p.first == value; });
    if (it == values.end()) values.emplace_back(value, g.edge(e).mentions);
    else it->second += g.edge(e).mentions;
  }
  std::stable_sort(values.begin(), values.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string out;
  for (const auto& [value, count] : values) {
    if (!out.empty()) out += "; ";
    out += value;
  }
  return out;
}

EdgeInfo merge_pair(const ActorGraph& g, const std::vector<std::uint32_t>& edges) {
  EdgeInfo m;
  const EdgeInfo& first = g.edge(edges.front());
  m.relation.quad = first.relation.quad;
  m.negated = true;
  double goldstein_sum = 0, plain_sum = 0;
  std::set<std::string> articles;
  for (std::uint32_t e : edges) {
    const EdgeInfo& info = g.edge(e);
    m.mentions += info.mentions;
    m.factual += info.factual;
    m.articles = std::max(m.articles, info.articles);
    m.sources = std::max(m.sources, info.sources);
    m.negated = m.negated && info.negated;
    if (info.relation.quad != m.relation.quad) m.relation.quad = 0;
    goldstein_sum += info.relation.goldstein * info.mentions;
    plain_sum += info.relation.goldstein;
    if (!info.first_date.empty() && (m.first_date.empty() || info.first_date < m.first_date))
      m.first_date = info.first_date;
    if (!info.last_date.empty() && (m.last_date.empty() || info.last_date > m.last_date)) m.last_date = info.last_date;
    for (const Mention& mention : info.evidence) {
      m.evidence.push_back(mention);
      articles.insert(mention.article);
    }
  }
  if (!articles.empty()) m.articles = static_cast<std::uint32_t>(articles.size());
  m.relation.goldstein =
      m.mentions > 0 ? goldstein_sum / m.mentions : plain_sum / static_cast<double>(edges.size());
  m.key = join_distinct(g, edges, [](const EdgeInfo& e) -> std::string_view { return e.key; });
  m.relation.lemma = join_distinct(g, edges, [](const EdgeInfo& e) -> std::string_view {
    return e.relation.lemma.empty() ? std::string_view(e.relation.text) : std::string_view(e.relation.lemma);
  });
  m.relation.text = join_distinct(g, edges, [](const EdgeInfo& e) -> std::string_view { return e.relation.text; });
  m.relation.cameo = join_distinct(g, edges, [](const EdgeInfo& e) -> std::string_view { return e.relation.cameo; });
  m.relation.root = join_distinct(g, edges, [](const EdgeInfo& e) -> std::string_view { return e.relation.root; });
  m.relation.plover =
      join_distinct(g, edges, [](const EdgeInfo& e) -> std::string_view { return e.relation.plover; });
  return m;
}

}  // namespace

ActorGraph ego_network(const ActorGraph& g, std::uint32_t center, unsigned depth) {
  if (center >= g.num_actors()) throw std::out_of_range("ego_network: no vertex " + std::to_string(center));
  std::vector<unsigned> dist(g.num_actors(), UINT32_MAX);
  std::vector<bool> keep(g.num_actors(), false);
  std::deque<std::uint32_t> queue{center};
  dist[center] = 0;
  keep[center] = true;
  while (!queue.empty()) {
    const std::uint32_t v = queue.front();
    queue.pop_front();
    if (dist[v] >= depth) continue;
    auto visit = [&](std::uint32_t w) {
      if (dist[w] != UINT32_MAX) return;
      dist[w] = dist[v] + 1;
      keep[w] = true;
      queue.push_back(w);
    };
    for (std::uint32_t e : g.out_edges(v)) visit(g.edge(e).target);
    for (std::uint32_t e : g.in_edges(v)) visit(g.edge(e).source);
  }
  ActorGraphBuilder out;
  const std::vector<std::uint32_t> map = copy_vertices(g, keep, out);
  for (std::uint32_t e = 0; e < g.num_edges(); ++e) {
    const EdgeInfo& info = g.edge(e);
    if (!keep[info.source] || !keep[info.target]) continue;
    EdgeInfo copy = info;
    copy.source = map[info.source];
    copy.target = map[info.target];
    out.add_edge(std::move(copy));
  }
  return out.build();
}

ActorGraph aggregate_pairs(const ActorGraph& g) {
  std::vector<std::vector<std::uint32_t>> groups;
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> group_of;
  for (std::uint32_t e = 0; e < g.num_edges(); ++e) {
    const auto pair = std::make_pair(g.edge(e).source, g.edge(e).target);
    auto [it, inserted] = group_of.try_emplace(pair, groups.size());
    if (inserted) groups.emplace_back();
    groups[it->second].push_back(e);
  }
  ActorGraphBuilder out;
  const std::vector<std::uint32_t> map = copy_vertices(g, std::vector<bool>(g.num_actors(), true), out);
  for (const auto& edges : groups) {
    EdgeInfo m = merge_pair(g, edges);
    m.source = map[g.edge(edges.front()).source];
    m.target = map[g.edge(edges.front()).target];
    out.add_edge(std::move(m));
  }
  return out.build();
}

}  // namespace actorgraph::exporting
