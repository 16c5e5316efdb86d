// Neighbourhood queries on the indexes: edges_of, edges_between, mention_dates.
#include <algorithm>
#include <unordered_map>

#include "store/filter_sql.hpp"
#include "store/pairs.hpp"

namespace actorgraph {
namespace {

using store::FilterSql;

// The newest `limit` mentions of one edge under the filter. The mentions are
// chosen on the index mentions_edge alone (a hub edge has thousands), then
// only the chosen rows are read.
class EvidenceReader {
 public:
  EvidenceReader(SQLite::Database& db, const FilterSql& q, std::size_t limit)
      : pick_(db, "SELECT m.id FROM mentions m WHERE m.edge_id = ?1" + q.mention_where +
                      " ORDER BY m.date DESC, m.id DESC LIMIT ?"),
        row_(db, std::string("SELECT ") + store::kMentionColumns + " " + store::kAggregateFrom + " WHERE m.id = ?1") {
    q.mention_binds.apply(pick_, 2);
    pick_.bind(2 + static_cast<int>(q.mention_binds.values.size()), static_cast<std::int64_t>(limit));
  }
  std::vector<Mention> read(std::int64_t edge) {
    std::vector<std::int64_t> ids;
    pick_.bind(1, edge);
    while (pick_.executeStep()) ids.push_back(pick_.getColumn(0).getInt64());
    pick_.reset();
    std::vector<Mention> out;
    out.reserve(ids.size());
    for (std::int64_t id : ids) {
      row_.bind(1, id);
      if (row_.executeStep()) out.push_back(store::read_mention(row_));
      row_.reset();
    }
    return out;
  }

