// actorgraph — the one error policy.
//
// Every failure the user can cause is reported by throwing one of these
// (all derived from actorgraph::Error, itself a std::runtime_error). They are
// caught only in the CLI's main() and mapped to exit codes:
//   UsageError -> 2, every other Error -> 1.
// Library code never prints and never calls exit().
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace actorgraph {

/// Base of all actorgraph errors. what() is a complete, user-readable message.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Bad input data: an article, a dictionary entry, a JSON document.
/// what() reads "FILE:LINE: field 'FIELD': MESSAGE" (line 0 and empty field
/// are left out of the text when unknown).
class ParseError : public Error {
 public:
  ParseError(std::string file, std::size_t line, std::string field, std::string message);
  const std::string& file() const noexcept { return file_; }
  std::size_t line() const noexcept { return line_; }
  const std::string& field() const noexcept { return field_; }
  const std::string& message() const noexcept { return message_; }

 private:
  std::string file_;
  std::size_t line_;
  std::string field_;
  std::string message_;
};

/// The database could not be opened, is not an actorgraph database, or a
/// statement failed. The message names the database file.
class StorageError : public Error {
 public:
  using Error::Error;
};

/// The command line is wrong (unknown option, missing argument, bad value).
class UsageError : public Error {
 public:
  using Error::Error;
};

/// A name given by the user (actor, article, format) is not known. The
/// message lists close matches or the valid values.
class NotFoundError : public Error {
 public:
  using Error::Error;
};

/// Formats "FILE:LINE: field 'FIELD': MESSAGE" leaving out unknown parts.
std::string format_location(const std::string& file, std::size_t line, const std::string& field,
                            const std::string& message);

}  // namespace actorgraph
