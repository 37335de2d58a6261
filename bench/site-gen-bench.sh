#!/usr/bin/env bash
# `mvn -q site-gen` on the real site, as a maintainer runs it on a compiled checkout, for this
# checkout and an older one, alternated in one run. Not part of CI.
# Usage: bench/site-gen-bench.sh OLD_CHECKOUT      (RUNS=5)
# Both checkouts are compiled first (one site-gen each, not timed); each timed run is a fresh Maven JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
old=$(cd "$1" && pwd); runs=${RUNS:-5}
out="$PWD/target/bench"; mkdir -p "$out"; tsv="$out/site-gen.tsv"; : > "$tsv"
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for dir in "$old" "$PWD"; do (cd "$dir" && mvn -q -B -o site-gen >/dev/null); done
for i in $(seq "$runs"); do
  for v in old new; do
    dir=$([ $v = old ] && echo "$old" || echo "$PWD")
    (cd "$dir" && /usr/bin/time -f "$v	%e	%U	%S	%M" -o "$tsv.t" mvn -q -B -o site-gen > "$out/site-gen-$v.log" 2>&1)
    cat "$tsv.t" >> "$tsv"
  done
done
echo "| checkout | mvn -q site-gen wall s (median of $runs) | CPU s | peak RSS MB | build inside Maven (last run) |"
echo "|---|---|---|---|---|"
for v in old new; do
  wall=$(awk -v t=$v '$1==t {print $2}' "$tsv" | median)
  cpu=$(awk -v t=$v '$1==t {print $3+$4}' "$tsv" | median)
  rss=$(awk -v t=$v '$1==t {print int($5/1024)}' "$tsv" | median)
  echo "| $v ($(git -C "$([ $v = old ] && echo "$old" || echo "$PWD")" log -1 --format=%h)) | $wall | $cpu | $rss | $(grep '^Total:' "$out/site-gen-$v.log" | sed 's/Total: //') |"
done
