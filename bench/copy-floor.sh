#!/usr/bin/env bash
# The floor under the opportunities import: how fast PostgreSQL itself takes 1,000,000 opportunity rows (and the
# history rows an import of them writes) by plain COPY into scratch copies of the warehouse tables with all their
# indexes but no foreign keys and no triggers. No import can be faster than this on the same server.
#
# Needs psql and a database that has the warehouse schema (any database the application has started on, e.g.
# keystone_bench after bench/dashboard-summary.sh): DATABASE names it. PGHOST/PGPORT/PGUSER as usual
# (default 127.0.0.1:5432, user postgres). ROWS changes the count.
set -euo pipefail
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
export PGOPTIONS="-c client_min_messages=warning"
DATABASE="${DATABASE:-keystone_bench}"
ROWS="${ROWS:-1000000}"
sql() { psql -qtA -v ON_ERROR_STOP=1 -d "${DATABASE}" "$@"; }

sql -c "drop table if exists floor_opportunities, floor_stage_history, floor_status_history" \
    -c "create table floor_opportunities (like opportunities including all)" \
    -c "create table floor_stage_history (like opportunity_stage_history including all)" \
    -c "create table floor_status_history (like opportunity_status_history including all)"
trap 'sql -c "drop table if exists floor_opportunities, floor_stage_history, floor_status_history"' EXIT

# The same shape as the import benchmark's file: 4 stages, a quarter each won and lost, dates over 1,500 days.
OPPORTUNITIES="select 1, 'OPP' || i, 'Deal ' || i, null, 1, 1 + i % 4, 1 + i % 50,
  (array['open', 'open', 'won', 'lost'])[1 + i % 4], case when i % 4 = 2 then 500 + i % 20000 end, 'Web', null,
  timestamptz '2020-01-01' + (i % 1500) * interval '1 day', case when i % 4 = 2 then timestamptz '2020-02-01' + (i % 1500) * interval '1 day' end,
  case when i % 4 = 3 then timestamptz '2020-02-01' + (i % 1500) * interval '1 day' end, null, null, null
  from generate_series(1, ${ROWS}) i"
COLUMNS="location_id, source_id, name, contact_id, pipeline_id, stage_id, assigned_user_id, status, monetary_value,
  source, property_type_id, created_at, won_at, lost_at, last_status_change_at, last_stage_change_at, source_updated_at"

timed() {
  local what="$1" started ended
  started=$(date +%s.%N)
  psql -qtA -v ON_ERROR_STOP=1 -d "${DATABASE}" -c "\\copy (${2}) to stdout" \
    | psql -qtA -v ON_ERROR_STOP=1 -d "${DATABASE}" -c "\\copy ${3} from stdin"
  ended=$(date +%s.%N)
  echo "${what}" "${started}" "${ended}" | awk -v rows="$4" '{ s = $3 - $2; printf "%s: %d rows in %.1f s = %.0f rows/s\n", $1, rows, s, rows / s }'
}
timed opportunities "${OPPORTUNITIES}" "floor_opportunities (${COLUMNS})" "${ROWS}"
# Three of four deals have a dated stage entry, and the won and lost ones a status change (as the benchmark file).
STAGES=$(sql -c "select count(*) from floor_opportunities where status <> 'open' or id % 2 = 0")
timed stage_history "select id, stage_id, created_at from floor_opportunities where status <> 'open' or id % 2 = 0" \
  "floor_stage_history (opportunity_id, stage_id, entered_at)" "${STAGES}"
CHANGES=$(sql -c "select count(*) from floor_opportunities where status in ('won', 'lost')")
timed status_history "select id, status, coalesce(won_at, lost_at) from floor_opportunities where status in ('won', 'lost')" \
  "floor_status_history (opportunity_id, status, changed_at)" "${CHANGES}"
