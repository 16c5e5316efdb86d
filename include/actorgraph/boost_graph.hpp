// The actor graph as Boost.Graph sees it, for running BGL algorithms on it.
//
//   #include "actorgraph/boost_graph.hpp"
//   const actorgraph::ActorCsrGraph& bg = actorgraph::boost_graph(g);
//   std::vector<std::uint32_t> component(boost::num_vertices(bg));
//   boost::strong_components(bg, boost::make_iterator_property_map(component.begin(),
//                                                                  boost::get(boost::vertex_index, bg)));
//   // who is linked to whom, either way: counterpart_graph(g), e.g. for connected_components
//   // bundled properties: bg[v].name, bg[e].mentions, boost::get(&EdgeInfo::mentions, bg)
//
// Kept apart from actorgraph/graph.hpp so that code which does not run BGL
// algorithms does not compile Boost.Graph's headers.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>

#include "actorgraph/graph.hpp"

namespace actorgraph {

/// An ActorGraph's storage: Boost's compressed sparse row graph, the actors
/// as vertex bundles and the merged edges as edge bundles; vertex
/// descriptors and edge indices are std::uint32_t and equal ActorGraph's
/// indices (boost::get(boost::edge_index, bg, e) is the index ActorGraph::edge
/// takes). Parallel edges and self-loops are kept.
///
/// Directed, not bidirectionalS: Boost 1.74 builds a bidirectional CSR graph
/// only by value-initialising its own array of edge bundles and copying into
/// it in 4 KiB pages, while a directed one takes over a vector prepared in
/// huge pages (the construct_inplace_from_sources_and_targets constructor).
/// At a million edges (330 MiB of bundles) a whole `actorgraph query top`
/// took 125,000 page faults and 1.8 s CPU with the bidirectional graph,
/// 42,600 and 1.1 s with this one. The in-edges are in_edge_graph(g), built
/// with the graph as the bidirectional one builds them.
using ActorCsrGraph = boost::compressed_sparse_row_graph<boost::directedS, Actor, EdgeInfo, boost::no_property,
                                                         std::uint32_t, std::uint32_t>;

/// Each actor's in-edges: the reversed edges as a CSR graph (out-edges of v
/// here are the in-edges of v in the ActorCsrGraph, in index order), whose
/// edge bundle is the edge's index in the ActorCsrGraph. What Boost's
/// bidirectional CSR graph keeps beside its out-edges; BGL algorithms that
/// walk edges backwards run on it.
using InEdgeCsrGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, std::uint32_t,
                                                          boost::no_property, std::uint32_t, std::uint32_t>;

/// Who is linked to whom: the simple undirected graph of an ActorGraph, as a
/// directed CSR graph with one arc each way per pair of distinct actors that
/// at least one edge links, in either direction (parallel edges once,
/// self-loops dropped). Same vertices as the ActorGraph. out_degree is an
/// actor's number of distinct counterparts. Algorithms that walk out-edges
/// (breadth_first_search, connected_components' depth-first search) see the
/// undirected graph; directed betweenness counts each pair from both ends.
using CounterpartCsrGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                               boost::no_property, std::uint32_t, std::uint32_t>;

/// The Boost graph of g, valid while g lives (not after it is moved from).
const ActorCsrGraph& boost_graph(const ActorGraph& g) noexcept;

/// The in-edges of g (built with g), valid while g lives.
const InEdgeCsrGraph& in_edge_graph(const ActorGraph& g) noexcept;

/// The counterpart graph of g, built on the first call (a pass over every
/// edge) and kept with g; safe to call from several threads at once.
const CounterpartCsrGraph& counterpart_graph(const ActorGraph& g);

}  // namespace actorgraph
