#include "actorgraph/errors.hpp"

#include <string_view>

namespace actorgraph {

std::string format_location(const std::string& file, std::size_t line, const std::string& field,
                            const std::string& message) {
  std::string s;
  s.reserve(file.size() + field.size() + message.size() + 32);
  s.append(file.empty() ? std::string_view("<input>") : std::string_view(file));
  if (line > 0) s.append(":").append(std::to_string(line));
  s.append(": ");
  if (!field.empty()) s.append("field '").append(field).append("': ");
  s.append(message);
  return s;
}

ParseError::ParseError(std::string file, std::size_t line, std::string field, std::string message)
    : Error(format_location(file, line, field, message)),
      file_(std::move(file)),
      line_(line),
      field_(std::move(field)),
      message_(std::move(message)) {}

}  // namespace actorgraph
