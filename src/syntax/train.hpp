// Internal: training the tagger and the parser (averaged perceptrons), and
// scoring a model on gold trees. Used by actorgraph-train and the accuracy
// suite; not part of the library's hot path.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <random>
#include <string>
#include <vector>

#include "actorgraph/syntax.hpp"
#include "syntax/clusters.hpp"
#include "syntax/table.hpp"

namespace actorgraph::syntax {

/// One gold sentence.
struct Sample {
  std::vector<std::string> forms;
  std::vector<std::uint8_t> upos;   ///< per word
  std::vector<std::int32_t> head;   ///< 1-based (index 0 unused); 0 = root
  std::vector<std::int32_t> label;  ///< 1-based label indices
  std::vector<std::string_view> views() const { return {forms.begin(), forms.end()}; }
};

/// Reads a CoNLL-U file into samples; labels are indices into `labels`,
/// which grows with every relation seen when `grow` (else an unknown
/// relation is an error). Throws ParseError.
std::vector<Sample> read_samples(const std::string& path, std::vector<Deprel>& labels, bool grow);

/// Prefixes the treebank keeps attached to a hyphenated word ("co" of
/// "co-workers", "e" of "e-mail"): seen kept whole at least twice and more
/// often than split off. Lower case, sorted.
std::vector<std::string> learn_hyphen_prefixes(const std::vector<std::string>& paths);

/// An upper-case copy ("PUTIN MEETS XI") and a title-case copy ("Putin Meets Xi").
Sample upper_case_copy(const Sample& s);
Sample title_case_copy(const Sample& s, std::mt19937_64& rng);

/// Makes a tree projective by lifting its crossing arcs (each to its head's
/// head, shortest first), keeping their labels.
void projectivise(std::vector<std::int32_t>& head);

struct TrainOptions {
  int tagger_iterations = 10;
  int parser_iterations = 15;
  int explore_from = 2;       ///< first iteration (1-based) that follows the model's wrong moves
  double explore_p = 0.9;     ///< how often it does so
  int folds = 10;             ///< jackknife folds for the parser's training tags
  double upper_copies = 0.1;  ///< share of sentences added again in capitals
  double title_copies = 0.1;  ///< share added again in title case
  float prune = 0.01f;        ///< drop rows whose averaged weights are all below this
  std::uint64_t seed = 1;
  const Clusters* clusters = nullptr;
  std::ostream* log = nullptr;
};

/// A trained table and its final update time (TrainTable::finish needs both).
struct Trained {
  TrainTable table;
  double now = 1;
  std::string finish(float prune) const { return table.finish(now, prune); }
};

/// Trains a tagger on samples.
Trained train_tagger(const std::vector<Sample>& samples, const TrainOptions& o);

/// Tags samples with a finished tagger section.
std::vector<std::vector<std::uint8_t>> tag_samples(const std::string& tagger, const std::vector<Sample>& samples,
                                                   const Clusters* clusters);

/// Trains the parser on samples with the given (predicted) tags: the
/// "action", "left" and "right" tables.
struct TrainedParser {
  Trained action, left, right;
};
TrainedParser train_parser(const std::vector<Sample>& samples, const std::vector<std::vector<std::uint8_t>>& tags,
                            std::size_t labels, int root_label, const TrainOptions& o);

/// Accuracy of a parser on gold samples, every word counted (punctuation too).
struct Accuracy {
  std::size_t words = 0, upos = 0, uas = 0, las = 0;
  double upos_pct() const { return words ? 100.0 * upos / words : 0; }
  double uas_pct() const { return words ? 100.0 * uas / words : 0; }
  double las_pct() const { return words ? 100.0 * las / words : 0; }
};
/// `labels` maps the samples' label indices to relations.
Accuracy evaluate(const Parser& p, const std::vector<Sample>& gold, const std::vector<Deprel>& labels);
/// The same with the gold tags given to the parser (how much tagging errors cost).
Accuracy evaluate_gold_tags(const Parser& p, const std::vector<Sample>& gold, const std::vector<Deprel>& labels);

}  // namespace actorgraph::syntax
