// export_graph: Store -> (filter, ego network, aggregation) -> exporter -> file.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "actorgraph/errors.hpp"
#include "actorgraph/export.hpp"
#include "actorgraph/store.hpp"
#include "export/subgraph.hpp"
#include "export/writers.hpp"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;

/// A file written under a temporary name beside its target and renamed over
/// it by commit(); destroyed uncommitted, it removes the temporary, so a failed
/// export never leaves a half-written file (nor clobbers an older one).
class AtomicFile {
 public:
  explicit AtomicFile(std::string target)
      : target_(std::move(target)), tmp_(target_ + ".tmp-" + std::to_string(::getpid())) {
    out_.open(tmp_, std::ios::binary | std::ios::trunc);
    if (!out_) throw UsageError("cannot write '" + target_ + "': " + std::strerror(errno));
  }
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile() {
    if (!committed_) {
      out_.close();
      std::remove(tmp_.c_str());
    }
  }
  std::ostream& stream() noexcept { return out_; }
  /// Flushes, closes and renames; throws StorageError when any step fails.
  void commit() {
    out_.flush();
    const bool written = static_cast<bool>(out_);
    out_.close();
    if (!written || out_.fail()) throw StorageError("cannot write '" + target_ + "': write failed (disk full?)");
    if (std::rename(tmp_.c_str(), target_.c_str()) != 0)
      throw StorageError("cannot write '" + target_ + "': " + std::strerror(errno));
    committed_ = true;
  }

 private:
  std::string target_, tmp_;
  std::ofstream out_;
  bool committed_ = false;
};

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// The graph the options describe.
ActorGraph select_graph(const Store& s, std::string_view format, const ExportOptions& o) {
  ActorGraph g = s.load(o.filter, exporting::format_uses_evidence(format));
  if (!o.around.empty()) {
    const ActorMatch match = s.resolve(o.around);
    if (!match.actor) {
      std::string msg = "unknown actor '" + o.around + "'";
      if (!match.suggestions.empty()) msg += " (did you mean: " + join(match.suggestions) + "?)";
      throw NotFoundError(msg);
    }
    if (auto v = g.find_actor(match.actor->id)) {
      g = exporting::ego_network(g, *v, o.depth);
    } else {  // the actor exists but no edge of it passes the filter
      ActorGraphBuilder alone;
      alone.add_actor(*match.actor);
      g = alone.build();
    }
  }
  if (o.aggregate) g = exporting::aggregate_pairs(g);
  return g;
}

}  // namespace

void export_graph(const Store& s, std::string_view format, const ExportOptions& o, const std::string& output,
                  std::ostream& stdout_stream) {
  const std::unique_ptr<Exporter> exporter = make_exporter(format);
  validate(o.filter);
  const ActorGraph g = select_graph(s, exporter->name(), o);

  if (output.empty() || output == "-") {
    exporter->write(g, stdout_stream);
    stdout_stream.flush();
    if (!stdout_stream) throw StorageError("cannot write the " + exporter->name() + " export to standard output");
    return;
  }
  if (const auto* neo4j = dynamic_cast<const exporting::Neo4jExporter*>(exporter.get())) {
    std::string prefix = output;
    if (prefix.size() > 4 && prefix.compare(prefix.size() - 4, 4, ".csv") == 0) prefix.resize(prefix.size() - 4);
    AtomicFile nodes(prefix + "_nodes.csv");
    AtomicFile relationships(prefix + "_relationships.csv");
    neo4j->write_nodes(g, nodes.stream());
    neo4j->write_relationships(g, relationships.stream());
    nodes.commit();
    relationships.commit();
    return;
  }
  // A device or pipe (-o /dev/stdout, a FIFO) is written in place: renaming
  // over it would replace it. A symlink is followed, so the link survives.
  std::error_code ec;
  const fs::path target = fs::weakly_canonical(output, ec);
  const std::string path = ec ? output : target.string();
  if (fs::exists(path, ec) && !fs::is_regular_file(path, ec)) {
    std::ofstream direct(path, std::ios::binary);
    if (!direct) throw UsageError("cannot write '" + output + "': " + std::strerror(errno));
    exporter->write(g, direct);
    direct.flush();
    if (!direct) throw StorageError("cannot write '" + output + "': write failed");
    return;
  }
  AtomicFile file(path);
  exporter->write(g, file.stream());
  file.commit();
}

}  // namespace actorgraph
