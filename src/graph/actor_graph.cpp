// ActorGraph: reads of Boost's CSR graph and its in-edges, the counterpart
// graph built on first use, and the assembly of a graph from actors and edges.
#include <sys/mman.h>

#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/transform_iterator.hpp>
#include <boost/range/iterator_range.hpp>
#include <limits>
#include <stdexcept>

#include "graph/graph_impl.hpp"

namespace actorgraph {
namespace {

using EdgeEnds = std::pair<std::uint32_t, std::uint32_t>;

// An edge of the Boost graph as the in-edge graph's edge: (target, source).
struct Reversed {
  const ActorCsrGraph* g = nullptr;
  EdgeEnds operator()(ActorCsrGraph::edge_descriptor e) const { return {boost::target(e, *g), boost::source(e, *g)}; }
};

}  // namespace

void advise_huge_pages(const void* p, std::size_t bytes) {
#ifdef MADV_HUGEPAGE
  constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
  const auto begin = reinterpret_cast<std::uintptr_t>(p);
  const std::uintptr_t first = (begin + huge - 1) & ~(huge - 1);
  const std::uintptr_t last = (begin + bytes) & ~(huge - 1);
  if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#endif
}

void reserve_edges(std::vector<EdgeInfo>& edges, std::size_t n) {
  if (n <= edges.capacity()) return;
  edges.reserve(n);
  advise_huge_pages(edges.data(), edges.capacity() * sizeof(EdgeInfo));
}

std::unique_ptr<ActorGraph::Impl> GraphAssembly::storage(std::size_t actors, std::vector<EdgeInfo>&& edges) {
  // The ends, in huge pages too: the targets become the graph's own array.
  std::vector<std::uint32_t> sources, targets;
  for (auto* ends : {&sources, &targets}) {
    ends->reserve(edges.size());
    advise_huge_pages(ends->data(), edges.size() * sizeof(std::uint32_t));
  }
  for (const EdgeInfo& e : edges) sources.push_back(e.source), targets.push_back(e.target);
  auto impl = std::make_unique<ActorGraph::Impl>();
  // Boost sorts the three vectors by source in place (a no-op: they are in
  // order) and keeps the targets and the edges as its own arrays.
  const auto n = static_cast<std::uint32_t>(actors);
  ActorCsrGraph& g = impl->csr;
  g = ActorCsrGraph(boost::construct_inplace_from_sources_and_targets, sources, targets, edges, n);
  // The in-edges: the reversed edges with their indices, by Boost's stable
  // counting sort (each actor's in-edges in index order).
  const auto [first, last] = boost::edges(g);
  impl->in_edges = InEdgeCsrGraph(boost::edges_are_unsorted_multi_pass,
                                  boost::make_transform_iterator(first, Reversed{&g}),
                                  boost::make_transform_iterator(last, Reversed{&g}),
                                  boost::counting_iterator<std::uint32_t>(0), n);
  return impl;
}

ActorGraph::ActorGraph() : impl_(std::make_unique<Impl>()) {}
ActorGraph::ActorGraph(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ActorGraph::~ActorGraph() = default;
ActorGraph::ActorGraph(ActorGraph&&) noexcept = default;
ActorGraph& ActorGraph::operator=(ActorGraph&&) noexcept = default;

std::size_t ActorGraph::num_actors() const noexcept { return boost::num_vertices(impl_->csr); }
std::size_t ActorGraph::num_edges() const noexcept { return boost::num_edges(impl_->csr); }

const Actor& ActorGraph::actor(std::uint32_t v) const {
  if (v >= num_actors()) throw std::out_of_range("ActorGraph::actor: no vertex " + std::to_string(v));
  return impl_->csr[v];
}

const EdgeInfo& ActorGraph::edge(std::uint32_t e) const {
  if (e >= num_edges()) throw std::out_of_range("ActorGraph::edge: no edge " + std::to_string(e));
  return edge_bundle(impl_->csr, e);
}

EdgeInfo& ActorGraph::edge(std::uint32_t e) {
  if (e >= num_edges()) throw std::out_of_range("ActorGraph::edge: no edge " + std::to_string(e));
  return edge_bundle(impl_->csr, e);
}

std::optional<std::uint32_t> ActorGraph::find_actor(std::string_view id) const {
  auto it = impl_->by_id.find(id);
  if (it == impl_->by_id.end()) return std::nullopt;
  return it->second;
}

std::vector<std::uint32_t> ActorGraph::out_edges(std::uint32_t v) const {
  if (v >= num_actors()) return {};
  // The out-edges of v are a run of indices.
  const auto [first, last] = boost::out_edges(v, impl_->csr);
  if (first == last) return {};
  std::vector<std::uint32_t> out(last - first);
  for (std::uint32_t i = 0, e = boost::get(boost::edge_index, impl_->csr, *first); i < out.size(); ++i) out[i] = e + i;
  return out;
}

std::vector<std::uint32_t> ActorGraph::in_edges(std::uint32_t v) const {
  if (v >= num_actors()) return {};
  const InEdgeCsrGraph& in = impl_->in_edges;
  std::vector<std::uint32_t> edges;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, in))) edges.push_back(in[e]);
  return edges;
}

const ActorCsrGraph& boost_graph(const ActorGraph& g) noexcept { return g.impl().csr; }

const InEdgeCsrGraph& in_edge_graph(const ActorGraph& g) noexcept { return g.impl().in_edges; }

const CounterpartCsrGraph& counterpart_graph(const ActorGraph& graph) {
  const ActorGraph::Impl& impl = graph.impl();
  std::call_once(impl.counterparts_built, [&impl] {
    // Each vertex's distinct neighbours, either way, in the order its out-
    // then in-edges name them; stamp[w] == v: w already listed for v.
    const ActorCsrGraph& g = impl.csr;
    const std::uint32_t n = boost::num_vertices(g);
    std::vector<std::uint32_t> stamp(n, std::numeric_limits<std::uint32_t>::max());
    std::vector<EdgeEnds> arcs;
    arcs.reserve(2 * boost::num_edges(g));
    for (std::uint32_t v = 0; v < n; ++v) {
      stamp[v] = v;  // no self-loop
      auto add = [&](std::uint32_t w) {
        if (stamp[w] != v) stamp[w] = v, arcs.emplace_back(v, w);
      };
      for (auto w : boost::make_iterator_range(boost::adjacent_vertices(v, g))) add(w);
      for (auto w : boost::make_iterator_range(boost::adjacent_vertices(v, impl.in_edges))) add(w);
    }
    impl.counterparts = CounterpartCsrGraph(boost::edges_are_sorted, arcs.begin(), arcs.end(), n);
  });
  return impl.counterparts;
}

}  // namespace actorgraph
