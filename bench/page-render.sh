#!/usr/bin/env bash
# Time to a fully rendered dashboard page (every chart drawn) for each page, signed in, in Chromium.
#
#   bench/page-render.sh USERNAME PASSWORD [ROUNDS] [BASE_URL]
#
# Uses the puppeteer-core that bench/lighthouse.sh installs (it installs it if missing).
set -euo pipefail
user=${1:?usage: bench/page-render.sh USERNAME PASSWORD [ROUNDS] [BASE_URL]}
password=${2:?usage: bench/page-render.sh USERNAME PASSWORD [ROUNDS] [BASE_URL]}
rounds=${3:-20}
base=${4:-http://127.0.0.1:8080}
tools=${LIGHTHOUSE_HOME:-$HOME/.cache/keystone-bench/lighthouse-12.8.2}
if [[ ! -d $tools/node_modules/puppeteer-core ]]; then
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error lighthouse@12.8.2 >/dev/null
fi
source "$(dirname "$0")/sign-in.sh"
PUPPETEER="$tools/node_modules/puppeteer-core" node "$(dirname "$0")/page-render.js" "$base" "$session" "$rounds" \
  / /pipeline /revenue /agents /funnel /market
