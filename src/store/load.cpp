// store::scan_graph and Store::load_from_rows: the whole (filtered) graph
// from the rows, in two ordered scans (edges by id, filtered aggregates by
// edge id) merged in one pass, into an ActorGraph or a graph image.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "store/filter_sql.hpp"

namespace actorgraph {
namespace {

// The actors by id for the edge scan: an open-addressing table over the ids
// kept in one buffer. Two lookups per edge, a million edges: a node-based
// std::unordered_map of whole Actors costs several cache misses per lookup.
class ActorTable {
 public:
  static constexpr std::uint32_t npos = UINT32_MAX;
  std::vector<Actor> actor;
  std::vector<std::int64_t> vertex;  ///< graph vertex, or -1 when not added yet

  std::uint32_t add(Actor a) {
    const auto index = static_cast<std::uint32_t>(actor.size());
    const std::uint64_t h = hash(a.id);
    offsets_.push_back(static_cast<std::uint32_t>(ids_.size()));
    ids_ += a.id;
    offsets_.push_back(static_cast<std::uint32_t>(ids_.size()));
    hashes_.push_back(h);
    actor.push_back(std::move(a));
    vertex.push_back(-1);
    if (2 * actor.size() > slots_.size()) rehash(std::max<std::size_t>(1024, slots_.size() * 2));
    else place(index);
    return index;
  }
  std::uint32_t find(std::string_view id) const {
    if (slots_.empty()) return npos;
    const std::uint64_t h = hash(id);
    for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const std::uint32_t s = slots_[i];
      if (s == 0) return npos;
      const std::uint32_t a = s - 1;
      if (hashes_[a] == h && id_of(a) == id) return a;
    }
  }

 private:
  std::string ids_;
  std::vector<std::uint32_t> offsets_;  ///< begin, end of each id in ids_
  std::vector<std::uint64_t> hashes_;
  std::vector<std::uint32_t> slots_;    ///< actor index + 1; 0 = empty

  static std::uint64_t hash(std::string_view s) { return std::hash<std::string_view>{}(s); }
  std::string_view id_of(std::uint32_t a) const {
    return std::string_view(ids_).substr(offsets_[2 * a], offsets_[2 * a + 1] - offsets_[2 * a]);
  }
  void place(std::uint32_t a) {
    std::size_t i = hashes_[a] & (slots_.size() - 1);
    while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = a + 1;
  }
  void rehash(std::size_t size) {
    slots_.assign(size, 0);
    for (std::uint32_t a = 0; a < actor.size(); ++a) place(a);
  }
};

// A prepared statement used through the sqlite3 API (finalized on scope exit).
struct RawStatement {
  sqlite3* db;
  sqlite3_stmt* stmt = nullptr;
  RawStatement(sqlite3* handle, const std::string& sql) : db(handle) {
    if (sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
      throw SQLite::Exception(db, sqlite3_errcode(db));
  }
  ~RawStatement() { sqlite3_finalize(stmt); }
  RawStatement(const RawStatement&) = delete;
  RawStatement& operator=(const RawStatement&) = delete;
  bool step() {
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw SQLite::Exception(db, rc);
  }
};

std::string_view column_view(sqlite3_stmt* st, int c) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
  return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(st, c))) : std::string_view();
}

// store::read_edge on the raw row (columns of FilterSql::edge_columns()); the
// subject and object ids are views valid until the next step.
EdgeInfo read_edge_row(sqlite3_stmt* st, std::string_view& subject, std::string_view& object) {
  EdgeInfo e;
  e.id = sqlite3_column_int64(st, 0);
  subject = column_view(st, 1);
  object = column_view(st, 2);
  e.key = column_view(st, 3);
  e.negated = sqlite3_column_int(st, 4) != 0;
  e.relation.cameo = column_view(st, 5);
  e.relation.root = column_view(st, 6);
  e.relation.quad = sqlite3_column_int(st, 7);
  e.relation.goldstein = sqlite3_column_double(st, 8);
  e.relation.plover = column_view(st, 9);
  e.relation.lemma = column_view(st, 10);
  e.relation.text = column_view(st, 11);
  e.mentions = static_cast<std::uint32_t>(sqlite3_column_int64(st, 12));
  e.factual = static_cast<std::uint32_t>(sqlite3_column_int64(st, 13));
  e.articles = static_cast<std::uint32_t>(sqlite3_column_int64(st, 14));
  e.sources = static_cast<std::uint32_t>(sqlite3_column_int64(st, 15));
  e.first_date = column_view(st, 16);
  e.last_date = column_view(st, 17);
  return e;
}

}  // namespace

