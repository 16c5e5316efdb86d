// String concatenation for messages. Internal to io.
//
// Joins the parts with one allocation; also avoids GCC 12's false -Wrestrict
// on `"literal" + std::string` (GCC bug 105651).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace actorgraph::io {

inline std::string cat(std::initializer_list<std::string_view> parts) {
  std::size_t n = 0;
  for (auto p : parts) n += p.size();
  std::string out;
  out.reserve(n);
  for (auto p : parts) out.append(p);
  return out;
}

}  // namespace actorgraph::io
