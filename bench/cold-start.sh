#!/usr/bin/env bash
# Cold start to first dashboard byte: starts the packaged application on the embedded default with the
# demo profile and an EMPTY data directory (so the embedded PostgreSQL is initialised, migrated and the
# demo data imported), and measures the time until GET / answers with its first byte.
# Usage: bench/cold-start.sh [runs]   (build first: ./mvnw -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$(ls api/target/api-*.jar | grep -v original | sed -n 1p)
port=${BENCH_PORT:-18080}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for run in $(seq 1 "$runs"); do
  rm -rf "$work/data"
  start=$(date +%s.%N)
  java -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
    --bi.database.embedded.data-directory="$work/data/postgres" >"$work/app.log" 2>&1 &
  pid=$!
  first_byte=""
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null)" = "200" ]; then
      first_byte=$(date +%s.%N)
      break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "run $run: the application exited; last log lines:" >&2
      tail -n 20 "$work/app.log" >&2
      exit 1
    fi
    sleep 0.1
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ -n "$first_byte" ] || { echo "run $run: no answer within 120 s" >&2; exit 1; }
  awk -v run="$run" -v a="$start" -v b="$first_byte" 'BEGIN { printf "run %d: cold start to first dashboard byte %.1f s\n", run, b - a }'
done
