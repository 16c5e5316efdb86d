// query actor / between / evidence: relations read from the store's indexes.
#include <algorithm>
#include <map>
#include <ostream>

#include "actorgraph/errors.hpp"
#include "actorgraph/query.hpp"
#include "actorgraph/store.hpp"
#include "query/format.hpp"
#include "query/resolve.hpp"

namespace actorgraph {
namespace {

using namespace query;

constexpr std::size_t kSentenceWidth = 110;
constexpr std::size_t kRelationsPerCounterpart = 10;  // table rows per counterpart in `query actor`

// True when the relation filter of `evidence` (key, lemma or CAMEO prefix) selects the edge.
bool relation_selected(const EdgeInfo& e, const std::string& want) {
  if (want.empty()) return true;
  if (e.key == want || e.relation.lemma == want) return true;
  return !e.relation.cameo.empty() && e.relation.cameo.rfind(want, 0) == 0;
}

// "call for talks with [036 REQUEST]   3 mentions 2022-08-04..2022-09-01" and one example sentence.
void print_edge_line(const EdgeInfo& e, std::ostream& out) {
  out << fit(describe(e.relation, e.negated), 46) << " " << std::string(e.mentions < 10 ? 2 : e.mentions < 100 ? 1 : 0, ' ')
      << e.mentions << (e.mentions == 1 ? " mention  " : " mentions ") << date_range(e.first_date, e.last_date)
      << "\n";
  if (!e.evidence.empty()) {
    const Mention& m = e.evidence.front();
    out << "      " << quote_sentence(m.sentence_text, kSentenceWidth) << "  [" << m.article;
    if (!m.date.empty()) out << ", " << m.date;
    out << "]\n";
  }
}

void write_edge_json(JsonWriter& w, const Store::EdgeSet& set, const EdgeInfo& e) {
  w.StartObject();
  key(w, "id"), w.Int64(e.id);
  key(w, "subject"), write_actor(w, set.actors[e.source]);
  key(w, "relation"), write_relation(w, e.relation);
  key(w, "object"), write_actor(w, set.actors[e.target]);
  write_edge_counts(w, e);
  key(w, "evidence");
  w.StartArray();
  for (const auto& m : e.evidence) write_mention(w, m);
  w.EndArray();
  w.EndObject();
}

std::uint32_t index_of(const Store::EdgeSet& set, const std::string& id) {
  for (std::uint32_t i = 0; i < set.actors.size(); ++i)
    if (set.actors[i].id == id) return i;
  return static_cast<std::uint32_t>(set.actors.size());
}

}  // namespace

void query_actor(const Store& s, std::string_view name, const QueryOptions& o, std::ostream& out) {
  Actor actor = resolve_or_throw(s, name);
  // Counts for every edge first; evidence only for the counterparts shown
  // (a hub has thousands of edges: fetching a sentence for each is the slow part).
  Store::EdgeSet set = s.edges_of(actor.id, o.filter, false);
  const std::uint32_t self = index_of(set, actor.id);
  // Group by counterpart: strongest counterpart first, then its relations by mentions.
  std::map<std::uint32_t, std::vector<EdgeInfo*>> by_other;
  for (auto& e : set.edges) by_other[e.source == self ? e.target : e.source].push_back(&e);
  std::vector<std::pair<std::uint32_t, std::uint64_t>> order;
  for (auto& [other, edges] : by_other) {
    std::sort(edges.begin(), edges.end(), [](const EdgeInfo* a, const EdgeInfo* b) {
      return a->mentions != b->mentions ? a->mentions > b->mentions : a->id < b->id;
    });
    std::uint64_t total = 0;
    for (const auto* e : edges) total += e->mentions;
    order.emplace_back(other, total);
  }
  std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : set.actors[a.first].name < set.actors[b.first].name;
  });
  if (order.size() > o.limit) order.resize(o.limit);
  for (const auto& [other, total] : order) {
    Store::EdgeSet pair = s.edges_between(actor.id, set.actors[other].id, o.filter, true, 1);
    std::map<std::int64_t, std::vector<Mention>> evidence;
    for (auto& e : pair.edges) evidence[e.id] = std::move(e.evidence);
    for (auto* e : by_other[other])
      if (auto it = evidence.find(e->id); it != evidence.end()) e->evidence = std::move(it->second);
  }

  if (o.json) {
    rapidjson::StringBuffer sb;
    JsonWriter w(sb);
    w.StartObject();
    key(w, "actor"), write_actor(w, actor);
    key(w, "relations");
    w.StartArray();
    for (const auto& [other, total] : order)
      for (const auto* e : by_other[other]) {
        w.StartObject();
        key(w, "direction"), str(w, e->source == self ? (e->target == self ? "self" : "out") : "in");
        key(w, "counterpart"), write_actor(w, set.actors[other]);
        key(w, "relation"), write_relation(w, e->relation);
        write_edge_counts(w, *e);
        key(w, "example");
        if (e->evidence.empty()) w.Null();
        else write_mention(w, e->evidence.front());
        w.EndObject();
      }
    w.EndArray();
    w.EndObject();
    flush_json(sb, out);
    return;
  }
  out << describe(actor) << ": " << set.edges.size() << (set.edges.size() == 1 ? " relation" : " relations")
      << " with " << by_other.size() << (by_other.size() == 1 ? " actor" : " actors") << "\n";
  if (set.edges.empty()) {
    out << "  (none under these filters";
    if (!o.filter.include_negated || !o.filter.include_hypothetical)
      out << "; --include-negated / --include-hypothetical show more";
    out << ")\n";
    return;
  }
  for (const auto& [other, total] : order) {
    out << "\n  " << describe(set.actors[other]) << "\n";
    const auto& edges = by_other[other];
    for (std::size_t i = 0; i < edges.size() && i < kRelationsPerCounterpart; ++i) {
      out << (edges[i]->source == self ? "   → " : "   ← ");
      print_edge_line(*edges[i], out);
    }
    if (edges.size() > kRelationsPerCounterpart)
      out << "     … " << edges.size() - kRelationsPerCounterpart << " more (query between \"" << actor.name
          << "\" \"" << set.actors[other].name << "\")\n";
  }
}

