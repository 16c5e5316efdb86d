// Store::load: the whole (filtered) graph as an ActorGraph, in two ordered
// scans (edges by id, filtered aggregates by edge id) merged in one pass.
#include <unordered_map>

#include "graph/boost_graph.hpp"
#include "store/filter_sql.hpp"

namespace actorgraph {
namespace {

// Turns SQLite's memory map off for the scope (restored after).
class MmapOff {
 public:
  explicit MmapOff(SQLite::Database& db) : db_(db) {
    if (sqlite3_get_autocommit(db_.getHandle()) == 0) return;  // inside a transaction: leave it
    size_ = db_.execAndGet("PRAGMA mmap_size").getInt64();
    if (size_ > 0) db_.exec("PRAGMA mmap_size = 0");
  }
  ~MmapOff() {
    if (size_ > 0)
      sqlite3_exec(db_.getHandle(), ("PRAGMA mmap_size = " + std::to_string(size_)).c_str(), nullptr, nullptr, nullptr);
  }
  MmapOff(const MmapOff&) = delete;
  MmapOff& operator=(const MmapOff&) = delete;

 private:
  SQLite::Database& db_;
  std::int64_t size_ = 0;
};

}  // namespace

ActorGraph Store::load(const Filter& f, bool with_evidence) const {
  return store::guarded(impl_->path, [&] {
    SQLite::Database& db = impl_->db;
    // Whole-file scans gain nothing from the memory map; without it the
    // file's pages do not count against the process (peak RSS).
    MmapOff no_mmap(db);
    store::ReadScope read(db);
    store::FilterSql q = store::filter_sql(f);
    ActorGraph g;

    // Every actor, by id; vertices are added when an edge first needs them.
    struct Slot {
      Actor actor;
      std::int64_t vertex = -1;
    };
    std::unordered_map<std::string, Slot> actors;
    {
      SQLite::Statement st(db, "SELECT id, name, type, country, sector, code FROM actors");
      while (st.executeStep()) {
        Slot slot{store::read_actor(st)};
        std::string id = slot.actor.id;
        actors.emplace(std::move(id), std::move(slot));
      }
    }
    auto vertex = [&](const std::string& id) {
      auto it = actors.find(id);
      if (it == actors.end()) {  // an edge to an actor row that is missing
        Slot slot;
        slot.actor.id = slot.actor.name = id;
        it = actors.emplace(id, std::move(slot)).first;
      }
      if (it->second.vertex < 0) it->second.vertex = g.add_actor(it->second.actor);
      return static_cast<std::uint32_t>(it->second.vertex);
    };
    {
      auto n = static_cast<std::size_t>(db.execAndGet("SELECT count(*) FROM edges").getInt64());
      g.impl().info.reserve(n);
    }

    // Filtered aggregates, ordered by edge id, for the edges that need them.
    std::optional<SQLite::Statement> agg;
    bool agg_row = false;
    if (q.dates) {
      agg.emplace(db, std::string("SELECT m.edge_id, ") + store::kAggregateColumns + " " + store::kAggregateFrom +
                          " WHERE 1" + q.mention_where + " GROUP BY m.edge_id ORDER BY m.edge_id");
      q.mention_binds.apply(*agg);
      agg_row = agg->executeStep();
    }

    SQLite::Statement st(db, std::string("SELECT ") + q.edge_columns() + " FROM edges e WHERE 1" + q.edge_where +
                                 " ORDER BY e.id");
    q.edge_binds.apply(st);
    std::unordered_map<std::int64_t, std::uint32_t> by_id;
    std::string subject, object;
    while (st.executeStep()) {
      EdgeInfo e = store::read_edge(st, subject, object);
      if (q.needs_recompute(e)) {
        while (agg_row && agg->getColumn(0).getInt64() < e.id) agg_row = agg->executeStep();
        if (agg_row && agg->getColumn(0).getInt64() == e.id) store::read_aggregates(*agg, e, 1);
        else e.mentions = 0;  // no mention passes the filter
      }
      if (e.mentions == 0 || e.mentions < q.min_mentions) continue;
      e.source = vertex(subject);
      e.target = vertex(object);
      std::int64_t id = e.id;
      std::uint32_t index = g.add_edge(std::move(e));
      if (with_evidence) by_id.emplace(id, index);
    }

    if (with_evidence && !by_id.empty()) {
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
    return g;
  });
}

}  // namespace actorgraph
