// actorgraph-train: trains the tagger and parser from CoNLL-U treebanks and
// writes a model image (see model.hpp). Deterministic for a given seed.
//
//   actorgraph-train --train TRAIN.conllu [--train MORE.conllu]... --out MODEL [--dev DEV.conllu] [--test FILE]...
//                    [--seed N] [--tagger-iterations N] [--parser-iterations N] [--folds K]
//                    [--upper P] [--title P] [--prune X[,X...]] [--prune-labels X] [--clusters FILE] [--description TEXT]
#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "actorgraph/errors.hpp"
#include "syntax/clusters.hpp"
#include "syntax/hash.hpp"
#include "syntax/model.hpp"
#include "syntax/train.hpp"
#include "syntax/words.hpp"

using namespace actorgraph;
using namespace actorgraph::syntax;

namespace {

const char* kUsage =
    "usage: actorgraph-train --train TRAIN.conllu [--train MORE.conllu]... --out MODEL [--dev DEV.conllu] [--test FILE]...\n"
    "       actorgraph-train --evaluate MODEL [--dev FILE] [--test FILE]... [--gold-tags-too]\n"
    "         [--seed N] [--tagger-iterations N] [--parser-iterations N] [--folds K]\n"
    "         [--upper P] [--title P] [--prune X[,X...]] [--prune-labels X] [--clusters FILE] [--description TEXT]\n";

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Brown-style cluster file: "PATH<TAB>WORD[<TAB>COUNT]" per line, PATH a bit string.
std::vector<std::pair<std::uint64_t, std::uint32_t>> read_cluster_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw ParseError(path, 0, "", "cannot read the cluster file");
  std::vector<std::pair<std::uint64_t, std::uint32_t>> out;
  std::string line, norm;
  std::size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    const std::size_t t = line.find('\t');
    if (t == std::string::npos) throw ParseError(path, lineno, "", "expected PATH<TAB>WORD");
    const std::string bits = line.substr(0, t);
    std::string word = line.substr(t + 1);
    word = word.substr(0, word.find('\t'));
    if (bits.empty() || bits.size() > 31 || bits.find_first_not_of("01") != std::string::npos)
      throw ParseError(path, lineno, "PATH", "not a bit string of at most 31 bits");
    std::uint32_t p = 1;
    for (char c : bits) p = (p << 1) | static_cast<std::uint32_t>(c - '0');
    normalise(word, norm);
    out.emplace_back(hash_bytes(norm), p);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> train;
  std::string out, dev, clusters_path, description = "UD English EWT";
  std::vector<std::string> tests;
  TrainOptions o;
  std::vector<float> prunes = {0.01f};
  bool gold_tags_too = false;
  std::string evaluate_model;
  bool tagger_only = false;
  float prune_labels = 0.0f;
  o.log = &std::cerr;
  try {
    for (int i = 1; i < argc; ++i) {
      const std::string a = argv[i];
      auto value = [&]() -> std::string {
        if (i + 1 >= argc) throw UsageError(a + " needs a value");
        return argv[++i];
      };
      if (a == "--train") train.push_back(value());
      else if (a == "--out") out = value();
      else if (a == "--dev") dev = value();
      else if (a == "--test") tests.push_back(value());
      else if (a == "--seed") o.seed = std::stoull(value());
      else if (a == "--tagger-iterations") o.tagger_iterations = std::stoi(value());
      else if (a == "--parser-iterations") o.parser_iterations = std::stoi(value());
      else if (a == "--folds") o.folds = std::stoi(value());
      else if (a == "--upper") o.upper_copies = std::stod(value());
      else if (a == "--title") o.title_copies = std::stod(value());
      else if (a == "--prune") {
        prunes.clear();
        std::stringstream ss(value());
        for (std::string x; std::getline(ss, x, ',');) prunes.push_back(std::stof(x));
      }
      else if (a == "--clusters") clusters_path = value();
      else if (a == "--description") description = value();
      else if (a == "--gold-tags-too") gold_tags_too = true;
      else if (a == "--evaluate") evaluate_model = value();
      else if (a == "--tagger-only") tagger_only = true;
      else if (a == "--prune-labels") prune_labels = std::stof(value());
      else if (a == "-h" || a == "--help") { std::cout << kUsage; return 0; }
      else throw UsageError("unknown option " + a);
    }
    if (evaluate_model.empty() && (train.empty() || out.empty())) throw UsageError("--train and --out are required");
    if (o.folds < 2) throw UsageError("--folds must be at least 2");
  } catch (const std::exception& e) {
    std::cerr << "actorgraph-train: " << e.what() << "\n" << kUsage;
    return 2;
  }
  try {
    if (!evaluate_model.empty()) {
      // Only score an existing model on --dev/--test files.
      auto parser = Parser::from_file(evaluate_model);
      std::vector<std::string> files = tests;
      if (!dev.empty()) files.insert(files.begin(), dev);
      for (const std::string& path : files) {
        std::vector<Deprel> l;
        const auto gold = read_samples(path, l, true);
        const Accuracy a = evaluate(*parser, gold, l);
        std::cout << path << ": " << a.words << " words, UPOS " << a.upos_pct() << "%, UAS " << a.uas_pct()
                  << "%, LAS " << a.las_pct() << "%\n";
        if (gold_tags_too) {
          const Accuracy g = evaluate_gold_tags(*parser, gold, l);
          std::cout << "  with gold tags: UAS " << g.uas_pct() << "%, LAS " << g.las_pct() << "%\n";
        }
      }
      return 0;
    }
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<Deprel> labels;
    std::vector<Sample> base;
    for (const std::string& path : train) {
      auto part = read_samples(path, labels, true);
      base.insert(base.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    // Labels in UD order, so the model does not depend on the file's order.
    std::vector<Deprel> sorted = labels;
    if (std::find(sorted.begin(), sorted.end(), Deprel::root) == sorted.end()) sorted.push_back(Deprel::root);
    std::sort(sorted.begin(), sorted.end());
    for (Sample& s : base)
      for (std::size_t i = 1; i < s.label.size(); ++i)
        s.label[i] = static_cast<std::int32_t>(std::find(sorted.begin(), sorted.end(), labels[static_cast<std::size_t>(s.label[i])]) - sorted.begin());
    labels = sorted;
    const int root_label = static_cast<int>(std::find(labels.begin(), labels.end(), Deprel::root) - labels.begin());

    std::string clusters_section;
    Clusters clusters;
    if (!clusters_path.empty()) {
      clusters_section = write_clusters(read_cluster_file(clusters_path));
      clusters_section.resize((clusters_section.size() + 7) & ~std::size_t(7), '\0');
      o.clusters = &clusters;
    }
    // Keep the clusters' bytes 8-byte aligned for the view.
    std::vector<std::uint64_t> clusters_store((clusters_section.size() + 7) / 8);
    if (o.clusters) {
      std::memcpy(clusters_store.data(), clusters_section.data(), clusters_section.size());
      clusters = Clusters(reinterpret_cast<const char*>(clusters_store.data()), clusters_section.size());
    }

    // Case copies; fold = the source sentence's index mod K.
    std::mt19937_64 rng(o.seed);
    std::vector<Sample> samples;
    std::vector<std::size_t> fold;
    auto uniform = [&]() { return static_cast<double>(rng() >> 11) * 0x1.0p-53; };
    for (std::size_t i = 0; i < base.size(); ++i) {
      samples.push_back(base[i]);
      fold.push_back(i % static_cast<std::size_t>(o.folds));
      if (uniform() < o.upper_copies) {
        samples.push_back(upper_case_copy(base[i]));
        fold.push_back(i % static_cast<std::size_t>(o.folds));
      }
      if (uniform() < o.title_copies) {
        samples.push_back(title_case_copy(base[i], rng));
        fold.push_back(i % static_cast<std::size_t>(o.folds));
      }
    }
    std::cerr << "actorgraph-train: " << base.size() << " sentences, " << samples.size() << " with case copies, "
              << labels.size() << " relations\n";

    std::cerr << "tagger on everything:\n";
    const Trained tagger = train_tagger(samples, o);

    if (tagger_only) {
      // Tagger experiments: the tagger's accuracy on --dev and --test, no model written.
      const std::string section = tagger.finish(prunes[0]);
      std::vector<std::string> files = tests;
      if (!dev.empty()) files.insert(files.begin(), dev);
      for (const std::string& path : files) {
        std::vector<Deprel> l = labels;
        const auto gold = read_samples(path, l, true);
        const auto tags = tag_samples(section, gold, o.clusters);
        std::size_t right = 0, total = 0;
        for (std::size_t j = 0; j < gold.size(); ++j)
          for (std::size_t w = 0; w < gold[j].upos.size(); ++w, ++total) right += tags[j][w] == gold[j].upos[w];
        std::cerr << "  " << path << ": UPOS " << 100.0 * right / std::max<std::size_t>(total, 1) << "%\n";
      }
      return 0;
    }
    // Jackknifed tags for the parser: each fold tagged by a tagger that did not see it.
    std::vector<std::vector<std::uint8_t>> tags(samples.size());
    for (int f = 0; f < o.folds; ++f) {
      std::vector<Sample> in, held;
      std::vector<std::size_t> held_idx;
      for (std::size_t i = 0; i < samples.size(); ++i) {
        if (fold[i] == static_cast<std::size_t>(f)) { held.push_back(samples[i]); held_idx.push_back(i); }
        else in.push_back(samples[i]);
      }
      TrainOptions q = o;
      q.log = nullptr;
      q.seed = o.seed + 100 + static_cast<std::uint64_t>(f);
      const auto fold_tags = tag_samples(train_tagger(in, q).finish(q.prune), held, o.clusters);
      std::size_t right = 0, total = 0;
      for (std::size_t j = 0; j < held.size(); ++j) {
        tags[held_idx[j]] = fold_tags[j];
        for (std::size_t w = 0; w < held[j].upos.size(); ++w, ++total) right += fold_tags[j][w] == held[j].upos[w];
      }
      std::cerr << "  jackknife fold " << f + 1 << "/" << o.folds << ": tag accuracy " << 100.0 * right / std::max<std::size_t>(total, 1) << "%\n";
    }

    std::cerr << "parser:\n";
    const TrainedParser p = train_parser(samples, tags, labels.size(), root_label, o);

    std::map<std::string, std::string> meta;
    std::string label_list;
    for (Deprel d : labels) {
      if (!label_list.empty()) label_list += ',';
      label_list += deprel_name(d);
    }
    meta["labels"] = label_list;
    std::ostringstream settings;
    settings << "seed=" << o.seed << " tagger_iterations=" << o.tagger_iterations
             << " parser_iterations=" << o.parser_iterations << " folds=" << o.folds
             << " upper=" << o.upper_copies << " title=" << o.title_copies
             << " explore_from=" << o.explore_from << " explore_p=" << o.explore_p
             << " clusters=" << (o.clusters ? clusters.size() : 0);
    meta["description"] = description;
    std::string prefixes;
    for (const std::string& x : learn_hyphen_prefixes(train)) {
      if (!prefixes.empty()) prefixes += ',';
      prefixes += x;
    }
    meta["trained_on"] = [&] {
      std::string files;
      for (const std::string& path : train) {
        if (!files.empty()) files += ',';
        files += path.substr(path.find_last_of('/') + 1);
      }
      return files;
    }();
    meta["hyphen_prefixes"] = prefixes;
    std::vector<std::string> evals;
    if (!dev.empty()) evals.push_back(dev);
    evals.insert(evals.end(), tests.begin(), tests.end());
    std::vector<std::vector<Sample>> gold_sets;
    std::vector<std::vector<Deprel>> gold_labels;
    for (const std::string& path : evals) {
      gold_labels.push_back(labels);
      gold_sets.push_back(read_samples(path, gold_labels.back(), true));
    }
    // One model per pruning threshold (the first is written to --out; the
    // others, for comparison, to --out.PRUNE).
    for (std::size_t pi = 0; pi < prunes.size(); ++pi) {
      const float prune = prunes[pi];
      const float label_prune = std::max(prune, prune_labels);
      std::vector<std::pair<std::string, std::string>> sections = {{"tagger", tagger.finish(prune)},
                                                                   {"action", p.action.table.finish_inline3(p.action.now, prune)},
                                                                   {"left", p.left.finish(label_prune)},
                                                                   {"right", p.right.finish(label_prune)}};
      if (o.clusters) sections.emplace_back("clusters", clusters_section);
      meta["settings"] = settings.str() + " prune=" + std::to_string(prune) + " prune_labels=" + std::to_string(label_prune);
      const std::string image = write_model(meta, sections);
      const std::string path = pi == 0 ? out : out + "." + std::to_string(prune);
      {
        std::ofstream f(path, std::ios::binary | std::ios::trunc);
        f.write(image.data(), static_cast<std::streamsize>(image.size()));
        if (!f) throw Error("cannot write " + path);
      }
      std::cerr << "wrote " << path << " (" << image.size() / 1024 << " KiB) after " << seconds_since(t0) << " s\n";
      auto parser = Parser::from_file(path);
      for (std::size_t e = 0; e < evals.size(); ++e) {
        const Accuracy a = evaluate(*parser, gold_sets[e], gold_labels[e]);
        std::cerr << "  " << evals[e] << ": " << a.words << " words, UPOS " << a.upos_pct() << "%, UAS "
                  << a.uas_pct() << "%, LAS " << a.las_pct() << "%\n";
        if (gold_tags_too) {
          const Accuracy g = evaluate_gold_tags(*parser, gold_sets[e], gold_labels[e]);
          std::cerr << "    with gold tags: UAS " << g.uas_pct() << "%, LAS " << g.las_pct() << "%\n";
        }
      }
    }
  } catch (const std::exception& e) {
    std::cerr << "actorgraph-train: error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
