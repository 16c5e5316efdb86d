#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>

#include "graph/boost_graph.hpp"
#include "graph/merge_key.hpp"

namespace actorgraph {
namespace {

// Inserts v into the sorted vector; true when it was not there yet.
bool insert_sorted(std::vector<std::uint32_t>& vec, std::uint32_t v) {
  auto it = std::lower_bound(vec.begin(), vec.end(), v);
  if (it != vec.end() && *it == v) return false;
  vec.insert(it, v);
  return true;
}

std::uint32_t intern(std::unordered_map<std::string, std::uint32_t>& map, const std::string& s) {
  auto [it, inserted] = map.try_emplace(s, static_cast<std::uint32_t>(map.size()));
  return it->second;
}

}  // namespace

std::uint32_t ActorGraph::Impl::intern_key(const std::string& key) { return intern(key_ids, key); }

void ActorGraph::Impl::reserve_edges(std::size_t n) {
  if (n <= info.capacity()) return;
  info.reserve(n);
#ifdef MADV_HUGEPAGE
  // Only whole 2 MiB pages inside the buffer; advice is a hint, so failure is harmless.
  constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
  const auto begin = reinterpret_cast<std::uintptr_t>(info.data());
  const std::uintptr_t first = (begin + huge - 1) & ~(huge - 1);
  const std::uintptr_t last = (begin + info.capacity() * sizeof(EdgeInfo)) & ~(huge - 1);
  if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#endif
}

const Csr& ActorGraph::Impl::csr() const {
  const std::size_t n = actors.size(), m = info.size();
  if (csr_.vertices == n && csr_.edges == m && !csr_.out_start.empty()) return csr_;
  // Counting sort of the edges by source (and by target), in index order.
  Csr c;
  c.vertices = n;
  c.edges = m;
  c.out_start.assign(n + 1, 0);
  c.in_start.assign(n + 1, 0);
  for (const EdgeInfo& e : info) {
    ++c.out_start[e.source + 1];
    ++c.in_start[e.target + 1];
  }
  for (std::size_t v = 0; v < n; ++v) {
    c.out_start[v + 1] += c.out_start[v];
    c.in_start[v + 1] += c.in_start[v];
  }
  c.out_edge.resize(m);
  c.out_target.resize(m);
  c.in_edge.resize(m);
  c.in_source.resize(m);
  std::vector<std::uint32_t> out_next(c.out_start.begin(), c.out_start.end() - 1);
  std::vector<std::uint32_t> in_next(c.in_start.begin(), c.in_start.end() - 1);
  for (std::uint32_t i = 0; i < m; ++i) {
    const EdgeInfo& e = info[i];
    const std::uint32_t o = out_next[e.source]++, in = in_next[e.target]++;
    c.out_edge[o] = i;
    c.out_target[o] = e.target;
    c.in_edge[in] = i;
    c.in_source[in] = e.source;
  }
  csr_ = std::move(c);
  return csr_;
}

NeighbourList ActorGraph::Impl::neighbours(std::uint32_t v) const {
  const Csr& c = csr();
  Neighbours& nb = neighbours_;
  if (nb.vertices != c.vertices || nb.edges != c.edges) {
    nb.vertices = c.vertices;
    nb.edges = c.edges;
    nb.begin.assign(c.vertices, Neighbours::unlisted);
    nb.end.assign(c.vertices, 0);
    nb.stamp.assign(c.vertices, Neighbours::unlisted);
    nb.pool.clear();
  }
  if (nb.begin[v] == Neighbours::unlisted) {
    // Each vertex is listed once, so v itself marks what its listing saw.
    nb.begin[v] = static_cast<std::uint32_t>(nb.pool.size());
    nb.stamp[v] = v;  // no self-loop
    auto add = [&](std::uint32_t w) {
      if (nb.stamp[w] != v) nb.stamp[w] = v, nb.pool.push_back(w);
    };
    for (auto i = c.out_start[v], end = c.out_start[v + 1]; i < end; ++i) add(c.out_target[i]);
    for (auto i = c.in_start[v], end = c.in_start[v + 1]; i < end; ++i) add(c.in_source[i]);
    nb.end[v] = static_cast<std::uint32_t>(nb.pool.size());
  }
  return {nb.pool.data() + nb.begin[v], nb.pool.data() + nb.end[v]};
}

void ActorGraph::Impl::index_keys() {
  for (; keyed < info.size(); ++keyed) {
    const EdgeInfo& e = info[keyed];
    by_key.try_emplace(PackedEdgeKey{e.source, e.target, intern_key(e.key), e.negated},
                       static_cast<std::uint32_t>(keyed));
  }
}

ActorGraph::ActorGraph() : impl_(std::make_unique<Impl>()) {}
ActorGraph::~ActorGraph() = default;
ActorGraph::ActorGraph(ActorGraph&&) noexcept = default;
ActorGraph& ActorGraph::operator=(ActorGraph&&) noexcept = default;

std::uint32_t ActorGraph::add_actor(const Actor& a) {
  auto it = impl_->actor_index.find(a.id);
  if (it != impl_->actor_index.end()) return it->second;
  auto v = static_cast<std::uint32_t>(impl_->actors.size());
  impl_->actors.push_back(a);
  impl_->actor_index.emplace(a.id, v);
  return v;
}

std::optional<std::uint32_t> ActorGraph::find_actor(std::string_view id) const {
  auto it = impl_->actor_index.find(id);
  if (it == impl_->actor_index.end()) return std::nullopt;
  return it->second;
}

std::uint32_t ActorGraph::add_edge(EdgeInfo e) {
  auto n = static_cast<std::uint32_t>(impl_->actors.size());
  if (e.source >= n || e.target >= n)
    throw std::out_of_range("ActorGraph::add_edge: vertex index out of range");
  auto index = static_cast<std::uint32_t>(impl_->info.size());
  impl_->info.push_back(std::move(e));  // parallel edges are allowed
  return index;
}

std::uint32_t ActorGraph::merge(const Triple& t, const std::string& title, const std::string& source) {
  Impl& m = *impl_;
  m.index_keys();
  auto actor_vertex = [&](const Actor& a) {
    std::uint32_t v = add_actor(a);
    Actor& stored = m.actors[v];
    if (stored.id == a.id && merge::should_replace(stored, a)) stored = a;
    return v;
  };
  std::uint32_t s = actor_vertex(t.subject.actor);
  std::uint32_t o = actor_vertex(t.object.actor);
  const std::string key = relation_key(t.relation);
  PackedEdgeKey pk{s, o, m.intern_key(key), t.negated};

  std::uint32_t index;
  auto found = m.by_key.find(pk);
  if (found == m.by_key.end()) {
    EdgeInfo e;
    e.source = s;
    e.target = o;
    e.key = key;
    e.relation = t.relation;
    e.negated = t.negated;
    e.mentions = 0;
    index = add_edge(std::move(e));
  } else {
    index = found->second;
  }

  EdgeInfo& e = m.info[index];
  ++e.mentions;
  if (merge::is_factual(t.modality)) ++e.factual;
  MergeSeen& seen = m.seen[index];
  if (insert_sorted(seen.articles, intern(m.article_ids, t.article))) ++e.articles;
  if (!source.empty() && insert_sorted(seen.sources, intern(m.source_ids, source))) ++e.sources;
  if (!t.date.empty()) {
    if (e.first_date.empty() || t.date < e.first_date) e.first_date = t.date;
    if (e.last_date.empty() || t.date > e.last_date) e.last_date = t.date;
  }

  Mention mention;
  mention.article = t.article;
  mention.title = title;
  mention.source = source;
  mention.date = t.date;
  mention.sentence = t.sentence;
  mention.begin = t.span_begin;
  mention.end = t.span_end;
  mention.sentence_text = t.sentence_text;
  mention.subject_mention = t.subject.mention;
  mention.object_mention = t.object.mention;
  mention.relation_text = t.relation.text;
  mention.modality = t.modality;
  mention.claimant = t.claimant;
  e.evidence.push_back(std::move(mention));
  return index;
}

std::size_t ActorGraph::num_actors() const noexcept { return impl_->actors.size(); }
std::size_t ActorGraph::num_edges() const noexcept { return impl_->info.size(); }

const Actor& ActorGraph::actor(std::uint32_t v) const {
  if (v >= impl_->actors.size()) throw std::out_of_range("ActorGraph::actor: no vertex " + std::to_string(v));
  return impl_->actors[v];
}

const EdgeInfo& ActorGraph::edge(std::uint32_t e) const { return impl_->info.at(e); }
EdgeInfo& ActorGraph::edge(std::uint32_t e) { return impl_->info.at(e); }

std::vector<std::uint32_t> ActorGraph::out_edges(std::uint32_t v) const {
  if (v >= impl_->actors.size()) return {};
  const Csr& c = impl_->csr();
  return {c.out_edge.begin() + c.out_start[v], c.out_edge.begin() + c.out_start[v + 1]};
}

std::vector<std::uint32_t> ActorGraph::in_edges(std::uint32_t v) const {
  if (v >= impl_->actors.size()) return {};
  const Csr& c = impl_->csr();
  return {c.in_edge.begin() + c.in_start[v], c.in_edge.begin() + c.in_start[v + 1]};
}

}  // namespace actorgraph
