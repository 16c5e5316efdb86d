#include "util/json_schema.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "actorgraph/errors.hpp"
#include "util/schemas.hpp"

namespace actorgraph::json {
namespace {

std::string stringify(const rapidjson::Value& v) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  v.Accept(w);
  return sb.GetString();
}

// "/triples/2/subject" -> "triples[2].subject"
std::string readable_path(const rapidjson::Pointer& p) {
  std::string out;
  for (std::size_t i = 0; i < p.GetTokenCount(); ++i) {
    const auto& t = p.GetTokens()[i];
    std::string name(t.name, t.length);
    if (t.index != rapidjson::kPointerInvalidIndex) {
      out += "[" + name + "]";
    } else {
      if (!out.empty()) out += ".";
      out += name;
    }
  }
  return out;
}

std::string join_field(const std::string& base, const std::string& member) {
  return base.empty() ? member : base + "." + member;
}

std::string type_name(const rapidjson::Value& v) {
  switch (v.GetType()) {
    case rapidjson::kNullType: return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return "a boolean";
    case rapidjson::kObjectType: return "an object";
    case rapidjson::kArrayType: return "an array";
    case rapidjson::kStringType: return "a string";
    case rapidjson::kNumberType: return "a number";
  }
  return "a value";
}

}  // namespace

std::size_t line_of_offset(std::string_view text, std::size_t offset) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  return line;
}

void parse(std::string_view text, rapidjson::Document& doc, const std::string& origin, std::size_t first_line) {
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
  if (doc.HasParseError()) {
    std::size_t off = doc.GetErrorOffset();
    std::string msg = std::string("malformed JSON: ") + rapidjson::GetParseError_En(doc.GetParseError());
    if (doc.GetParseError() == rapidjson::kParseErrorStringInvalidEncoding) msg = "invalid UTF-8 in a string";
    throw ParseError(origin, first_line + line_of_offset(text, off) - 1, "", msg);
  }
}

struct Schema::Impl {
  rapidjson::Document schema_doc;
  std::unique_ptr<rapidjson::SchemaDocument> schema;
};

Schema::Schema(std::string_view schema_json) : impl_(std::make_unique<Impl>()) {
  impl_->schema_doc.Parse(schema_json.data(), schema_json.size());
  if (impl_->schema_doc.HasParseError()) throw Error("internal error: a compiled-in JSON schema does not parse");
  impl_->schema = std::make_unique<rapidjson::SchemaDocument>(impl_->schema_doc);
}

Schema::~Schema() = default;

bool Schema::check(const rapidjson::Value& v, std::string& field, std::string& message) const {
  rapidjson::SchemaValidator validator(*impl_->schema);
  if (v.Accept(validator)) return true;
  const rapidjson::Pointer doc_ptr = validator.GetInvalidDocumentPointer();
  const rapidjson::Pointer schema_ptr = validator.GetInvalidSchemaPointer();
  const std::string keyword = validator.GetInvalidSchemaKeyword();
  const rapidjson::Value* at = doc_ptr.Get(const_cast<rapidjson::Value&>(v));
  const rapidjson::Value* sub = schema_ptr.Get(impl_->schema_doc);
  field = readable_path(doc_ptr);
  message = "violates schema keyword '" + keyword + "'";
  if (!sub) return false;
  if (keyword == "required" && at && at->IsObject() && sub->HasMember("required")) {
    for (const auto& r : (*sub)["required"].GetArray()) {
      if (!at->HasMember(r)) {
        field = join_field(field, r.GetString());
        message = "is missing";
        return false;
      }
    }
  } else if (keyword == "additionalProperties" && at && at->IsObject()) {
    for (const auto& m : at->GetObject()) {
      if (!sub->HasMember("properties") || !(*sub)["properties"].HasMember(m.name)) {
        field = join_field(field, m.name.GetString());
        message = "is not a known field";
        return false;
      }
    }
  } else if (keyword == "type" && sub->HasMember("type")) {
    message = "must be of type " + stringify((*sub)["type"]) + (at ? ", not " + type_name(*at) : std::string());
  } else if (keyword == "minLength" && at && at->IsString() && at->GetStringLength() == 0) {
    message = "must not be empty";
  } else if (keyword == "minItems" && at && at->IsArray() && at->Empty()) {
    message = "must not be empty";
  } else if (keyword == "pattern" && sub->HasMember("pattern")) {
    message = "'" + (at && at->IsString() ? std::string(at->GetString()) : std::string()) +
              "' does not match the pattern " + stringify((*sub)["pattern"]);
  } else if (keyword == "enum" && sub->HasMember("enum")) {
    message = "must be one of " + stringify((*sub)["enum"]);
  } else if ((keyword == "minimum" || keyword == "maximum") && sub->HasMember(keyword.c_str())) {
    message = "must be " + std::string(keyword == "minimum" ? ">= " : "<= ") + stringify((*sub)[keyword.c_str()]);
  } else if (keyword == "maxLength" && sub->HasMember("maxLength")) {
    message = "is longer than " + stringify((*sub)["maxLength"]) + " characters";
  }
  if (field.empty()) field = "(document)";
  return false;
}

void Schema::require(const rapidjson::Value& v, const std::string& origin, std::size_t line) const {
  std::string field, message;
  if (!check(v, field, message)) throw ParseError(origin, line, field, message);
}

const Schema& article_schema() {
  static const Schema s(schemas::article);
  return s;
}
const Schema& triple_schema() {
  static const Schema s(schemas::triple);
  return s;
}
const Schema& actors_schema() {
  static const Schema s(schemas::actors);
  return s;
}
const Schema& relations_schema() {
  static const Schema s(schemas::relations);
  return s;
}
const Schema& word_lists_schema() {
  static const Schema s(schemas::word_lists);
  return s;
}

}  // namespace actorgraph::json
