// Store::counterparts and Store::actors: the strongest counterparts of an
// actor, from the pairs table under the default filter.
#include <algorithm>
#include <unordered_map>

#include "store/filter_sql.hpp"
#include "store/pairs.hpp"

namespace actorgraph {
namespace {

// Sorts by mentions (most first, then id) and keeps the `limit` strongest plus
// every counterpart tied with the last of them.
void keep_top(std::vector<Store::Counterpart>& v, std::size_t limit) {
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
    return a.mentions != b.mentions ? a.mentions > b.mentions : a.id < b.id;
  });
  if (v.size() <= limit) return;
  std::size_t end = limit;
  while (limit > 0 && end < v.size() && v[end].mentions == v[limit - 1].mentions) ++end;
  v.resize(end);
}

}  // namespace

Store::Counterparts Store::counterparts(std::string_view id, const Filter& f, std::size_t limit) const {
  return store::guarded(impl_->path, [&] {
    store::ReadScope read(impl_->db);
    SQLite::Database& db = impl_->db;
    Counterparts out;
    if (!f.is_default()) {
      EdgeSet set = edges_of(id, f);
      std::unordered_map<std::uint32_t, Counterpart> by_actor;
      const std::string self(id);
      for (const auto& e : set.edges) {
        const std::uint32_t other = set.actors[e.source].id == self ? e.target : e.source;
        Counterpart& c = by_actor[other];
        c.mentions += e.mentions;
        ++c.relations;
      }
      out.relations = set.edges.size();
      out.actors = by_actor.size();
      for (auto& [index, c] : by_actor) {
        c.id = set.actors[index].id;
        out.top.push_back(std::move(c));
      }
      keep_top(out.top, limit);
      return out;
    }
    {
      // One row of actor_totals; a version-2 file opened read-only has no
      // such table: count the actor's pairs rows.
      SQLite::Statement totals(db, db.tableExists("actor_totals")
                                       ? "SELECT counterparts, relations FROM actor_totals WHERE actor = ?"
                                       : "SELECT count(*), COALESCE(sum(relations), 0) FROM pairs WHERE actor = ?");
      totals.bind(1, std::string(id));
      if (totals.executeStep()) {
        out.actors = static_cast<std::uint64_t>(totals.getColumn(0).getInt64());
        out.relations = static_cast<std::uint64_t>(totals.getColumn(1).getInt64());
      }
    }
    SQLite::Statement st(db, "SELECT other, mentions, relations FROM pairs WHERE actor = ? ORDER BY mentions DESC");
    st.bind(1, std::string(id));
    while (st.executeStep()) {
      Counterpart c{st.getColumn(0).getText(""), static_cast<std::uint64_t>(st.getColumn(1).getInt64()),
                    static_cast<std::uint32_t>(st.getColumn(2).getInt64())};
      if (out.top.size() >= limit && (limit == 0 || c.mentions < out.top[limit - 1].mentions)) break;
      out.top.push_back(std::move(c));
    }
    keep_top(out.top, limit);
    return out;
  });
}

std::vector<Actor> Store::actors(const std::vector<std::string>& ids) const {
  return store::guarded(impl_->path, [&] {
    store::ReadScope read(impl_->db);
    SQLite::Statement st(impl_->db, "SELECT id, name, type, country, sector, code FROM actors WHERE id = ?");
    std::vector<Actor> out(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
      st.bind(1, ids[i]);
      if (st.executeStep()) out[i] = store::read_actor(st);
      else out[i].id = ids[i];
      st.reset();
    }
    return out;
  });
}

}  // namespace actorgraph
