#include "syntax/train.hpp"

#include <algorithm>
#include <cstring>
#include <cctype>
#include <fstream>
#include <map>
#include <numeric>
#include <ostream>

#include "actorgraph/errors.hpp"
#include "syntax/arc_hybrid.hpp"
#include "syntax/conllu.hpp"
#include "syntax/decode.hpp"
#include "syntax/parser_features.hpp"
#include "syntax/tagger_features.hpp"
#include "syntax/words.hpp"

namespace actorgraph::syntax {
namespace {

// A shuffle with a fixed algorithm (std::shuffle's is unspecified), so a
// seed gives the same model on every standard library.
void shuffle(std::vector<std::size_t>& v, std::mt19937_64& rng) {
  for (std::size_t i = v.size(); i > 1; --i) {
    const std::size_t j = static_cast<std::size_t>(rng() % i);
    std::swap(v[i - 1], v[j]);
  }
}

double uniform(std::mt19937_64& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

template <class T>
int argmax(const T* scores, int n) {
  int best = 0;
  for (int c = 1; c < n; ++c)
    if (scores[c] > scores[best]) best = c;
  return best;
}

std::string ascii_upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return s;
}

std::vector<SentenceFeats> prepare_all(const std::vector<Sample>& samples, const Clusters* clusters) {
  std::vector<SentenceFeats> out(samples.size());
  for (std::size_t i = 0; i < samples.size(); ++i) {
    auto v = samples[i].views();
    prepare(v, clusters, out[i]);
  }
  return out;
}

}  // namespace

std::vector<Sample> read_samples(const std::string& path, std::vector<Deprel>& labels, bool grow) {
  std::ifstream in(path);
  if (!in) throw ParseError(path, 0, "", "cannot read the treebank");
  std::vector<Sample> out;
  Tree t;
  read_conllu(in, path, [&](ConlluSentence&& s) {
    gold_tree(s, path, t);
    Sample x;
    x.head.push_back(-1);
    x.label.push_back(-1);
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      x.forms.push_back(s.form(i));
      x.upos.push_back(static_cast<std::uint8_t>(t.upos[i]));
      x.head.push_back(static_cast<std::int32_t>(t.head[i]));
      auto it = std::find(labels.begin(), labels.end(), t.deprel[i]);
      if (it == labels.end()) {
        if (!grow)
          throw ParseError(path, s.lines[s.words[i]].line, "DEPREL",
                           "relation '" + std::string(deprel_name(t.deprel[i])) + "' is not in the model");
        labels.push_back(t.deprel[i]);
        it = labels.end() - 1;
      }
      x.label.push_back(static_cast<std::int32_t>(it - labels.begin()));
    }
    if (!x.forms.empty()) out.push_back(std::move(x));
  });
  return out;
}

std::vector<std::string> learn_hyphen_prefixes(const std::vector<std::string>& paths) {
  std::map<std::string, std::pair<int, int>> seen;  // prefix -> (kept, split)
  auto letters = [](std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
  };
  auto lower = [](std::string w) {
    for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return w;
  };
  auto attached = [](const ConlluSentence& s, std::size_t i) {
    return s.col(i, 9).find("SpaceAfter=No") != std::string::npos;
  };
  for (const std::string& path : paths) {
  std::ifstream in(path);
  if (!in) throw ParseError(path, 0, "", "cannot read the treebank");
  read_conllu(in, path, [&](ConlluSentence&& s) {
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      const std::string& f = s.form(i);
      const std::size_t h = f.find('-');
      if (h != std::string::npos && h > 0 && h + 1 < f.size() && letters(f.substr(0, h)) &&
          std::isalnum(static_cast<unsigned char>(f[h + 1])))
        ++seen[lower(f.substr(0, h))].first;
      // "X" "-" "Y" written together, X the compound's first part.
      if (f == "-" && i > 0 && i + 1 < s.words.size() && attached(s, i - 1) && attached(s, i) &&
          letters(s.form(i - 1)) && !(i >= 2 && s.form(i - 2) == "-" && attached(s, i - 2)))
        ++seen[lower(s.form(i - 1))].second;
    }
  });
  }
  std::vector<std::string> out;
  for (const auto& [prefix, counts] : seen)
    if (counts.first >= 2 && counts.first > counts.second) out.push_back(prefix);
  return out;
}

Sample upper_case_copy(const Sample& s) {
  Sample c = s;
  for (auto& f : c.forms) f = ascii_upper(f);
  return c;
}

Sample title_case_copy(const Sample& s, std::mt19937_64& rng) {
  Sample c = s;
  const bool short_too = uniform(rng) < 0.5;  // some headline styles capitalise every word
  for (auto& f : c.forms) {
    if (f.empty() || !(f[0] >= 'a' && f[0] <= 'z')) continue;
    if (f.size() >= 4 || short_too) f[0] = static_cast<char>(f[0] - 32);
  }
  return c;
}

