// ActorGraph: the actors and their merged relations, held as a Boost.Graph
// compressed sparse row graph (actorgraph/boost_graph.hpp gives it to BGL
// algorithms); ActorGraphBuilder collects actors and edges and builds it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/actor.hpp"
#include "actorgraph/triple.hpp"

namespace actorgraph {

/// One piece of evidence for an edge: where a triple was stated.
struct Mention {
  std::string article;          ///< article id
  std::string title, source, date;  ///< of the article
  std::uint32_t sentence = 0;   ///< 0-based sentence index
  std::uint32_t begin = 0, end = 0;  ///< the sentence's byte span in the article text
  std::string sentence_text;
  std::string subject_mention, object_mention, relation_text;
  Modality modality = Modality::asserted;
  std::string claimant;         ///< actor id of who reported it, or ""
};

/// One merged edge: all mentions of (subject, object, relation key, negated).
struct EdgeInfo {
  std::int64_t id = 0;          ///< stable id (database row id); 0 for an unsaved edge
  std::uint32_t source = 0, target = 0;  ///< vertex indices (the ends of the edge in the graph)
  std::string key;              ///< relation key (relation_key(relation))
  Relation relation;            ///< codes; text/lemma of the first mention
  bool negated = false;
  std::uint32_t mentions = 0;   ///< number of mentions
  std::uint32_t factual = 0;    ///< mentions with modality asserted or reported
  std::uint32_t articles = 0;   ///< distinct articles
  std::uint32_t sources = 0;    ///< distinct article sources
  std::string first_date, last_date;  ///< ISO dates ("" when no mention had a date)
  std::vector<Mention> evidence;       ///< filled only when loaded with evidence
};

/// A directed multigraph over actors (parallel edges and self-loops allowed),
/// built once by ActorGraphBuilder (or Store::load) and fixed afterwards: it
/// is Boost's compressed_sparse_row_graph with the actors and edges as
/// bundled properties, plus its in-edges (actorgraph/boost_graph.hpp), so
/// its topology cannot change; the actors and edges' fields can be read, and
/// the edges' fields written.
///
/// Vertices are 0..num_actors()-1, edges 0..num_edges()-1: the Boost graph's
/// vertex descriptors and edge indices. Edges are ordered by source vertex,
/// and the edges of one source in the order they were added, so the
/// out-edges of a vertex are a contiguous run of indices.
///
/// Thread safety: const member functions (and boost_graph/counterpart_graph)
/// may be called from several threads at once; edge(e) for writing may not.
class ActorGraph {
 public:
  ActorGraph();  ///< no actors, no edges
  ~ActorGraph();
  ActorGraph(ActorGraph&&) noexcept;
  ActorGraph& operator=(ActorGraph&&) noexcept;

  std::size_t num_actors() const noexcept;
  std::size_t num_edges() const noexcept;
  /// Throw std::out_of_range for an index that is not a vertex / an edge.
  const Actor& actor(std::uint32_t v) const;
  const EdgeInfo& edge(std::uint32_t e) const;
  /// For writing an edge's fields; its source and target must stay as they are.
  EdgeInfo& edge(std::uint32_t e);
  std::optional<std::uint32_t> find_actor(std::string_view id) const;
  /// Edge indices leaving / entering vertex v, ascending; empty when v is not a vertex.
  std::vector<std::uint32_t> out_edges(std::uint32_t v) const;
  std::vector<std::uint32_t> in_edges(std::uint32_t v) const;

  /// The storage (the Boost graph and its indexes), for src/graph.
  struct Impl;
  const Impl& impl() const noexcept { return *impl_; }

 private:
  friend struct GraphAssembly;  // src/graph/graph_impl.hpp
  explicit ActorGraph(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// Collects actors and edges and builds an ActorGraph from all of them at
/// once (Boost's CSR graph is built from its whole edge list; it does not
/// grow edge by edge). Actor indices are the graph's vertex indices. Edge
/// indices here are the order of addition; the graph orders edges by source
/// (see ActorGraph), so an edge's index in the graph may differ.
/// Not thread-safe.
class ActorGraphBuilder {
 public:
  ActorGraphBuilder();
  ~ActorGraphBuilder();
  ActorGraphBuilder(ActorGraphBuilder&&) noexcept;
  ActorGraphBuilder& operator=(ActorGraphBuilder&&) noexcept;

  /// Adds an actor, or returns the index of the actor with the same id
  /// (whose other fields are then left as they are).
  std::uint32_t add_actor(const Actor& a);
  std::optional<std::uint32_t> find_actor(std::string_view id) const;

  /// Reserves room for n edges (loaders know the count).
  void reserve_edges(std::size_t n);
  /// Adds an edge as is (loaders). e.source and e.target must be actor
  /// indices (else std::out_of_range). Returns its index here.
  std::uint32_t add_edge(EdgeInfo e);

  /// The merge rule: adds both actors, then adds the triple's mention to the
  /// edge (subject, object, relation_key, negated), creating it when absent,
  /// and updates its counts and dates. Returns the edge's index here.
  std::uint32_t merge(const Triple& t, const std::string& title = {}, const std::string& source = {});

  std::size_t num_actors() const noexcept;
  std::size_t num_edges() const noexcept;
  /// Throw std::out_of_range for an index that is not an actor / an edge.
  const Actor& actor(std::uint32_t v) const;
  EdgeInfo& edge(std::uint32_t e);
  const EdgeInfo& edge(std::uint32_t e) const;

  /// The graph of everything added; the builder is left empty.
  ActorGraph build();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace actorgraph
