// Neo4j bulk import CSVs (neo4j-admin database import full), header format of
// neo4j.com/docs/operations-manual/current/tools/import/file-header-format/.
//
//   nodes:         actorId:ID(Actor),name,type,country,sector,code,aliases:string[],:LABEL
//   relationships: :START_ID(Actor),:END_ID(Actor),:TYPE,relation,cameo,quad:int,
//                  goldstein:double,weight:double,mentions:int,negated:boolean,
//                  first_date:date,last_date:date
//
// actorId = the sanitised node id of the other formats. :LABEL is "Actor;<Type>"
// (Actor;Person, Actor;Country …). :TYPE is the relation lemma in UPPER_SNAKE
// ASCII ("call for talks with" -> CALL_FOR_TALKS_WITH), prefixed NOT_ for a
// negated edge so a plain MATCH on the type never returns a denial; the
// lemma itself is in `relation`. Aliases are ';'-joined (the default array
// delimiter; a ';' inside an alias becomes ','). Empty fields are nulls for
// neo4j-admin; dates keep their ISO date part (YYYY[-MM[-DD]], all valid
// Neo4j dates). Fields are quoted per RFC 4180; lines end with LF.
#include <ostream>

#include "actorgraph/graph.hpp"
#include "export/attributes.hpp"
#include "export/escape.hpp"
#include "export/writers.hpp"

namespace actorgraph::exporting {
namespace {

std::string relationship_type(const EdgeInfo& e) {
  std::string t = e.negated ? "NOT_" : "";
  const std::size_t prefix = t.size();
  bool gap = false;
  for (char ch : edge_label(e)) {
    const auto c = static_cast<unsigned char>(ch);
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) {
      gap = true;
      continue;
    }
    if (gap && t.size() > prefix) t += '_';
    gap = false;
    t += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  }
  if (t.size() == prefix) t += "RELATED_TO";
  if (t[0] >= '0' && t[0] <= '9') t.insert(0, "R_");  // types read best starting with a letter
  return t;
}

std::string capitalised(std::string_view s) {
  std::string out(s);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace

void Neo4jExporter::write_nodes(const ActorGraph& g, std::ostream& os) const {
  Chunked out(os);
  std::string& b = out.buf();
  b += "actorId:ID(Actor),name,type,country,sector,code,aliases:string[],:LABEL\n";
  const std::vector<std::string> nodes = node_ids(g);
  std::string aliases;
  for (std::uint32_t v = 0; v < g.num_actors(); ++v) {
    const Actor& a = g.actor(v);
    append_csv_field(b, nodes[v]);
    b += ',';
    append_csv_field(b, a.name);
    b += ',';
    append_csv_field(b, to_string(a.type));
    b += ',';
    append_csv_field(b, a.country);
    b += ',';
    append_csv_field(b, a.sector);
    b += ',';
    append_csv_field(b, a.code);
    b += ',';
    aliases.clear();
    for (const std::string& alias : a.aliases) {
      if (!aliases.empty()) aliases += ';';
      for (char c : alias) aliases += c == ';' ? ',' : c;
    }
    append_csv_field(b, aliases);
    b += ",Actor;";
    b += capitalised(to_string(a.type));
    b += '\n';
    out.maybe_flush();
  }
  out.flush();
}

void Neo4jExporter::write_relationships(const ActorGraph& g, std::ostream& os) const {
  Chunked out(os);
  std::string& b = out.buf();
  b += ":START_ID(Actor),:END_ID(Actor),:TYPE,relation,cameo,quad:int,goldstein:double,weight:double,"
       "mentions:int,negated:boolean,first_date:date,last_date:date\n";
  const std::vector<std::string> nodes = node_ids(g);
  for (std::uint32_t e = 0; e < g.num_edges(); ++e) {
    const EdgeInfo& info = g.edge(e);
    append_csv_field(b, nodes[info.source]);
    b += ',';
    append_csv_field(b, nodes[info.target]);
    b += ',';
    b += relationship_type(info);
    b += ',';
    append_csv_field(b, edge_label(info));
    b += ',';
    append_csv_field(b, info.relation.cameo);
    b += ',';
    b += std::to_string(info.relation.quad);
    b += ',';
    append_double(b, info.relation.goldstein);
    b += ',';
    append_double(b, static_cast<double>(info.mentions));
    b += ',';
    b += std::to_string(info.mentions);
    b += ',';
    b += info.negated ? "true" : "false";
    b += ',';
    append_csv_field(b, date_part(info.first_date));
    b += ',';
    append_csv_field(b, date_part(info.last_date));
    b += '\n';
    out.maybe_flush();
  }
  out.flush();
}

void Neo4jExporter::write(const ActorGraph& g, std::ostream& out) const {
  write_nodes(g, out);
  out << "# --- relationships (save the lines below as <name>_relationships.csv) ---\n";
  write_relationships(g, out);
}

std::unique_ptr<Exporter> make_neo4j_exporter() { return std::make_unique<Neo4jExporter>(); }

}  // namespace actorgraph::exporting
