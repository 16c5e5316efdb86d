// Names the dictionary does not know: what kind of name each one is (person,
// organisation, group, place, event, document, product), from the name's own
// words (its head: "Acme Corp", "Carling Cup", "Kyoto Protocol"; a given name
// first: "Gary Neville"), the words around it ("striker Wayne Rooney",
// "Ryanair shares", "Scud missiles"), Debian's iso-codes subdivisions (places)
// and the article's earlier use of the same name. Only persons, organisations
// and groups become actors. The word lists are data (name_words in the actor
// dictionary); this file holds the mechanism.
#pragma once

#include <cstdint>

#include "extract/analysis.hpp"

namespace actorgraph::extract {

/// The type of the unknown name over tokens [b, e) of the sentence whose
/// tokens are [first, last). A single word that is itself a head word
/// ("Association", "Cup", "Street") is a capitalised common noun, no name:
/// type -1 with strength 3.
NameClass classify_name(const Model& m, const Analysis& a, std::uint32_t b, std::uint32_t e, std::uint32_t first,
                        std::uint32_t last);

/// classify_name, then the article's memory of the same name (a.names): the
/// stronger of the two wins, and a stronger new one is remembered. A one-word
/// name nothing types where it stands ("Honeywell sues Apple" in a headline)
/// takes the type of the longer name the article later gives with the same
/// word ("Honeywell International Inc"), whose tokens are then stored in
/// *full_b, *full_e (when given) as the name it stands for.
NameClass type_name(const Model& m, Analysis& a, std::uint64_t hash, std::uint32_t b, std::uint32_t e,
                    std::uint32_t first, std::uint32_t last, std::uint32_t* full_b = nullptr,
                    std::uint32_t* full_e = nullptr);

/// Persons, organisations and groups are actors; places, events, documents,
/// products and untyped names are not.
constexpr bool actor_name(std::int8_t type) noexcept {
  return type == static_cast<std::int8_t>(NameType::person) || type == static_cast<std::int8_t>(NameType::organization) ||
         type == static_cast<std::int8_t>(NameType::group);
}

/// The actor type of an unknown name's NameType (unknown for non-actors).
ActorType name_actor_type(std::int8_t type) noexcept;

/// The identity hash of the norm words [b, e) of an unknown name.
std::uint64_t name_hash(const Analysis& a, std::uint32_t b, std::uint32_t e) noexcept;

}  // namespace actorgraph::extract
