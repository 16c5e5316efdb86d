#!/bin/sh
# build_corpora.sh ACTORGRAPH_EXE [CORPORA_DIR] — builds every .jsonl file under
# CORPORA_DIR (default ../shared/corpora: Reuters-21578, BBC News, AG News) into
# one database with the real `actorgraph build`, and reports wall time, CPU
# time, peak memory, database size and what the database holds (articles,
# actors, edges, mentions). Subset files (bbc_politics, ag_news_test_world),
# whose articles all appear in a larger file beside them, are left out.
# Exit: 0 done; 1 the build failed; 77 (skip) when the corpora are absent.
set -u
exe=${1:?usage: build_corpora.sh ACTORGRAPH_EXE [CORPORA_DIR]}
corpora=${2:-$(dirname "$0")/../../../../shared/corpora}
if [ ! -d "$corpora" ]; then
  echo "skip: no corpora at $corpora (../shared/corpora is read from beside the project)"
  exit 77
fi
all=$(find "$corpora" -name '*.jsonl' -type f | LC_ALL=C sort)
if [ -z "$all" ]; then
  echo "skip: no .jsonl files under $corpora"
  exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/ag-corpora-XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
db=$work/corpora.db

# A file whose article ids all appear in another file of its directory is a
# subset (bbc_politics of bbc_all): `build` rejects duplicate ids, so leave it out.
ids() { grep -o '^{"id": *"[^"]*"' "$1" | LC_ALL=C sort -u; }
files=""
for f in $all; do
  ids "$f" > "$work/a"
  subset=""
  for g in "$(dirname "$f")"/*.jsonl; do
    [ "$g" = "$f" ] && continue
    ids "$g" > "$work/b"
    if [ -s "$work/a" ] && [ "$(wc -l < "$work/b")" -gt "$(wc -l < "$work/a")" ] &&
       [ -z "$(LC_ALL=C comm -23 "$work/a" "$work/b")" ]; then subset=$g; fi
  done
  if [ -n "$subset" ]; then echo "leaving out $f (a subset of $subset)"; else files="$files $f"; fi
done

echo "input:"
records=0
for f in $files; do
  n=$(wc -l < "$f")
  records=$((records + n))
  printf '  %8d articles  %6d KiB  %s\n' "$n" $(( $(stat -c %s "$f") / 1024 )) "$f"
done

timer=""
[ -x /usr/bin/time ] && timer="/usr/bin/time -f %e\t%U\t%S\t%M -o $work/time"
start=$(date +%s.%N)
# shellcheck disable=SC2086  # $files and $timer are word lists on purpose
$timer "$exe" build --db "$db" $files > "$work/build.out" 2> "$work/build.err"
rc=$?
end=$(date +%s.%N)
cat "$work/build.out"
if [ $rc -ne 0 ]; then
  echo "actorgraph build failed (exit $rc):"
  cat "$work/build.err"
  exit 1
fi
wall=$(echo "$end - $start" | bc -l 2>/dev/null || awk "BEGIN{print $end - $start}")
stats=$("$exe" stats --db "$db" --json) || exit 1
size=$(stat -c %s "$db")
[ -f "$db-wal" ] && size=$((size + $(stat -c %s "$db-wal")))
get() { echo "$stats" | sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p"; }

echo
echo "## actorgraph build, all corpora ($records article records)"
echo
echo "| measure | value |"
echo "|---|---:|"
printf '| wall time | %.1f s |\n' "$wall"
if [ -n "$timer" ] && [ -s "$work/time" ]; then
  IFS='	' read -r e u s m < "$work/time"
  printf '| CPU time (user + system) | %.1f s |\n' "$(awk "BEGIN{print $u + $s}")"
  printf '| peak RSS | %d MiB |\n' $((m / 1024))
fi
printf '| articles/s (wall) | %.0f |\n' "$(awk "BEGIN{print $records / $wall}")"
printf '| database size | %.1f MiB |\n' "$(awk "BEGIN{print $size / 1048576}")"
printf '| articles | %s |\n| actors | %s |\n| edges | %s |\n| mentions | %s |\n' \
  "$(get articles)" "$(get actors)" "$(get edges)" "$(get mentions)"
if [ -s "$work/build.err" ]; then
  echo
  echo "warnings:"
  head -20 "$work/build.err"
fi
exit 0
