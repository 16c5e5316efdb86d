#include "actorgraph/errors.hpp"

namespace actorgraph {

std::string format_location(const std::string& file, std::size_t line, const std::string& field,
                            const std::string& message) {
  std::string s = file.empty() ? std::string("<input>") : file;
  if (line > 0) s += ":" + std::to_string(line);
  s += ": ";
  if (!field.empty()) s += "field '" + field + "': ";
  s += message;
  return s;
}

ParseError::ParseError(std::string file, std::size_t line, std::string field, std::string message)
    : Error(format_location(file, line, field, message)),
      file_(std::move(file)),
      line_(line),
      field_(std::move(field)),
      message_(std::move(message)) {}

}  // namespace actorgraph
