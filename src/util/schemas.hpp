// The JSON Schemas of schemas/, compiled in by src/util/embed.py.
#pragma once
#include <string_view>
namespace actorgraph::schemas {
extern const std::string_view article;
extern const std::string_view triple;
extern const std::string_view actors;
extern const std::string_view relations;
extern const std::string_view word_lists;
}  // namespace actorgraph::schemas
