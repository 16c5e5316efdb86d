// The model shipped with actorgraph, embedded by embed_model.py.
#include "actorgraph/syntax.hpp"

extern "C" const char actorgraph_syntax_model_begin[];
extern "C" const char actorgraph_syntax_model_end[];

namespace actorgraph::syntax {

const Parser& Parser::builtin() {
  // Read once; the image lives in the binary's read-only data, never copied.
  static const std::unique_ptr<Parser> parser = from_bytes(
      std::string_view(actorgraph_syntax_model_begin,
                       static_cast<std::size_t>(actorgraph_syntax_model_end - actorgraph_syntax_model_begin)),
      "the built-in syntax model");
  return *parser;
}

}  // namespace actorgraph::syntax
