// Internal: graph algorithms of the queries, on the Boost graph of an ActorGraph.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "actorgraph/graph.hpp"

namespace actorgraph::query {

/// Shortest chains between two actors, ignoring edge direction (a relation
/// links its actors either way): every vertex sequence from `from` to `to` of
/// minimal length, at most `max_hops` edges, at most `limit` sequences, in a
/// deterministic order. Empty when no chain is short enough.
std::vector<std::vector<std::uint32_t>> shortest_chains(const ActorGraph& g, std::uint32_t from, std::uint32_t to,
                                                        std::size_t max_hops, std::size_t limit);

/// Number of distinct counterparts per actor (undirected).
std::vector<double> degree_centrality(const ActorGraph& g);
/// Sum of the mentions of every incident edge per actor.
std::vector<double> mention_strength(const ActorGraph& g);
/// PageRank (damping 0.85, Boost page_rank; ranks sum to 1).
std::vector<double> pagerank(const ActorGraph& g, int iterations = 50);
/// Brandes betweenness on the undirected simple graph of distinct actor pairs
/// (Boost brandes_betweenness_centrality), normalised to 0..1.
std::vector<double> betweenness(const ActorGraph& g);
/// Betweenness estimated from `sources` source actors drawn at random (a
/// fixed seed: the same graph gives the same figures), as networkx's
/// betweenness_centrality(k=sources): Brandes' dependencies of each source,
/// scaled by actors / sources (Brandes & Pich, "Centrality estimation in
/// large networks", 2007), normalised as betweenness(). With sources >=
/// actors every actor is a source and the value is exact.
std::vector<double> sampled_betweenness(const ActorGraph& g, std::size_t sources, std::uint64_t seed = 20071);
/// How many source actors betweenness can afford on a graph of `actors` and
/// `pairs` distinct actor pairs (the sum of degree_centrality over 2): every
/// actor while actors x pairs stays under 2e8 edge visits, else 2e8 / pairs
/// (at least 200). A million-edge graph gets 270, about 3.5 s.
std::size_t betweenness_sources(std::size_t actors, std::size_t pairs);

}  // namespace actorgraph::query
