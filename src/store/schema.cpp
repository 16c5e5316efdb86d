// Opening, validating and creating the database schema.
#include <sqlite3.h>

#include <filesystem>
#include <optional>
#include <vector>

#include "store/store_impl.hpp"

namespace actorgraph::store {
namespace {

// Added in version 3: the image of the default-filter graph
// (store/image.cpp), in parts of at most 64 MiB, empty when a change dropped
// it; and per actor, the number of rows it has in pairs and the sum of their
// relations, which `query actor` prints for a hub without counting 38,000
// pairs rows (maintained with pairs).
constexpr const char* kVersion3Schema = R"sql(
CREATE TABLE graph_image(part INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE actor_totals(
  actor TEXT PRIMARY KEY, counterparts INTEGER NOT NULL, relations INTEGER NOT NULL) WITHOUT ROWID;
)sql";

constexpr const char* kSchema = R"sql(
-- articles and actors are looked up by their text id: WITHOUT ROWID makes
-- that one b-tree search instead of an index search plus a row fetch.
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE articles(
  id TEXT PRIMARY KEY, hash TEXT NOT NULL, date TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', origin TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
CREATE TABLE actors(
  id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, country TEXT NOT NULL DEFAULT '',
  sector TEXT NOT NULL DEFAULT '', code TEXT NOT NULL DEFAULT '') WITHOUT ROWID;
-- The primary key (norm, actor_id) is the index on aliases(norm).
CREATE TABLE aliases(
  norm TEXT NOT NULL, alias TEXT NOT NULL, actor_id TEXT NOT NULL,
  PRIMARY KEY(norm, actor_id)) WITHOUT ROWID;
CREATE INDEX aliases_actor ON aliases(actor_id);
-- UNIQUE(subject, …) is also the index on edges(subject).
CREATE TABLE edges(
  id INTEGER PRIMARY KEY, subject TEXT NOT NULL, object TEXT NOT NULL, key TEXT NOT NULL,
  negated INTEGER NOT NULL, cameo TEXT NOT NULL DEFAULT '', root TEXT NOT NULL DEFAULT '',
  quad INTEGER NOT NULL DEFAULT 0, goldstein REAL NOT NULL DEFAULT 0, plover TEXT NOT NULL DEFAULT '',
  lemma TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '',
  mentions INTEGER NOT NULL DEFAULT 0, factual INTEGER NOT NULL DEFAULT 0,
  articles INTEGER NOT NULL DEFAULT 0, sources INTEGER NOT NULL DEFAULT 0,
  first_date TEXT, last_date TEXT,
  -- The same aggregates over the factual (asserted or reported) mentions
  -- only: the default filter reads them instead of recounting mentions.
  f_articles INTEGER NOT NULL DEFAULT 0, f_sources INTEGER NOT NULL DEFAULT 0,
  f_first_date TEXT, f_last_date TEXT,
  UNIQUE(subject, object, key, negated));
CREATE INDEX edges_object ON edges(object);
-- The relations of an actor pair by mentions, without reading edge rows:
-- `query actor` shows the strongest few of each counterpart.
CREATE INDEX edges_pair ON edges(subject, object, negated, factual);
CREATE TABLE mentions(
  id INTEGER PRIMARY KEY, edge_id INTEGER NOT NULL, article_id TEXT NOT NULL,
  sentence INTEGER NOT NULL, "begin" INTEGER NOT NULL, "end" INTEGER NOT NULL,
  sentence_text TEXT NOT NULL, subject_mention TEXT NOT NULL, object_mention TEXT NOT NULL,
  relation_text TEXT NOT NULL, modality TEXT NOT NULL, claimant TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '');
-- Covers the recount of an edge (modality, date, article) without visiting
-- rows, and walks its mentions newest first (date, id) to pick evidence.
CREATE INDEX mentions_edge ON mentions(edge_id, date, id, modality, article_id);
CREATE INDEX mentions_article ON mentions(article_id);
-- Per actor and counterpart (both directions, once for a self-loop): the
-- mentions and relations of the edges the default filter shows (not negated,
-- factual mentions only). `query actor` on a hub reads its strongest
-- counterparts here. Maintained with the edges' aggregates.
CREATE TABLE pairs(
  actor TEXT NOT NULL, other TEXT NOT NULL, mentions INTEGER NOT NULL, relations INTEGER NOT NULL,
  PRIMARY KEY(actor, other)) WITHOUT ROWID;
CREATE INDEX pairs_rank ON pairs(actor, mentions DESC, relations);
)sql";

[[noreturn]] void not_ours(const std::string& path, const std::string& why) {
  throw StorageError(path + ": not an actorgraph database" + (why.empty() ? "" : " (" + why + ")"));
}

void create_schema(SQLite::Database& db) {
  SQLite::Transaction tx(db);
  db.exec(kSchema);
  db.exec(kVersion3Schema);
  SQLite::Statement put(db, "INSERT INTO meta(key, value) VALUES('schema_version', ?)");
  put.bind(1, std::to_string(Store::kSchemaVersion));
  put.exec();
  tx.commit();
}

// The schema version of an actorgraph database (throws when it is not one).
int schema_version(SQLite::Database& db, const std::string& path) {
  if (!db.tableExists("meta")) not_ours(path, "");
  SQLite::Statement get(db, "SELECT value FROM meta WHERE key = 'schema_version'");
  if (!get.executeStep()) not_ours(path, "");
  std::string v = text(get.getColumn(0));
  int version = 0;
  try {
    version = std::stoi(v);
  } catch (const std::exception&) {
    not_ours(path, "");
  }
  if (version < 1) not_ours(path, "");
  return version;
}

// Version 2 lacks the graph image (left empty) and the actor totals (summed
// from pairs).
void migrate_2_to_3(SQLite::Database& db) {
  SQLite::Transaction tx(db);
  db.exec(kVersion3Schema);
  db.exec("INSERT INTO actor_totals(actor, counterparts, relations) "
          "SELECT actor, count(*), sum(relations) FROM pairs GROUP BY actor");
  db.exec("UPDATE meta SET value = '3' WHERE key = 'schema_version'");
  tx.commit();
}

void check_schema(SQLite::Database& db, const std::string& path, Store::Mode mode) {
  int version = schema_version(db, path);
  if (version > Store::kSchemaVersion)
    throw StorageError(path + ": database schema version " + std::to_string(version) +
                       " is newer than this actorgraph supports (" + std::to_string(Store::kSchemaVersion) +
                       "); upgrade actorgraph");
  // Version 2 is read as it is (without the version-3 tables) and upgraded
  // when opened for writing.
  if (version == 2 && mode == Store::Mode::read_write) migrate_2_to_3(db), version = 3;
  if (version < 2)
    throw StorageError(path + ": database schema version " + std::to_string(version) +
                       " is older than this actorgraph's (" + std::to_string(Store::kSchemaVersion) +
                       "); rebuild it with 'actorgraph build' from the articles");
  std::vector<const char*> tables = {"articles", "actors", "aliases", "edges", "mentions", "pairs"};
  if (version >= 3) tables.insert(tables.end(), {"graph_image", "actor_totals"});
  for (const char* t : tables)
    if (!db.tableExists(t)) throw StorageError(path + ": damaged actorgraph database (table " + t + " missing)");
}

}  // namespace

SQLite::Database open_database(const std::string& path, Store::Mode mode) {
  namespace fs = std::filesystem;
  std::error_code ec;
  bool exists = fs::exists(path, ec);
  if (mode == Store::Mode::read_only && !exists)
    throw StorageError(path + ": no such database; run 'actorgraph build' first");
  if (exists && fs::is_directory(path, ec)) throw StorageError(path + ": is a directory, not a database");

  // One Store per thread (store.hpp): no SQLite mutexes.
  int flags = SQLite::OPEN_NOMUTEX |
              (mode == Store::Mode::read_only ? SQLite::OPEN_READONLY : (SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE));
  std::optional<SQLite::Database> db;
  try {
    db.emplace(path, flags, 5000);
  } catch (const SQLite::Exception& e) {
    throw StorageError(path + ": cannot open database (" + e.what() + ")");
  }
  int tables = 0;
  try {
    tables = db->execAndGet("SELECT count(*) FROM sqlite_master").getInt();
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_NOTADB) not_ours(path, "file is not a database");
    throw StorageError(path + ": cannot read database (" + e.what() + ")");
  }
  try {
    if (tables == 0) {
      if (mode == Store::Mode::read_only) not_ours(path, "empty database");
      create_schema(*db);
    } else {
      check_schema(*db, path, mode);
    }
    // Connection settings only: nothing here changes the file.
    // No memory map: a point query of a fresh process (query actor on a hub)
    // reads a few thousand scattered pages, and each fault maps its
    // neighbours too (fault-around), which cost more time and resident
    // memory (300 MiB on the 1M-edge benchmark) than reading the pages.
    // A small page cache for readers: each page SQLite caches is fresh heap
    // memory, one page fault; `query actor` on the 1M-edge hub reads about
    // 3,000 pages once each and took 33 ms CPU with 64 MiB, 21 ms with 2 MiB.
    // Scans read each page once, and re-read pages come from the OS cache,
    // so reads gain nothing from more. A writer keeps 64 MiB: a batch's dirty
    // pages stay in the cache until it commits.
    db->exec(mode == Store::Mode::read_only ? "PRAGMA cache_size = -2048" : "PRAGMA cache_size = -65536");
    db->exec("PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 0");
    if (mode == Store::Mode::read_write) db->exec("PRAGMA synchronous = NORMAL");
  } catch (const SQLite::Exception& e) {
    throw StorageError(path + ": " + e.what());
  }
  return std::move(*db);
}

}  // namespace actorgraph::store
