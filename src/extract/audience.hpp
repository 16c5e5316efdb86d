// Statements to the press: "X told Reuters", "X told reporters", "X said in
// an interview with the BBC". The outlet is the article's source of the
// words, not a counterpart of the speaker: such triples keep their object
// but carry Triple::audience, and `build` leaves them out of the graph unless
// asked (--keep-media-audience).
#pragma once

#include <string_view>

#include "actorgraph/triple.hpp"

namespace actorgraph::extract {

/// The audience kind of triple `t` ("news organisation", "reporters",
/// "interview"), or "" when it is no statement to the press. A statement is a
/// relation of saying or talking (CAMEO roots 01 and 04, a comment or a
/// refusal to comment, an interview) whose object is a news medium; the press
/// at large (a derived or generic media actor: "reporters", "Japanese
/// journalists") is "reporters", a named outlet a "news organisation"; any of
/// them in an interview ("in an interview with", "interviewed by") an
/// "interview". Media acting or acted on otherwise ("Zimbabwe banned the
/// BBC") are no audience.
std::string_view press_audience(const Triple& t) noexcept;

/// Sets Triple::audience on `t` (see press_audience).
inline void mark_press_audience(Triple& t) { t.audience = press_audience(t); }

}  // namespace actorgraph::extract
