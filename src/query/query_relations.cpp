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
  // The strongest counterparts first (a hub has 100,000 edges: only the
  // counterparts shown are read edge by edge), then their relations by
  // mentions, with one example sentence for each relation shown.
  Store::Counterparts cps = s.counterparts(actor.id, o.filter, o.limit);
  std::vector<std::string> ids;
  for (const auto& c : cps.top) ids.push_back(c.id);
  const std::vector<Actor> others = s.actors(ids);
  std::vector<std::size_t> order(cps.top.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (cps.top[a].mentions != cps.top[b].mentions) return cps.top[a].mentions > cps.top[b].mentions;
    return others[a].name != others[b].name ? others[a].name < others[b].name : others[a].id < others[b].id;
  });
  if (order.size() > o.limit) order.resize(o.limit);

  // The relations with each counterpart shown: the table shows the
  // kRelationsPerCounterpart strongest, JSON all of them.
  std::vector<std::string> shown_ids;
  for (std::size_t i : order) shown_ids.push_back(others[i].id);
  Store::EdgeSet set;
  if (o.json) {
    for (const auto& id : shown_ids) {
      Store::EdgeSet pair = s.edges_between(actor.id, id, o.filter, false);
      std::vector<std::uint32_t> map(pair.actors.size());
      for (std::uint32_t k = 0; k < pair.actors.size(); ++k) {
        map[k] = index_of(set, pair.actors[k].id);
        if (map[k] == set.actors.size()) set.actors.push_back(pair.actors[k]);
      }
      for (auto& e : pair.edges) {
        e.source = map[e.source];
        e.target = map[e.target];
        set.edges.push_back(std::move(e));
      }
    }
  } else {
    set = s.strongest_between(actor.id, shown_ids, o.filter, kRelationsPerCounterpart);
  }
  const std::uint32_t self = index_of(set, actor.id);
  struct Group {
    const Actor* other;
    std::size_t relations;          // between the actor and `other`
    std::vector<EdgeInfo*> edges;   // those read, most mentioned first
  };
  std::vector<Group> groups;
  std::map<std::string, std::size_t, std::less<>> group_of;
  for (std::size_t i : order) {
    group_of.emplace(others[i].id, groups.size());
    groups.push_back(Group{&others[i], cps.top[i].relations, {}});
  }
  for (auto& e : set.edges) {
    const std::uint32_t other = e.source == self ? e.target : e.source;
    if (auto it = group_of.find(set.actors[other].id); it != group_of.end()) groups[it->second].edges.push_back(&e);
  }
  std::vector<EdgeInfo*> shown;
  for (auto& g : groups) {
    std::sort(g.edges.begin(), g.edges.end(), [](const EdgeInfo* a, const EdgeInfo* b) {
      return a->mentions != b->mentions ? a->mentions > b->mentions : a->id < b->id;
    });
    const std::size_t n = o.json ? g.edges.size() : std::min(g.edges.size(), kRelationsPerCounterpart);
    for (std::size_t k = 0; k < n; ++k) shown.push_back(g.edges[k]);
  }
  {
    std::vector<std::int64_t> edge_ids;
    edge_ids.reserve(shown.size());
    for (const auto* e : shown) edge_ids.push_back(e->id);
    auto evidence = s.evidence(edge_ids, o.filter, 1);
    for (std::size_t i = 0; i < shown.size(); ++i) shown[i]->evidence = std::move(evidence[i]);
  }

  if (o.json) {
    rapidjson::StringBuffer sb;
    JsonWriter w(sb);
    w.StartObject();
    key(w, "actor"), write_actor(w, actor);
    key(w, "relations");
    w.StartArray();
    for (const auto& g : groups)
      for (const auto* e : g.edges) {
        w.StartObject();
        key(w, "direction"), str(w, e->source == self ? (e->target == self ? "self" : "out") : "in");
        key(w, "counterpart"), write_actor(w, *g.other);
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
  out << describe(actor) << ": " << cps.relations << (cps.relations == 1 ? " relation" : " relations") << " with "
      << cps.actors << (cps.actors == 1 ? " actor" : " actors") << "\n";
  if (cps.relations == 0) {
    out << "  (none under these filters";
    if (!o.filter.include_negated || !o.filter.include_hypothetical)
      out << "; --include-negated / --include-hypothetical show more";
    out << ")\n";
    return;
  }
  for (const auto& g : groups) {
    out << "\n  " << describe(*g.other) << "\n";
    const auto& edges = g.edges;
    for (std::size_t i = 0; i < edges.size() && i < kRelationsPerCounterpart; ++i) {
      out << (edges[i]->source == self ? "   → " : "   ← ");
      print_edge_line(*edges[i], out);
    }
    if (g.relations > kRelationsPerCounterpart)
      out << "     … " << g.relations - kRelationsPerCounterpart << " more (query between \"" << actor.name
          << "\" \"" << g.other->name << "\")\n";
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
