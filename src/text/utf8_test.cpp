#include <doctest/doctest.h>

#include "actorgraph/text.hpp"

using actorgraph::text::is_valid_utf8;

TEST_CASE("UTF-8 validation: valid and invalid byte strings side by side") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("plain ASCII text, long enough for the fast path"));
  CHECK(is_valid_utf8("Zelenskyy told China’s Xi — Kyiv, Côte d’Ivoire, 日本, 😀"));
  CHECK_FALSE(is_valid_utf8("\xff"));
  CHECK_FALSE(is_valid_utf8("abc\xc3"));              // truncated
  CHECK_FALSE(is_valid_utf8("\xc0\xaf"));             // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xe0\x80\xaf"));         // overlong
  CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));         // surrogate
  CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));     // > U+10FFFF
  CHECK_FALSE(is_valid_utf8("12345678\x80"));         // stray continuation after fast path
}
