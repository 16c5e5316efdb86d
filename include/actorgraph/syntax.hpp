// Syntax: a part-of-speech tagger and a labelled dependency parser over
// Universal Dependencies (UPOS tags, UD relations), trained by the project
// from UD English EWT and shipped inside the library (no file is read at run
// time).
//
// Design: a greedy left-to-right tagger and a greedy arc-hybrid transition
// parser with a dynamic oracle, both averaged-perceptron linear models over
// hashed features; parsing is linear in the sentence length. See
// src/syntax/README.md for the model, its training and its accuracy.
//
// Thread-safety: a Parser is immutable after construction and may be shared
// by any number of threads; each thread needs its own Workspace.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph::text {
struct Document;
struct Sentence;
}  // namespace actorgraph::text

namespace actorgraph::syntax {

/// Universal POS tags (UD v2), in UD's alphabetical order.
enum class Upos : std::uint8_t {
  ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X
};
inline constexpr int kUposCount = 17;

/// The UD name of a tag ("NOUN").
std::string_view upos_name(Upos u) noexcept;
/// The tag named `name`; false when it is no UPOS tag.
bool upos_from_name(std::string_view name, Upos& out) noexcept;

/// UD relations: the 37 universal ones and the English subtypes of UD
/// English (EWT, GUM, PUD). A model may use any subset.
enum class Deprel : std::uint8_t {
  acl, acl_relcl, advcl, advcl_relcl, advmod, amod, appos, aux, aux_pass, case_, cc, cc_preconj,
  ccomp, clf, compound, compound_prt, conj, cop, csubj, csubj_outer, csubj_pass, dep, det,
  det_predet, discourse, dislocated, expl, fixed, flat, flat_foreign, goeswith, iobj, list, mark,
  nmod, nmod_desc, nmod_npmod, nmod_poss, nmod_tmod, nmod_unmarked, nsubj, nsubj_outer, nsubj_pass,
  nummod, obj, obl, obl_agent, obl_npmod, obl_tmod, obl_unmarked, orphan, parataxis, punct,
  reparandum, root, vocative, xcomp,
  count_  ///< not a relation: the number of relations
};
inline constexpr int kDeprelCount = static_cast<int>(Deprel::count_);

/// The UD name of a relation ("nsubj:pass").
std::string_view deprel_name(Deprel d) noexcept;
/// The relation named `name`; false when it is none of the above.
bool deprel_from_name(std::string_view name, Deprel& out) noexcept;
/// The universal relation of a subtype (nsubj:pass -> nsubj).
Deprel deprel_base(Deprel d) noexcept;

/// The analysis of one sentence of n words. Words are numbered 1..n as in
/// CoNLL-U; index i of each vector is word i+1. head[i] is 0 for the root.
struct Tree {
  std::vector<Upos> upos;
  std::vector<std::uint32_t> head;
  std::vector<Deprel> deprel;
  std::size_t size() const noexcept { return upos.size(); }
  void clear() noexcept { upos.clear(); head.clear(); deprel.clear(); }
};

/// Reusable buffers of one thread. Create one per thread and pass it to
/// every call; it grows to the longest sentence seen and never shrinks.
class Workspace {
 public:
  Workspace();
  ~Workspace();
  Workspace(Workspace&&) noexcept;
  Workspace& operator=(Workspace&&) noexcept;
  struct Impl;
  Impl& impl() noexcept { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

/// What a model says of itself.
struct ModelInfo {
  std::string description;   ///< treebank, training settings, accuracy at training
  std::size_t bytes = 0;     ///< size of the model image
  std::size_t tagger_features = 0, parser_features = 0;
  std::vector<std::string> labels;  ///< relations the parser predicts
};

class Model;

/// A tagger and parser over one trained model.
class Parser {
 public:
  /// The model shipped with actorgraph (trained from UD English EWT),
  /// embedded in the library and mapped on first use. Thread-safe.
  static const Parser& builtin();
  /// A model from a file written by actorgraph-train. Throws ParseError
  /// naming the file when it is not a readable model of this version.
  static std::unique_ptr<Parser> from_file(const std::string& path);
  /// A model from bytes that stay alive as long as the parser (not copied).
  /// `name` is used in error messages.
  static std::unique_ptr<Parser> from_bytes(std::string_view bytes, const std::string& name);

  Parser(Parser&&) noexcept;
  ~Parser();

  /// Tags and parses the words of one sentence, as written (case is used).
  /// Any length: time is linear in the number of words. An empty sentence
  /// gives an empty tree. `forced`, when not empty, has one entry per word: a
  /// Upos value fixes that word's tag (what the caller knows better, such as
  /// the words of a recognised name), kUposCount or more leaves it to the
  /// tagger. Never throws except std::bad_alloc.
  void parse(std::span<const std::string_view> words, Tree& out, Workspace& ws,
             std::span<const std::uint8_t> forced = {}) const;
  /// Tags only (out.head and out.deprel are left empty).
  void tag(std::span<const std::string_view> words, Tree& out, Workspace& ws,
           std::span<const std::uint8_t> forced = {}) const;

  ModelInfo info() const;
  const Model& model() const noexcept { return *model_; }

 private:
  explicit Parser(std::unique_ptr<Model> m);
  std::unique_ptr<Model> model_;
};

/// The lemma of a word form given its tag, from actorgraph's lexicon
/// (WordNet): verbs and auxiliaries by verb lemma ("said" -> "say"), nouns
/// by noun lemma ("talks" -> "talk"), proper nouns as written, other words
/// lower-cased.
std::string lemma(std::string_view form, Upos tag);

/// The syntactic words of a sentence of the project's tokeniser, as the
/// treebank the model was trained on tokenises them. Each token is one word,
/// except that
///  * a hyphenated token ("search-engine", "Hong Kong-based") is split at its
///    inner hyphens into words and hyphens ("search", "-", "engine"), unless
///    its first part is a prefix the treebank keeps attached ("co-workers",
///    "e-mail", "non-commercial": learned from the treebank at training);
///  * "can't" is "ca" + "n't", as UD writes it (the tokeniser says "can" + "'t");
///  * runs of ! ? . with no space between ("!!!", "?!") and runs of one
///    repeated symbol ("***") are one word.
/// `token[i]` is the (first) document token word i comes from; `begin`/`end`
/// are byte offsets into the text.
struct Words {
  std::vector<std::string_view> form;
  std::vector<std::uint32_t> token, begin, end;
  std::size_t size() const noexcept { return form.size(); }
  void clear() noexcept { form.clear(); token.clear(); begin.clear(); end.clear(); }
};

/// Fills `out` with the words of sentence `s` of `doc`, analysed from `text`,
/// for `parser`'s model.
void words_of(const Parser& parser, std::string_view text, const text::Document& doc, const text::Sentence& s,
              Words& out);

}  // namespace actorgraph::syntax
