#include "syntax/conllu.hpp"

#include <charconv>
#include <istream>
#include <ostream>

#include "actorgraph/errors.hpp"

namespace actorgraph::syntax {
namespace {

const char* const kColumns[10] = {"ID", "FORM", "LEMMA", "UPOS", "XPOS", "FEATS", "HEAD", "DEPREL", "DEPS", "MISC"};

bool parse_uint(std::string_view s, std::size_t& out) {
  if (s.empty() || s.size() > 9) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

void split_tabs(const std::string& line, std::vector<std::string>& cols) {
  cols.clear();
  std::size_t b = 0;
  for (;;) {
    const std::size_t t = line.find('\t', b);
    cols.emplace_back(line.substr(b, t == std::string::npos ? std::string::npos : t - b));
    if (t == std::string::npos) break;
    b = t + 1;
  }
}

}  // namespace

void read_conllu(std::istream& in, const std::string& name,
                 const std::function<void(ConlluSentence&&)>& sink) {
  ConlluSentence cur;
  std::string line;
  std::size_t lineno = 0;
  auto fail = [&](const char* col, const std::string& msg) {
    throw ParseError(name, lineno, col ? col : "", msg);
  };
  auto flush = [&]() {
    if (cur.lines.empty()) return;
    // Heads must point inside the sentence.
    const std::size_t n = cur.words.size();
    for (std::size_t w : cur.words) {
      const ConlluLine& l = cur.lines[w];
      std::size_t h = 0;
      if (l.cols[6] != "_" && (!parse_uint(l.cols[6], h) || h > n)) {
        lineno = l.line;
        fail("HEAD", "'" + l.cols[6] + "' is not a word of this sentence (0.." + std::to_string(n) + ")");
      }
    }
    sink(std::move(cur));
    cur = ConlluSentence{};
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (cur.lines.empty()) cur.first_line = lineno;
    ConlluLine l;
    l.line = lineno;
    if (line[0] == '#') {
      if (!cur.words.empty()) fail(nullptr, "a comment inside a sentence (a blank line must end each sentence)");
      l.kind = ConlluLine::kComment;
      l.text = line;
      cur.lines.push_back(std::move(l));
      continue;
    }
    split_tabs(line, l.cols);
    if (l.cols.size() != 10)
      fail(nullptr, "expected 10 tab-separated columns, found " + std::to_string(l.cols.size()));
    const std::string& id = l.cols[0];
    if (id.find('-') != std::string::npos) {
      l.kind = ConlluLine::kRange;
    } else if (id.find('.') != std::string::npos) {
      l.kind = ConlluLine::kEmpty;
    } else {
      std::size_t v = 0;
      if (!parse_uint(id, v) || v != cur.words.size() + 1)
        fail("ID", "'" + id + "' is not the next word number (" + std::to_string(cur.words.size() + 1) + ")");
      if (l.cols[1].empty()) fail("FORM", "empty");
      cur.words.push_back(cur.lines.size());
    }
    if (l.kind != ConlluLine::kWord) l.text = line;
    cur.lines.push_back(std::move(l));
  }
  if (in.bad()) throw ParseError(name, lineno, "", "read error");
  flush();
}

void gold_tree(const ConlluSentence& s, const std::string& name, Tree& out) {
  out.clear();
  const std::size_t n = s.words.size();
  for (std::size_t i = 0; i < n; ++i) {
    const ConlluLine& l = s.lines[s.words[i]];
    Upos u;
    if (!upos_from_name(l.cols[3], u)) throw ParseError(name, l.line, kColumns[3], "unknown tag '" + l.cols[3] + "'");
    std::size_t h = 0;
    if (!parse_uint(l.cols[6], h) || h > n)
      throw ParseError(name, l.line, kColumns[6], "'" + l.cols[6] + "' is not a word of this sentence");
    Deprel d;
    if (!deprel_from_name(l.cols[7], d))
      throw ParseError(name, l.line, kColumns[7], "unknown relation '" + l.cols[7] + "'");
    out.upos.push_back(u);
    out.head.push_back(static_cast<std::uint32_t>(h));
    out.deprel.push_back(d);
  }
}

namespace {

void write_word(std::ostream& out, std::string_view id, std::string_view form, std::string_view lemma,
                const Tree& tree, std::size_t i, std::string_view misc) {
  const bool parsed = i < tree.head.size();
  out << id << '\t' << form << '\t' << (lemma.empty() ? "_" : lemma) << '\t'
      << (i < tree.upos.size() ? upos_name(tree.upos[i]) : "_") << "\t_\t_\t";
  if (parsed) out << tree.head[i] << '\t' << deprel_name(tree.deprel[i]);
  else out << "_\t_";
  out << "\t_\t" << (misc.empty() ? "_" : misc) << '\n';
}

}  // namespace

void write_conllu(std::ostream& out, const ConlluSentence& s, const Tree& tree,
                  const std::vector<std::string>* lemmas) {
  std::size_t w = 0;
  for (const ConlluLine& l : s.lines) {
    if (l.kind != ConlluLine::kWord) {
      out << l.text << '\n';
      continue;
    }
    write_word(out, l.cols[0], l.cols[1], lemmas ? std::string_view((*lemmas)[w]) : std::string_view(), tree, w,
               l.cols[9]);
    ++w;
  }
  out << '\n';
}

void write_conllu_words(std::ostream& out, const std::string& sent_id, const std::string& text,
                        const std::vector<std::string_view>& forms, const std::vector<std::string>& misc,
                        const Tree& tree, const std::vector<std::string>* lemmas) {
  out << "# sent_id = " << sent_id << '\n' << "# text = " << text << '\n';
  for (std::size_t i = 0; i < forms.size(); ++i)
    write_word(out, std::to_string(i + 1), forms[i], lemmas ? std::string_view((*lemmas)[i]) : std::string_view(),
               tree, i, i < misc.size() ? std::string_view(misc[i]) : std::string_view());
  out << '\n';
}

}  // namespace actorgraph::syntax
