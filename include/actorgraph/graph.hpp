// ActorGraph: the Boost.Graph multigraph of actors and merged relations.
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
  std::uint32_t source = 0, target = 0;  ///< vertex indices in the ActorGraph
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

/// A directed multigraph over actors: flat vectors of actors and edges with
/// compressed sparse row adjacency in both directions, built on first use
/// (src/graph/boost_graph.hpp). Vertices and edges are addressed by dense
/// indices (0..num-1) that stay valid until the graph is destroyed (nothing
/// is ever removed). Not thread-safe: out_edges/in_edges may rebuild the
/// adjacency after edges were added.
class ActorGraph {
 public:
  ActorGraph();
  ~ActorGraph();
  ActorGraph(ActorGraph&&) noexcept;
  ActorGraph& operator=(ActorGraph&&) noexcept;

  /// Adds an actor, or returns the index of the actor with the same id
  /// (whose other fields are then left as they are).
  std::uint32_t add_actor(const Actor& a);
  std::optional<std::uint32_t> find_actor(std::string_view id) const;

  /// Adds an edge as is (used by loaders). source/target must be valid indices.
  std::uint32_t add_edge(EdgeInfo e);

  /// The merge rule: adds both actors, then adds the triple's mention to the
  /// edge (subject, object, relation_key, negated), creating it when absent,
  /// and updates its counts and dates. Returns the edge index.
  std::uint32_t merge(const Triple& t, const std::string& title = {}, const std::string& source = {});

  std::size_t num_actors() const noexcept;
  std::size_t num_edges() const noexcept;
  const Actor& actor(std::uint32_t v) const;
  const EdgeInfo& edge(std::uint32_t e) const;
  EdgeInfo& edge(std::uint32_t e);
  /// Edge indices leaving / entering vertex v.
  std::vector<std::uint32_t> out_edges(std::uint32_t v) const;
  std::vector<std::uint32_t> in_edges(std::uint32_t v) const;

  /// The storage itself, for algorithms in src/ (see src/graph/boost_graph.hpp).
  struct Impl;
  Impl& impl() noexcept { return *impl_; }
  const Impl& impl() const noexcept { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace actorgraph
