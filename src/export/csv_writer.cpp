// Triples CSV: the graph as a flat table for spreadsheets, R and pandas.
//
// Header (always the same, so scripts can rely on it):
//   edge,subject_id,subject,relation,cameo,object_id,object,negated,mentions,
//   first_date,last_date,article,date,sentence
// One row per edge when the graph has no evidence (the last three columns
// empty); when it was loaded with evidence (export_graph does so for csv),
// one row per mention: the edge columns repeat and article/date/sentence give
// the article id, its date and the sentence that states the relation — the
// "sentence behind every edge". `edge` is the edge id of the other formats,
// so rows of one edge group together; subject_id/object_id are node ids.
// RFC 4180 quoting, UTF-8, LF line ends, booleans true/false.
#include <ostream>

#include "actorgraph/graph.hpp"
#include "export/attributes.hpp"
#include "export/escape.hpp"
#include "export/writers.hpp"

namespace actorgraph::exporting {
namespace {

class CsvExporter : public Exporter {
 public:
  std::string name() const override { return "csv"; }
  std::string extension() const override { return ".csv"; }

  void write(const ActorGraph& g, std::ostream& os) const override {
    Chunked out(os);
    std::string& b = out.buf();
    b += "edge,subject_id,subject,relation,cameo,object_id,object,negated,mentions,first_date,last_date,"
         "article,date,sentence\n";
    const std::vector<std::string> nodes = node_ids(g);
    const std::vector<std::string> edges = edge_ids(g);
    std::string row;
    for (std::uint32_t e = 0; e < g.num_edges(); ++e) {
      const EdgeInfo& info = g.edge(e);
      row.clear();
      append_csv_field(row, edges[e]);
      row += ',';
      append_csv_field(row, nodes[info.source]);
      row += ',';
      append_csv_field(row, g.actor(info.source).name);
      row += ',';
      append_csv_field(row, edge_label(info));
      row += ',';
      append_csv_field(row, info.relation.cameo);
      row += ',';
      append_csv_field(row, nodes[info.target]);
      row += ',';
      append_csv_field(row, g.actor(info.target).name);
      row += ',';
      row += info.negated ? "true" : "false";
      row += ',';
      row += std::to_string(info.mentions);
      row += ',';
      append_csv_field(row, info.first_date);
      row += ',';
      append_csv_field(row, info.last_date);
      row += ',';
      if (info.evidence.empty()) {
        b += row;
        b += ",,\n";
      }
      for (const Mention& m : info.evidence) {
        b += row;
        append_csv_field(b, m.article);
        b += ',';
        append_csv_field(b, m.date);
        b += ',';
        append_csv_field(b, m.sentence_text);
        b += '\n';
        out.maybe_flush();
      }
      out.maybe_flush();
    }
    out.flush();
  }
};

}  // namespace

bool format_uses_evidence(std::string_view format) { return format == "csv"; }

std::unique_ptr<Exporter> make_csv_exporter() { return std::make_unique<CsvExporter>(); }

}  // namespace actorgraph::exporting
