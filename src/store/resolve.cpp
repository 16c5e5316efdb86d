// Name resolution and actor search over the aliases table (slug compare).
#include <algorithm>
#include <map>
#include <set>

#include "store/filter_sql.hpp"

namespace actorgraph {
namespace {

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '-') {
      if (i > start) out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// Equal, or (both at least 4 letters) one has a single extra trailing letter:
// "zelensky" ~ "zelenskyy".
bool near_word(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() > b.size()) std::swap(a, b);
  return a.size() >= 4 && b.size() == a.size() + 1 && b.substr(0, a.size()) == a;
}

// The query's words are a word-aligned prefix or suffix of the alias, the
// last compared word allowed to be near: "xi" ~ "xi-jinping", "zelensky" ~
// "volodymyr-zelenskyy".
bool word_match(std::string_view query, std::string_view norm) {
  auto q = words(query), n = words(norm);
  if (q.empty() || q.size() > n.size()) return false;
  auto same = [&](std::size_t offset) {
    for (std::size_t i = 0; i < q.size(); ++i) {
      bool last = i + 1 == q.size() || (offset > 0 && i == 0);
      if (!(last ? near_word(q[i], n[offset + i]) : q[i] == n[offset + i])) return false;
    }
    return true;
  };
  return same(0) || same(n.size() - q.size());
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t cap) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > cap) return cap + 1;
  std::vector<std::size_t> row(a.size() + 1);
  for (std::size_t i = 0; i <= a.size(); ++i) row[i] = i;
  for (std::size_t j = 1; j <= b.size(); ++j) {
    std::size_t diag = row[0];
    row[0] = j;
    std::size_t best = row[0];
    for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t up = row[i];
      row[i] = std::min({row[i] + 1, row[i - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
      best = std::min(best, row[i]);
    }
    if (best > cap) return cap + 1;
  }
  return row[a.size()];
}

std::optional<Actor> fetch_actor(SQLite::Database& db, const std::string& id) {
  SQLite::Statement st(db, "SELECT id, name, type, country, sector, code FROM actors WHERE id = ?");
  st.bind(1, id);
  if (!st.executeStep()) return std::nullopt;
  Actor a = store::read_actor(st);
  SQLite::Statement al(db, "SELECT alias FROM aliases WHERE actor_id = ? ORDER BY alias");
  al.bind(1, id);
  while (al.executeStep()) {
    std::string s = store::text(al.getColumn(0));
    if (s != a.name) a.aliases.push_back(std::move(s));
  }
  return a;
}

// The mentions of an actor's edges.
std::int64_t mentions(SQLite::Database& db, const std::string& id) {
  SQLite::Statement st(db,
                       "SELECT (SELECT coalesce(sum(mentions), 0) FROM edges WHERE subject = ?1) + "
                       "(SELECT coalesce(sum(mentions), 0) FROM edges WHERE object = ?1)");
  st.bind(1, id);
  return st.executeStep() ? st.getColumn(0).getInt64() : 0;
}

// The most mentioned of several candidate actors.
std::string best_of(SQLite::Database& db, const std::set<std::string>& ids) {
  std::string best;
  std::int64_t best_mentions = -1;
  for (const auto& id : ids) {
    auto d = mentions(db, id);
    if (d > best_mentions) best_mentions = d, best = id;
  }
  return best;
}

// A name only the text gave ("unk-…"), not a dictionary actor.
bool text_only(const std::string& id) { return id.rfind("unk-", 0) == 0; }

// The dictionary actors among ids.
std::set<std::string> known(const std::set<std::string>& ids) {
  std::set<std::string> out;
  for (const auto& id : ids)
    if (!text_only(id)) out.insert(id);
  return out;
}

std::vector<std::string> names_of(SQLite::Database& db, const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  SQLite::Statement st(db, "SELECT name FROM actors WHERE id = ?");
  for (const auto& id : ids) {
    st.bind(1, id);
    std::string name = st.executeStep() ? store::text(st.getColumn(0)) : id;
    st.reset();
    if (std::find(out.begin(), out.end(), name) != out.end()) name += " (" + id + ")";
    out.push_back(std::move(name));
  }
  return out;
}

}  // namespace

