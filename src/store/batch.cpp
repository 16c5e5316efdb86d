// Store::Batch: one ingest transaction (articles, actors, aliases, edges,
// mentions); aggregates of touched edges are recomputed at commit.
#include <cctype>
#include <optional>
#include <unordered_map>

#include "graph/merge_key.hpp"
#include "store/store_impl.hpp"

namespace actorgraph {

struct Store::Batch::Impl {
  Store::Impl& store;
  SQLite::Database& db;
  std::optional<SQLite::Transaction> tx;
  SQLite::Statement find_article{db, "SELECT hash FROM articles WHERE id = ?"};
  SQLite::Statement insert_article{
      db, "INSERT OR REPLACE INTO articles(id, hash, date, title, source, url, origin) VALUES(?,?,?,?,?,?,?)"};
  SQLite::Statement old_edges{db, "SELECT DISTINCT edge_id FROM mentions WHERE article_id = ?"};
  SQLite::Statement delete_mentions{db, "DELETE FROM mentions WHERE article_id = ?"};
  SQLite::Statement find_actor{db, "SELECT type FROM actors WHERE id = ?"};
  SQLite::Statement insert_actor{
      db, "INSERT OR REPLACE INTO actors(id, name, type, country, sector, code) VALUES(?,?,?,?,?,?)"};
  SQLite::Statement insert_alias{db, "INSERT OR IGNORE INTO aliases(norm, alias, actor_id) VALUES(?,?,?)"};
  SQLite::Statement find_edge{db, "SELECT id FROM edges WHERE subject = ? AND object = ? AND key = ? AND negated = ?"};
  SQLite::Statement insert_edge{db,
                                "INSERT INTO edges(subject, object, key, negated, cameo, root, quad, goldstein, "
                                "plover, lemma, text) VALUES(?,?,?,?,?,?,?,?,?,?,?)"};
  SQLite::Statement insert_mention{
      db, "INSERT INTO mentions(edge_id, article_id, sentence, \"begin\", \"end\", sentence_text, subject_mention, "
          "object_mention, relation_text, modality, claimant, date) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"};

  std::unordered_set<std::int64_t> dirty;                 ///< edges whose mentions changed
  std::unordered_map<std::string, bool> actor_known;      ///< actor id -> stored with a known type
  std::unordered_set<std::string> alias_done;             ///< "norm\x1factor" written in this batch
  std::unordered_map<std::string, std::int64_t> edge_ids; ///< merge key -> edge id (this batch)
  bool finished = false;
  bool changed = false;  ///< an article was added or replaced

  Impl(Store::Impl& s) : store(s), db(s.db) { tx.emplace(db); }

