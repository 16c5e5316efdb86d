#include "lexicon/actors/legacy_import.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <sstream>

#include "actorgraph/errors.hpp"
#include "actorgraph/text.hpp"
#include "lexicon/actors/json_loader.hpp"
#include "lexicon/actors/legacy_codes.hpp"

namespace actorgraph {
namespace actors {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Lines that are not valid UTF-8 are read as Latin-1 (older dictionary files).
std::string as_utf8(std::string_view line) {
  if (text::is_valid_utf8(line)) return std::string(line);
  std::string out;
  for (char ch : line) {
    auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out += ch;
    } else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

// Removes '#' and ';' comments that are outside code blocks ("[###]" stays).
std::string_view strip_comment(std::string_view s) {
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '[') ++depth;
    else if (s[i] == ']' && depth > 0) --depth;
    else if ((s[i] == '#' || s[i] == ';') && depth == 0) return s.substr(0, i);
  }
  return s;
}

template <class F>
void for_each_line(std::string_view text, F&& f) {
  std::size_t line = 0, pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::string_view l = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    ++line;
    if (!f(l, line)) return;
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
}

// Splits "PHRASE [A] [B 9901-]" into the phrase and its code blocks.
bool split_blocks(std::string_view s, std::string_view& phrase, std::vector<CodeBlock>& blocks, std::string& error) {
  std::size_t open = s.find('[');
  phrase = trim(s.substr(0, open));
  while (open != std::string_view::npos) {
    std::size_t close = s.find(']', open);
    if (close == std::string_view::npos) {
      error = "unclosed code block '" + std::string(s.substr(open)) + "'";
      return false;
    }
    if (!parse_code_block(s.substr(open + 1, close - open - 1), blocks, error)) return false;
    std::string_view between = trim(s.substr(close + 1, s.find('[', close) == std::string_view::npos
                                                            ? std::string_view::npos
                                                            : s.find('[', close) - close - 1));
    if (!between.empty()) {
      error = "unexpected text '" + std::string(between) + "' after a code block";
      return false;
    }
    open = s.find('[', close);
  }
  return true;
}

std::string role_title(std::string_view sector) {
  static const std::map<std::string, std::string, std::less<>> kTitles = {
      {"GOV", "government"}, {"ELI", "elite"},      {"MIL", "military"}, {"OPP", "opposition"},
      {"REB", "rebel"},      {"JUD", "judiciary"},  {"LEG", "legislator"}, {"MED", "media"},
      {"BUS", "business"},   {"COP", "police"},     {"SPY", "intelligence"}, {"PTY", "party"},
      {"IGO", "official"},   {"NGO", "official"},   {"UAF", "armed group"}, {"CVL", "civilian"}};
  auto it = kTitles.find(sector.substr(0, std::min<std::size_t>(3, sector.size())));
  return it == kTitles.end() ? "member" : it->second;
}

// One actor entry being read: its head line, aliases and code blocks.
struct Pending {
  std::size_t line = 0;
  std::string phrase;
  std::vector<std::string> aliases;
  std::vector<CodeBlock> blocks;
};

void add_unique(std::vector<std::string>& v, std::string s, const std::string& except) {
  if (s.empty() || s == except) return;
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(std::move(s));
}

void merge_into(DictionaryData& data, ActorEntry e) {
  std::int64_t idx = data.actor_index(e.actor.id);
  if (idx < 0) {
    data.put_actor(std::move(e));
    return;
  }
  ActorEntry& old = data.actors[static_cast<std::size_t>(idx)];
  add_unique(old.actor.aliases, e.actor.name, old.actor.name);
  for (auto& a : e.actor.aliases) add_unique(old.actor.aliases, std::move(a), old.actor.name);
  for (auto& r : e.roles) old.roles.push_back(std::move(r));
  if (old.actor.code.empty()) old.actor.code = e.actor.code;
}

void finish(Pending& p, const std::string& origin, DictionaryData& data, std::vector<std::string>& errors) {
  if (p.phrase.empty()) return;
  Pending cur = std::move(p);
  p = Pending{};
  bool discard = false;
  std::string code;
  std::vector<Role> roles;
  for (const CodeBlock& b : cur.blocks) {
    if (b.discard && b.from.empty() && b.to.empty()) discard = true;
    if (b.code.empty()) continue;  // [---], [###], [+++]
    if (b.from.empty() && b.to.empty()) {
      code = b.code;
      continue;
    }
    Role r;
    split_code(b.code, r.country, r.sector);
    r.title = role_title(r.sector);
    r.code = b.code;
    r.from = b.from;
    r.to = b.to;
    roles.push_back(std::move(r));
  }
  if (discard) return;
  if (code.empty() && roles.empty()) {
    bool marked = std::any_of(cur.blocks.begin(), cur.blocks.end(), [](const CodeBlock& b) { return b.code.empty(); });
    if (!marked)
      errors.push_back(format_location(origin, cur.line, "", "entry '" + cur.phrase + "' has no code block"));
    return;
  }
  ActorEntry e;
  e.actor.name = display_phrase(cur.phrase);
  e.actor.id = slugify(e.actor.name);
  if (e.actor.id.empty()) {
    errors.push_back(format_location(origin, cur.line, "", "entry '" + cur.phrase + "' has no letters or digits"));
    return;
  }
  if (code.empty()) {  // the open-ended role, else the latest one
    const Role* best = &roles.front();
    for (const Role& r : roles)
      if (r.to.empty() || (!best->to.empty() && r.to > best->to)) best = &r;
    code = best->code;
  }
  e.actor.code = code;
  split_code(code, e.actor.country, e.actor.sector);
  e.actor.type = roles.empty() ? type_of_code(code) : ActorType::person;
  for (const auto& a : cur.aliases) add_unique(e.actor.aliases, display_phrase(a), e.actor.name);
  e.roles = std::move(roles);
  if (e.actor.type == ActorType::person) e.surname = default_surname(e.actor.name);
  merge_into(data, std::move(e));
}

// Expands "CATTLE!PERSON!" with the substitution sets.
std::vector<std::string> expand(std::string_view phrase, const std::map<std::string, std::vector<std::string>>& sets,
                                std::string& error) {
  std::vector<std::string> out{""};
  std::size_t i = 0;
  while (i < phrase.size()) {
    if (phrase[i] == '!') {
      std::size_t close = phrase.find('!', i + 1);
      if (close == std::string_view::npos) {
        error = "unclosed substitution set in '" + std::string(phrase) + "'";
        return {};
      }
      auto it = sets.find(std::string(phrase.substr(i + 1, close - i - 1)));
      if (it == sets.end()) {
        error = "unknown substitution set !" + std::string(phrase.substr(i + 1, close - i - 1)) + "!";
        return {};
      }
      std::vector<std::string> next;
      for (const auto& prefix : out)
        for (const auto& w : it->second) next.push_back(prefix + w);
      out = std::move(next);
      i = close + 1;
    } else {
      for (auto& prefix : out) prefix += phrase[i];
      ++i;
    }
  }
  return out;
}

// Regular English plural of the last word ("ministry" -> "ministries").
std::string plural(const std::string& form) {
  if (form.empty()) return form;
  auto ends = [&](std::string_view s) { return form.size() >= s.size() && form.compare(form.size() - s.size(), s.size(), s) == 0; };
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) return form + "es";
  if (ends("y") && form.size() > 1 && std::string_view("aeiou").find(form[form.size() - 2]) == std::string_view::npos)
    return form.substr(0, form.size() - 1) + "ies";
  if (ends("man")) return form.substr(0, form.size() - 3) + "men";
  return form + "s";
}

}  // namespace