ActorMatch Store::resolve(std::string_view name) const {
  return store::guarded(impl_->path, [&] {
    store::ReadScope read(impl_->db);
    SQLite::Database& db = impl_->db;
    ActorMatch match;
    const std::string q = slugify(name);
    if (q.empty()) return match;

    if (auto a = fetch_actor(db, q)) {  // an actor id
      match.actor = std::move(a);
      return match;
    }
    std::set<std::string> exact;  // a name or alias
    {
      SQLite::Statement st(db, "SELECT actor_id FROM aliases WHERE norm = ?");
      st.bind(1, q);
      while (st.executeStep()) exact.insert(store::text(st.getColumn(0)));
    }
    // A dictionary actor's name or alias first ("US", "UN"), the most mentioned
    // when several share it.
    if (auto k = known(exact); !k.empty()) {
      match.actor = fetch_actor(db, best_of(db, k));
      return match;
    }

    // Word-aligned prefix/suffix, tolerant of one trailing letter; then a
    // plain prefix. Candidates share the query minus its last letter.
    std::string stem = q.size() >= 5 ? q.substr(0, q.size() - 1) : q;
    std::set<std::string> words_hit, prefix_hit, contains;
    {
      SQLite::Statement st(db, "SELECT norm, actor_id FROM aliases WHERE instr(norm, ?) > 0 "
                               "UNION SELECT id, id FROM actors WHERE instr(id, ?) > 0");
      st.bind(1, stem);
      st.bind(2, stem);
      while (st.executeStep()) {
        std::string norm = store::text(st.getColumn(0));
        std::string id = store::text(st.getColumn(1));
        if (word_match(q, norm)) words_hit.insert(id);
        else if (q.size() >= 4 && norm.compare(0, q.size(), q) == 0) prefix_hit.insert(id);
        if (norm.find(q) != std::string::npos) contains.insert(id);
      }
    }
    // Then a dictionary actor the words name ("Blair": Tony Blair), asking on
    // ambiguity ("Bush": did you mean George W. Bush, George H. W. Bush?);
    // then the most mentioned name only the text gave.
    if (auto k = known(words_hit); !k.empty()) {
      if (k.size() == 1) {
        match.actor = fetch_actor(db, *k.begin());
      } else {
        std::vector<std::string> ids(k.begin(), k.end());
        if (ids.size() > 5) ids.resize(5);
        match.suggestions = names_of(db, ids);
      }
      return match;
    }
    if (!exact.empty()) {
      match.actor = fetch_actor(db, best_of(db, exact));
      return match;
    }
    for (const auto* hits : {&words_hit, &prefix_hit}) {
      if (hits->size() == 1) {
        match.actor = fetch_actor(db, *hits->begin());
        return match;
      }
      if (hits->size() > 1) {
        std::vector<std::string> ids(hits->begin(), hits->end());
        if (ids.size() > 5) ids.resize(5);
        match.suggestions = names_of(db, ids);
        return match;
      }
    }

    // Suggestions: nearest by edit distance, then substrings.
    const std::size_t cap = std::max<std::size_t>(2, q.size() / 3);
    std::map<std::string, std::size_t> best;  // actor id -> distance
    SQLite::Statement st(db, "SELECT norm, actor_id FROM aliases");
    while (st.executeStep()) {
      std::string norm = store::text(st.getColumn(0));
      std::size_t d = edit_distance(q, norm, cap);
      auto w = words(norm);
      if (!w.empty()) d = std::min(d, edit_distance(q, w.back(), cap));
      if (d > cap) continue;
      std::string id = store::text(st.getColumn(1));
      auto [it, inserted] = best.try_emplace(id, d);
      if (!inserted) it->second = std::min(it->second, d);
    }
    std::vector<std::pair<std::size_t, std::string>> ranked;
    for (const auto& [id, d] : best) ranked.emplace_back(d, id);
    for (const auto& id : contains)
      if (!best.count(id)) ranked.emplace_back(cap + 1, id);
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::string> ids;
    for (const auto& r : ranked) {
      if (ids.size() == 5) break;
      ids.push_back(r.second);
    }
    match.suggestions = names_of(db, ids);
    return match;
  });
}

std::vector<Actor> Store::search_actors(std::string_view pattern, std::size_t limit) const {
  return store::guarded(impl_->path, [&] {
    store::ReadScope read(impl_->db);
    SQLite::Database& db = impl_->db;
    std::vector<Actor> out;
    const std::string p = slugify(pattern);
    SQLite::Statement st(db, p.empty() ? "SELECT id, name, type, country, sector, code FROM actors ORDER BY name, id LIMIT ?1"
                                       : "SELECT id, name, type, country, sector, code FROM actors WHERE id IN "
                                         "(SELECT actor_id FROM aliases WHERE instr(norm, ?2) > 0) OR instr(id, ?2) > 0 "
                                         "ORDER BY name, id LIMIT ?1");
    st.bind(1, static_cast<std::int64_t>(std::min<std::size_t>(limit, INT64_MAX)));
    if (!p.empty()) st.bind(2, p);
    while (st.executeStep()) out.push_back(store::read_actor(st));
    return out;
  });
}

}  // namespace actorgraph