namespace store {

void scan_graph(SQLite::Database& db, const Filter& f, GraphSink& sink,
                std::unordered_map<std::int64_t, std::uint32_t>* edge_index) {
  store::FilterSql q = store::filter_sql(f);

  // Every actor, by id; vertices are added when an edge first needs them.
  ActorTable actors;
  {
    SQLite::Statement st(db, "SELECT id, name, type, country, sector, code FROM actors");
    while (st.executeStep()) actors.add(store::read_actor(st));
  }
  auto vertex = [&](std::string_view id) {
    std::uint32_t a = actors.find(id);
    if (a == ActorTable::npos) {  // an edge to an actor row that is missing
      Actor missing;
      missing.id = missing.name = std::string(id);
      a = actors.add(std::move(missing));
    }
    std::int64_t& v = actors.vertex[a];
    if (v < 0) v = sink.add_actor(actors.actor[a]);
    return static_cast<std::uint32_t>(v);
  };
  // An upper bound of the edges (max(id) is one index lookup; count(*) a scan).
  sink.reserve_edges(static_cast<std::size_t>(db.execAndGet("SELECT COALESCE(max(id), 0) FROM edges").getInt64()));

  // Filtered aggregates, ordered by edge id, for the edges that need them.
  std::optional<SQLite::Statement> agg;
  bool agg_row = false;
  if (q.dates) {
    agg.emplace(db, std::string("SELECT m.edge_id, ") + store::kAggregateColumns + " " + store::kAggregateFrom +
                        " WHERE 1" + q.mention_where + " GROUP BY m.edge_id ORDER BY m.edge_id");
    q.mention_binds.apply(*agg);
    agg_row = agg->executeStep();
  }

  // The edge scan reads a million rows: straight from sqlite3, not through
  // SQLite::Column (a shared_ptr copy and an index check per column).
  RawStatement st(db.getHandle(), std::string("SELECT ") + q.edge_columns() + " FROM edges e WHERE 1" +
                                       q.edge_where + " ORDER BY e.id");
  q.edge_binds.apply(st.stmt);
  std::string_view subject, object;
  while (st.step()) {
    EdgeInfo e = read_edge_row(st.stmt, subject, object);
    if (q.needs_recompute(e)) {
      while (agg_row && agg->getColumn(0).getInt64() < e.id) agg_row = agg->executeStep();
      if (agg_row && agg->getColumn(0).getInt64() == e.id) store::read_aggregates(*agg, e, 1);
      else e.mentions = 0;  // no mention passes the filter
    }
    if (e.mentions == 0 || e.mentions < q.min_mentions) continue;
    e.source = vertex(subject);
    e.target = vertex(object);
    std::int64_t id = e.id;
    std::uint32_t index = sink.add_edge(std::move(e));
    if (edge_index) edge_index->emplace(id, index);
  }
}

}  // namespace store

ActorGraph Store::load_from_rows(const Filter& f, bool with_evidence) const {
  return store::guarded(impl_->path, [&] {
    SQLite::Database& db = impl_->db;
    store::ReadScope read(db);
    ActorGraphBuilder g;
    struct Sink : store::GraphSink {
      ActorGraphBuilder& g;
      explicit Sink(ActorGraphBuilder& builder) : g(builder) {}
      void reserve_edges(std::size_t n) override { g.reserve_edges(n); }
      std::uint32_t add_actor(const Actor& a) override { return g.add_actor(a); }
      std::uint32_t add_edge(EdgeInfo&& e) override { return g.add_edge(std::move(e)); }
    } sink(g);
    std::unordered_map<std::int64_t, std::uint32_t> by_id;
    store::scan_graph(db, f, sink, with_evidence ? &by_id : nullptr);

    if (with_evidence && !by_id.empty()) {
      store::FilterSql q = store::filter_sql(f);
      SQLite::Statement ev(db,
                           std::string("SELECT m.edge_id, ") + store::kMentionColumns + " " +
                               store::kAggregateFrom + " WHERE 1" + q.mention_where +
                               " ORDER BY m.edge_id, m.date DESC, m.id DESC");
      q.mention_binds.apply(ev);
      while (ev.executeStep()) {
        auto it = by_id.find(ev.getColumn(0).getInt64());
        if (it == by_id.end()) continue;
        g.edge(it->second).evidence.push_back(store::read_mention(ev, 1));
      }
    }
    return g.build();
  });
}

}  // namespace actorgraph
