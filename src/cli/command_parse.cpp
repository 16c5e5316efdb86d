// actorgraph parse FILE... — the tagger's and parser's analysis as CoNLL-U.
#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>

#include "actorgraph/errors.hpp"
#include "actorgraph/reader.hpp"
#include "actorgraph/syntax.hpp"
#include "actorgraph/text.hpp"
#include "cli/command.hpp"
#include "cli/commands.hpp"
#include "pipeline/ordered_pool.hpp"
#include "syntax/conllu.hpp"

namespace actorgraph::cli {
namespace {

constexpr std::size_t kChunk = 64;

bool is_conllu(const std::string& path) {
  return path.size() > 7 && path.compare(path.size() - 7, 7, ".conllu") == 0;
}

std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

// The CoNLL-U of one article: its title and text, split and tokenised as
// extract does (the title, when there is one, comes first), one block per sentence.
std::string parse_article(const syntax::Parser& parser, const Article& a) {
  thread_local syntax::Workspace ws;
  thread_local text::Document doc;
  thread_local syntax::Words words;
  thread_local syntax::Tree tree;
  std::string buf;
  std::uint32_t shift = 0;
  std::string_view text = a.text;
  if (!a.title.empty()) {
    buf = a.title + "\n\n" + a.text;
    shift = static_cast<std::uint32_t>(a.title.size() + 2);
    text = buf;
  }
  doc.clear();
  text::analyse(text, doc);
  std::ostringstream out;
  std::vector<std::string> misc, lemmas;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const text::Sentence& s = doc.sentences[si];
    syntax::words_of(parser, text, doc, s, words);
    parser.parse(words.form, tree, ws);
    misc.assign(words.size(), std::string());
    lemmas.assign(words.size(), std::string());
    for (std::size_t i = 0; i < words.size(); ++i) {
      std::string& m = misc[i];
      if (i + 1 < words.size() && words.end[i] == words.begin[i + 1]) m = "SpaceAfter=No";
      if (words.begin[i] >= shift) {
        if (!m.empty()) m += '|';
        m += "TokenRange=" + std::to_string(words.begin[i] - shift) + ":" + std::to_string(words.end[i] - shift);
      }
      lemmas[i] = syntax::lemma(words.form[i], tree.upos[i]);
    }
    if (si == 0) out << "# newdoc id = " << one_line(a.id) << '\n';
    syntax::write_conllu_words(out, one_line(a.id) + "-" + std::to_string(si),
                               one_line(text.substr(s.begin, s.end - s.begin)), words.form, misc, tree, &lemmas);
  }
  return out.str();
}

class ParseCommand : public Command {
 public:
  std::string name() const override { return "parse"; }
  std::string synopsis() const override { return "actorgraph parse FILE... [--threads N] [--model FILE]"; }
  std::string description() const override {
    return "Tags and parses sentences and prints them as CoNLL-U (UPOS, HEAD, DEPREL; LEMMA from actorgraph's\n"
           "lexicon), so you can see the syntax events are read from. A .conllu input keeps its words and\n"
           "sentences (comments, multiword token lines and MISC as read) and gets predicted columns; other\n"
           "inputs are articles as for extract, split into sentences and words by actorgraph's tokeniser (a\n"
           "title comes first; MISC gives each word's TokenRange in the article text). Time is linear in\n"
           "sentence length: a sentence of any length is parsed whole.";
  }
  void declare(Args& a) override {
    a.value("--threads", "worker threads (default: all cores)");
    a.value("--model", "a model written by actorgraph-train instead of the built-in one");
  }
  void setup(const Args& a) override {
    paths_ = a.positionals();
    if (paths_.empty()) throw UsageError("parse: no input files (give FILE..., a directory, or - for stdin)");
    threads_ = static_cast<unsigned>(a.get_uint("--threads", default_threads(), 1, 256));
    model_ = a.get("--model", "");
  }
  int run(std::ostream& out, std::ostream& err) override {
    std::unique_ptr<syntax::Parser> own;
    if (!model_.empty()) own = syntax::Parser::from_file(model_);
    const syntax::Parser& parser = own ? *own : syntax::Parser::builtin();
    std::size_t rejected = 0;
    for (const std::string& path : paths_) {
      if (is_conllu(path)) parse_conllu(parser, path, out);
      else
        parse_articles(parser, path, out, [&](const ReadProblem& p) {
          ++rejected;
          err << "error: " << p.to_string() << "\n";
        });
    }
    out.flush();
    return rejected ? kError : kOk;
  }

 private:
  template <class In>
  using Pool = pipeline::OrderedPool<In, std::string>;

  void parse_conllu(const syntax::Parser& parser, const std::string& path, std::ostream& out) const {
    std::ifstream in(path);
    if (!in) throw ParseError(path, 0, "", "cannot read the file");
    Pool<syntax::ConlluSentence> pool(
        threads_, kChunk,
        [&](pipeline::Chunk<syntax::ConlluSentence, std::string>& c) {
          thread_local syntax::Workspace ws;
          thread_local syntax::Tree tree;
          std::vector<std::string_view> forms;
          std::vector<std::string> lemmas;
          std::ostringstream os;
          for (const auto& s : c.in) {
            forms.clear();
            for (std::size_t i = 0; i < s.words.size(); ++i) forms.push_back(s.form(i));
            parser.parse(forms, tree, ws);
            lemmas.clear();
            for (std::size_t i = 0; i < forms.size(); ++i) lemmas.push_back(syntax::lemma(forms[i], tree.upos[i]));
            syntax::write_conllu(os, s, tree, &lemmas);
          }
          c.out.assign(1, os.str());
        },
        [&](pipeline::Chunk<syntax::ConlluSentence, std::string>& c) { out << c.out[0]; });
    syntax::read_conllu(in, path, [&](syntax::ConlluSentence&& s) { pool.push(std::move(s)); });
    pool.finish();
  }

  void parse_articles(const syntax::Parser& parser, const std::string& path, std::ostream& out,
                      const std::function<void(const ReadProblem&)>& problem) const {
    Pool<Article> pool(
        threads_, kChunk / 4,
        [&](pipeline::Chunk<Article, std::string>& c) {
          c.out.resize(c.in.size());
          for (std::size_t i = 0; i < c.in.size(); ++i) c.out[i] = parse_article(parser, c.in[i]);
        },
        [&](pipeline::Chunk<Article, std::string>& c) {
          for (const std::string& s : c.out) out << s;
        });
    read_articles({path}, [&](Article&& a) { pool.push(std::move(a)); }, problem);
    pool.finish();
  }

  std::vector<std::string> paths_;
  unsigned threads_ = 1;
  std::string model_;
};

}  // namespace

std::unique_ptr<Command> make_parse_command() { return std::make_unique<ParseCommand>(); }

}  // namespace actorgraph::cli
