#!/usr/bin/env bash
# Search benchmark: our index against Pagefind on the same built HTML, same machine, same run.
#   bench/search-bench.sh [OUT]            (default OUT=/tmp/search-bench)
#   CORPORA="real 2000 10000" ROUNDS=2 bench/search-bench.sh /tmp/search-bench
#   JUDGED=1 bench/search-bench.sh /tmp/search-bench   the judged queries of bench/judged-queries.tsv and of the
#                                                       held-out bench/judged-queries-heldout.tsv (JUDGED_FILES to
#                                                       choose) on the real record only: wanted page in the top 5,
#                                                       both engines
# Results go to $OUT/results.md and $OUT/build-times.md; misses and errors to $OUT/c<corpus>/bench.err.
#
# Needs (checked first; the script stops with a message naming what is missing):
#   java 17 and mvn      the generator and the driver (bench/SearchBench.java, run on the test classpath)
#   chromium and chromedriver of the same version   apt-get install chromium chromium-driver
#   node and npm         Pagefind is installed from npm (pagefind@1.6.0) into $OUT/pf, outside the repository
#   python3              bench/synthetic-corpus.py writes the synthetic corpora
# Hugo is not needed here (only bench/build-bench.sh uses it: apt-get install hugo).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-/tmp/search-bench}
CORPORA=${CORPORA:-real 2000 10000}
ROUNDS=${ROUNDS:-2}
PAGEFIND_VERSION=1.6.0

fail() { echo "search-bench: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || fail "'$1' not found on PATH: $2"; }
need java "install a JDK 17 (apt-get install openjdk-17-jdk-headless)"
need mvn "install Maven (apt-get install maven)"
need python3 "install Python 3 (apt-get install python3)"
need npm "install Node.js and npm (apt-get install nodejs npm); Pagefind comes from npm"
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || [ -x /usr/bin/chromium ] \
  || fail "Chromium not found: apt-get install chromium (or set the browser path the tests use)"
command -v chromedriver >/dev/null 2>&1 || [ -x /usr/bin/chromedriver ] \
  || fail "chromedriver not found: apt-get install chromium-driver (same version as Chromium)"

mkdir -p "$OUT"
BUILD="$OUT/target"
cd "$REPO"
mvn -q -B -pl generator -Dbuild.dir="$BUILD" test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test \
  || fail "the generator did not compile (mvn test-compile above)"
CP="$BUILD/classes:$BUILD/test-classes:$(cat "$OUT/cp.txt")"
if [ ! -x "$OUT/pf/node_modules/.bin/pagefind" ]; then
  echo "installing pagefind@$PAGEFIND_VERSION from npm into $OUT/pf" >&2
  (mkdir -p "$OUT/pf" && cd "$OUT/pf" && npm init -y >/dev/null && npm install --silent "pagefind@$PAGEFIND_VERSION") \
    || fail "npm install pagefind@$PAGEFIND_VERSION failed"
fi
PAGEFIND="$OUT/pf/node_modules/.bin/pagefind"

{
  echo "| corpus | engine | results | total index | first query: names, median (max) | two or three words | quoted phrases | one-edit typos | worst cases | cold p50 / p95 (fresh page, http) | warm p50 / p95 (session) | one-edit typo in top 5 | two-edit typo (8+ letters) in top 5 |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} > "$OUT/results.md"
: > "$OUT/build-times.md"
for N in $CORPORA; do
  C="$OUT/c$N"
  if [ "$N" = real ]; then
    rm -rf "$C"; mkdir -p "$C"; for p in content templates assets schemas site.yaml maps; do cp -r "$REPO/$p" "$C/"; done
  else
    python3 "$REPO/bench/synthetic-corpus.py" "$REPO" "$C" "$N" || fail "synthetic corpus $N not written"
  fi
  (cd "$C" && java -cp "$CP" org.idlibchronicle.Main "$C" > "$C/build.log" 2>&1) || { tail -20 "$C/build.log" >&2; fail "corpus $N did not build (see $C/build.log)"; }
  ours=$(grep -o 'index [0-9]* ms' "$C/build.log" || echo "index ? ms")
  docs=$(grep -o '[0-9]* search documents' "$C/build.log" || echo "? search documents")
  start=$(date +%s%N)
  "$PAGEFIND" --site "$C/site" --output-subdir pagefind > "$C/pagefind.log" 2>&1 || { tail -20 "$C/pagefind.log" >&2; fail "pagefind failed on corpus $N"; }
  pf=$(( ($(date +%s%N) - start) / 1000000 ))
  pages=$(grep -o 'Indexed [0-9]* pages' "$C/pagefind.log" || true)
  echo "| $N | $docs | ours: $ours (index stage) | pagefind: $pf ms ($pages) |" >> "$OUT/build-times.md"
  if [ -n "${JUDGED:-}" ]; then
    # Each set of judged queries in turn: the first set and the held-out one (never used to tune).
    : > "$OUT/judged.md"
    for JF in ${JUDGED_FILES:-bench/judged-queries.tsv bench/judged-queries-heldout.tsv}; do
      set_name=$(basename "$JF" .tsv)
      kinds=$(grep -v '^#' "$REPO/$JF" | tail -n +2 | cut -f1 | uniq | tr '\n' '|' | sed 's/|$//;s/|/ | /g')
      { echo; echo "$set_name:"; echo; echo "| corpus | engine | $kinds | all |"; echo "|---|---|$(echo "$kinds" | sed 's/[^|]*/---/g')|---|"; } >> "$OUT/judged.md"
      java -Djudged="$REPO/$JF" -cp "$CP" "$REPO/bench/SearchBench.java" "$C/site" "$N" >> "$OUT/judged.md" 2> "$C/judged-$set_name.err" \
        || { tail -30 "$C/judged-$set_name.err" >&2; fail "the judged queries of $JF failed on corpus $N (see $C/judged-$set_name.err)"; }
      grep 'judged miss' "$C/judged-$set_name.err" | sed "s/^/$set_name: /" || true
    done
    cat "$OUT/judged.md"
    continue
  fi
  if ! java -cp "$CP" "$REPO/bench/SearchBench.java" "$C/site" "$N" "$ROUNDS" > "$C/bench.out" 2> "$C/bench.err"; then
    tail -30 "$C/bench.err" >&2
    fail "the benchmark driver failed on corpus $N (see $C/bench.err)"
  fi
  grep '^|' "$C/bench.out" >> "$OUT/results.md" || fail "the driver printed no results for corpus $N"
done
cat "$OUT/build-times.md" "$OUT/results.md"
