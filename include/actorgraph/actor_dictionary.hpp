// The actor dictionary: countries, organisations, people with dated roles,
// and agents (role nouns that make an actor from a country).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/actor.hpp"

namespace actorgraph {

/// One dated role of a person: "president of CHN from 2013-03-14".
struct Role {
  std::string title;    ///< role noun, lower case: "president", "prime minister", "foreign minister"
  std::string country;  ///< ISO alpha-3 ("" for an IGO role; then `org` names it)
  std::string org;      ///< actor id of an organisation ("nato", "united-nations") or ""
  std::string sector;   ///< GOV, MIL …
  std::string code;     ///< CAMEO-style code while in the role: "CHNGOV"
  std::string from;     ///< ISO date, "" = open
  std::string to;       ///< ISO date, "" = still in office
};

/// A dictionary entry for a named actor.
struct ActorEntry {
  Actor actor;                        ///< id, display name, type, country, sector, code, aliases
  std::vector<std::string> adjectives;  ///< demonyms/adjectives: "Ukrainian", "Chinese"
  std::vector<std::string> metonyms;    ///< capitals and seats of power: "Kyiv", "Kiev", "the Kremlin"
  std::string gender;                   ///< "m", "f" or "" (persons)
  std::string surname;                  ///< persons: the form used alone after a first full
                                        ///< mention ("Xi"); default the last word of the name
  std::vector<Role> roles;              ///< dated roles (persons)
};

/// An agent: a role noun that, with a country, makes an actor
/// ("Russian forces" -> RUSMIL, "the Chinese foreign ministry" -> CHNGOV).
struct AgentEntry {
  std::string id;                     ///< "forces"
  std::vector<std::string> forms;     ///< lower-case surface forms: "forces", "troops", "army"
  std::string sector;                 ///< MIL
  ActorType type = ActorType::group;  ///< military, government, group, media …
  bool person = false;                ///< one human being ("president", "minister"): can be "he"/"she"
  std::string title;                  ///< for persons: the Role title it refers to ("president")
  /// A description: a singular form ("the company", "the newspaper") refers
  /// back to an earlier actor of this type (organization or media), not to an
  /// actor of its own; unknown (the default) for other agents.
  ActorType refers = ActorType::unknown;
};

/// The kinds of proper name a recogniser tells apart for names the
/// dictionary does not know. Only persons, organisations and groups are actors;
/// places, events, documents and products (works, weapons) are not.
enum class NameType : std::uint8_t { person, organization, group, place, event, document, product };

/// Where a word of a NameWords list stands relative to an unknown name.
enum class NameWhere : std::uint8_t {
  head,    ///< the name's last word ("Acme Corp", "Kyoto Protocol", "Carling Cup")
  first,   ///< the name's first word ("Gary Neville": a given name)
  before,  ///< the word right before the name ("striker Wayne Rooney", "carmaker Toyota")
  after,   ///< the word right after the name ("Ryanair shares", "Scud missiles")
  name,    ///< the whole name ("Leicester": a place of Debian's iso-codes subdivisions)
};

/// Lower-case words that say what kind of name an unknown name is
/// (schemas/actors.schema.json, "name_words").
struct NameWords {
  NameWhere where = NameWhere::head;
  NameType type = NameType::organization;
  std::string sector;               ///< the sector such a name's actor takes ("BUS", "NGO"), "" when none
  std::vector<std::string> words;   ///< lower case; multi-word names for `name`
};

/// How a surface name refers to a dictionary entry.
enum class NameKind : std::uint8_t {
  name,       ///< the actor's name or alias ("Xi Jinping", "Zelensky", "PRC")
  adjective,  ///< a country adjective/demonym ("Ukrainian", "Russians")
  metonym,    ///< capital or seat of power ("Beijing", "the Kremlin")
  agent,      ///< an agent form ("forces", "foreign ministry")
};

/// One surface form to index in a recogniser.
struct NameForm {
  std::string text;        ///< as written in the dictionary ("Xi Jinping")
  NameKind kind = NameKind::name;
  std::uint32_t index = 0; ///< index into actors() or agents()
};

/// The set of actors and agents known to the extractor. Built-in entries are
/// compiled into the binary; user files extend them and override entries with
/// the same id. Not thread-safe while loading; const access is thread-safe.
class ActorDictionary {
 public:
  ActorDictionary();
  ~ActorDictionary();
  ActorDictionary(ActorDictionary&&) noexcept;
  ActorDictionary& operator=(ActorDictionary&&) noexcept;

  /// The compiled-in dictionary (countries, IGOs, leaders with dated roles, agents).
  static ActorDictionary builtin();

  /// Loads a JSON dictionary (schemas/actors.schema.json), adding entries and
  /// replacing built-ins with the same id. Throws ParseError naming file, line
  /// and field for the first bad entry.
  void load_json_file(const std::string& path);
  /// Same, from a string (`origin` names it in messages).
  void load_json(std::string_view json, const std::string& origin);

  /// Imports Phoenix/PETRARCH actor or agent files and TABARI .actors/.agents
  /// (format detected from content). Bad lines are reported via the returned
  /// list ("FILE:LINE: …"); good lines are kept.
  std::vector<std::string> import_file(const std::string& path);

  const std::vector<ActorEntry>& actors() const noexcept;
  const std::vector<AgentEntry>& agents() const noexcept;
  /// The word lists that type unknown names, in load order (built-in first).
  const std::vector<NameWords>& name_words() const noexcept;
  /// Every surface form to index (names, aliases, adjectives, metonyms, agent forms).
  std::vector<NameForm> name_forms() const;

  /// Entry by actor id, nullptr when absent.
  const ActorEntry* find(std::string_view id) const noexcept;
  /// The country entry for an ISO alpha-3 code, nullptr when absent.
  const ActorEntry* country(std::string_view iso3) const noexcept;
  /// Who held `title` for `country` (or organisation id) on `date` (ISO; empty
  /// = today): e.g. ("president", "USA", "2003-05-01") -> george-w-bush.
  const ActorEntry* holder(std::string_view title, std::string_view country_or_org,
                           std::string_view date) const noexcept;
  /// The role a person held on `date` (the first match), or nullptr.
  static const Role* role_at(const ActorEntry& e, std::string_view date) noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace actorgraph
