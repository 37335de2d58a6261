#!/usr/bin/env bash
# Lighthouse (npm `lighthouse`, pinned; not part of CI) over the built site/, served over http on
# 127.0.0.1, for five pages in Lighthouse's mobile and desktop settings. Prints one line per run
# (performance, accessibility, best practices, SEO) and keeps the JSON reports in target/lighthouse/.
# The site is served on 127.0.0.1 by bench/pages-server.js, with GitHub Pages' compression and cache lifetime.
# Needs: node and npm, Debian's chromium, and a built site (mvn site-gen, ideally with -Dsite.url so
# that canonical links exist as they would when published).
#   bench/lighthouse.sh                     # the five pages
#   PAGES="index.html about.html" bench/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
LH_VERSION=12.2.3   # 13.x needs Node 22; the machines have Node 20
TOOLS=target/lighthouse-tool
OUT=target/lighthouse
PORT=${PORT:-8765}
PAGES=${PAGES:-"index.html events/2020/2020-02-07-saraqib-captured.html agreements/sochi-memorandum-2018.html chronology/2020-02.html search.html?q=Saraqib"}
[ -d site ] || { echo "no site/: run mvn site-gen first" >&2; exit 1; }
if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$TOOLS"
  (cd "$TOOLS" && npm init -y >/dev/null && npm i -E --no-audit --no-fund "lighthouse@$LH_VERSION" >/dev/null)
fi
mkdir -p "$OUT"
# Served as GitHub Pages serves it (gzip, max-age=600): see bench/pages-server.js.
node bench/pages-server.js site "$PORT" &
server=$!
trap 'kill $server' EXIT
sleep 1
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
for page in $PAGES; do
  for form in mobile desktop; do
    name=$(echo "$page" | tr '/?=' '___')-$form
    preset=()
    [ "$form" = desktop ] && preset=(--preset=desktop)
    "$TOOLS/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT/$page" "${preset[@]}" --quiet \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" --output=json --output-path="$OUT/$name.json"
    node -e '
      const r = require(process.argv[1]), c = r.categories, s = k => Math.round(c[k].score * 100);
      const missing = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative"
        && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable").map(a => a.id);
      console.log([process.argv[2], process.argv[3], s("performance"), s("accessibility"), s("best-practices"), s("seo"),
        "CLS " + r.audits["cumulative-layout-shift"].displayValue, "below 1: " + missing.join(" ")].join(" | "));
    ' "$PWD/$OUT/$name.json" "$page" "$form"
  done
done
