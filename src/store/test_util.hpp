// Test helpers for the store's unit tests: temporary files, hand-written
// articles and triples, and a full textual dump of a database.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "actorgraph/article.hpp"
#include "actorgraph/triple.hpp"

namespace actorgraph::test {

/// A fresh directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("ag-store-test-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline Actor make_actor(const std::string& id, const std::string& name, ActorType type, const std::string& country,
                        std::vector<std::string> aliases = {}) {
  Actor a;
  a.id = id;
  a.name = name;
  a.type = type;
  a.country = country;
  a.aliases = std::move(aliases);
  return a;
}

inline Article make_article(const std::string& id, const std::string& date, const std::string& source,
                            const std::string& text = "Body.") {
  Article a;
  a.id = id;
  a.date = date;
  a.title = "Title of " + id;
  a.text = text;
  a.source = source;
  a.origin_file = "test.jsonl";
  return a;
}

/// A triple of article `art` with relation code `cameo` (root = first two
/// digits, quad given) between s and o.
inline Triple make_triple(const Article& art, const Actor& s, const std::string& cameo, const Actor& o,
                          int quad = 1, bool negated = false, Modality m = Modality::asserted,
                          std::uint32_t sentence = 0, const std::string& s_mention = "",
                          const std::string& o_mention = "") {
  Triple t;
  t.article = art.id;
  t.date = art.date;
  t.sentence = sentence;
  t.span_begin = sentence * 10;
  t.span_end = sentence * 10 + 9;
  t.sentence_text = "Sentence " + std::to_string(sentence) + " of " + art.id + ".";
  t.subject.actor = s;
  t.subject.mention = s_mention.empty() ? s.name : s_mention;
  t.object.actor = o;
  t.object.mention = o_mention.empty() ? o.name : o_mention;
  t.relation.cameo = cameo;
  t.relation.root = cameo.size() >= 2 ? cameo.substr(0, 2) : "";
  t.relation.quad = quad;
  t.relation.lemma = "lemma " + cameo;
  t.relation.text = "text " + cameo;
  t.relation.plover = quad == 4 ? "ASSAULT" : "CONSULT";
  t.negated = negated;
  t.modality = m;
  return t;
}

/// Every row of every table, ordered, as text: equal dumps mean equal content.
inline std::string dump(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  std::string out;
  for (const char* table : {"meta", "articles", "actors", "aliases", "edges", "mentions", "pairs"}) {
    SQLite::Statement st(db, std::string("SELECT * FROM ") + table);
    std::vector<std::string> rows;
    while (st.executeStep()) {
      std::string row;
      for (int i = 0; i < st.getColumnCount(); ++i) {
        row += st.getColumn(i).isNull() ? "NULL" : st.getColumn(i).getString();
        row += '|';
      }
      rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end());
    out += std::string("## ") + table + "\n";
    for (const auto& r : rows) out += r + "\n";
  }
  return out;
}

}  // namespace actorgraph::test
