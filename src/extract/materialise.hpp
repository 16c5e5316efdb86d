// Turning references into the Actor values a Triple carries.
#pragma once

#include <string>

#include "actorgraph/actor.hpp"
#include "extract/analysis.hpp"

namespace actorgraph::extract {

/// The actor a reference names on the article's date (persons take the code,
/// country and sector of the role they held then). Derived actors get the id
/// "<country id>-<sector>" ("russia-mil"), the name "<adjective> <label>"
/// ("Russian military") and the code "<ISO><SECTOR>" ("RUSMIL"); a metonym
/// ("Beijing", "the Kremlin") is the country's government ("china-gov").
/// Unknown names get "unk-" + slugify(name) and type unknown.
void materialise(const Model& m, const Analysis& a, const Ref& r, Actor& out);

/// The original text of tokens [tb, te) (newlines folded to spaces).
std::string surface(const Analysis& a, std::uint32_t tb, std::uint32_t te);

}  // namespace actorgraph::extract
