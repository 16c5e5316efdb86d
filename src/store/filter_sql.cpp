#include "store/filter_sql.hpp"

namespace actorgraph::store {
namespace {

std::string placeholders(std::size_t n) {
  std::string s = "(";
  for (std::size_t i = 0; i < n; ++i) s += i ? ",?" : "?";
  return s + ")";
}

}  // namespace

const char* const kEdgeColumns =
    "e.id, e.subject, e.object, e.key, e.negated, e.cameo, e.root, e.quad, e.goldstein, e.plover, e.lemma, e.text, "
    "e.mentions, e.factual, e.articles, e.sources, e.first_date, e.last_date";
const char* const kFactualEdgeColumns =
    "e.id, e.subject, e.object, e.key, e.negated, e.cameo, e.root, e.quad, e.goldstein, e.plover, e.lemma, e.text, "
    "e.factual, e.factual, e.f_articles, e.f_sources, e.f_first_date, e.f_last_date";

const char* FilterSql::edge_columns() const noexcept {
  return include_hypothetical ? kEdgeColumns : kFactualEdgeColumns;
}

FilterSql filter_sql(const Filter& f) {
  FilterSql q;
  q.include_hypothetical = f.include_hypothetical;
  q.min_mentions = f.min_mentions;
  std::string& w = q.edge_where;
  if (!f.include_negated) w += " AND e.negated = 0";
  if (!f.include_hypothetical) w += " AND e.factual > 0";
  if (!f.cameo.empty()) {
    w += " AND (";
    for (std::size_t i = 0; i < f.cameo.size(); ++i) {
      w += (i ? " OR " : "") + std::string("substr(e.cameo, 1, ") + std::to_string(f.cameo[i].size()) + ") = ?";
      q.edge_binds.add(f.cameo[i]);
    }
    w += ")";
  }
  if (!f.roots.empty()) {
    std::string in = placeholders(f.roots.size());
    w += " AND (e.root IN " + in + " OR (e.root = '' AND substr(e.cameo, 1, 2) IN " + in + "))";
    for (int pass = 0; pass < 2; ++pass)
      for (const auto& r : f.roots) q.edge_binds.add(r);
  }
  if (!f.quads.empty()) {
    w += " AND e.quad IN " + placeholders(f.quads.size());
    for (int v : f.quads) q.edge_binds.add(static_cast<std::int64_t>(v));
  }
  if (!f.plover.empty()) {
    w += " AND e.plover COLLATE NOCASE IN " + placeholders(f.plover.size());
    for (const auto& p : f.plover) q.edge_binds.add(p);
  }
  if (!f.types.empty()) {
    std::string in = placeholders(f.types.size());
    w += " AND EXISTS(SELECT 1 FROM actors s WHERE s.id = e.subject AND s.type IN " + in +
         ") AND EXISTS(SELECT 1 FROM actors o WHERE o.id = e.object AND o.type IN " + in + ")";
    for (int pass = 0; pass < 2; ++pass) {
      for (const auto& t : f.types) {
        ActorType at = ActorType::unknown;
        q.edge_binds.add(parse_actor_type(t, at) ? std::string(to_string(at)) : t);
      }
    }
  }
  if (!f.countries.empty()) {
    std::string in = placeholders(f.countries.size());
    w += " AND (EXISTS(SELECT 1 FROM actors s WHERE s.id = e.subject AND s.country IN " + in +
         ") OR EXISTS(SELECT 1 FROM actors o WHERE o.id = e.object AND o.country IN " + in + "))";
    for (int pass = 0; pass < 2; ++pass)
      for (const auto& c : f.countries) q.edge_binds.add(c);
  }

  std::string& m = q.mention_where;
  if (!f.include_hypothetical) m += " AND m.modality IN ('asserted', 'reported')";
  if (!f.since.empty()) {
    m += " AND m.date >= ?";
    q.mention_binds.add(f.since);
  }
  if (!f.until.empty()) {
    m += " AND m.date <> '' AND m.date <= ?";  // "2022-02" includes every day of February
    q.mention_binds.add(f.until + "~");
  }
  q.dates = !f.since.empty() || !f.until.empty();
  return q;
}

EdgeInfo read_edge(const SQLite::Statement& st, std::string& subject, std::string& object, int first) {
  EdgeInfo e;
  int c = first;
  e.id = st.getColumn(c++).getInt64();
  subject.assign(st.getColumn(c++).getText(""));  // reuses the caller's buffers
  object.assign(st.getColumn(c++).getText(""));
  e.key = text(st.getColumn(c++));
  e.negated = st.getColumn(c++).getInt() != 0;
  e.relation.cameo = text(st.getColumn(c++));
  e.relation.root = text(st.getColumn(c++));
  e.relation.quad = st.getColumn(c++).getInt();
  e.relation.goldstein = st.getColumn(c++).getDouble();
  e.relation.plover = text(st.getColumn(c++));
  e.relation.lemma = text(st.getColumn(c++));
  e.relation.text = text(st.getColumn(c++));
  read_aggregates(st, e, c);
  return e;
}

void read_aggregates(const SQLite::Statement& st, EdgeInfo& e, int first) {
  int c = first;
  e.mentions = st.getColumn(c++).getUInt();
  e.factual = st.getColumn(c++).getUInt();
  e.articles = st.getColumn(c++).getUInt();
  e.sources = st.getColumn(c++).getUInt();
  e.first_date = text(st.getColumn(c++));
  e.last_date = text(st.getColumn(c++));
}

const char* const kMentionColumns =
    "m.article_id, COALESCE(a.title, ''), COALESCE(a.source, ''), m.date, m.sentence, m.\"begin\", m.\"end\", "
    "m.sentence_text, m.subject_mention, m.object_mention, m.relation_text, m.modality, m.claimant";

Mention read_mention(const SQLite::Statement& st, int first) {
  Mention m;
  int c = first;
  m.article = text(st.getColumn(c++));
  m.title = text(st.getColumn(c++));
  m.source = text(st.getColumn(c++));
  m.date = text(st.getColumn(c++));
  m.sentence = st.getColumn(c++).getUInt();
  m.begin = st.getColumn(c++).getUInt();
  m.end = st.getColumn(c++).getUInt();
  m.sentence_text = text(st.getColumn(c++));
  m.subject_mention = text(st.getColumn(c++));
  m.object_mention = text(st.getColumn(c++));
  m.relation_text = text(st.getColumn(c++));
  parse_modality(st.getColumn(c++).getText(""), m.modality);
  m.claimant = text(st.getColumn(c++));
  return m;
}

Actor read_actor(const SQLite::Statement& st, int first) {
  Actor a;
  int c = first;
  a.id = text(st.getColumn(c++));
  a.name = text(st.getColumn(c++));
  parse_actor_type(st.getColumn(c++).getText(""), a.type);
  a.country = text(st.getColumn(c++));
  a.sector = text(st.getColumn(c++));
  a.code = text(st.getColumn(c++));
  return a;
}

}  // namespace actorgraph::store
