#!/usr/bin/env bash
# Build-speed benchmark: idlib-chronicle against Hugo on the same synthetic corpus, same run.
# Not part of CI. Usage: bench/build-bench.sh [sizes...]   (default: 1000 10000)
# Writes raw timings to target/bench/build-*.tsv and prints a Markdown table of medians.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(1000 10000); fi
runs=${RUNS:-5}
heap=${HEAP:-2g}
# Extra JVM options for our build, e.g. JAVA_OPTS="-XX:TieredStopAtLevel=1" (C1 only, see BENCHMARKS.md).
java_opts=${JAVA_OPTS:-}
out=target/bench
mkdir -p "$out"

command -v hugo >/dev/null || { apt-get update -qq && apt-get install -y -qq hugo; }
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time

mvn -q -B test-compile
mvn -q -B -pl generator dependency:build-classpath -Dmdep.outputFile="$PWD/$out/cp.txt"
cp="target/classes:$(cat "$out/cp.txt")"
tcp="target/test-classes:$cp"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "| events | tool | wall s (median) | CPU s | peak RSS MB | our stages (last run) |"
echo "|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  corpus=/tmp/idlib-bench-$n
  [ -d "$corpus/content" ] || java -cp "$tcp" -Dproject.root="$PWD" org.idlibchronicle.bench.SyntheticCorpus "$corpus" "$n" >/dev/null
  tsv="$out/build-$n.tsv"; : > "$tsv"
  stages=""
  for i in $(seq "$runs"); do
    # Alternate the two tools so that both see the same machine state.
    rm -rf "$corpus/hugo-out"
    /usr/bin/time -f "hugo	%e	%U	%S	%M" -o "$tsv.t" hugo --quiet -s "$corpus/hugo" -d "$corpus/hugo-out" >/dev/null
    cat "$tsv.t" >> "$tsv"
    log=$(/usr/bin/time -f "ours	%e	%U	%S	%M" -o "$tsv.t" java -Xmx"$heap" $java_opts -cp "$cp" org.idlibchronicle.Main "$corpus" --out "$corpus/out" 2>&1)
    cat "$tsv.t" >> "$tsv"
    stages=$(echo "$log" | grep '^Stages:' | sed 's/^Stages: //')
  done
  for tool in ours hugo; do
    wall=$(awk -v t=$tool '$1==t {print $2}' "$tsv" | median)
    cpu=$(awk -v t=$tool '$1==t {print $3+$4}' "$tsv" | median)
    rss=$(awk -v t=$tool '$1==t {print int($5/1024)}' "$tsv" | median)
    echo "| $n | $tool | $wall | $cpu | $rss | $([ $tool = ours ] && echo "$stages") |"
  done
done
