// CoNLL-U (Universal Dependencies' file format): reading sentences with their
// comments, multiword token lines and empty nodes kept, and writing them back
// with predicted columns. https://universaldependencies.org/format.html
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "actorgraph/syntax.hpp"

namespace actorgraph::syntax {

/// One line of a sentence block: a comment, a word, a multiword token range
/// ("1-2") or an empty node ("8.1"). Words keep all ten columns as read.
struct ConlluLine {
  enum Kind : std::uint8_t { kComment, kWord, kRange, kEmpty };
  Kind kind = kWord;
  std::string text;                 ///< the whole line (comments, ranges, empty nodes)
  std::vector<std::string> cols;    ///< the ten columns (words)
  std::size_t line = 0;             ///< line number in the file
};

struct ConlluSentence {
  std::vector<ConlluLine> lines;
  std::vector<std::size_t> words;   ///< indices into lines of the word lines, in order
  std::size_t first_line = 0;
  const std::string& form(std::size_t i) const { return lines[words[i]].cols[1]; }
  const std::string& col(std::size_t i, int c) const { return lines[words[i]].cols[static_cast<std::size_t>(c)]; }
};

/// Reads every sentence of a CoNLL-U stream, calling `sink` for each. Word
/// ids must run 1..n; heads (when not "_") must be within 0..n. Throws
/// ParseError naming `name`, the line and the column on malformed input.
void read_conllu(std::istream& in, const std::string& name,
                 const std::function<void(ConlluSentence&&)>& sink);

/// Gold annotation of a sentence's words; throws ParseError when a word has
/// an unknown UPOS or relation or a head outside the sentence.
void gold_tree(const ConlluSentence& s, const std::string& name, Tree& out);

/// Writes a sentence: comments, ranges and empty nodes as read; for words ID,
/// FORM and MISC as read, LEMMA from `lemmas` (or "_"), UPOS, HEAD and DEPREL
/// from `tree`, and "_" for XPOS, FEATS and DEPS.
void write_conllu(std::ostream& out, const ConlluSentence& s, const Tree& tree,
                  const std::vector<std::string>* lemmas = nullptr);

/// Writes a sentence built from plain words (no input lines): "# sent_id"
/// and "# text" comments, then one line per word.
void write_conllu_words(std::ostream& out, const std::string& sent_id, const std::string& text,
                        const std::vector<std::string_view>& forms, const std::vector<std::string>& misc,
                        const Tree& tree, const std::vector<std::string>* lemmas = nullptr);

}  // namespace actorgraph::syntax
