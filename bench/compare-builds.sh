#!/usr/bin/env bash
# Cold-build time of two versions of the generator on the same input, alternated in one run:
# the real site and a synthetic corpus. Not part of CI.
# Usage: bench/compare-builds.sh OLD_CHECKOUT [events]   (default 10000)
# OLD_CHECKOUT is a clone at the older commit; each version builds with its own templates, so the
# synthetic corpus is written by each version's own SyntheticCorpus (same seed, same content).
# Each version's JVM runs with the options of its own .mvn/jvm.config (what its `mvn site-gen` uses;
# none if it has no such file); JAVA_OPTS_OLD= / JAVA_OPTS_NEW= override them.
set -euo pipefail
cd "$(dirname "$0")/.."
old=$(cd "$1" && pwd); n=${2:-10000}; runs=${RUNS:-5}; heap=${HEAP:-2g}
out=target/bench; mkdir -p "$out"
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time

classpath() { # checkout -> its runtime and test classpath (single-module and multi-module layouts)
  local dir=$1
  (cd "$dir" && mvn -q -B test-compile >/dev/null)
  if [ -f "$dir/generator/pom.xml" ]; then
    (cd "$dir" && mvn -q -B -pl generator dependency:build-classpath -Dmdep.outputFile="$dir/target/cp.txt" >/dev/null)
  else
    (cd "$dir" && mvn -q -B dependency:build-classpath -Dmdep.outputFile="$dir/target/cp.txt" >/dev/null)
  fi
  echo "$dir/target/classes:$(cat "$dir/target/cp.txt")"
}
cp_old=$(classpath "$old"); cp_new=$(classpath "$PWD")
opts_old=${JAVA_OPTS_OLD-$(cat "$old/.mvn/jvm.config" 2>/dev/null || true)}
opts_new=${JAVA_OPTS_NEW-$(cat .mvn/jvm.config 2>/dev/null || true)}
echo "JVM options: old '$opts_old', new '$opts_new'" >&2
for v in old new; do
  dir=$([ $v = old ] && echo "$old" || echo "$PWD"); cpv=$([ $v = old ] && echo "$cp_old" || echo "$cp_new")
  corpus=/tmp/compare-$v-$n
  [ -d "$corpus/content" ] || java -cp "$dir/target/test-classes:$cpv" -Dproject.root="$dir" \
      org.idlibchronicle.bench.SyntheticCorpus "$corpus" "$n" >/dev/null
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "| input | version | wall s (median of $runs) | CPU s | peak RSS MB |"
echo "|---|---|---|---|---|"
for input in real "$n"; do
  tsv="$out/compare-$input.tsv"; : > "$tsv"
  for i in $(seq "$runs"); do
    for v in old new; do
      dir=$([ $v = old ] && echo "$old" || echo "$PWD"); cpv=$([ $v = old ] && echo "$cp_old" || echo "$cp_new")
      root=$([ "$input" = real ] && echo "$dir" || echo "/tmp/compare-$v-$n")
      /usr/bin/time -f "$v	%e	%U	%S	%M" -o "$tsv.t" java -Xmx"$heap" $([ $v = old ] && echo "$opts_old" || echo "$opts_new") -cp "$cpv" org.idlibchronicle.Main "$root" \
          --out "/tmp/compare-site-$v" >/dev/null 2>&1
      cat "$tsv.t" >> "$tsv"
    done
  done
  for v in old new; do
    wall=$(awk -v t=$v '$1==t {print $2}' "$tsv" | median)
    cpu=$(awk -v t=$v '$1==t {print $3+$4}' "$tsv" | median)
    rss=$(awk -v t=$v '$1==t {print int($5/1024)}' "$tsv" | median)
    echo "| $([ "$input" = real ] && echo "real site" || echo "$input events") | $v | $wall | $cpu | $rss |"
  done
done
