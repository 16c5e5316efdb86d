// Internal: a trained model image and its parts. The image is one block of
// bytes (embedded in the library, or read from a file written by
// actorgraph-train): a header, a section directory, then 8-byte aligned
// sections: "meta" (key=value lines), "tagger", "action", "left", "right"
// (weight tables, see table.hpp) and, optionally, "clusters".
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/syntax.hpp"
#include "syntax/clusters.hpp"
#include "syntax/table.hpp"

namespace actorgraph::syntax {

inline constexpr char kModelMagic[8] = {'A', 'G', 'S', 'Y', 'N', 'T', 'X', '1'};
inline constexpr std::uint32_t kModelVersion = 1;

class Model {
 public:
  /// Reads an image. `owned` (may be empty) keeps the bytes alive when they
  /// were read from a file; else `image` must outlive the model. Throws
  /// ParseError naming `name` when the image is not a valid model.
  static std::unique_ptr<Model> read(std::string_view image, std::string owned, const std::string& name);

  TableView tagger, left, right;
  InlineTable3 action;
  Clusters clusters;
  bool use_clusters = false;
  std::vector<Deprel> labels;  ///< label index -> relation
  int root_label = -1;
  std::map<std::string, std::string> meta;
  std::vector<std::string> hyphen_prefixes;  ///< sorted, lower case: kept attached by a hyphen
  std::size_t bytes = 0;

 private:
  std::string owned_;
};

/// Assembles an image from its sections (name -> bytes) and meta lines.
std::string write_model(const std::map<std::string, std::string>& meta,
                        const std::vector<std::pair<std::string, std::string>>& sections);

}  // namespace actorgraph::syntax
