// The pairs table: per actor and counterpart, the mentions and relations
// that the default filter shows (non-negated edges, factual mentions), kept
// up to date by recompute_edges() so that `query actor` on a hub reads its
// strongest counterparts from an index instead of every edge.
#include "store/pairs.hpp"

#include <algorithm>
#include <vector>

namespace actorgraph::store {

void PairDeltas::add(const std::string& subject, const std::string& object, bool negated, std::int64_t factual,
                     int sign) {
  if (negated || factual <= 0) return;  // not shown by the default filter
  auto bump = [&](const std::string& a, const std::string& b) {
    std::string key;
    key.reserve(a.size() + b.size() + 1);
    key.append(a).append(1, '\x1f').append(b);
    Delta& d = deltas_[std::move(key)];
    d.mentions += sign * factual;
    d.relations += sign;
  };
  bump(subject, object);
  if (subject != object) bump(object, subject);
}

void PairDeltas::apply(SQLite::Database& db) {
  // A new pairs row is an insert that changed a row; an emptied one a delete
  // that did: that keeps each actor's count of counterparts in actor_totals.
  // (An upsert with RETURNING tells the same but doubled the commit time.)
  SQLite::Statement insert(db, "INSERT OR IGNORE INTO pairs(actor, other, mentions, relations) VALUES(?1, ?2, ?3, ?4)");
  SQLite::Statement update(db,
                           "UPDATE pairs SET mentions = mentions + ?3, relations = relations + ?4 "
                           "WHERE actor = ?1 AND other = ?2");
  SQLite::Statement drop(db, "DELETE FROM pairs WHERE actor = ?1 AND other = ?2 AND relations <= 0");
  SQLite::Statement total(db,
                          "INSERT INTO actor_totals(actor, counterparts, relations) VALUES(?1, ?2, ?3) "
                          "ON CONFLICT(actor) DO UPDATE SET counterparts = counterparts + excluded.counterparts, "
                          "relations = relations + excluded.relations");
  SQLite::Statement drop_total(db, "DELETE FROM actor_totals WHERE actor = ?1 AND counterparts <= 0");
  // In key order: consecutive writes then share b-tree pages of pairs and
  // pairs_rank, so a batch modifies (and journals) far fewer pages than in
  // hash order. An actor's rows are consecutive too: one totals write each.
  std::vector<const std::pair<const std::string, Delta>*> order;
  order.reserve(deltas_.size());
  for (const auto& entry : deltas_)
    if (entry.second.mentions != 0 || entry.second.relations != 0) order.push_back(&entry);
  std::sort(order.begin(), order.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  std::string totals_actor;
  std::int64_t counterparts = 0, relations = 0;
  auto flush_totals = [&] {
    if (totals_actor.empty() || (counterparts == 0 && relations == 0)) return;
    total.bind(1, totals_actor);
    total.bind(2, counterparts);
    total.bind(3, relations);
    total.exec();
    total.reset();
    if (counterparts < 0) {
      drop_total.bind(1, totals_actor);
      drop_total.exec();
      drop_total.reset();
    }
  };
  auto run = [&](SQLite::Statement& st, const std::string& actor, const std::string& other, const Delta& d) {
    st.bind(1, actor);
    st.bind(2, other);
    if (st.getBindParameterCount() > 2) {
      st.bind(3, d.mentions);
      st.bind(4, d.relations);
    }
    const int changed = st.exec();
    st.reset();
    return changed;
  };
  for (const auto* entry : order) {
    const std::string& key = entry->first;
    const Delta& d = entry->second;
    const std::size_t cut = key.find('\x1f');
    const std::string actor = key.substr(0, cut), other = key.substr(cut + 1);
    if (actor != totals_actor) {
      flush_totals();
      totals_actor = actor;
      counterparts = relations = 0;
    }
    relations += d.relations;
    if (run(insert, actor, other, d) > 0) {
      ++counterparts;
      continue;
    }
    run(update, actor, other, d);
    if (d.relations < 0 && run(drop, actor, other, d) > 0) --counterparts;
  }
  flush_totals();
  deltas_.clear();
}

}  // namespace actorgraph::store
