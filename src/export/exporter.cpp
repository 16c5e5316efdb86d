// The exporter factory: format names -> writers (writers.hpp).
#include <cctype>

#include "actorgraph/errors.hpp"
#include "actorgraph/export.hpp"
#include "export/writers.hpp"

namespace actorgraph {

std::vector<std::string> export_formats() { return {"graphml", "gexf", "dot", "json", "neo4j", "csv"}; }

std::unique_ptr<Exporter> make_exporter(std::string_view format) {
  std::string name(format);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name == "graphml") return exporting::make_graphml_exporter();
  if (name == "gexf") return exporting::make_gexf_exporter();
  if (name == "dot") return exporting::make_dot_exporter();
  if (name == "json") return exporting::make_json_exporter();
  if (name == "neo4j") return exporting::make_neo4j_exporter();
  if (name == "csv") return exporting::make_csv_exporter();
  std::string valid;
  for (const auto& f : export_formats()) valid += (valid.empty() ? "" : ", ") + f;
  throw UsageError("unknown export format '" + std::string(format) + "' (valid: " + valid + ")");
}

}  // namespace actorgraph