LegacyFormat detect_format(std::string_view text, std::string_view path) {
  std::string_view t = trim(text.substr(0, std::min<std::size_t>(text.size(), 4096)));
  if (!t.empty() && t.front() == '{') return LegacyFormat::json;
  std::size_t blocks = 0, agent_blocks = 0;
  for (std::size_t i = text.find('['); i != std::string_view::npos; i = text.find('[', i + 1)) {
    std::size_t close = text.find(']', i);
    if (close == std::string_view::npos) break;
    ++blocks;
    if (text.substr(i, close - i).find('~') != std::string_view::npos) ++agent_blocks;
    if (blocks >= 2000) break;
  }
  if (blocks > 0 && agent_blocks * 2 > blocks) return LegacyFormat::agents;
  if (blocks == 0 && (path.find("agents") != std::string_view::npos)) return LegacyFormat::agents;
  return LegacyFormat::actors;
}

std::vector<std::string> import_actors(std::string_view text, const std::string& origin, DictionaryData& data) {
  std::vector<std::string> errors;
  Pending cur;
  bool skipping = false;    // after a bad head line: its aliases and codes are dropped
  std::string closing_tag;  // inside <NOUN>…</NOUN> and similar word lists
  for_each_line(text, [&](std::string_view raw, std::size_t line) {
    std::string utf8 = as_utf8(raw);
    std::string_view l = trim(utf8);
    if (l.substr(0, 8) == "~~FINISH") return false;
    if (!closing_tag.empty()) {
      if (l == closing_tag) closing_tag.clear();
      return true;
    }
    if (l.size() > 2 && l.front() == '<' && l.back() == '>' && l[1] != '/') {
      closing_tag = "</" + std::string(l.substr(1));
      return true;
    }
    if (l.empty()) {
      if (cur.blocks.empty()) finish(cur, origin, data, errors);  // a blank line ends an uncoded group
      return true;
    }
    if (l.front() == '#') return true;
    l = trim(strip_comment(l));
    if (l.empty()) return true;
    std::string_view phrase;
    std::vector<CodeBlock> blocks;
    std::string error;
    if (!split_blocks(l, phrase, blocks, error)) {
      errors.push_back(format_location(origin, line, "", error));
      if (l.front() != '+' && l.front() != '[') {
        finish(cur, origin, data, errors);
        skipping = true;
      }
      return true;
    }
    if (l.front() == '+' || l.front() == '[') {
      if (skipping) return true;
      if (cur.phrase.empty()) {
        errors.push_back(format_location(origin, line, "", "'" + std::string(l) + "' does not follow an entry"));
        return true;
      }
      if (l.front() == '+') {
        std::string_view alias = trim(phrase.substr(1));
        if (!alias.empty()) cur.aliases.emplace_back(alias);
      }
      for (auto& b : blocks) cur.blocks.push_back(std::move(b));
      return true;
    }
    skipping = false;
    if (!cur.phrase.empty() && cur.blocks.empty()) {
      // Consecutive names without codes form one group: the codes that follow
      // apply to all of them; the first is the name, the others aliases.
      cur.aliases.emplace_back(phrase);
      cur.blocks = std::move(blocks);
      return true;
    }
    finish(cur, origin, data, errors);
    cur.line = line;
    cur.phrase = std::string(phrase);
    cur.blocks = std::move(blocks);
    return true;
  });
  finish(cur, origin, data, errors);
  data.reindex();
  return errors;
}

