// Internal: the centralities `query top` ranks actors by, from Boost.Graph's
// algorithms on an ActorGraph's Boost graphs (actorgraph/boost_graph.hpp).
// Each returns one value per vertex.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "actorgraph/graph.hpp"

namespace actorgraph::query {

/// Number of distinct counterparts per actor, either direction (Boost
/// all_degree_centralities on the counterpart graph).
std::vector<double> degree_centrality(const ActorGraph& g);
/// Sum of the mentions of every incident edge per actor (a self-loop once).
std::vector<double> mention_strength(const ActorGraph& g);
/// PageRank over the directed multigraph (Boost page_rank, damping 0.85,
/// `iterations` steps), scaled so that the ranks sum to 1.
std::vector<double> pagerank(const ActorGraph& g, int iterations = 50);
/// Brandes betweenness on the counterpart graph (Boost
/// brandes_betweenness_centrality), normalised to 0..1 as networkx does for
/// an undirected graph.
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
