#!/usr/bin/env bash
# Build-speed benchmark: idlib-chronicle against Hugo, and against Hugo + Pagefind (Hugo's output
# indexed for search, which our build does itself), on the same synthetic corpus, in the same run.
# Not part of CI. Usage: bench/build-bench.sh [sizes...]   (default: 1000 10000)
#   RUNS=5        runs per tool and size (the tools alternate; medians are reported)
#   HEAP=2g       our JVM's heap
#   JAVA_OPTS=... our JVM's options; by default those of .mvn/jvm.config, i.e. what `mvn site-gen` runs with
#   HUGO_AT_MOST=10000   sizes above this build ours only (100,000 events take Hugo and Pagefind minutes)
#   BEFORE=DIR    also time an older checkout of the generator (compiled, with target/cp.txt as
#                 compare-builds.sh makes it), as the tool "before", in the same alternation, with the
#                 JVM options of its own .mvn/jvm.config (what its `mvn site-gen` runs with;
#                 BEFORE_JAVA_OPTS=... overrides them)
#   BEFORE_AT_MOST=10000 sizes above this skip "before"
#   BEFORE_CORPORA=DIR   "before" builds its own copy of each corpus, made by its own SyntheticCorpus
#                 (DIR-1000, ...): the same content, with the templates, schemas and assets of its
#                 checkout, for a "before" whose templates differ from this checkout's
#   CARDS_AT_MOST=10000  sizes above this run ours without cards only (100,000 cards drawn cold
#                 take about 6 CPU-minutes, and the warm-up would draw them all)
#   CORPORA=/tmp/idlib-bench   where the corpora are written (CORPORA-1000, ...)
#   LIMIT=900     stop any timed run after this many seconds and report it as not finished, with
#                 its time and memory when stopped (at 100,000 events, for the tools that cannot
#                 finish: Hugo's run there did not end in 22 minutes)
# Ours runs twice per round: "ours" with the social cards (the corpus's default, cards kept in the
# corpus's target/ after the warm-up build, as a second build finds them) and "ours-nocards" with
# 'social_cards: false' (like for like with Hugo, which draws no cards). "before" runs with cards.
# One untimed warm-up build of each tool per size fills the page cache and the card cache
# (WARMUP=no leaves it out: at 100,000 events with one run, when the corpus was just read).
# Writes raw timings to target/bench/build-*.tsv and prints a Markdown table of medians, with the
# physical floor of each size: reading every content file (cat) and copying the built site (cp -r).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(1000 10000); fi
runs=${RUNS:-5}
heap=${HEAP:-2g}
java_opts=${JAVA_OPTS-$(cat .mvn/jvm.config 2>/dev/null || true)}
hugo_at_most=${HUGO_AT_MOST:-10000}
before=${BEFORE:-}
before_at_most=${BEFORE_AT_MOST:-10000}
before_java_opts=${BEFORE_JAVA_OPTS-$([ -n "$before" ] && cat "$before/.mvn/jvm.config" 2>/dev/null || true)}
cards_at_most=${CARDS_AT_MOST:-10000}
corpora=${CORPORA:-/tmp/idlib-bench}
pagefind_version=1.6.0
out=target/bench
mkdir -p "$out"

command -v hugo >/dev/null || { apt-get update -qq && apt-get install -y -qq hugo; }
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time
command -v npm >/dev/null || apt-get install -y -qq nodejs npm
pagefind="$PWD/$out/pf/node_modules/.bin/pagefind"
if [ ! -x "$pagefind" ]; then
  (mkdir -p "$out/pf" && cd "$out/pf" && npm init -y >/dev/null && npm install --silent "pagefind@$pagefind_version") >&2
fi

mvn -q -B test-compile
mvn -q -B -pl generator dependency:build-classpath -Dmdep.outputFile="$PWD/$out/cp.txt"
cp="target/classes:$(cat "$out/cp.txt")"
tcp="target/test-classes:$cp"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# One timed run; stopped at LIMIT seconds if set, and then recorded as "<tool>-unfinished"; a run
# that fails (at 100,000 events an older generator runs out of heap) is recorded as "<tool>-failed".
timed() {
  local label=$1 status=0; shift
  /usr/bin/time -f "$label	%e	%U	%S	%M" -o "$tsv.t" ${LIMIT:+timeout "$LIMIT"} "$@" || status=$?
  sed -i '/^Command /d' "$tsv.t"   # time's own line about a non-zero exit
  if [ "$status" = 124 ]; then
    sed -i "s/^$label\t/$label-unfinished\t/" "$tsv.t"
  elif [ "$status" != 0 ]; then
    sed -i "s/^$label\t/$label-failed\t/" "$tsv.t"
  fi
  cat "$tsv.t" >> "$tsv"
}

