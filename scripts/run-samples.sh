#!/usr/bin/env bash
# The main job on the samples: build ./actorgraph.db from samples/, show the
# relationships of the samples' main actor, write ./actorgraph.graphml.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
ag=build/src/cli/actorgraph
"$ag" build samples/articles/ --db actorgraph.db
echo
"$ag" query --db actorgraph.db actor "Volodymyr Zelenskyy"
"$ag" export --db actorgraph.db --format graphml -o actorgraph.graphml
echo
echo "wrote actorgraph.db and actorgraph.graphml"
