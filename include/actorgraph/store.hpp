// Store: the SQLite database (default ./actorgraph.db) behind `build`,
// `query`, `export`, `stats` and `remove`.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/actor.hpp"
#include "actorgraph/article.hpp"
#include "actorgraph/filter.hpp"
#include "actorgraph/graph.hpp"
#include "actorgraph/triple.hpp"

namespace actorgraph {

struct StoreStats {
  std::uint64_t articles = 0, actors = 0, aliases = 0, edges = 0, mentions = 0;
};

/// What an ingested article did to the database.
enum class IngestOutcome : std::uint8_t { added, unchanged, replaced };

/// Result of resolving a user-given actor name.
struct ActorMatch {
  std::optional<Actor> actor;            ///< the actor, when the name resolves
  std::vector<std::string> suggestions;  ///< close names, when it does not
};

/// One database file. Schema tables: meta (schema_version), articles, actors,
/// aliases, edges, mentions. Opening checks the file is SQLite and carries our
/// schema version; otherwise throws StorageError naming the file. One Store per
/// thread; not thread-safe.
class Store {
 public:
  /// 2: edges carry factual-only aggregates (f_articles, f_sources,
  /// f_first_date, f_last_date) and the pairs table sums them per actor
  /// pair. Version-1 files are refused with a message.
  /// 3: the graph_image table keeps the default-filter graph as one binary
  /// image (save_graph_image). A version-2 file is read as it is and
  /// upgraded when opened read_write.
  static constexpr int kSchemaVersion = 3;
  enum class Mode { read_only, read_write };

  /// read_write creates the file when absent; read_only requires it.
  Store(const std::string& path, Mode mode);
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  const std::string& path() const noexcept;

  /// One ingest batch = one transaction. Destroying an uncommitted batch
  /// rolls everything back (never throws from the destructor).
  class Batch {
   public:
    ~Batch();
    Batch(Batch&&) noexcept;
    /// Adds an article and its triples. The same id with the same content
    /// hash changes nothing (unchanged); a changed article replaces its old
    /// mentions (replaced). Edge counts and dates are kept consistent.
    IngestOutcome add(const Article& a, const std::vector<Triple>& triples);
    void commit();
   private:
    friend class Store;
    struct Impl;
    explicit Batch(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
  };
  Batch begin_batch();

  /// Removes articles and their mentions (one transaction); edges left with
  /// no mention are deleted. Returns the ids that were not found.
  std::vector<std::string> remove_articles(const std::vector<std::string>& ids);

  StoreStats stats() const;

  /// Resolves a name: actor id, display name or alias, case- and
  /// punctuation-insensitive ("Zelensky" -> volodymyr-zelenskyy). When
  /// nothing matches, fills up to 5 suggestions by edit distance/substring.
  ActorMatch resolve(std::string_view name) const;
  /// Actors whose name or alias contains `pattern` (case-insensitive); all when empty.
  std::vector<Actor> search_actors(std::string_view pattern, std::size_t limit) const;

  /// Edges touching actor `id` (both directions), or between two actors
  /// (both directions), with counts recomputed under the filter. Uses indexes
  /// only (fast on a million-edge database). Each EdgeInfo's source/target
  /// index into `actors` (filled with every actor the edges reference).
  struct EdgeSet {
    std::vector<Actor> actors;
    std::vector<EdgeInfo> edges;
  };
  EdgeSet edges_of(std::string_view id, const Filter& f, bool with_evidence = false,
                   std::size_t evidence_limit = 1) const;
  EdgeSet edges_between(std::string_view a, std::string_view b, const Filter& f,
                        bool with_evidence = false, std::size_t evidence_limit = 1) const;

  /// The counterparts of actor `id` under a filter: every actor it has a
  /// relation with (either direction; itself for a self-loop), with the
  /// mentions and number of those relations.
  struct Counterpart {
    std::string id;
    std::uint64_t mentions = 0;
    std::uint32_t relations = 0;
  };
  struct Counterparts {
    std::uint64_t relations = 0;  ///< relations of the actor in all
    std::uint64_t actors = 0;     ///< distinct counterparts in all
    /// Most mentioned first: at least the `limit` strongest counterparts and
    /// every one tied with the last of them (ties are the caller's to break).
    std::vector<Counterpart> top;
  };
  /// Under the default filter this reads the pairs table (an index range,
  /// fast on a hub with 100,000 edges); otherwise it groups edges_of().
  Counterparts counterparts(std::string_view id, const Filter& f, std::size_t limit) const;

  /// Actors by id, in order; an id with no actor row gives an Actor with that
  /// id only (as EdgeSet::actors does).
  std::vector<Actor> actors(const std::vector<std::string>& ids) const;

  /// Evidence of the given edges under the filter, newest first, at most
  /// `limit` mentions each: result[i] belongs to edge_ids[i].
  std::vector<std::vector<Mention>> evidence(const std::vector<std::int64_t>& edge_ids, const Filter& f,
                                             std::size_t limit) const;

  /// For each of `others`, the (at most) `limit` relations between `a` and
  /// it, both directions, with the most mentions under the filter (ties:
  /// lower id first), all in one EdgeSet; otherwise as edges_between. Under
  /// the default filter they are chosen on an index.
  EdgeSet strongest_between(std::string_view a, const std::vector<std::string>& others, const Filter& f,
                            std::size_t limit) const;

  /// The whole graph under a filter (evidence optional: heavy). Without
  /// evidence, dates, negated edges or hypothetical mentions it decodes the
  /// graph image when one is current and applies the other filters to its
  /// edges (a million edges: a seventh of the time of reading the rows).
  ActorGraph load(const Filter& f, bool with_evidence = false) const;
  /// The same graph, always read from the edge rows (what load() does
  /// without a current image), for tests and benchmarks that compare them.
  ActorGraph load_from_rows(const Filter& f, bool with_evidence = false) const;

  /// Saves the graph of load(Filter{}) in the database as one binary image
  /// (src/graph/image.hpp), in one transaction. Every ingest or removal that
  /// changes the graph drops the image; `actorgraph build` and `remove`
  /// save it again at their end. Returns false (and writes nothing) when the
  /// image is already current.
  bool save_graph_image();

  /// Mentions of actor `a` (and `b`, when not empty) under the filter, for
  /// timelines: (date, quad class) pairs.
  std::vector<std::pair<std::string, int>> mention_dates(std::string_view a, std::string_view b,
                                                         const Filter& f) const;

  struct Impl;
 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace actorgraph