std::vector<std::string> import_agents(std::string_view text, const std::string& origin, DictionaryData& data) {
  std::vector<std::string> errors;
  std::map<std::string, std::vector<std::string>> sets;
  for_each_line(text, [&](std::string_view raw, std::size_t line) {
    std::string utf8 = as_utf8(raw);
    std::string_view l = trim(utf8);
    if (l.substr(0, 8) == "~~FINISH") return false;
    if (l.empty() || l.front() == '#') return true;
    l = trim(strip_comment(l));
    if (l.empty()) return true;
    auto fail = [&](const std::string& m) { errors.push_back(format_location(origin, line, "", m)); };
    if (l.front() == '!' && l.find('=') != std::string_view::npos && l.find('[') == std::string_view::npos) {
      std::size_t eq = l.find('=');
      std::string name(trim(l.substr(0, eq)));
      if (name.size() < 3 || name.back() != '!') return fail("bad substitution set '" + std::string(l) + "'"), true;
      std::vector<std::string> words;
      std::string_view rest = l.substr(eq + 1);
      while (!rest.empty()) {
        std::size_t comma = rest.find(',');
        std::string w = form_phrase(trim(rest.substr(0, comma)));
        if (!w.empty()) words.push_back(std::move(w));
        if (comma == std::string_view::npos) break;
        rest = rest.substr(comma + 1);
      }
      sets[name.substr(1, name.size() - 2)] = std::move(words);
      return true;
    }
    // NOUN {PLURAL} [CODE]
    std::string plural_text, rebuilt;
    bool explicit_plural = false;
    std::size_t brace = l.find('{');
    if (brace != std::string_view::npos) {
      std::size_t close = l.find('}', brace);
      if (close == std::string_view::npos) return fail("unclosed '{' plural"), true;
      explicit_plural = true;
      plural_text = form_phrase(l.substr(brace + 1, close - brace - 1));
      rebuilt = std::string(l.substr(0, brace)) + std::string(l.substr(close + 1));
      l = trim(rebuilt);
    }
    std::string_view phrase;
    std::vector<CodeBlock> blocks;
    std::string error;
    if (!split_blocks(l, phrase, blocks, error)) return fail(error), true;
    if (blocks.empty() || blocks.front().code.empty()) return fail("agent '" + std::string(phrase) + "' has no code"), true;
    std::string sector;
    for (char c : blocks.front().code)
      if (c != '~') sector += c;
    if (phrase.empty()) return fail("code block without a noun"), true;
    std::vector<std::string> expanded = expand(phrase, sets, error);
    if (expanded.empty()) return fail(error), true;
    AgentEntry a;
    for (const auto& x : expanded) {
      std::string f = form_phrase(x);
      if (f.empty()) continue;
      add_unique(a.forms, f, "");
      if (!explicit_plural && phrase.find('!') == std::string_view::npos) add_unique(a.forms, plural(f), "");
    }
    if (explicit_plural) add_unique(a.forms, plural_text, "");
    if (a.forms.empty()) return fail("agent without a form"), true;
    a.id = slugify(a.forms.front());
    a.sector = sector;
    a.type = type_of_sector(sector);
    if (a.type == ActorType::unknown) a.type = ActorType::group;
    std::int64_t idx = data.agent_index(a.id);
    if (idx < 0) {
      data.put_agent(std::move(a));
    } else {
      AgentEntry& old = data.agents[static_cast<std::size_t>(idx)];
      for (auto& f : a.forms) add_unique(old.forms, std::move(f), "");
    }
    return true;
  });
  data.reindex();
  return errors;
}

}  // namespace actors

std::vector<std::string> ActorDictionary::import_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ParseError(path, 0, "", "cannot open the file");
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  switch (actors::detect_format(text, path)) {
    case actors::LegacyFormat::json:
      load_json(text, path);
      return {};
    case actors::LegacyFormat::agents:
      return actors::import_agents(text, path, *impl_);
    case actors::LegacyFormat::actors:
      break;
  }
  return actors::import_actors(text, path, *impl_);
}

}  // namespace actorgraph