  void alias(const std::string& surface, const std::string& actor_id);
  void actor(const Actor& a);
  std::int64_t edge(const Triple& t);
};

namespace {

/// A mention's words are a name to keep as an alias: not a pronoun or a bare
/// description ("the president"), and every word capitalised but for name
/// particles ("Bank of England", "Hans van den Broek", "China's Xi Jinping");
/// "US banker and former" or "firm's most lucrative asset" are no names.
bool name_like(std::string_view m) {
  if (merge::is_pronoun_like(m)) return false;
  static constexpr std::string_view kParticles[] = {"of", "the", "and", "for", "de", "del", "la", "le", "van", "von",
                                                    "der", "den", "da", "di", "du", "al", "el", "bin", "ibn", "y", "&", "on"};
  bool capital = false;
  std::size_t i = 0;
  while (i < m.size()) {
    while (i < m.size() && m[i] == ' ') ++i;
    std::size_t j = i;
    while (j < m.size() && m[j] != ' ') ++j;
    if (j == i) break;
    const std::string_view w = m.substr(i, j - i);
    const unsigned char c = static_cast<unsigned char>(w.front());
    if (std::isupper(c) || std::isdigit(c) || c >= 0x80) {
      capital = true;
    } else {
      bool particle = false;
      for (auto p : kParticles)  // "of", or "al-" in "al-Sadr"
        particle = particle || w == p || (w.size() > p.size() && w.substr(0, p.size()) == p && w[p.size()] == '-');
      if (!particle) return false;
    }
    i = j;
  }
  return capital;
}

}  // namespace

void Store::Batch::Impl::alias(const std::string& surface, const std::string& actor_id) {
  std::string norm = slugify(surface);
  if (norm.empty()) return;
  std::string memo = norm;
  memo += '\x1f';
  memo += actor_id;
  if (!alias_done.insert(std::move(memo)).second) return;
  insert_alias.bindNoCopy(1, norm);
  insert_alias.bindNoCopy(2, surface);
  insert_alias.bindNoCopy(3, actor_id);
  insert_alias.exec();
  insert_alias.reset();
}

void Store::Batch::Impl::actor(const Actor& a) {
  if (a.id.empty()) store.fail("actor without an id");
  const bool incoming_known = !merge::is_unknown_actor(a);
  auto known = actor_known.find(a.id);
  const bool seen = known != actor_known.end();
  if (seen && (known->second || !incoming_known)) return;

  bool write = true;
  if (!seen) {
    find_actor.bindNoCopy(1, a.id);
    if (find_actor.executeStep()) {
      Actor stored;
      parse_actor_type(find_actor.getColumn(0).getText(""), stored.type);
      write = merge::should_replace(stored, a);
      actor_known[a.id] = stored.type != ActorType::unknown;
    }
    find_actor.reset();
  } else {
    write = merge::should_replace(Actor{}, a);  // the stored one has an unknown type
  }
  if (write) {
    insert_actor.bindNoCopy(1, a.id);
    insert_actor.bind(2, a.name.empty() ? a.id : a.name);
    insert_actor.bindNoCopy(3, to_string(a.type).data());  // a NUL-terminated literal
    insert_actor.bindNoCopy(4, a.country);
    insert_actor.bindNoCopy(5, a.sector);
    insert_actor.bindNoCopy(6, a.code);
    insert_actor.exec();
    insert_actor.reset();
    actor_known[a.id] = a.type != ActorType::unknown;
  }
  if (write || !seen) {
    alias(a.name, a.id);
    for (const auto& al : a.aliases) alias(al, a.id);
  }
}

std::int64_t Store::Batch::Impl::edge(const Triple& t) {
  merge::EdgeKey k = merge::edge_key(t);
  std::string memo = k.subject + '\x1f' + k.object + '\x1f' + k.key + (k.negated ? "\x1f" "1" : "\x1f" "0");
  if (auto it = edge_ids.find(memo); it != edge_ids.end()) return it->second;
  std::int64_t id = 0;
  find_edge.bindNoCopy(1, k.subject);
  find_edge.bindNoCopy(2, k.object);
  find_edge.bindNoCopy(3, k.key);
  find_edge.bind(4, k.negated ? 1 : 0);
  if (find_edge.executeStep()) id = find_edge.getColumn(0).getInt64();
  find_edge.reset();
  if (id == 0) {
    const Relation& r = t.relation;
    insert_edge.bindNoCopy(1, k.subject);
    insert_edge.bindNoCopy(2, k.object);
    insert_edge.bindNoCopy(3, k.key);
    insert_edge.bind(4, k.negated ? 1 : 0);
    insert_edge.bindNoCopy(5, r.cameo);
    insert_edge.bindNoCopy(6, r.root);
    insert_edge.bind(7, r.quad);
    insert_edge.bind(8, r.goldstein);
    insert_edge.bindNoCopy(9, r.plover);
    insert_edge.bindNoCopy(10, r.lemma);
    insert_edge.bindNoCopy(11, r.text);
    insert_edge.exec();
    insert_edge.reset();
    id = db.getLastInsertRowid();
  }
  if (edge_ids.size() > 500000) edge_ids.clear();  // bound the memo on huge batches
  edge_ids.emplace(std::move(memo), id);
  return id;
}

Store::Batch::Batch(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Store::Batch::~Batch() {
  if (!impl_) return;
  impl_->tx.reset();  // rolls back when not committed; never throws
  impl_->store.in_batch = false;
}

Store::Batch::Batch(Batch&&) noexcept = default;

Store::Batch Store::begin_batch() {
  impl_->require_writable("build");
  return store::guarded(impl_->path, [&] {
    auto impl = std::make_unique<Batch::Impl>(*impl_);
    impl_->in_batch = true;
    return Batch(std::move(impl));
  });
}

IngestOutcome Store::Batch::add(const Article& a, const std::vector<Triple>& triples) {
  if (!impl_ || impl_->finished) throw StorageError("batch is already committed");
  Impl& b = *impl_;
  return store::guarded(b.store.path, [&] {
    const std::string hash = content_hash(a);
    IngestOutcome outcome = IngestOutcome::added;
    b.find_article.bindNoCopy(1, a.id);
    if (b.find_article.executeStep()) {
      outcome = b.find_article.getColumn(0).getText("") == hash ? IngestOutcome::unchanged : IngestOutcome::replaced;
    }
    b.find_article.reset();
    if (outcome == IngestOutcome::unchanged) return outcome;
    b.changed = true;
    if (outcome == IngestOutcome::replaced) {
      b.old_edges.bindNoCopy(1, a.id);
      while (b.old_edges.executeStep()) b.dirty.insert(b.old_edges.getColumn(0).getInt64());
      b.old_edges.reset();
      b.delete_mentions.bindNoCopy(1, a.id);
      b.delete_mentions.exec();
      b.delete_mentions.reset();
    }
    std::string origin = a.origin_file;
    if (a.origin_line > 0) origin += ":" + std::to_string(a.origin_line);
    const std::string* fields[] = {&a.id, &hash, &a.date, &a.title, &a.source, &a.url, &origin};
    for (int i = 0; i < 7; ++i) b.insert_article.bindNoCopy(i + 1, *fields[i]);
    b.insert_article.exec();
    b.insert_article.reset();

    for (const Triple& t : triples) {
      b.actor(t.subject.actor);
      b.actor(t.object.actor);
      for (const ActorMention* m : {&t.subject, &t.object})
        if (name_like(m->mention)) b.alias(m->mention, m->actor.id);
      std::int64_t edge = b.edge(t);
      b.dirty.insert(edge);
      auto& st = b.insert_mention;
      st.bind(1, edge);
      st.bindNoCopy(2, a.id);
      st.bind(3, t.sentence);
      st.bind(4, t.span_begin);
      st.bind(5, t.span_end);
      st.bindNoCopy(6, t.sentence_text);
      st.bindNoCopy(7, t.subject.mention);
      st.bindNoCopy(8, t.object.mention);
      st.bindNoCopy(9, t.relation.text);
      st.bindNoCopy(10, to_string(t.modality).data());  // a NUL-terminated literal
      st.bindNoCopy(11, t.claimant);
      st.bindNoCopy(12, t.date.empty() ? a.date : t.date);
      st.exec();
      st.reset();
    }
    return outcome;
  });
}

void Store::Batch::commit() {
  if (!impl_ || impl_->finished) throw StorageError("batch is already committed");
  Impl& b = *impl_;
  store::guarded(b.store.path, [&] {
    store::recompute_edges(b.db, b.dirty);
    if (b.changed) store::drop_image(b.db);
    b.tx->commit();
  });
  b.finished = true;
  b.store.in_batch = false;
}

}  // namespace actorgraph
