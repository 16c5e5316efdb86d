#include "export/attributes.hpp"

#include <cctype>
#include <cmath>
#include <unordered_set>

#include "export/escape.hpp"

namespace actorgraph::exporting {
namespace {

Value str(std::string_view s) {
  Value v;
  v.type = AttrType::string;
  v.text = s;
  v.present = !s.empty();
  return v;
}
Value integer(std::int64_t i) {
  Value v;
  v.type = AttrType::integer;
  v.integer = i;
  return v;
}
Value real(double d) {
  Value v;
  v.type = AttrType::real;
  v.real = d;
  v.present = std::isfinite(d);
  return v;
}
Value boolean(bool b) {
  Value v;
  v.type = AttrType::boolean;
  v.boolean = b;
  return v;
}

bool is_digits(std::string_view s) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

}  // namespace

const std::array<AttrSpec, 5> kNodeAttrs = {{
    {"label", AttrType::string, [](const ActorGraph& g, std::uint32_t v) { return str(g.actor(v).name); }},
    {"type", AttrType::string, [](const ActorGraph& g, std::uint32_t v) { return str(to_string(g.actor(v).type)); }},
    {"country", AttrType::string, [](const ActorGraph& g, std::uint32_t v) { return str(g.actor(v).country); }},
    {"sector", AttrType::string, [](const ActorGraph& g, std::uint32_t v) { return str(g.actor(v).sector); }},
    {"code", AttrType::string, [](const ActorGraph& g, std::uint32_t v) { return str(g.actor(v).code); }},
}};

const std::array<AttrSpec, 13> kEdgeAttrs = {{
    {"label", AttrType::string, [](const ActorGraph& g, std::uint32_t e) { return str(edge_label(g.edge(e))); }},
    {"relation", AttrType::string, [](const ActorGraph& g, std::uint32_t e) { return str(g.edge(e).relation.text); }},
    {"cameo", AttrType::string, [](const ActorGraph& g, std::uint32_t e) { return str(g.edge(e).relation.cameo); }},
    {"root", AttrType::string, [](const ActorGraph& g, std::uint32_t e) { return str(g.edge(e).relation.root); }},
    {"quad", AttrType::integer, [](const ActorGraph& g, std::uint32_t e) { return integer(g.edge(e).relation.quad); }},
    {"goldstein", AttrType::real,
     [](const ActorGraph& g, std::uint32_t e) { return real(g.edge(e).relation.goldstein); }},
    {"plover", AttrType::string, [](const ActorGraph& g, std::uint32_t e) { return str(g.edge(e).relation.plover); }},
    {"negated", AttrType::boolean, [](const ActorGraph& g, std::uint32_t e) { return boolean(g.edge(e).negated); }},
    {"weight", AttrType::real, [](const ActorGraph& g, std::uint32_t e) { return real(g.edge(e).mentions); }},
    {"mentions", AttrType::integer, [](const ActorGraph& g, std::uint32_t e) { return integer(g.edge(e).mentions); }},
    {"articles", AttrType::integer, [](const ActorGraph& g, std::uint32_t e) { return integer(g.edge(e).articles); }},
    {"first_date", AttrType::string, [](const ActorGraph& g, std::uint32_t e) { return str(g.edge(e).first_date); }},
    {"last_date", AttrType::string, [](const ActorGraph& g, std::uint32_t e) { return str(g.edge(e).last_date); }},
}};

std::vector<std::string> node_ids(const ActorGraph& g) {
  std::vector<std::string> ids;
  ids.reserve(g.num_actors());
  for (std::uint32_t v = 0; v < g.num_actors(); ++v) ids.push_back(node_id(g.actor(v).id));
  return ids;
}

std::vector<std::string> edge_ids(const ActorGraph& g) {
  bool stable = true;
  std::unordered_set<std::int64_t> seen;
  seen.reserve(g.num_edges());
  for (std::uint32_t e = 0; e < g.num_edges() && stable; ++e) {
    const std::int64_t id = g.edge(e).id;
    stable = id != 0 && seen.insert(id).second;
  }
  std::vector<std::string> ids;
  ids.reserve(g.num_edges());
  for (std::uint32_t e = 0; e < g.num_edges(); ++e) {
    std::string& id = ids.emplace_back(1, 'e');
    id += std::to_string(stable ? g.edge(e).id : static_cast<std::int64_t>(e));
  }
  return ids;
}

void append_edge_open(std::string& out, std::string_view indent, std::string_view id, std::string_view source,
                      std::string_view target) {
  out += indent;
  out += "<edge id=\"";
  out += id;
  out += "\" source=\"";
  out += source;
  out += "\" target=\"";
  out += target;
  out += '"';
}

std::string_view edge_label(const EdgeInfo& e) {
  if (!e.relation.lemma.empty()) return e.relation.lemma;
  if (!e.relation.text.empty()) return e.relation.text;
  return e.key;
}

std::vector<DateSpan> node_date_spans(const ActorGraph& g) {
  std::vector<DateSpan> spans(g.num_actors());
  auto widen = [](DateSpan& s, std::string_view first, std::string_view last) {
    if (!first.empty() && (s.first.empty() || first < s.first)) s.first = first;
    if (!last.empty() && (s.last.empty() || last > s.last)) s.last = last;
  };
  for (std::uint32_t e = 0; e < g.num_edges(); ++e) {
    const EdgeInfo& info = g.edge(e);
    widen(spans[info.source], info.first_date, info.last_date);
    widen(spans[info.target], info.first_date, info.last_date);
  }
  return spans;
}

std::string_view date_part(std::string_view d) {
  if (d.size() < 4 || !is_digits(d.substr(0, 4))) return {};
  if (d.size() >= 7 && d[4] == '-' && is_digits(d.substr(5, 2))) {
    if (d.size() >= 10 && d[7] == '-' && is_digits(d.substr(8, 2))) return d.substr(0, 10);
    return d.substr(0, 7);
  }
  return d.substr(0, 4);
}

}  // namespace actorgraph::exporting
