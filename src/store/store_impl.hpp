// Internal: Store::Impl (the SQLite connection) and helpers shared by the
// store's source files. SQLiteCpp types stay out of include/.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

#include "actorgraph/errors.hpp"
#include "actorgraph/filter.hpp"
#include "actorgraph/graph.hpp"
#include "actorgraph/store.hpp"

namespace actorgraph {

struct Store::Impl {
  std::string path;
  Store::Mode mode;
  SQLite::Database db;
  bool in_batch = false;  ///< a Batch (or remove) holds the write transaction

  Impl(std::string p, Store::Mode m, SQLite::Database d) : path(std::move(p)), mode(m), db(std::move(d)) {}

  /// StorageError "PATH: what".
  [[noreturn]] void fail(std::string_view what) const;
  /// Throws when the store cannot write now (read-only, batch open).
  void require_writable(std::string_view operation) const;
};

namespace store {

/// Opens (creating the schema when the file is new/empty and mode is
/// read_write) and validates an actorgraph database. Throws StorageError.
SQLite::Database open_database(const std::string& path, Store::Mode mode);

/// Runs fn, turning SQLite::Exception into StorageError naming `path`.
template <class Fn>
auto guarded(const std::string& path, Fn&& fn) -> decltype(fn()) {
  try {
    return fn();
  } catch (const SQLite::Exception& e) {
    throw StorageError(path + ": " + e.what());
  }
}

/// Holds one read transaction (a shared lock) across the statements of a
/// query, instead of a lock/unlock pair per statement. Nests: does nothing
/// inside an open transaction. Never throws from the destructor.
class ReadScope {
 public:
  explicit ReadScope(SQLite::Database& db) : db_(db) {
    if (sqlite3_get_autocommit(db_.getHandle()) != 0) {
      db_.exec("BEGIN");
      owner_ = true;
    }
  }
  ~ReadScope() {
    if (owner_) sqlite3_exec(db_.getHandle(), "COMMIT", nullptr, nullptr, nullptr);
  }
  ReadScope(const ReadScope&) = delete;
  ReadScope& operator=(const ReadScope&) = delete;

 private:
  SQLite::Database& db_;
  bool owner_ = false;
};

/// Hash for unordered containers of std::string that accept string_view lookups.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

/// The text of a column ("" for NULL).
inline std::string text(const SQLite::Column& c) { return c.getText(""); }

/// Positional parameters collected while building a SQL string.
struct Binds {
  std::vector<std::variant<std::string, std::int64_t>> values;
  void add(std::string s) { values.emplace_back(std::move(s)); }
  void add(std::int64_t v) { values.emplace_back(v); }
  /// Binds values to parameters first, first+1, …
  void apply(SQLite::Statement& st, int first = 1) const;
  void apply(sqlite3_stmt* st, int first = 1) const;  ///< the same through the sqlite3 API
};

/// SQL for the aggregates of one edge's mentions, in the order
/// mentions, factual, articles, sources, first_date, last_date. Alias `m` is
/// mentions, `a` the article; the caller appends FROM/WHERE.
extern const char* const kAggregateColumns;
extern const char* const kAggregateFrom;  ///< "FROM mentions m LEFT JOIN articles a ON a.id = m.article_id"

/// Columns read by count_mentions(): article id, article source, modality, date.
extern const char* const kCountColumns;

/// Counts of one edge's mentions (the merge rule's aggregates), over all its
/// mentions and (f_*) over its factual ones only.
struct EdgeCounts {
  std::uint32_t mentions = 0, factual = 0, articles = 0, sources = 0;
  std::string first_date, last_date;
  std::uint32_t f_articles = 0, f_sources = 0;
  std::string f_first_date, f_last_date;
};

/// Steps `st` (selecting kCountColumns, already bound) to the end and counts
/// its rows: factual = asserted or reported; distinct articles and non-empty
/// sources; min/max non-empty date; the same again over the factual rows.
/// Cheaper than COUNT(DISTINCT) in SQL.
EdgeCounts count_mentions(SQLite::Statement& st);

/// Recomputes the aggregates of the given edges from their mentions and
/// deletes edges left without a mention. Must run inside a transaction.
void recompute_edges(SQLite::Database& db, const std::unordered_set<std::int64_t>& edges);

/// Receives the actors and edges of a scan of the rows (load.cpp).
struct GraphSink {
  virtual ~GraphSink() = default;
  virtual void reserve_edges(std::size_t n) = 0;
  /// Returns the vertex index of the actor (the first edge that names it adds it).
  virtual std::uint32_t add_actor(const Actor& a) = 0;
  /// e.source/e.target are vertex indices; returns the edge index.
  virtual std::uint32_t add_edge(EdgeInfo&& e) = 0;
};
/// The graph of f from the rows, in edge-id order, into `sink`; with
/// `edge_index`, each edge's row id -> its index. Runs inside the caller's transaction.
void scan_graph(SQLite::Database& db, const Filter& f, GraphSink& sink,
                std::unordered_map<std::int64_t, std::uint32_t>* edge_index);

/// Whether load(f) can be answered from the default-filter graph image: no
/// dates, negated edges and hypothetical mentions left out.
bool image_answers(const Filter& f);
/// The edges of `all` (a default-filter graph) that f keeps, with the
/// vertices they use, in the order a load from the rows gives (image_filter.cpp).
ActorGraph filter_graph(ActorGraph all, const Filter& f);

/// Empties the graph image (store/image.cpp): the graph it holds changed.
/// Must run inside the write transaction that changed it.
void drop_image(SQLite::Database& db);

}  // namespace store
}  // namespace actorgraph
