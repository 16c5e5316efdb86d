// ag-actors-check: build-time validator for actor dictionary files.
//
// usage: ag-actors-check [--copy OUT | --stamp OUT] FILE.json...
//
// Loads every FILE with the same loader users get (schema, duplicate ids,
// role dates) and fails with "FILE:LINE: field 'F': message" on the first
// bad entry, which fails the build. --copy writes the (single) checked file to
// OUT; --stamp writes an empty OUT after success. This is a build tool, not
// library code, so it prints.
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "actorgraph/actor_dictionary.hpp"
#include "actorgraph/errors.hpp"

int main(int argc, char** argv) {
  std::string copy, stamp;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--copy") == 0 && i + 1 < argc) copy = argv[++i];
    else if (std::strcmp(argv[i], "--stamp") == 0 && i + 1 < argc) stamp = argv[++i];
    else files.emplace_back(argv[i]);
  }
  if (files.empty() || (!copy.empty() && files.size() != 1)) {
    std::cerr << "usage: ag-actors-check [--copy OUT | --stamp OUT] FILE.json...\n";
    return 2;
  }
  try {
    for (const auto& f : files) {
      actorgraph::ActorDictionary d;
      d.load_json_file(f);
    }
  } catch (const actorgraph::Error& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
  if (!copy.empty()) {
    std::ifstream in(files[0], std::ios::binary);
    std::ofstream out(copy, std::ios::binary);
    out << in.rdbuf();
    if (!out) return 1;
  }
  if (!stamp.empty()) {
    std::ofstream out(stamp);
    if (!out) return 1;
  }
  return 0;
}
