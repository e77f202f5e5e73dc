#!/usr/bin/env bash
# `make bench`: builds, prepares a benchmark database (throw-away cluster, or DATABASE_URL's server),
# and runs bench/run.ts. Arguments go to it (e.g. --explain). BENCH_10M=1 adds the 10M-row size;
# BENCH_QUICK=1 is a smoke run (one short round of everything); BENCH_ONLY=P1,peers,pgbench,instructions runs some;
# BENCH_SECONDS and BENCH_ROUNDS set each load's length and the rounds (default 4 s, 3).
# bench/run.ts prints (and records) the server's fsync, synchronous_commit and wal_sync_method.
set -euo pipefail
cd "$(dirname "$0")/.."
unset PGMCP_FSYNC_OFF # durable commits: the throw-away cluster runs with fsync and synchronous_commit on
. scripts/lib/server.sh

run="$(date +%s)_$$"
db="pgmcp_bench_$run"
gateway_role="pgmcp_bench_gateway_$run"
gateway_password="pw_$RANDOM$RANDOM"
cleanup() {
  q -c "drop database if exists $db with (force)" 2>/dev/null || true
  q -c "drop role if exists $gateway_role" 2>/dev/null || true
}
trap cleanup EXIT

step "benchmark database ($db)"
q -c "create database $db"
DATABASE_URL="$(url_for "$db")" node_modules/.bin/graphile-migrate migrate --forceActions 2>&1 | sed 's/^/  /' >&2
q -c "create role $gateway_role login password '$gateway_password' in role mcp_gateway" \
  -c "alter role $gateway_role set statement_timeout = '30s'"
npm run -s build

step "benchmarks"
PGMCP_BENCH_DB_URL="$(url_for "$db")" PGMCP_BENCH_GATEWAY_URL="$(url_for "$db" "$gateway_role" "$gateway_password")" \
  node --import tsx bench/run.ts "$@"
