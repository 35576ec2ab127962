#!/usr/bin/env bash
# Lighthouse on a dashboard page of a running Keystone BI, signed in, with the mobile and the desktop presets:
# performance and accessibility scores, first contentful paint, largest contentful paint, total blocking time.
#
#   bench/lighthouse.sh USERNAME PASSWORD [PAGE] [BASE_URL]
#
# PAGE defaults to / (the executive summary), BASE_URL to http://127.0.0.1:8080. Lighthouse comes from the npm
# registry (installed once under ~/.cache/keystone-bench); the browser is Debian's Chromium (CHROME_PATH).
# Reports are written to target/lighthouse/ as JSON and HTML.
set -euo pipefail

user=${1:?usage: bench/lighthouse.sh USERNAME PASSWORD [PAGE] [BASE_URL]}
password=${2:?usage: bench/lighthouse.sh USERNAME PASSWORD [PAGE] [BASE_URL]}
page=${3:-/}
base=${4:-http://127.0.0.1:8080}
tools=${LIGHTHOUSE_HOME:-$HOME/.cache/keystone-bench/lighthouse-12.8.2}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
out=target/lighthouse
mkdir -p "$out"

if [[ ! -x $tools/node_modules/.bin/lighthouse ]]; then
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error lighthouse@12.8.2 >/dev/null
fi

source "$(dirname "$0")/sign-in.sh"

flags='--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking'
flags+=' --disable-component-update --disable-sync --no-first-run --disable-quic'
flags+=' --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"'

for preset in mobile desktop; do
  extra=()
  [[ $preset == desktop ]] && extra=(--preset=desktop)
  "$tools/node_modules/.bin/lighthouse" "$base$page" "${extra[@]}" --quiet --chrome-flags="$flags" \
    --extra-headers="{\"Cookie\": \"$session\"}" --only-categories=performance,accessibility \
    --output=json --output=html --output-path="$out/$preset" >/dev/null
  node -e '
    const r = require(process.argv[1]);
    const a = (id) => r.audits[id].numericValue;
    console.log(`${process.argv[2].padEnd(7)} performance ${Math.round(r.categories.performance.score * 100)}, `
      + `accessibility ${Math.round(r.categories.accessibility.score * 100)}, `
      + `FCP ${Math.round(a("first-contentful-paint"))} ms, LCP ${Math.round(a("largest-contentful-paint"))} ms, `
      + `TBT ${Math.round(a("total-blocking-time"))} ms, CLS ${a("cumulative-layout-shift").toFixed(3)}`);
    const failed = Object.values(r.categories.accessibility.auditRefs)
      .map((ref) => r.audits[ref.id]).filter((audit) => audit.score !== null && audit.score < 1);
    failed.forEach((audit) => console.log(`        accessibility: ${audit.id}: ${audit.title}`));
  ' "$PWD/$out/$preset.report.json" "$preset"
done
