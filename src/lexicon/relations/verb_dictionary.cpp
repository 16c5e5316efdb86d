#include "lexicon/relations/verb_dictionary.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>
#include <unordered_map>

#include "actorgraph/errors.hpp"
#include "lexicon/relations/dictionary_text.hpp"
#include "lexicon/relations/lexicon_json.hpp"

namespace actorgraph::relations {
namespace {

constexpr std::size_t kMaxAlternatives = 64;  // expansions of one pattern line

// One verb of a block: head lemma and the particle words that follow it ("ask for").
struct Verb {
  std::string head;
  std::string prefix;
  std::size_t line = 0;
};

using Synsets = std::unordered_map<std::string, std::vector<std::string>>;  // "&name" -> phrases

class Importer {
 public:
  Importer(std::string origin, std::vector<RelationEntry>& out)
      : origin_(origin), problems_(origin), out_(out) {}

  std::vector<std::string> run(std::string_view text) {
    std::vector<std::string_view> lines;
    for (std::size_t b = 0; b <= text.size();) {
      std::size_t e = text.find('\n', b);
      if (e == std::string_view::npos) e = text.size();
      std::string_view l = text.substr(b, e - b);
      if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
      lines.push_back(l);
      b = e + 1;
    }
    petrarch_ = false;
    for (auto l : lines)
      if (l.rfind("---", 0) == 0 && l.size() > 3 && l[3] == ' ') petrarch_ = true;
    stem_ = petrarch_ ? "petrarch" : "tabari";
    read_synsets(lines);
    if (petrarch_) read_petrarch(lines);
    else read_tabari(lines);
    return problems_.report(imported_, pattern_lines_, verbs_);
  }

 private:
  // Synonym sets: "&NAME" followed by "+MEMBER" lines (TABARI: inside <SYNSETS>).
  void read_synsets(const std::vector<std::string_view>& lines) {
    bool in_tabari_section = false;
    std::string current;
    for (auto raw : lines) {
      std::string_view l = trim(raw.substr(0, raw.find('#')));
      if (!petrarch_) {
        if (l.rfind("<SYNSETS>", 0) == 0) in_tabari_section = true;
        if (l.rfind("</SYNSETS>", 0) == 0) in_tabari_section = false;
        if (!in_tabari_section) continue;
        l = trim(l.substr(0, l.find(';')));
      }
      if (l.rfind("---", 0) == 0) current.clear();
      if (l.empty()) continue;
      if (l[0] == '&') {
        current = lower(split_ws(l)[0]);
        synsets_[current];
      } else if (l[0] == '+' && !current.empty()) {
        std::string member = lower(trim(l.substr(1)));
        for (auto& c : member)
          if (c == '_') c = ' ';
        synsets_[current].push_back(std::string(trim(member)));
      }
    }
  }

  // PETRARCH: blocks of synonymous verbs sharing one list of patterns.
  void read_petrarch(const std::vector<std::string_view>& lines) {
    bool in_verbs = false, in_synset = false;
    std::vector<Verb> verbs;
    std::string block_code;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::size_t line_no = i + 1;
      std::string_view l = lines[i];
      if (l.rfind("####### VERB PATTERNS", 0) == 0) in_verbs = true;
      if (!in_verbs) continue;
      std::string_view t = trim(l);
      if (t.empty() || t[0] == '#') {
        if (t.empty()) in_synset = false;
        continue;
      }
      if (t[0] == '&') {
        in_synset = true;
        continue;
      }
      if (t.rfind("---", 0) == 0) {
        in_synset = false;
        verbs.clear();
        std::string_view text, code;
        split_code(t.substr(3), text, code);
        std::string problem;
        block_code = code.empty() ? "" : read_code(code, problem);
        continue;
      }
      if (in_synset) continue;
      if (t[0] == '-') {
        ++pattern_lines_;
        pattern_line(t.substr(1), line_no, verbs);
        continue;
      }
      verb_line(t.substr(0, t.find('#')), line_no, block_code, verbs);
    }
  }

  // TABARI: each verb line carries its own patterns.
  void read_tabari(const std::vector<std::string_view>& lines) {
    bool skip_section = false;
    std::vector<Verb> verbs;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::size_t line_no = i + 1;
      std::string_view t = trim(lines[i]);
      if (t.empty()) continue;
      if (t[0] == '<') {
        skip_section = t[1] != '/';
        continue;
      }
      if (skip_section || t[0] == '{' || t[0] == ';' || t[0] == '#') continue;
      t = trim(t.substr(0, t.find(';')));
      if (t[0] == '-') {
        ++pattern_lines_;
        pattern_line(t.substr(1), line_no, verbs);
        continue;
      }
      verbs.clear();
      verb_line(t, line_no, "", verbs);
    }
  }

