// Store: opening, stats, removal and the shared recomputation of edges.
#include <algorithm>

#include "store/pairs.hpp"
#include "store/store_impl.hpp"

namespace actorgraph {

namespace store {

const char* const kAggregateColumns =
    "COUNT(*), COALESCE(SUM(m.modality IN ('asserted','reported')), 0), COUNT(DISTINCT m.article_id), "
    "COUNT(DISTINCT NULLIF(a.source, '')), MIN(NULLIF(m.date, '')), MAX(NULLIF(m.date, ''))";
const char* const kAggregateFrom = "FROM mentions m LEFT JOIN articles a ON a.id = m.article_id";

void Binds::apply(SQLite::Statement& st, int first) const {
  int i = first;
  for (const auto& v : values) {
    if (const auto* s = std::get_if<std::string>(&v)) st.bind(i++, *s);
    else st.bind(i++, static_cast<std::int64_t>(std::get<std::int64_t>(v)));
  }
}

void Binds::apply(sqlite3_stmt* st, int first) const {
  int i = first;
  for (const auto& v : values) {
    int rc;
    if (const auto* s = std::get_if<std::string>(&v))
      rc = sqlite3_bind_text(st, i++, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
    else rc = sqlite3_bind_int64(st, i++, std::get<std::int64_t>(v));
    if (rc != SQLITE_OK) throw SQLite::Exception(sqlite3_db_handle(st), rc);
  }
}

const char* const kCountColumns = "m.article_id, COALESCE(a.source, ''), m.modality, m.date";

namespace {
// Adds s to the small set v; true when new. Edges have few distinct
// articles, so a linear scan beats hashing.
bool add_distinct(std::vector<std::string>& v, const char* s) {
  for (const auto& x : v)
    if (x == s) return false;
  v.emplace_back(s);
  return true;
}
}  // namespace

namespace {
// Distinct articles/sources and the date range of a set of mentions.
struct Tally {
  std::vector<std::string> articles, sources;
  std::string first, last;
  void add(const char* article, const char* source, const char* date) {
    add_distinct(articles, article);
    if (*source) add_distinct(sources, source);
    if (*date) {
      if (first.empty() || first > date) first = date;
      if (last.empty() || last < date) last = date;
    }
  }
};
}  // namespace

EdgeCounts count_mentions(SQLite::Statement& st) {
  EdgeCounts c;
  Tally all, factual;
  while (st.executeStep()) {
    ++c.mentions;
    Modality m = Modality::asserted;
    parse_modality(st.getColumn(2).getText(""), m);
    const char* article = st.getColumn(0).getText("");
    const char* source = st.getColumn(1).getText("");
    const char* date = st.getColumn(3).getText("");
    all.add(article, source, date);
    if (m == Modality::asserted || m == Modality::reported) {
      ++c.factual;
      factual.add(article, source, date);
    }
  }
  c.articles = static_cast<std::uint32_t>(all.articles.size());
  c.sources = static_cast<std::uint32_t>(all.sources.size());
  c.first_date = std::move(all.first);
  c.last_date = std::move(all.last);
  c.f_articles = static_cast<std::uint32_t>(factual.articles.size());
  c.f_sources = static_cast<std::uint32_t>(factual.sources.size());
  c.f_first_date = std::move(factual.first);
  c.f_last_date = std::move(factual.last);
  return c;
}

void recompute_edges(SQLite::Database& db, const std::unordered_set<std::int64_t>& edges) {
  if (edges.empty()) return;
  std::vector<std::int64_t> ids(edges.begin(), edges.end());
  std::sort(ids.begin(), ids.end());  // walk the tables in key order
  SQLite::Statement select(db, std::string("SELECT ") + kCountColumns + " " + kAggregateFrom + " WHERE m.edge_id = ?");
  SQLite::Statement update(db,
                           "UPDATE edges SET mentions = ?, factual = ?, articles = ?, sources = ?, first_date = ?, "
                           "last_date = ?, f_articles = ?, f_sources = ?, f_first_date = ?, f_last_date = ? "
                           "WHERE id = ?");
  SQLite::Statement before(db, "SELECT subject, object, negated, factual FROM edges WHERE id = ?");
  SQLite::Statement drop(db, "DELETE FROM edges WHERE id = ?");
  std::unordered_set<std::string> orphans;  // ends of deleted edges: maybe left without edges
  PairDeltas pairs;
  std::string subject, object;
  for (std::int64_t id : ids) {
    before.bind(1, id);
    if (!before.executeStep()) {  // already gone
      before.reset();
      continue;
    }
    subject = before.getColumn(0).getText("");
    object = before.getColumn(1).getText("");
    const bool negated = before.getColumn(2).getInt() != 0;
    pairs.add(subject, object, negated, before.getColumn(3).getInt64(), -1);
    before.reset();

    select.bind(1, id);
    EdgeCounts c = count_mentions(select);
    select.reset();
    if (c.mentions == 0) {
      orphans.insert(subject);
      orphans.insert(object);
      drop.bind(1, id);
      drop.exec();
      drop.reset();
      continue;
    }
    pairs.add(subject, object, negated, c.factual, +1);
    update.bind(1, c.mentions);
    update.bind(2, c.factual);
    update.bind(3, c.articles);
    update.bind(4, c.sources);
    auto date_or_null = [&](int param, const std::string& date) {
      if (date.empty()) update.bind(param);
      else update.bind(param, date);
    };
    date_or_null(5, c.first_date);
    date_or_null(6, c.last_date);
    update.bind(7, c.f_articles);
    update.bind(8, c.f_sources);
    date_or_null(9, c.f_first_date);
    date_or_null(10, c.f_last_date);
    update.bind(11, id);
    update.exec();
    update.reset();
  }
  pairs.apply(db);
  // An actor is known only through its edges: one left without any goes,
  // with its aliases, so removing every article empties the database.
  SQLite::Statement used(db,
                         "SELECT EXISTS(SELECT 1 FROM edges WHERE subject = ?1) OR "
                         "EXISTS(SELECT 1 FROM edges WHERE object = ?1)");
  SQLite::Statement drop_actor(db, "DELETE FROM actors WHERE id = ?");
  SQLite::Statement drop_aliases(db, "DELETE FROM aliases WHERE actor_id = ?");
  for (const auto& actor : orphans) {
    used.bind(1, actor);
    bool in_use = used.executeStep() && used.getColumn(0).getInt() != 0;
    used.reset();
    if (in_use) continue;
    for (auto* st : {&drop_actor, &drop_aliases}) {
      st->bind(1, actor);
      st->exec();
      st->reset();
    }
  }
}

}  // namespace store

void Store::Impl::fail(std::string_view what) const { throw StorageError(path + ": " + std::string(what)); }

void Store::Impl::require_writable(std::string_view operation) const {
  if (mode == Store::Mode::read_only) fail(std::string(operation) + ": database is opened read-only");
  if (in_batch) fail(std::string(operation) + ": another batch is still open");
}

Store::Store(const std::string& path, Mode mode)
    : impl_(std::make_unique<Impl>(path, mode, store::open_database(path, mode))) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

const std::string& Store::path() const noexcept { return impl_->path; }

StoreStats Store::stats() const {
  return store::guarded(impl_->path, [&] {
    store::ReadScope read(impl_->db);
    StoreStats s;
    auto count = [&](const char* table) {
      return static_cast<std::uint64_t>(impl_->db.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt64());
    };
    s.articles = count("articles");
    s.actors = count("actors");
    s.aliases = count("aliases");
    s.edges = count("edges");
    s.mentions = count("mentions");
    return s;
  });
}

std::vector<std::string> Store::remove_articles(const std::vector<std::string>& ids) {
  impl_->require_writable("remove");
  return store::guarded(impl_->path, [&] {
    std::vector<std::string> missing;
    SQLite::Database& db = impl_->db;
    SQLite::Transaction tx(db);
    SQLite::Statement exists(db, "SELECT 1 FROM articles WHERE id = ?");
    SQLite::Statement touched(db, "SELECT DISTINCT edge_id FROM mentions WHERE article_id = ?");
    SQLite::Statement del_mentions(db, "DELETE FROM mentions WHERE article_id = ?");
    SQLite::Statement del_article(db, "DELETE FROM articles WHERE id = ?");
    std::unordered_set<std::int64_t> dirty;
    std::unordered_set<std::string> done;
    for (const auto& id : ids) {
      if (!done.insert(id).second) continue;
      exists.bind(1, id);
      bool found = exists.executeStep();
      exists.reset();
      if (!found) {
        missing.push_back(id);
        continue;
      }
      touched.bind(1, id);
      while (touched.executeStep()) dirty.insert(touched.getColumn(0).getInt64());
      touched.reset();
      for (auto* st : {&del_mentions, &del_article}) {
        st->bind(1, id);
        st->exec();
        st->reset();
      }
    }
    store::recompute_edges(db, dirty);
    if (missing.size() < done.size()) store::drop_image(db);
    tx.commit();
    return missing;
  });
}

}  // namespace actorgraph
