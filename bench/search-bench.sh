#!/bin/sh
# Search benchmark: our index against Pagefind on the real site and synthetic corpora of 2,000 and
# 10,000 documents, same machine, same run, same built HTML. Results go to $OUT/results.md.
#   bench/search-bench.sh [OUT]        (default OUT=/tmp/search-bench; needs chromium, node/npm)
# Pagefind is installed from npm into $OUT/pf, outside the repository.
set -eu
REPO=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-/tmp/search-bench}
mkdir -p "$OUT"
BUILD="$OUT/target"
cd "$REPO"
mvn -q -B -pl generator -Dbuild.dir="$BUILD" test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test
CP="$BUILD/classes:$BUILD/test-classes:$(cat "$OUT/cp.txt")"
[ -x "$OUT/pf/node_modules/.bin/pagefind" ] || (mkdir -p "$OUT/pf" && cd "$OUT/pf" && npm init -y >/dev/null && npm install --silent pagefind@1.6.0)
PAGEFIND="$OUT/pf/node_modules/.bin/pagefind"
echo "| corpus | engine | total index | first query, median (max) | worst case | p50 / p95 latency | one-edit typo in top 5 |" > "$OUT/results.md"
echo "|---|---|---|---|---|---|---|" >> "$OUT/results.md"
: > "$OUT/build-times.md"
for N in real 2000 10000; do
  C="$OUT/c$N"
  if [ "$N" = real ]; then
    rm -rf "$C"; mkdir -p "$C"; for p in content templates assets schemas maps; do cp -r "$REPO/$p" "$C/"; done
  else
    python3 "$REPO/bench/synthetic-corpus.py" "$REPO" "$C" "$N"
  fi
  (cd "$C" && java -cp "$CP" org.idlibchronicle.Main "$C" > "$C/build.log")
  ours=$(grep -o 'index [0-9]* ms' "$C/build.log")
  docs=$(grep -o '[0-9]* search documents' "$C/build.log")
  start=$(date +%s%N)
  "$PAGEFIND" --site "$C/site" --output-subdir pagefind > "$C/pagefind.log" 2>&1
  pf=$(( ($(date +%s%N) - start) / 1000000 ))
  pages=$(grep -o 'Indexed [0-9]* pages' "$C/pagefind.log" || true)
  echo "| $N | $docs | ours: $ours (index stage) | pagefind: $pf ms ($pages) |" >> "$OUT/build-times.md"
  java -cp "$CP" "$REPO/bench/SearchBench.java" "$C/site" "$N" 2> "$C/bench.err" | grep '^|' >> "$OUT/results.md"
done
cat "$OUT/build-times.md" "$OUT/results.md"