void query_between(const Store& s, std::string_view a, std::string_view b, const QueryOptions& o, std::ostream& out) {
  Actor x = resolve_or_throw(s, a), y = resolve_or_throw(s, b);
  Store::EdgeSet set = s.edges_between(x.id, y.id, o.filter, true, 1);
  std::vector<const EdgeInfo*> edges;
  for (const auto& e : set.edges) edges.push_back(&e);
  std::sort(edges.begin(), edges.end(), [](const EdgeInfo* p, const EdgeInfo* q) {
    auto pd = p->first_date.empty() ? std::string("9999") : p->first_date;
    auto qd = q->first_date.empty() ? std::string("9999") : q->first_date;
    return pd != qd ? pd < qd : p->id < q->id;
  });
  if (o.json) {
    rapidjson::StringBuffer sb;
    JsonWriter w(sb);
    w.StartObject();
    key(w, "a"), write_actor(w, x);
    key(w, "b"), write_actor(w, y);
    key(w, "relations");
    w.StartArray();
    for (const auto* e : edges) write_edge_json(w, set, *e);
    w.EndArray();
    w.EndObject();
    flush_json(sb, out);
    return;
  }
  out << x.name << " and " << y.name << ": " << edges.size() << (edges.size() == 1 ? " relation" : " relations")
      << ", oldest first\n";
  for (const auto* e : edges) {
    out << "\n  " << set.actors[e->source].name << " → " << set.actors[e->target].name << "\n     ";
    print_edge_line(*e, out);
  }
}

void query_evidence(const Store& s, std::string_view a, std::string_view b, const QueryOptions& o,
                    std::ostream& out) {
  Actor x = resolve_or_throw(s, a), y = resolve_or_throw(s, b);
  Store::EdgeSet set = s.edges_between(x.id, y.id, o.filter, true, o.limit);
  std::vector<const EdgeInfo*> edges;
  for (const auto& e : set.edges)
    if (relation_selected(e, o.relation)) edges.push_back(&e);
  if (edges.empty() && !o.relation.empty())
    throw NotFoundError("no relation '" + o.relation + "' between " + x.name + " and " + y.name +
                        " under these filters");
  if (o.json) {
    rapidjson::StringBuffer sb;
    JsonWriter w(sb);
    w.StartArray();
    for (const auto* e : edges) write_edge_json(w, set, *e);
    w.EndArray();
    flush_json(sb, out);
    return;
  }
  for (const auto* e : edges) {
    out << set.actors[e->source].name << " → " << describe(e->relation, e->negated) << " → "
        << set.actors[e->target].name << " (" << e->mentions << (e->mentions == 1 ? " mention" : " mentions")
        << ", " << e->articles << (e->articles == 1 ? " article)" : " articles)") << "\n";
    for (const auto& m : e->evidence) {
      out << "  " << (m.date.empty() ? "undated   " : m.date) << "  " << m.article;
      if (!m.title.empty()) out << "  " << m.title;
      if (!m.source.empty()) out << "  (" << m.source << ")";
      out << "\n    " << quote_sentence(m.sentence_text, 400);
      if (m.modality != Modality::asserted) out << "  [" << to_string(m.modality) << "]";
      out << "\n";
    }
    out << "\n";
  }
  if (edges.empty()) out << "no relations between " << x.name << " and " << y.name << " under these filters\n";
}

}  // namespace actorgraph