 private:
  SQLite::Statement pick_, row_;
};

// Runs `sql` (edge rows, parameters: `ids` then edge filter binds once per
// occurrence `repeats`), recomputes counts under the filter, applies
// min_mentions, adds evidence and collects the actors.
Store::EdgeSet collect(SQLite::Database& db, const std::string& sql, const std::vector<std::string>& ids,
                       int repeats, const FilterSql& q, bool with_evidence, std::size_t evidence_limit) {
  SQLite::Statement st(db, sql);
  int p = 1;
  for (const auto& id : ids) st.bind(p++, id);
  for (int r = 0; r < repeats; ++r) {
    q.edge_binds.apply(st, p);
    p += static_cast<int>(q.edge_binds.values.size());
  }

  std::optional<SQLite::Statement> agg;
  Store::EdgeSet out;
  std::unordered_map<std::string, std::uint32_t, store::StringHash, std::equal_to<>> actor_index;
  std::string subject, object;
  while (st.executeStep()) {
    EdgeInfo e = store::read_edge(st, subject, object);
    if (q.needs_recompute(e)) {
      if (!agg) {
        agg.emplace(db, std::string("SELECT ") + store::kCountColumns + " " + store::kAggregateFrom +
                            " WHERE m.edge_id = ?1" + q.mention_where);
        q.mention_binds.apply(*agg, 2);
      }
      agg->bind(1, e.id);
      store::EdgeCounts c = store::count_mentions(*agg);
      agg->reset();
      e.mentions = c.mentions;
      e.factual = c.factual;
      e.articles = c.articles;
      e.sources = c.sources;
      e.first_date = std::move(c.first_date);
      e.last_date = std::move(c.last_date);
    }
    if (e.mentions == 0 || e.mentions < q.min_mentions) continue;
    for (auto* end : {&subject, &object}) {
      auto [it, inserted] = actor_index.try_emplace(*end, static_cast<std::uint32_t>(actor_index.size()));
      (end == &subject ? e.source : e.target) = it->second;
    }
    out.edges.push_back(std::move(e));
  }

  out.actors.resize(actor_index.size());
  SQLite::Statement actor(db, "SELECT id, name, type, country, sector, code FROM actors WHERE id = ?");
  for (const auto& [id, index] : actor_index) {
    actor.bind(1, id);
    if (actor.executeStep()) out.actors[index] = store::read_actor(actor);
    else out.actors[index].id = id;
    actor.reset();
  }

  if (with_evidence && evidence_limit > 0) {
    EvidenceReader ev(db, q, evidence_limit);
    for (auto& e : out.edges) e.evidence = ev.read(e.id);
  }
  return out;
}

}  // namespace

Store::EdgeSet Store::edges_of(std::string_view id, const Filter& f, bool with_evidence,
                               std::size_t evidence_limit) const {
  return store::guarded(impl_->path, [&] {
    store::ReadScope read(impl_->db);
    FilterSql q = store::filter_sql(f);
    std::string cols = q.edge_columns();
    std::string sql = "SELECT " + cols + " FROM edges e WHERE e.subject = ?1" + q.edge_where + " UNION ALL SELECT " +
                      cols + " FROM edges e WHERE e.object = ?1 AND e.subject <> ?1" + q.edge_where;
    return collect(impl_->db, sql, {std::string(id)}, 2, q, with_evidence, evidence_limit);
  });
}

Store::EdgeSet Store::strongest_between(std::string_view a, const std::vector<std::string>& others, const Filter& f,
                                        std::size_t limit) const {
  return store::guarded(impl_->path, [&] {
    store::ReadScope read(impl_->db);
    auto strongest_first = [](const EdgeInfo& x, const EdgeInfo& y) {
      return x.mentions != y.mentions ? x.mentions > y.mentions : x.id < y.id;
    };
    if (!f.is_default()) {
      EdgeSet out;
      for (const auto& b : others) {
        EdgeSet set = edges_between(a, b, f);
        std::sort(set.edges.begin(), set.edges.end(), strongest_first);
        if (set.edges.size() > limit) set.edges.resize(limit);
        // Re-index this set's actors into `out`.
        std::vector<std::uint32_t> map(set.actors.size());
        for (std::uint32_t i = 0; i < set.actors.size(); ++i) {
          auto it = std::find_if(out.actors.begin(), out.actors.end(),
                                 [&](const Actor& x) { return x.id == set.actors[i].id; });
          map[i] = static_cast<std::uint32_t>(it - out.actors.begin());
          if (it == out.actors.end()) out.actors.push_back(set.actors[i]);
        }
        for (auto& e : set.edges) {
          e.source = map[e.source];
          e.target = map[e.target];
          out.edges.push_back(std::move(e));
        }
      }
      return out;
    }
    // Choose on the covering index edges_pair, then read only those rows.
    SQLite::Statement pick(impl_->db,
                           "SELECT e.id, e.factual FROM edges e WHERE e.subject = ?1 AND e.object = ?2 AND "
                           "e.negated = 0 AND e.factual > 0 UNION ALL SELECT e.id, e.factual FROM edges e WHERE "
                           "e.subject = ?2 AND e.object = ?1 AND ?1 <> ?2 AND e.negated = 0 AND e.factual > 0 "
                           "ORDER BY 2 DESC, 1 LIMIT ?3");
    const std::string self(a);
    std::string ids;
    for (const auto& b : others) {
      pick.bind(1, self);
      pick.bind(2, b);
      pick.bind(3, static_cast<std::int64_t>(std::min<std::size_t>(limit, INT64_MAX)));
      while (pick.executeStep()) ids += (ids.empty() ? "" : ",") + std::to_string(pick.getColumn(0).getInt64());
      pick.reset();
    }
    if (ids.empty()) return EdgeSet{};
    FilterSql q = store::filter_sql(f);
    return collect(impl_->db, std::string("SELECT ") + q.edge_columns() + " FROM edges e WHERE e.id IN (" + ids + ")",
                   {}, 0, q, false, 0);
  });
}

Store::EdgeSet Store::edges_between(std::string_view a, std::string_view b, const Filter& f, bool with_evidence,
                                    std::size_t evidence_limit) const {
  return store::guarded(impl_->path, [&] {
    store::ReadScope read(impl_->db);
    FilterSql q = store::filter_sql(f);
    std::string cols = q.edge_columns();
    std::string sql = "SELECT " + cols + " FROM edges e WHERE e.subject = ?1 AND e.object = ?2" + q.edge_where;
    if (a != b)
      sql += " UNION ALL SELECT " + cols + " FROM edges e WHERE e.subject = ?2 AND e.object = ?1" + q.edge_where;
    return collect(impl_->db, sql, {std::string(a), std::string(b)}, a != b ? 2 : 1, q, with_evidence,
                   evidence_limit);
  });
}

std::vector<std::vector<Mention>> Store::evidence(const std::vector<std::int64_t>& edge_ids, const Filter& f,
                                                  std::size_t limit) const {
  return store::guarded(impl_->path, [&] {
    store::ReadScope read(impl_->db);
    std::vector<std::vector<Mention>> out(edge_ids.size());
    if (limit == 0) return out;
    EvidenceReader ev(impl_->db, store::filter_sql(f), limit);
    for (std::size_t i = 0; i < edge_ids.size(); ++i) out[i] = ev.read(edge_ids[i]);
    return out;
  });
}

std::vector<std::pair<std::string, int>> Store::mention_dates(std::string_view a, std::string_view b,
                                                              const Filter& f) const {
  return store::guarded(impl_->path, [&] {
    store::ReadScope read(impl_->db);
    EdgeSet set = b.empty() ? edges_of(a, f) : edges_between(a, b, f);
    FilterSql q = store::filter_sql(f);
    SQLite::Statement st(impl_->db, "SELECT m.date FROM mentions m WHERE m.edge_id = ?1 AND m.date <> ''" +
                                        q.mention_where);
    q.mention_binds.apply(st, 2);
    std::vector<std::pair<std::string, int>> out;
    for (const auto& e : set.edges) {
      st.bind(1, e.id);
      while (st.executeStep()) out.emplace_back(store::text(st.getColumn(0)), e.relation.quad);
      st.reset();
    }
    std::sort(out.begin(), out.end());
    return out;
  });
}

}  // namespace actorgraph