echo "Our JVM: -Xmx$heap $java_opts" >&2
[ -z "$before" ] || echo "Before's JVM: -Xmx$heap $before_java_opts" >&2
echo "| events | tool | wall s (median) | CPU s | peak RSS MB | our stages (last run) |"
echo "|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  corpus=$corpora-$n
  [ -d "$corpus/content" ] || java -cp "$tcp" -Dproject.root="$PWD" org.idlibchronicle.bench.SyntheticCorpus "$corpus" "$n" >/dev/null
  tsv="$out/build-$n.tsv"; : > "$tsv"
  stages=""
  with_hugo=$([ "$n" -le "$hugo_at_most" ] && echo yes || echo no)
  with_before=$([ -n "$before" ] && [ "$n" -le "$before_at_most" ] && echo yes || echo no)
  with_cards=$([ "$n" -le "$cards_at_most" ] && echo yes || echo no)
  # The cards setting, switched between ours' two runs (the older generator does not know it).
  cards() { sed -i '/^social_cards:/d' "$corpus/site.yaml"; [ "$1" = on ] || echo 'social_cards: false' >> "$corpus/site.yaml"; }
  ours=(java -Xmx"$heap" $java_opts -cp "$cp" org.idlibchronicle.Main "$corpus" --out "$corpus.out")
  before_corpus=$corpus
  if [ "$with_before" = yes ] && [ -n "${BEFORE_CORPORA:-}" ]; then
    before_corpus=$BEFORE_CORPORA-$n
    [ -d "$before_corpus/content" ] || java -cp "$before/target/test-classes:$before/target/classes:$(cat "$before/target/cp.txt")" \
      -Dproject.root="$before" org.idlibchronicle.bench.SyntheticCorpus "$before_corpus" "$n" >/dev/null
  fi
  [ "$with_before" = yes ] && old=(java -Xmx"$heap" $before_java_opts -cp "$before/target/classes:$(cat "$before/target/cp.txt")"
      org.idlibchronicle.Main "$before_corpus" --out "$corpus.out-before")
  # Warm-up, untimed.
  if [ "${WARMUP:-yes}" = yes ]; then
  if [ "$with_hugo" = yes ]; then rm -rf "$corpus/hugo-out"; hugo --quiet -s "$corpus/hugo" -d "$corpus/hugo-out" >/dev/null; "$pagefind" --site "$corpus/hugo-out" >/dev/null; fi
  cards on
  if [ "$with_before" = yes ]; then "${old[@]}" >/dev/null 2>&1; fi
  [ "$with_cards" = yes ] || cards off
  "${ours[@]}" >/dev/null 2>&1
  fi
  for i in $(seq "$runs"); do
    # Alternate the tools so that all see the same machine state.
    if [ "$with_hugo" = yes ]; then
      rm -rf "$corpus/hugo-out"
      timed hugo hugo --quiet -s "$corpus/hugo" -d "$corpus/hugo-out" >/dev/null
      # Pagefind indexes Hugo's output, so only a finished one.
      if [ "$(tail -1 "$tsv" | cut -f1)" = hugo ]; then timed pagefind "$pagefind" --site "$corpus/hugo-out" >/dev/null; fi
    fi
    cards on
    if [ "$with_before" = yes ]; then timed before "${old[@]}" > "$out/before-$n.log" 2>&1; fi
    if [ "$with_cards" = yes ]; then
      log=$(timed ours "${ours[@]}" 2>&1)
      stages=$(echo "$log" | grep '^Stages:' | sed 's/^Stages: //')
    fi
    cards off
    log=$(timed ours-nocards "${ours[@]}" 2>&1)
    stages_nocards=$(echo "$log" | grep '^Stages:' | sed 's/^Stages: //')
    # The floor: read every content file, then copy the built site (our output) once.
    timed floor-read sh -c "find '$corpus/content' -type f -exec cat {} + > /dev/null"
    rm -rf "$corpus/floor-copy"
    timed floor-write cp -r "$corpus.out" "$corpus/floor-copy"
    rm -rf "$corpus/floor-copy"
  done
  # Hugo + Pagefind: per run, the sum of the two (they ran back to back).
  paste <(awk '$1=="hugo"' "$tsv") <(awk '$1=="pagefind"' "$tsv") \
    | awk -F'\t' 'NF>=10 {printf "hugo+pagefind\t%.2f\t%.2f\t%.2f\t%d\n", $2+$7, $3+$8, $4+$9, ($5>$10?$5:$10)}' >> "$tsv"
  paste <(awk '$1=="floor-read"' "$tsv") <(awk '$1=="floor-write"' "$tsv") \
    | awk -F'\t' 'NF>=10 {printf "floor\t%.2f\t%.2f\t%.2f\t%d\n", $2+$7, $3+$8, $4+$9, ($5>$10?$5:$10)}' >> "$tsv"
  cards on
  for tool in before ours ours-nocards hugo pagefind hugo+pagefind floor; do
    if grep -q "^$tool-unfinished	" "$tsv"; then
      awk -F'\t' -v n="$n" -v t="$tool" '$1==t"-unfinished" {printf "| %s | %s | did not finish: stopped at %s | %.2f | %d | |\n", n, t, $2, $3+$4, $5/1024}' "$tsv"
    fi
    if grep -q "^$tool-failed	" "$tsv"; then
      awk -F'\t' -v n="$n" -v t="$tool" '$1==t"-failed" {printf "| %s | %s | failed after %s | %.2f | %d | |\n", n, t, $2, $3+$4, $5/1024}' "$tsv"
    fi
    grep -q "^$tool	" "$tsv" || continue
    wall=$(awk -v t="$tool" '$1==t {print $2}' "$tsv" | median)
    cpu=$(awk -v t="$tool" '$1==t {print $3+$4}' "$tsv" | median)
    rss=$(awk -v t="$tool" '$1==t {print int($5/1024)}' "$tsv" | median)
    echo "| $n | $tool | $wall | $cpu | $rss | $([ "$tool" = ours ] && echo "$stages")$([ "$tool" = ours-nocards ] && echo "$stages_nocards") |"
  done
done
