#include "io/article_json.hpp"

#include <rapidjson/error/en.h>

#include "actorgraph/text.hpp"
#include "io/concat.hpp"
#include "util/json_schema.hpp"

namespace actorgraph::io {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool all_space(std::string_view s) {
  for (char c : s)
    if (!is_space(c)) return false;
  return true;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) {
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

// The one wording of a date in a shape we do not read.
std::string bad_date_shape(std::string_view in) {
  return cat({"must be YYYY-MM-DD (optionally with a time), YYYYMMDD or YYMMDD, not '", in, "'"});
}

int number(std::string_view s, std::size_t pos, std::size_t len) {
  int n = 0;
  for (std::size_t i = pos; i < pos + len; ++i) n = n * 10 + (s[i] - '0');
  return n;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

// Copies a string-or-null member (already type-checked by the schema).
void copy_string(const rapidjson::Value& obj, const char* name, std::string& out) {
  auto it = obj.FindMember(name);
  if (it != obj.MemberEnd() && it->value.IsString()) out.assign(it->value.GetString(), it->value.GetStringLength());
  else out.clear();
}

}  // namespace

bool normalise_date(std::string_view in, std::string& out, std::string& message) {
  out.clear();
  if (in.empty()) return true;
  // The date as "YYYY-MM-DD" in a fixed buffer (no temporaries: simple and fast).
  char buf[10];
  if (in.size() >= 10 && in[4] == '-' && in[7] == '-') {
    in.copy(buf, 10);
  } else if (in.size() == 8) {
    in.copy(buf, 4);
    buf[4] = '-';
    in.copy(buf + 5, 2, 4);
    buf[7] = '-';
    in.copy(buf + 8, 2, 6);
  } else if (in.size() == 6 && all_digits(in)) {
    // YYMMDD, the event-data convention (TABARI, PETRARCH): 30-99 -> 19yy, 00-29 -> 20yy.
    const bool nineteen = number(in, 0, 2) >= 30;
    std::string_view(nineteen ? "19" : "20").copy(buf, 2);
    in.copy(buf + 2, 2, 0);
    buf[4] = '-';
    in.copy(buf + 5, 2, 2);
    buf[7] = '-';
    in.copy(buf + 8, 2, 4);
  } else {
    message = bad_date_shape(in);
    return false;
  }
  const std::string_view ymd(buf, 10);
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (!is_digit(ymd[i])) {
      message = bad_date_shape(in);
      return false;
    }
  }
  const int year = number(ymd, 0, 4), month = number(ymd, 5, 2), day = number(ymd, 8, 2);
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
    message = cat({"'", in, "' is not a calendar date"});
    return false;
  }
  out.assign(ymd);
  return true;
}

bool article_from_json(const rapidjson::Value& v, Article& out, std::string& field, std::string& message) {
  if (!json::article_schema().check(v, field, message)) {
    // Friendlier words for the two patterns of the schema.
    if (message.find("does not match the pattern") != std::string::npos) {
      if (field == "text") {
        message = "must contain a non-space character";
      } else if (field == "date") {
        auto it = v.FindMember("date");
        message = bad_date_shape(std::string_view(it->value.GetString(), it->value.GetStringLength()));
      }
    }
    return false;
  }
  const auto& text = v["text"];
  if (all_space(std::string_view(text.GetString(), text.GetStringLength()))) {  // belt and braces
    field = "text";
    message = "must contain a non-space character";
    return false;
  }
  out.text.assign(text.GetString(), text.GetStringLength());

  auto id = v.FindMember("id");
  if (id == v.MemberEnd() || id->value.IsNull()) out.id.clear();
  else if (id->value.IsString()) out.id.assign(id->value.GetString(), id->value.GetStringLength());
  else if (id->value.IsInt64()) out.id = std::to_string(id->value.GetInt64());
  else out.id = std::to_string(id->value.GetUint64());

  auto date = v.FindMember("date");
  if (date != v.MemberEnd() && date->value.IsString()) {
    if (!normalise_date(std::string_view(date->value.GetString(), date->value.GetStringLength()), out.date,
                        message)) {
      field = "date";
      return false;
    }
  } else {
    out.date.clear();
  }
  copy_string(v, "title", out.title);
  copy_string(v, "source", out.source);
  copy_string(v, "url", out.url);
  return true;
}

std::string parse_error_message(int code, std::size_t offset, bool show_column) {
  const auto err = static_cast<rapidjson::ParseErrorCode>(code);
  if (err == rapidjson::kParseErrorStringInvalidEncoding) return "invalid UTF-8 in a string";
  std::string reason = rapidjson::GetParseError_En(err);
  if (!reason.empty() && reason.back() == '.') reason.pop_back();
  return cat({"malformed JSON: ", reason, show_column ? " at column " : "",
              show_column ? std::to_string(offset + 1) : std::string()});
}

std::string field_with_invalid_utf8(std::string_view line) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseNoFlags>(line.data(), line.size());
  if (doc.HasParseError() || !doc.IsObject()) return "";
  for (const auto& m : doc.GetObject()) {
    std::string_view name(m.name.GetString(), m.name.GetStringLength());
    if (!text::is_valid_utf8(name)) return "";
    if (m.value.IsString() && !text::is_valid_utf8(std::string_view(m.value.GetString(), m.value.GetStringLength())))
      return std::string(name);
  }
  return "";
}

}  // namespace actorgraph::io
