// ActorGraphBuilder: actors and edges collected, the merge rule, and the
// one-time build of Boost's CSR graph.
#include <algorithm>
#include <stdexcept>

#include "graph/graph_impl.hpp"
#include "graph/merge_key.hpp"

namespace actorgraph {
namespace {

/// Merge key with the relation key interned: (source, target, key id, negated).
struct PackedEdgeKey {
  std::uint32_t source = 0, target = 0, key = 0;
  bool negated = false;
  bool operator==(const PackedEdgeKey&) const = default;
};
struct PackedEdgeKeyHash {
  std::size_t operator()(const PackedEdgeKey& k) const noexcept {
    std::uint64_t h = (static_cast<std::uint64_t>(k.source) << 32) ^ k.target;
    h ^= (static_cast<std::uint64_t>(k.key) << 1 | (k.negated ? 1u : 0u)) * 0x9e3779b97f4a7c15ULL;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ULL;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
};

/// Distinct articles/sources seen by merge() for one edge (interned ids).
struct MergeSeen {
  std::vector<std::uint32_t> articles, sources;  // sorted
};

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

Mention mention_of(const Triple& t, const std::string& title, const std::string& source) {
  Mention m;
  m.article = t.article;
  m.title = title;
  m.source = source;
  m.date = t.date;
  m.sentence = t.sentence;
  m.begin = t.span_begin;
  m.end = t.span_end;
  m.sentence_text = t.sentence_text;
  m.subject_mention = t.subject.mention;
  m.object_mention = t.object.mention;
  m.relation_text = t.relation.text;
  m.modality = t.modality;
  m.claimant = t.claimant;
  return m;
}

}  // namespace

struct ActorGraphBuilder::State {
  std::vector<Actor> actors;
  std::vector<EdgeInfo> edges;
  ActorIndex by_id;
  // Bookkeeping for merge() only. by_key holds edges [0, keyed): filled
  // lazily by merge(), so loaders adding edges in bulk do not pay for it.
  std::unordered_map<std::string, std::uint32_t> key_ids, article_ids, source_ids;
  std::unordered_map<PackedEdgeKey, std::uint32_t, PackedEdgeKeyHash> by_key;
  std::size_t keyed = 0;
  std::unordered_map<std::uint32_t, MergeSeen> seen;

  void index_keys() {
    for (; keyed < edges.size(); ++keyed) {
      const EdgeInfo& e = edges[keyed];
      by_key.try_emplace(PackedEdgeKey{e.source, e.target, intern(key_ids, e.key), e.negated},
                         static_cast<std::uint32_t>(keyed));
    }
  }
};

ActorGraphBuilder::ActorGraphBuilder() : state_(std::make_unique<State>()) {}
ActorGraphBuilder::~ActorGraphBuilder() = default;
ActorGraphBuilder::ActorGraphBuilder(ActorGraphBuilder&&) noexcept = default;
ActorGraphBuilder& ActorGraphBuilder::operator=(ActorGraphBuilder&&) noexcept = default;

std::uint32_t ActorGraphBuilder::add_actor(const Actor& a) {
  State& s = *state_;
  auto it = s.by_id.find(a.id);
  if (it != s.by_id.end()) return it->second;
  auto v = static_cast<std::uint32_t>(s.actors.size());
  s.actors.push_back(a);
  s.by_id.emplace(a.id, v);
  return v;
}

std::optional<std::uint32_t> ActorGraphBuilder::find_actor(std::string_view id) const {
  auto it = state_->by_id.find(id);
  if (it == state_->by_id.end()) return std::nullopt;
  return it->second;
}

void ActorGraphBuilder::reserve_edges(std::size_t n) { actorgraph::reserve_edges(state_->edges, n); }

std::uint32_t ActorGraphBuilder::add_edge(EdgeInfo e) {
  State& s = *state_;
  if (e.source >= s.actors.size() || e.target >= s.actors.size())
    throw std::out_of_range("ActorGraphBuilder::add_edge: vertex index out of range");
  s.edges.push_back(std::move(e));  // parallel edges are allowed
  return static_cast<std::uint32_t>(s.edges.size() - 1);
}

std::uint32_t ActorGraphBuilder::merge(const Triple& t, const std::string& title, const std::string& source) {
  State& s = *state_;
  s.index_keys();
  auto actor_vertex = [&](const Actor& a) {
    std::uint32_t v = add_actor(a);
    Actor& stored = s.actors[v];
    if (stored.id == a.id && merge::should_replace(stored, a)) stored = a;
    return v;
  };
  const std::uint32_t subject = actor_vertex(t.subject.actor);
  const std::uint32_t object = actor_vertex(t.object.actor);
  const std::string key = relation_key(t.relation);
  const PackedEdgeKey packed{subject, object, intern(s.key_ids, key), t.negated};

  std::uint32_t index;
  if (auto found = s.by_key.find(packed); found != s.by_key.end()) {
    index = found->second;
  } else {
    EdgeInfo e;
    e.source = subject;
    e.target = object;
    e.key = key;
    e.relation = t.relation;
    e.negated = t.negated;
    index = add_edge(std::move(e));
  }

  EdgeInfo& e = s.edges[index];
  ++e.mentions;
  if (merge::is_factual(t.modality)) ++e.factual;
  MergeSeen& seen = s.seen[index];
  if (insert_sorted(seen.articles, intern(s.article_ids, t.article))) ++e.articles;
  if (!source.empty() && insert_sorted(seen.sources, intern(s.source_ids, source))) ++e.sources;
  if (!t.date.empty()) {
    if (e.first_date.empty() || t.date < e.first_date) e.first_date = t.date;
    if (e.last_date.empty() || t.date > e.last_date) e.last_date = t.date;
  }
  e.evidence.push_back(mention_of(t, title, source));
  return index;
}

std::size_t ActorGraphBuilder::num_actors() const noexcept { return state_->actors.size(); }
std::size_t ActorGraphBuilder::num_edges() const noexcept { return state_->edges.size(); }

const Actor& ActorGraphBuilder::actor(std::uint32_t v) const {
  if (v >= state_->actors.size())
    throw std::out_of_range("ActorGraphBuilder::actor: no actor " + std::to_string(v));
  return state_->actors[v];
}

EdgeInfo& ActorGraphBuilder::edge(std::uint32_t e) { return state_->edges.at(e); }
const EdgeInfo& ActorGraphBuilder::edge(std::uint32_t e) const { return state_->edges.at(e); }

ActorGraph ActorGraphBuilder::build() {
  State s = std::move(*state_);
  state_ = std::make_unique<State>();
  // The edges are moved to their slots in the graph's order in place, one
  // cycle of the permutation at a time.
  std::vector<std::uint32_t> slot = slots_by_source(s.edges, s.actors.size());
  for (std::uint32_t i = 0; i < slot.size(); ++i)
    while (slot[i] != i) {
      std::swap(s.edges[i], s.edges[slot[i]]);
      std::swap(slot[i], slot[slot[i]]);
    }
  auto impl = GraphAssembly::storage(s.actors.size(), std::move(s.edges));
  for (std::uint32_t v = 0; v < s.actors.size(); ++v) impl->csr[v] = std::move(s.actors[v]);
  impl->by_id = std::move(s.by_id);
  return GraphAssembly::adopt(std::move(impl));
}

}  // namespace actorgraph
