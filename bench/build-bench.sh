#!/usr/bin/env bash
# Build-speed benchmark: idlib-chronicle against Hugo, and against Hugo + Pagefind (Hugo's output
# indexed for search, which our build does itself), on the same synthetic corpus, in the same run.
# Not part of CI. Usage: bench/build-bench.sh [sizes...]   (default: 1000 10000)
#   RUNS=5        runs per tool and size (the tools alternate; medians are reported)
#   HEAP=2g       our JVM's heap
#   JAVA_OPTS=... our JVM's options; by default those of .mvn/jvm.config, i.e. what `mvn site-gen` runs with
#   HUGO_AT_MOST=10000   sizes above this build ours only (100,000 events take Hugo and Pagefind minutes)
# Writes raw timings to target/bench/build-*.tsv and prints a Markdown table of medians, with the
# physical floor of each size: reading every content file (cat) and copying the built site (cp -r).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(1000 10000); fi
runs=${RUNS:-5}
heap=${HEAP:-2g}
java_opts=${JAVA_OPTS-$(cat .mvn/jvm.config 2>/dev/null || true)}
hugo_at_most=${HUGO_AT_MOST:-10000}
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
timed() { local label=$1; shift; /usr/bin/time -f "$label	%e	%U	%S	%M" -o "$tsv.t" "$@"; cat "$tsv.t" >> "$tsv"; }

echo "Our JVM: -Xmx$heap $java_opts" >&2
echo "| events | tool | wall s (median) | CPU s | peak RSS MB | our stages (last run) |"
echo "|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  corpus=/tmp/idlib-bench-$n
  [ -d "$corpus/content" ] || java -cp "$tcp" -Dproject.root="$PWD" org.idlibchronicle.bench.SyntheticCorpus "$corpus" "$n" >/dev/null
  tsv="$out/build-$n.tsv"; : > "$tsv"
  stages=""
  with_hugo=$([ "$n" -le "$hugo_at_most" ] && echo yes || echo no)
  for i in $(seq "$runs"); do
    # Alternate the tools so that all see the same machine state.
    if [ "$with_hugo" = yes ]; then
      rm -rf "$corpus/hugo-out"
      timed hugo hugo --quiet -s "$corpus/hugo" -d "$corpus/hugo-out" >/dev/null
      timed pagefind "$pagefind" --site "$corpus/hugo-out" >/dev/null
    fi
    log=$(timed ours java -Xmx"$heap" $java_opts -cp "$cp" org.idlibchronicle.Main "$corpus" --out "$corpus/out" 2>&1)
    stages=$(echo "$log" | grep '^Stages:' | sed 's/^Stages: //')
    # The floor: read every content file, then copy the built site (our output) once.
    timed floor-read sh -c "find '$corpus/content' -type f -exec cat {} + > /dev/null"
    rm -rf "$corpus/floor-copy"
    timed floor-write cp -r "$corpus/out" "$corpus/floor-copy"
    rm -rf "$corpus/floor-copy"
  done
  # Hugo + Pagefind: per run, the sum of the two (they ran back to back).
  paste <(awk '$1=="hugo"' "$tsv") <(awk '$1=="pagefind"' "$tsv") \
    | awk -F'\t' 'NF>=10 {printf "hugo+pagefind\t%.2f\t%.2f\t%.2f\t%d\n", $2+$7, $3+$8, $4+$9, ($5>$10?$5:$10)}' >> "$tsv"
  paste <(awk '$1=="floor-read"' "$tsv") <(awk '$1=="floor-write"' "$tsv") \
    | awk -F'\t' 'NF>=10 {printf "floor\t%.2f\t%.2f\t%.2f\t%d\n", $2+$7, $3+$8, $4+$9, ($5>$10?$5:$10)}' >> "$tsv"
  for tool in ours hugo pagefind hugo+pagefind floor; do
    grep -q "^$tool	" "$tsv" || continue
    wall=$(awk -v t="$tool" '$1==t {print $2}' "$tsv" | median)
    cpu=$(awk -v t="$tool" '$1==t {print $3+$4}' "$tsv" | median)
    rss=$(awk -v t="$tool" '$1==t {print int($5/1024)}' "$tsv" | median)
    echo "| $n | $tool | $wall | $cpu | $rss | $([ "$tool" = ours ] && echo "$stages") |"
  done
done
