#include "syntax/parser_features.hpp"

#include "syntax/clusters.hpp"
#include "syntax/hash.hpp"

namespace actorgraph::syntax {
namespace {

constexpr std::uint64_t kNoneWord = 0x4e4f4e45ULL, kRootWord = 0x524f4f54ULL;
constexpr std::uint64_t kNoneTag = 40, kRootTag = 41;
constexpr std::uint64_t kNoneLabel = 254;

std::uint64_t bucket(std::int64_t d) noexcept {
  if (d < 0) return 15;
  if (d < 5) return static_cast<std::uint64_t>(d);
  return d < 10 ? 5 : 6;
}

}  // namespace

void ParserInput::prepare(const SentenceFeats& w, const std::uint8_t* upos, std::size_t n, bool use_clusters) {
  words = &w;
  clusters = use_clusters;
  tags.assign(n + 1, 0);
  commas.assign(n + 1, 0);
  static const std::uint64_t kComma = hash_bytes(",");
  for (std::size_t i = 1; i <= n; ++i) {
    tags[i] = upos[i - 1];
    commas[i] = static_cast<std::uint16_t>(commas[i - 1] + (w.w[i - 1].word == kComma ? 1 : 0));
  }
}

std::size_t parser_features(const ParserInput& in, const State& st, std::uint64_t* keys) noexcept {
  const auto& W = in.words->w;
  auto word = [&](std::int32_t i) -> std::uint64_t {
    return i < 0 ? kNoneWord : i == 0 ? kRootWord : W[static_cast<std::size_t>(i - 1)].word;
  };
  auto tag = [&](std::int32_t i) -> std::uint64_t {
    return i < 0 ? kNoneTag : i == 0 ? kRootTag : in.tags[static_cast<std::size_t>(i)];
  };
  auto lab = [&](std::int32_t i) -> std::uint64_t {
    return i <= 0 ? kNoneLabel : static_cast<std::uint64_t>(st.label(static_cast<std::uint32_t>(i)));
  };
  auto clus = [&](std::int32_t i, int bits) -> std::uint64_t {
    return i <= 0 ? static_cast<std::uint64_t>(i + 2) : path_prefix(W[static_cast<std::size_t>(i - 1)].cluster, bits);
  };
  static const Kids kNoKids{};
  auto kids = [&](std::int32_t i) -> const Kids& { return i < 0 ? kNoKids : st.kids(i); };

  const std::int32_t s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const std::int32_t b0 = st.b(0), b1 = st.b(1), b2 = st.b(2);
  const Kids &ks0 = kids(s0), &ks1 = kids(s1), &kb0 = kids(b0);
  const std::int32_t s0l = ks0.l1, s0l2 = ks0.l2, s0r = ks0.r1, s0r2 = ks0.r2;
  const std::int32_t s1l = ks1.l1, s1r = ks1.r1, s1r2 = ks1.r2;
  const std::int32_t b0l = kb0.l1, b0l2 = kb0.l2;

  const std::uint64_t S0w = word(s0), S0t = tag(s0), S1w = word(s1), S1t = tag(s1), S2t = tag(s2);
  const std::uint64_t B0w = word(b0), B0t = tag(b0), B1w = word(b1), B1t = tag(b1), B2t = tag(b2);
  const std::uint64_t S2w = word(s2), B2w = word(b2);
  const std::uint64_t S0lt = tag(s0l), S0rt = tag(s0r), S1lt = tag(s1l), S1rt = tag(s1r), B0lt = tag(b0l);
  const std::uint64_t d_s0b0 = s0 >= 0 && b0 >= 0 ? bucket(b0 - s0) : 15;
  const std::uint64_t d_s1s0 = s1 >= 0 && s0 >= 0 ? bucket(s0 - s1) : 15;
  const std::uint64_t commas = s0 > 0 && b0 > 0 ? std::min<std::uint64_t>(in.commas[static_cast<std::size_t>(b0 - 1)] - in.commas[static_cast<std::size_t>(s0)], 3) : 7;
  const std::uint64_t commas1 = s1 > 0 && s0 > 0 ? std::min<std::uint64_t>(in.commas[static_cast<std::size_t>(s0 - 1)] - in.commas[static_cast<std::size_t>(s1)], 3) : 7;

  auto lex = [&](std::int32_t i) -> std::uint64_t { return i <= 0 ? 0xFFFFu + static_cast<std::uint64_t>(i + 2) : W[static_cast<std::size_t>(i - 1)].lex; };
  auto suf = [&](std::int32_t i) -> std::uint64_t { return i <= 0 ? static_cast<std::uint64_t>(i + 2) : W[static_cast<std::size_t>(i - 1)].suf[2]; };
  std::size_t k = 0;
  auto add = [&](std::uint32_t t, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
    keys[k++] = feature_key(t, a, b, c);
  };
  // The label block (kLabelFeatures): what the relation of an arc s0 <- b0
  // (LEFT) or s1 -> s0 (RIGHT) depends on. The label classifiers read only these.
  add(100, S0w, S0t); add(101, S0w); add(102, S0t);
  add(103, B0w, B0t); add(104, B0w); add(105, B0t);
  add(106, S1w, S1t); add(107, S1w); add(108, S1t); add(109, B1t);
  add(110, S0t, B0t); add(111, S0w, B0t); add(112, S0t, B0w);
  add(113, S1t, S0t); add(114, S1w, S0t); add(115, S1t, S0w);
  add(116, S0t, B0t, B1t); add(117, S1t, S0t, B0t);
  add(118, lab(s0l)); add(119, lab(s0r)); add(120, S0t, lab(s0l), lab(s0r));
  add(121, S0t, ks0.lset); add(122, S0t, ks0.rset); add(123, B0t, kb0.lset); add(124, S1t, ks1.rset);
  add(125, B0t, lab(b0l), S0t); add(126, S1t, lab(s1r), S0t);
  add(127, S0t, B0t, d_s0b0); add(128, S1t, S0t, d_s1s0); add(129, S0t, B0t, commas);
  add(130, S0w, lab(s0l)); add(131, S0w, ks0.rset);
  add(219, lex(s0), S0t); add(221, suf(s0), S0t); add(143, S0w, B0w); add(146, S1w, S0w); add(220, lex(b0), B0t);
  // The rest, for the transition classifier.
  add(132, B1w, B1t); add(133, B1w); add(134, B2w); add(135, B2t); add(136, S2w); add(137, S2t);
  add(138, S0w, S0t, hash_add(B0w, B0t)); add(139, S0w, S0t, B0w); add(140, S0w, B0w, B0t);
  add(141, S0w, S0t, B0t); add(142, S0t, B0w, B0t); add(144, B0t, B1t);
  add(145, S1w, S1t, hash_add(S0w, S0t)); add(147, S1t, B0t); add(148, S1w, B0w);
  add(149, B0t, B1t, B2t); add(150, S2t, S1t, S0t);
  add(151, S0t, S0lt, B0t); add(152, S0t, S0rt, B0t); add(153, S0t, B0t, B0lt); add(154, S1t, S1rt, S0t);
  add(155, S1t, S0t, S0lt); add(156, S1t, S0t, S0rt); add(157, S1t, S1lt, S0t); add(158, S2t, S1t, B0t);
  add(159, S0w, d_s0b0); add(160, S0t, d_s0b0); add(161, B0w, d_s0b0); add(162, B0t, d_s0b0);
  add(163, S0w, B0w, d_s0b0); add(164, S1w, S0w, d_s1s0); add(165, S1t, S0t, B0t ^ (d_s1s0 << 8));
  add(166, S1t, S0t, commas1); add(167, S0w, commas); add(168, S1t, S0t, B0t ^ (commas << 8));
  add(169, S0w, ks0.nr); add(170, S0t, ks0.nr); add(171, S0w, ks0.nl); add(172, S0t, ks0.nl);
  add(173, S1w, ks1.nr); add(174, S1t, ks1.nr); add(175, S1t, ks1.nl); add(176, B0w, kb0.nl); add(177, B0t, kb0.nl);
  add(178, word(s0l)); add(179, S0lt); add(180, word(s0r)); add(181, S0rt);
  add(182, word(b0l)); add(183, B0lt); add(184, lab(b0l)); add(185, word(s1r)); add(186, S1rt); add(187, lab(s1r));
  add(188, S1lt); add(189, lab(s1l));
  add(190, tag(s0l2)); add(191, lab(s0l2)); add(192, tag(s0r2)); add(193, lab(s0r2));
  add(194, tag(b0l2)); add(195, lab(b0l2)); add(196, lab(s1r2));
  add(197, S0t, S0lt, tag(s0l2)); add(198, S0t, S0rt, tag(s0r2)); add(199, B0t, B0lt, tag(b0l2));
  add(200, S1t, S1rt, tag(s1r2));
  add(201, S0w, ks0.lset); add(202, B0w, kb0.lset); add(203, S1t, ks1.lset); add(204, B0w, lab(b0l));
  add(205, S0w, lab(s0r));
  add(222, suf(b0), B0t);
  add(223, lex(s0), lex(b0)); add(224, lex(s1), S1t);
  // Clusters.
  if (in.clusters) {
    add(206, clus(s0, 6)); add(207, clus(b0, 6)); add(208, clus(s1, 6)); add(209, clus(b1, 6));
    add(210, clus(s0, 10), clus(b0, 10)); add(211, clus(s0, 6), B0t); add(212, S0t, clus(b0, 6));
    add(213, clus(s1, 6), clus(s0, 6)); add(214, clus(s0, 12), S0t); add(215, clus(b0, 12), B0t);
    add(216, clus(s0l, 6)); add(217, clus(s0r, 6)); add(218, clus(b0l, 6));
  }
  return k;
}

}  // namespace actorgraph::syntax
