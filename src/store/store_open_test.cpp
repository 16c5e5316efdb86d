// Opening: new, foreign, broken, missing and newer databases.
#include <doctest/doctest.h>

#include "actorgraph/errors.hpp"
#include "actorgraph/store.hpp"
#include "store/test_util.hpp"

using namespace actorgraph;
using test::TempDir;

namespace {

std::string open_error(const std::string& path, Store::Mode mode) {
  try {
    Store s(path, mode);
  } catch (const StorageError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("open: a new database gets the schema and version") {
  TempDir dir;
  auto path = dir.file("new.db");
  {
    Store s(path, Store::Mode::read_write);
    CHECK(s.path() == path);
    auto st = s.stats();
    CHECK(st.articles == 0);
    CHECK(st.edges == 0);
  }
  SQLite::Database db(path);
  CHECK(db.execAndGet("SELECT value FROM meta WHERE key = 'schema_version'").getString() ==
        std::to_string(Store::kSchemaVersion));
  // Reopening, read-only too, works.
  CHECK_NOTHROW(Store(path, Store::Mode::read_only));
  CHECK_NOTHROW(Store(path, Store::Mode::read_write));
}

TEST_CASE("open: errors name the file and the reason") {
  TempDir dir;
  const auto text = dir.file("notes.txt");
  {
    std::ofstream(text) << "This is not a database, it is a long enough text file to have a header.\n"
                        << std::string(200, 'x') << "\n";
  }
  const auto foreign = dir.file("foreign.db");
  {
    SQLite::Database db(foreign, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE people(name TEXT); INSERT INTO people VALUES('ada')");
  }
  const auto newer = dir.file("newer.db");
  { Store s(newer, Store::Mode::read_write); }
  {
    SQLite::Database db(newer, SQLite::OPEN_READWRITE);
    db.exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
  }
  const auto older = dir.file("older.db");
  { Store s(older, Store::Mode::read_write); }
  {
    SQLite::Database db(older, SQLite::OPEN_READWRITE);
    db.exec("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
  }
  const auto missing = dir.file("missing.db");
  const auto no_version = dir.file("no-version.db");
  {
    SQLite::Database db(no_version, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES('owner', 'someone')");
  }

  struct Case { std::string path; Store::Mode mode; std::string message; };
  const Case cases[] = {
      {text, Store::Mode::read_write, text + ": not an actorgraph database (file is not a database)"},
      {text, Store::Mode::read_only, text + ": not an actorgraph database (file is not a database)"},
      {foreign, Store::Mode::read_write, foreign + ": not an actorgraph database"},
      {foreign, Store::Mode::read_only, foreign + ": not an actorgraph database"},
      {newer, Store::Mode::read_only,
       newer + ": database schema version 99 is newer than this actorgraph supports (" +
           std::to_string(Store::kSchemaVersion) + "); upgrade actorgraph"},
      {older, Store::Mode::read_only,
       older + ": database schema version 1 is older than this actorgraph's (" + std::to_string(Store::kSchemaVersion) +
           "); rebuild it with 'actorgraph build' from the articles"},
      {older, Store::Mode::read_write,
       older + ": database schema version 1 is older than this actorgraph's (" + std::to_string(Store::kSchemaVersion) +
           "); rebuild it with 'actorgraph build' from the articles"},
      {no_version, Store::Mode::read_write, no_version + ": not an actorgraph database"},
      {missing, Store::Mode::read_only, missing + ": no such database; run 'actorgraph build' first"},
      {dir.file(""), Store::Mode::read_write, dir.file("") + ": is a directory, not a database"},
  };
  for (const auto& c : cases) CHECK(open_error(c.path, c.mode) == c.message);
  CHECK_FALSE(std::filesystem::exists(missing));  // read_only never creates
  auto no_dir = dir.file("no/such/dir.db");
  CHECK(open_error(no_dir, Store::Mode::read_write).rfind(no_dir + ": cannot open database", 0) == 0);
}

TEST_CASE("open: a foreign SQLite file or a text file is left byte-identical") {
  TempDir dir;
  const auto foreign = dir.file("foreign.db");
  {
    SQLite::Database db(foreign, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE meta(k TEXT); CREATE TABLE t(x); INSERT INTO t VALUES(1),(2)");
  }
  const auto text = dir.file("a.txt");
  { std::ofstream(text) << "hello\n"; }
  for (const auto& path : {foreign, text}) {
    const std::string before = test::read_bytes(path);
    CHECK_THROWS_AS(Store(path, Store::Mode::read_write), StorageError);
    CHECK(test::read_bytes(path) == before);
    CHECK_FALSE(std::filesystem::exists(path + "-journal"));
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
  }
}

TEST_CASE("open: a read-only store refuses to write") {
  TempDir dir;
  const auto path = dir.file("ro.db");
  { Store s(path, Store::Mode::read_write); }
  Store ro(path, Store::Mode::read_only);
  CHECK_THROWS_AS(ro.begin_batch(), StorageError);
  CHECK_THROWS_AS(ro.remove_articles({"x"}), StorageError);
  CHECK(ro.stats().articles == 0);
}

TEST_CASE("open: an empty file becomes a database read-write, not read-only") {
  TempDir dir;
  const auto path = dir.file("empty.db");
  { std::ofstream f(path); }
  CHECK(open_error(path, Store::Mode::read_only) == path + ": not an actorgraph database (empty database)");
  CHECK_NOTHROW(Store(path, Store::Mode::read_write));
  CHECK_NOTHROW(Store(path, Store::Mode::read_only));
}