  // "WORD {FORMS} [CODE]" or "+WORD_PARTICLE {FORMS} [CODE]" (PETRARCH),
  // "WORD WORD [CODE]" / "WORD_ [CODE]" (TABARI).
  void verb_line(std::string_view t, std::size_t line_no, const std::string& block_code, std::vector<Verb>& verbs) {
    std::string_view text, code;
    const bool has_code = split_code(t, text, code);
    std::string_view words = trim(text.substr(0, text.find('{')));
    const bool fixed_form = text.find("{}") != std::string_view::npos || text.find("{ }") != std::string_view::npos;
    if (!words.empty() && words[0] == '+') words.remove_prefix(1);
    std::string w = lower(words);
    for (auto& c : w)
      if (c == '_' || c == '=' || c == '~') c = ' ';
    auto parts = split_ws(w);
    if (parts.empty()) return;
    ++verbs_;
    if (fixed_form) {
      problems_.add(line_no, "fixed verb form (not a lemma)", std::string(words));
      return;
    }
    Verb v{parts[0], "", line_no};
    for (std::size_t k = 1; k < parts.size(); ++k) v.prefix += (v.prefix.empty() ? "" : " ") + parts[k];
    verbs.push_back(v);
    std::string c = block_code;
    if (has_code) {
      std::string problem;
      c = read_code(code, problem);
      if (c.empty() && problem != "null code (no event)") problems_.add(line_no, problem, std::string(code));
    }
    if (!c.empty()) add_entry(v, v.prefix.empty() ? "" : v.prefix + " +", c, line_no, 0);
  }

  void pattern_line(std::string_view body, std::size_t line_no, const std::vector<Verb>& verbs) {
    std::string_view text, code;
    if (!split_code(body, text, code)) {
      problems_.add(line_no, "pattern without a code");
      return;
    }
    if (verbs.empty()) {
      problems_.add(line_no, "pattern outside a verb");
      return;
    }
    std::string problem;
    std::string c = read_code(code, problem);
    if (c.empty()) {
      problems_.add(line_no, problem, "[" + std::string(code) + "]");
      return;
    }
    std::vector<std::vector<std::string>> alternatives;
    if (!expand(text, alternatives, problem)) {
      problems_.add(line_no, problem, std::string(trim(text)));
      return;
    }
    std::size_t n = 0;
    for (const auto& tokens : alternatives) {
      std::string pattern;
      if (!convert(tokens, pattern, problem)) {
        problems_.add(line_no, problem, std::string(trim(text)));
        return;
      }
      for (const auto& v : verbs) {
        std::string full = v.prefix.empty() ? pattern : (pattern.empty() ? v.prefix : v.prefix + " " + pattern);
        add_entry(v, full, c, line_no, n);
      }
      ++n;
    }
  }

  // Tokenises a pattern body into alternative token sequences: grouping
  // brackets dropped, "_" connectors split, "{A | B}" and "A/B" alternatives
  // and &SYNSETS expanded.
  bool expand(std::string_view text, std::vector<std::vector<std::string>>& out, std::string& problem) {
    std::vector<std::vector<std::string>> slots;  // each slot: alternatives (space-joined words)
    std::string s = lower(text);
    for (auto& c : s)
      if (c == '\x01') c = ' ';  // reserved below as the alternatives marker
    for (std::size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (c == '(' || c == ')' || c == '~') {
        s[i] = ' ';
      } else if (c == '{') {
        auto close = s.find('}', i);
        if (close == std::string::npos) close = s.size();
        std::string group = s.substr(i + 1, close - i - 1);
        if (group.find('|') != std::string::npos) {
          std::vector<std::string> alts;
          std::size_t b = 0;
          while (b <= group.size()) {
            auto e = group.find('|', b);
            if (e == std::string::npos) e = group.size();
            std::string alt = group.substr(b, e - b);
            for (auto& ch : alt)
              if (ch == '_') ch = ' ';
            alts.push_back(alt);
            b = e + 1;
          }
          s.replace(i, close - i + (close < s.size() ? 1 : 0), " \x01" + std::to_string(groups_.size()) + " ");
          groups_.push_back(alts);
        } else {
          s[i] = ' ';
          if (close < s.size()) s[close] = ' ';
        }
      }
    }
    for (auto& c : s)
      if (c == '_') c = ' ';
    for (const auto& tok : split_ws(s)) {
      std::vector<std::string> alts;
      if (tok[0] == '\x01') {
        for (const auto& a : groups_[std::stoul(tok.substr(1))]) alts.push_back(a);
      } else if (tok.find('/') != std::string::npos && tok.size() > 1) {
        std::size_t b = 0;
        while (b <= tok.size()) {
          auto e = tok.find('/', b);
          if (e == std::string::npos) e = tok.size();
          alts.push_back(tok.substr(b, e - b));
          b = e + 1;
        }
      } else {
        alts.push_back(tok);
      }
      std::vector<std::string> resolved;
      for (const auto& a : alts)
        if (!resolve(a, resolved, 0, problem)) return false;
      slots.push_back(std::move(resolved));
    }
    groups_.clear();
    out.assign(1, {});
    for (const auto& slot : slots) {
      std::vector<std::vector<std::string>> next;
      for (const auto& prefix : out)
        for (const auto& alt : slot) {
          next.push_back(prefix);
          for (const auto& w : split_ws(alt)) next.back().push_back(w);
        }
      if (next.size() > kMaxAlternatives) {
        problem = "too many alternatives";
        return false;
      }
      out = std::move(next);
    }
    return true;
  }

