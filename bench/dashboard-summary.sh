#!/usr/bin/env bash
# Dashboard summary latency: builds the application, starts it on a fresh benchmark database with demo-sized
# data (35 agents, 8,000 contacts, 8,800 opportunities), fires 1,000 requests at GET /api/v1/dashboard/summary
# over one keep-alive connection (after 200 warm-up requests) and prints p50/p95/p99.
#
# Needs: psql, curl and openssl; a PostgreSQL server reachable with the usual PGHOST/PGPORT/PGUSER variables
# (default 127.0.0.1:5432, user postgres, trust authentication). PORT picks the application's port (8082).
# The answer cache is off so every request computes the summary, as before the cache existed; CACHE=true
# turns it on (then the CacheBenchmark class measures it better: see docs/benchmarks.md, "Cache").
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
PORT="${PORT:-8082}"
DATABASE="${BENCH_DATABASE:-keystone_bench}"
REQUESTS="${REQUESTS:-1000}"
WARMUP="${WARMUP:-1000}"
BASE="http://127.0.0.1:${PORT}"

if [ ! -f api/target/api-0.1.0-SNAPSHOT.jar ] || [ "${BUILD:-yes}" = yes ]; then
  ./mvnw -q -pl api -am -DskipTests package
fi

psql -q -d postgres -c "drop database if exists ${DATABASE} with (force)" -c "create database ${DATABASE}"

# Fresh personal-data and token-signing keys for this throw-away database (the application refuses to start
# without them). One user fires every request, so the per-user rate limit is off.
export BI_DATABASE_URL="jdbc:postgresql://${PGHOST}:${PGPORT}/${DATABASE}?user=${PGUSER}"
export BI_DATABASE_ENCRYPTION_KEYS_BENCH="$(openssl rand -base64 32)" BI_DATABASE_ENCRYPTION_ACTIVE_KEY=bench
export BI_DATABASE_ENCRYPTION_SEARCH_KEY="$(openssl rand -base64 32)" BI_JWT_SIGNING_KEY="base64:$(openssl rand -base64 48)"
export BI_API_RATE_LIMIT_ENABLED=false
PORT="${PORT}" BI_API_CACHE_ENABLED="${CACHE:-false}" java -jar api/target/api-0.1.0-SNAPSHOT.jar \
  > api/target/bench-app.log 2>&1 &
APP=$!
trap 'kill "${APP}" 2>/dev/null || true; wait "${APP}" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "${BASE}/actuator/health" && break
  sleep 1
done
curl -fs -o /dev/null "${BASE}/actuator/health" || { echo "application did not start; see api/target/bench-app.log"; exit 1; }

psql -q -o /dev/null -v ON_ERROR_STOP=1 -d "${DATABASE}" -f bench/dashboard-data.sql
psql -qtA -d "${DATABASE}" -c "select 'data: ' || (select count(*) from users) || ' agents, ' || (select count(*) from contacts) || ' contacts, ' || (select count(*) from opportunities) || ' opportunities'"

# An executive (the whole brokerage) signs in through the token endpoint.
PASSWORD=$(java -jar api/target/api-0.1.0-SNAPSHOT.jar add-account --username=bench --role=executive | sed -n 's/.*shown only now: //p')
TOKEN=$(curl -fs -H 'Content-Type: application/json' \
  -d "{\"grant_type\":\"password\",\"username\":\"bench\",\"password\":\"${PASSWORD}\"}" \
  "${BASE}/api/v1/auth/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')

# The requests rotate over the ranges and comparisons a dashboard user clicks through.
QUERIES=("" "range=7d" "range=90d" "range=mtd&compare=target" "range=ytd&compare=last_year" "range=today")
# A header in curl's config applies to every URL and accumulates, so it is given once, before them.
config() {
  echo "header = \"Authorization: Bearer ${TOKEN}\""
  for i in $(seq 0 $(($1 - 1))); do
    echo "url = \"${BASE}/api/v1/dashboard/summary?${QUERIES[$((i % ${#QUERIES[@]}))]}\""
    echo "output = /dev/null"
  done
}
config "${WARMUP}" | curl -s -K - -w '%{http_code}\n' | sort | uniq -c | sed 's/^/warm-up responses: /'
TIMES=$(config "${REQUESTS}" | curl -s -K - -w '%{http_code} %{time_total}\n')
BAD=$(echo "${TIMES}" | awk '$1 != 200' | wc -l)
echo "${TIMES}" | awk '{print $2 * 1000}' | sort -n | awk -v bad="${BAD}" '
  { t[NR] = $1 }
  END {
    printf "requests: %d (non-200: %d)\n", NR, bad
    printf "p50: %.2f ms\np95: %.2f ms\np99: %.2f ms\nmax: %.2f ms\n",
      t[int(NR * 0.50 + 0.999999)], t[int(NR * 0.95 + 0.999999)], t[int(NR * 0.99 + 0.999999)], t[NR]
  }'
