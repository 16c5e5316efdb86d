// Internal: the graph transformations behind `export --around` and
// `--aggregate`. Both build a new ActorGraph and leave the input untouched.
#pragma once

#include <cstdint>

#include "actorgraph/graph.hpp"

namespace actorgraph::exporting {

/// The ego network of vertex `center`: every actor within `depth` hops
/// (edges followed in both directions, breadth-first) and every edge of `g`
/// between two of them (the induced subgraph, like networkx.ego_graph with
/// undirected=True). Vertices and edges keep their relative order and their
/// EdgeInfo (ids, counts, evidence). depth 0 gives the centre alone.
/// Throws std::out_of_range for a bad `center`.
ActorGraph ego_network(const ActorGraph& g, std::uint32_t center, unsigned depth);

/// One edge per ordered actor pair (source, target), in order of first
/// appearance. For the merged edge: mentions/factual summed (weight);
/// label (relation.lemma), relation.text, key, cameo, root and plover are the
/// distinct values joined with "; ", most mentioned first; quad is kept when
/// all agree, else 0; goldstein is the mention-weighted mean; negated only when
/// every merged edge is; first/last date the min/max; evidence concatenated;
/// articles = distinct article ids of the evidence when there is any, else the
/// largest count of a merged edge (a lower bound); sources likewise the
/// largest; id 0 (the merged edge is not a database row).
ActorGraph aggregate_pairs(const ActorGraph& g);

}  // namespace actorgraph::exporting