  // Replaces &SYNSET references inside a phrase by each member phrase.
  bool resolve(const std::string& phrase, std::vector<std::string>& out, int depth, std::string& problem) {
    auto words = split_ws(phrase);
    std::vector<std::string> acc{""};
    for (const auto& w : words) {
      std::vector<std::string> choices;
      if (w[0] == '&' && w.size() > 1) {
        auto it = synsets_.find(w);
        if (it == synsets_.end() || depth > 3) {
          problem = "unknown synonym set " + w;
          return false;
        }
        for (const auto& m : it->second)
          if (!resolve(m, choices, depth + 1, problem)) return false;
      } else {
        choices.push_back(w);
      }
      std::vector<std::string> next;
      for (const auto& a : acc)
        for (const auto& c : choices) next.push_back(a.empty() ? c : a + " " + c);
      if (next.size() > kMaxAlternatives) {
        problem = "too many alternatives";
        return false;
      }
      acc = std::move(next);
    }
    for (auto& a : acc) out.push_back(std::move(a));
    return true;
  }

  // Tokens with "*" at the verb -> our pattern (words after the verb).
  static bool convert(const std::vector<std::string>& tokens, std::string& pattern, std::string& problem) {
    std::size_t star = tokens.size();
    for (std::size_t i = 0; i < tokens.size(); ++i)
      if (tokens[i] == "*") {
        star = i;
        break;
      }
    if (star == tokens.size()) {
      problem = "no verb position '*'";
      return false;
    }
    for (std::size_t i = 0; i < star; ++i) {
      if (tokens[i] == "$") continue;
      problem = tokens[i] == "+" ? "object before the verb" : tokens[i] == "%" ? "compound marker '%'" : "words before the verb";
      return false;
    }
    std::vector<std::string> out;
    for (std::size_t i = star + 1; i < tokens.size(); ++i) {
      std::string t = tokens[i];
      if (t == "$") {
        problem = "source after the verb";
        return false;
      }
      if (t == "%") {
        problem = "compound marker '%'";
        return false;
      }
      if (t == "^") t = "*";
      if (t == "*" && !out.empty() && out.back() == "*") continue;
      out.push_back(t);
    }
    while (!out.empty() && out.back() == "*") out.pop_back();
    // Without "+" the dictionary leaves the target to the parser: it is the
    // actor after the pattern's words ("rush * aid" -> "rush * aid * +").
    if (!out.empty() && std::find(out.begin(), out.end(), "+") == out.end()) {
      out.push_back("*");
      out.push_back("+");
    }
    std::string joined;
    for (const auto& t : out) joined += (joined.empty() ? "" : " ") + t;
    std::string error;
    pattern = normalise_pattern(joined, error);
    if (!error.empty()) {
      problem = "pattern " + error;
      return false;
    }
    return true;
  }

  void add_entry(const Verb& v, const std::string& pattern, const std::string& code, std::size_t line_no,
                 std::size_t alt) {
    if (!seen_.insert(v.head + "|" + pattern + "|" + code).second) return;  // same rule twice
    RelationEntry e;
    e.id = stem_ + ":" + std::to_string(line_no) + ":" + v.head;
    if (!v.prefix.empty()) {
      e.id += '-';
      for (char c : v.prefix) e.id += c == ' ' ? '-' : c;
    }
    if (alt) e.id += ":" + std::to_string(alt);
    e.head = v.head;
    e.pattern = pattern;
    e.relation.cameo = code;
    e.relation.lemma = default_lemma(e.head, e.pattern);
    RelationLexicon::complete(e.relation);
    out_.push_back(std::move(e));
    ++imported_;
  }

  std::string origin_;
  Problems problems_;
  std::vector<RelationEntry>& out_;
  Synsets synsets_;
  std::vector<std::vector<std::string>> groups_;
  std::set<std::string> seen_;
  std::string stem_;
  bool petrarch_ = false;
  std::size_t imported_ = 0, pattern_lines_ = 0, verbs_ = 0;
};

}  // namespace

std::vector<std::string> import_verb_dictionary_text(std::string_view text, const std::string& origin,
                                                     std::vector<RelationEntry>& out) {
  return Importer(origin, out).run(text);
}

std::vector<std::string> import_verb_dictionary(const std::string& path, std::vector<RelationEntry>& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ParseError(path, 0, "", "cannot open the verb dictionary");
  std::ostringstream ss;
  ss << in.rdbuf();
  return import_verb_dictionary_text(ss.str(), path, out);
}

}  // namespace actorgraph::relations