void projectivise(std::vector<std::int32_t>& head) {
  const std::int32_t n = static_cast<std::int32_t>(head.size()) - 1;
  auto dominated = [&](std::int32_t k, std::int32_t h) {
    for (std::int32_t x = k, steps = 0; x > 0 && steps <= n; x = head[static_cast<std::size_t>(x)], ++steps)
      if (x == h) return true;
    return h == 0;
  };
  for (;;) {
    std::int32_t worst = -1, span = 0;
    for (std::int32_t d = 1; d <= n; ++d) {
      const std::int32_t h = head[static_cast<std::size_t>(d)];
      const std::int32_t a = std::min(d, h), b = std::max(d, h);
      for (std::int32_t k = a + 1; k < b; ++k)
        if (!dominated(k, h)) {
          if (worst < 0 || b - a < span) { worst = d; span = b - a; }
          break;
        }
    }
    if (worst < 0) return;
    const std::int32_t h = head[static_cast<std::size_t>(worst)];
    head[static_cast<std::size_t>(worst)] = head[static_cast<std::size_t>(h)];
  }
}

Trained train_tagger(const std::vector<Sample>& samples, const TrainOptions& o) {
  TrainTable table(kUposCount);
  const auto feats = prepare_all(samples, o.clusters);
  std::vector<std::size_t> order(samples.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(o.seed);
  std::uint64_t keys[kMaxTaggerFeatures];
  double now = 1;
  for (int it = 1; it <= o.tagger_iterations; ++it) {
    shuffle(order, rng);
    std::size_t right = 0, total = 0;
    for (std::size_t idx : order) {
      const SentenceFeats& sf = feats[idx];
      const Sample& s = samples[idx];
      int t1 = kTagStart, t2 = kTagStart;
      for (std::size_t i = 0; i < sf.w.size(); ++i) {
        const std::size_t k = tagger_features(sf, i, t1, t2, keys);
        float scores[kUposCount] = {};
        table.score(keys, k, scores);
        const int pred = argmax(scores, kUposCount), gold = s.upos[i];
        if (pred != gold) {
          for (std::size_t j = 0; j < k; ++j) {
            table.update(keys[j], static_cast<std::uint32_t>(gold), 1.0f, now);
            table.update(keys[j], static_cast<std::uint32_t>(pred), -1.0f, now);
          }
        } else {
          ++right;
        }
        ++total;
        now += 1;
        t2 = t1;
        t1 = pred;
      }
    }
    if (o.log)
      *o.log << "  tagger iteration " << it << ": training accuracy " << 100.0 * right / std::max<std::size_t>(total, 1)
             << "%, " << table.rows() << " features\n" << std::flush;
  }
  return {std::move(table), now};
}

std::vector<std::vector<std::uint8_t>> tag_samples(const std::string& tagger, const std::vector<Sample>& samples,
                                                   const Clusters* clusters) {
  // The section bytes must be 8-byte aligned for the view.
  std::vector<std::uint64_t> aligned((tagger.size() + 7) / 8);
  std::memcpy(aligned.data(), tagger.data(), tagger.size());
  const TableView view = table_view(reinterpret_cast<const char*>(aligned.data()), tagger.size());
  std::vector<std::vector<std::uint8_t>> out(samples.size());
  SentenceFeats sf;
  std::uint64_t keys[kMaxTaggerFeatures];
  for (std::size_t i = 0; i < samples.size(); ++i) {
    auto v = samples[i].views();
    prepare(v, clusters, sf);
    std::vector<std::uint8_t>& tags = out[i];
    tags.resize(sf.w.size());
    int t1 = kTagStart, t2 = kTagStart;
    for (std::size_t w = 0; w < sf.w.size(); ++w) {
      const std::size_t k = tagger_features(sf, w, t1, t2, keys);
      std::int32_t scores[kUposCount] = {};
      view.score(keys, k, scores);
      tags[w] = static_cast<std::uint8_t>(argmax(scores, kUposCount));
      t2 = t1;
      t1 = tags[w];
    }
  }
  return out;
}

TrainedParser train_parser(const std::vector<Sample>& samples, const std::vector<std::vector<std::uint8_t>>& tags,
                            std::size_t labels, int root_label, const TrainOptions& o) {
  TrainTable action(kActions), left(static_cast<std::uint32_t>(labels)), right(static_cast<std::uint32_t>(labels));
  const auto feats = prepare_all(samples, o.clusters);
  std::vector<std::vector<std::int32_t>> gold(samples.size());
  for (std::size_t i = 0; i < samples.size(); ++i) {
    gold[i] = samples[i].head;
    gold[i][0] = -1;
    projectivise(gold[i]);
  }
  std::vector<std::size_t> order(samples.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937_64 rng(o.seed + 17);
  std::uint64_t keys[kMaxParserFeatures];
  ParserInput pin;
  State st;
  double now = 1;
  std::vector<float> lscores(labels);
  for (int it = 1; it <= o.parser_iterations; ++it) {
    shuffle(order, rng);
    std::size_t right_moves = 0, moves = 0;
    const bool explore = it >= o.explore_from;
    for (std::size_t idx : order) {
      const Sample& s = samples[idx];
      const auto& gh = gold[idx];
      const std::size_t n = s.forms.size();
      pin.prepare(feats[idx], tags[idx].data(), n, o.clusters != nullptr);
      st.reset(static_cast<std::uint32_t>(n));
      while (!st.terminal()) {
        const std::size_t k = parser_features(pin, st, keys);
        float scores[kActions] = {};
        const bool decide = st.only_legal() < 0;
        if (decide) action.score(keys, k, scores);
        int pred = -1, best_ok = -1, min_cost = 1 << 30;
        int cost[kActions];
        for (int a = 0; a < kActions; ++a) {
          if (!st.legal(a)) continue;
          cost[a] = action_cost(st, a, gh);
          min_cost = std::min(min_cost, cost[a]);
          if (pred < 0 || scores[a] > scores[pred]) pred = a;
        }
        for (int a = 0; a < kActions; ++a)
          if (st.legal(a) && cost[a] == min_cost && (best_ok < 0 || scores[a] > scores[best_ok])) best_ok = a;
        int follow = pred;
        if (cost[pred] > min_cost && decide) {
          for (std::size_t j = 0; j < k; ++j) {
            action.update(keys[j], static_cast<std::uint32_t>(best_ok), 1.0f, now);
            action.update(keys[j], static_cast<std::uint32_t>(pred), -1.0f, now);
          }
          if (!(explore && uniform(rng) < o.explore_p)) follow = best_ok;
        } else {
          ++right_moves;
        }
        ++moves;
        int label = kNoLabel;
        if (follow != kShift) {
          const std::int32_t h = st.arc_head(follow), d = st.arc_dep();
          if (h == 0) {
            label = root_label;
          } else {
            TrainTable& table = follow == kLeft ? left : right;
            std::fill(lscores.begin(), lscores.end(), 0.0f);
            const std::size_t kl = std::min(k, kLabelFeatures);
            table.score(keys, kl, lscores.data());
            int pl = -1;
            for (std::size_t c = 0; c < labels; ++c)
              if (static_cast<int>(c) != root_label && (pl < 0 || lscores[c] > lscores[static_cast<std::size_t>(pl)]))
                pl = static_cast<int>(c);
            label = pl;
            if (gh[static_cast<std::size_t>(d)] == h) {
              const int gl = s.label[static_cast<std::size_t>(d)];
              if (gl != pl && gl != root_label) {
                for (std::size_t j = 0; j < kl; ++j) {
                  table.update(keys[j], static_cast<std::uint32_t>(gl), 1.0f, now);
                  table.update(keys[j], static_cast<std::uint32_t>(pl), -1.0f, now);
                }
              }
              label = gl;
            }
          }
        }
        st.apply(follow, label);
        now += 1;
      }
    }
    if (o.log)
      *o.log << "  parser iteration " << it << ": " << 100.0 * right_moves / std::max<std::size_t>(moves, 1)
             << "% zero-cost moves, " << action.rows() << " action and " << left.rows() + right.rows()
             << " label features\n" << std::flush;
  }
  return {{std::move(action), now}, {std::move(left), now}, {std::move(right), now}};
}

Accuracy evaluate(const Parser& p, const std::vector<Sample>& gold, const std::vector<Deprel>& labels) {
  Accuracy a;
  Workspace ws;
  Tree t;
  for (const Sample& s : gold) {
    auto v = s.views();
    p.parse(v, t, ws);
    for (std::size_t i = 0; i < s.forms.size(); ++i) {
      ++a.words;
      a.upos += static_cast<std::uint8_t>(t.upos[i]) == s.upos[i];
      if (static_cast<std::int32_t>(t.head[i]) == s.head[i + 1]) {
        ++a.uas;
        a.las += t.deprel[i] == labels[static_cast<std::size_t>(s.label[i + 1])];
      }
    }
  }
  return a;
}

}  // namespace actorgraph::syntax

namespace actorgraph::syntax {

Accuracy evaluate_gold_tags(const Parser& p, const std::vector<Sample>& gold, const std::vector<Deprel>& labels) {
  Accuracy a;
  const Model& m = p.model();
  SentenceFeats sf;
  ParserInput pin;
  State st;
  std::uint64_t keys[kMaxParserFeatures];
  for (const Sample& s : gold) {
    auto v = s.views();
    prepare(v, m.use_clusters ? &m.clusters : nullptr, sf);
    pin.prepare(sf, s.upos.data(), s.forms.size(), m.use_clusters);
    decode_tree(m, pin, st, keys);
    for (std::size_t i = 1; i <= s.forms.size(); ++i) {
      ++a.words;
      ++a.upos;
      if (st.head(static_cast<std::uint32_t>(i)) == s.head[i]) {
        ++a.uas;
        const int l = st.label(static_cast<std::uint32_t>(i));
        a.las += l >= 0 && l < static_cast<int>(m.labels.size()) && m.labels[static_cast<std::size_t>(l)] == labels[static_cast<std::size_t>(s.label[i])];
      }
    }
  }
  return a;
}

}  // namespace actorgraph::syntax
