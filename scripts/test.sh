#!/usr/bin/env bash
# `make test`: the whole suite, from a fresh clone, with nothing run before it.
#
#  1. installs what is missing: npm packages; PostgreSQL, pgTAP and pg_prove (apt, as root)
#  2. uses the server of DATABASE_URL if set (creating and dropping its own databases there, never
#     touching the named database), or else a throw-away cluster (pg_virtualenv)
#  3. migrates a database as a non-superuser role with only CREATEROLE (as Supabase's postgres),
#     before Supabase's roles exist; then creates anon/authenticated/service_role if missing and
#     migrates the main test database with them; loads install.sql into a third as a non-superuser,
#     then `make migrate` on it (the upgrade path: nothing to apply, functions re-applied)
#  4. runs every pgTAP file (pg_prove) and the node tests; then the end-to-end tests again against
#     the Supabase Edge Function under Deno (PGMCP_SHIM_TARGET=deno); fails if any suite ran zero
#     tests, and ends with one summary line, the very last line printed.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGMCP_FSYNC_OFF=1 # tests need no durability; benchmarks keep it
# node_modules installed before the npm package deno was added: npm ci again (a fresh clone gets it below)
[ ! -d node_modules ] || [ -x node_modules/.bin/deno ] || npm ci --no-audit --no-fund --loglevel=error
. scripts/lib/server.sh
q -c "select 1 from pg_available_extensions where name = 'pgtap'" | grep -q 1 \
  || die "pgTAP is not installed on the server ($server_version); install postgresql-<major>-pgtap there"

run="$(date +%s)_$$"
main_db="pgmcp_test_$run"
owner_db="pgmcp_test_${run}_owner"
owner_role="pgmcp_test_owner_$run"
owner_password="pw_$RANDOM$RANDOM"
gateway_role="pgmcp_test_gateway_$run"
sql_db="pgmcp_test_${run}_installsql"
sql_role="pgmcp_test_installer_$run"
gateway_password="pw_$RANDOM$RANDOM"
cleanup() {
  q -c "drop database if exists $main_db with (force)" 2>/dev/null || true
  q -c "drop database if exists $owner_db with (force)" 2>/dev/null || true
  q -c "drop role if exists $owner_role" 2>/dev/null || true
  q -c "drop database if exists $sql_db with (force)" 2>/dev/null || true
  q -c "drop role if exists $gateway_role" 2>/dev/null || true
  q -c "drop role if exists $sql_role" 2>/dev/null || true
}
trap cleanup EXIT

gm() { DATABASE_URL="$1" node_modules/.bin/graphile-migrate migrate --forceActions 2>&1 | sed 's/^/  /' >&2; }

# ---------------------------------------------------------------------------- 3. migrations
t0=$(date +%s)
step "migrate as a non-superuser with CREATEROLE ($owner_db)"
q -c "create role $owner_role login createrole password '$owner_password'"
q -c "create database $owner_db owner $owner_role"
DATABASE_URL="$(url_for "$owner_db" "$owner_role" "$owner_password")" make -s migrate 2>&1 | sed "s/^/  /" >&2

step "migrate the main test database ($main_db), with Supabase's roles"
q <<'SQL'
do $$
declare r text;
begin
  foreach r in array array['anon', 'authenticated', 'service_role'] loop
    if not exists (select from pg_roles where rolname = r) then
      execute format('create role %I nologin', r);
    end if;
  end loop;
end
$$;
SQL
q -c "create database $main_db"
main_url=$(url_for "$main_db")
gm "$main_url"
# the shim's kind of login role: its only grant is mcp_gateway; it carries the statement timeout
q -c "create role $gateway_role login password '$gateway_password' in role mcp_gateway" \
  -c "alter role $gateway_role set statement_timeout = '10s'"
# the migration revoked EXECUTE from PUBLIC by default; the tests switch roles and still need pgTAP
psql "$main_url" -X -q -v ON_ERROR_STOP=1 -c 'create schema tap' -c 'create extension pgtap schema tap' \
  -c 'grant usage on schema tap to public' -c 'grant execute on all functions in schema tap to public' \
  -f db/tests/helpers/tests.sql >/dev/null

step "install.sql into a fresh database as a non-superuser ($sql_db)"
make -s install-sql
q -c "create role $sql_role login createrole password '$owner_password'" -c "create database $sql_db owner $sql_role"
sql_installer_url=$(url_for "$sql_db" "$sql_role" "$owner_password")
psql "$sql_installer_url" -X -q -v ON_ERROR_STOP=1 -f install.sql >/dev/null
step "make migrate on the database installed from install.sql (the README's upgrade path)"
# install.sql recorded every committed migration for graphile-migrate: nothing to apply, and the
# functions and policies are re-applied by afterAllMigrations (scripts/db-apply.ts)
sql_migrate_out=$(DATABASE_URL="$sql_installer_url" make -s migrate 2>&1) \
  || { printf '%s\n' "$sql_migrate_out" | sed 's/^/  /' >&2; die "make migrate failed on the database installed from install.sql"; }
printf '%s\n' "$sql_migrate_out" | sed 's/^/  /' >&2
grep -q '^graphile-migrate: Already up to date$' <<<"$sql_migrate_out" \
  || die "make migrate after install.sql did not report 'Already up to date'"
grep -q '^db-apply: [0-9]* files applied' <<<"$sql_migrate_out" \
  || die "make migrate after install.sql did not re-apply the functions (afterAllMigrations)"
sql_url=$(url_for "$sql_db")
psql "$sql_url" -X -q -v ON_ERROR_STOP=1 -c 'create schema tap' -c 'create extension pgtap schema tap' \
  -c 'grant usage on schema tap to public' -c 'grant execute on all functions in schema tap to public' \
  -f db/tests/helpers/tests.sql >/dev/null

step "build (tsc -p tsconfig.build.json)"
npm run -s build

# ---------------------------------------------------------------------------- 4. suites
failed=0
passed_total=0
failed_total=0

step "pgTAP (pg_prove)"
pgtap_out=$(mktemp)
set +e
mapfile -t pgtap_files_list < <(find db/tests -name '*.test.sql' | sort)
# pg_prove's pgTAP handler goes by the last extension only, hence --ext .sql and an explicit list
PGOPTIONS='-c search_path=public,tap' pg_prove --ext .sql -d "$main_url" "${pgtap_files_list[@]}" 2>&1 | tee "$pgtap_out" >&2
pgtap_rc=${PIPESTATUS[0]}
step "pgTAP again, against the database installed from install.sql"
PGOPTIONS='-c search_path=public,tap' pg_prove --ext .sql -d "$sql_url" "${pgtap_files_list[@]}" 2>&1 | tee -a "$pgtap_out" >&2
pgtap_rc2=${PIPESTATUS[0]}
[ "$pgtap_rc2" = 0 ] || pgtap_rc=1
set -e
pgtap_tests=$(sed -n 's/^Files=[0-9]*, Tests=\([0-9]*\),.*/\1/p' "$pgtap_out" | awk '{s += $1} END {print s + 0}')
pgtap_files=$(sed -n 's/^Files=\([0-9]*\),.*/\1/p' "$pgtap_out" | awk '{s += $1} END {print s + 0}')
pgtap_failed=$( (grep -oE 'Failed [0-9]+/[0-9]+ subtests' "$pgtap_out" || true) | awk '{split($2, a, "/"); s += a[1]} END {print s + 0}')
if [ -z "$pgtap_tests" ] || [ "$pgtap_tests" = 0 ]; then
  say "test: pgTAP ran no tests"; failed=1; pgtap_tests=0
fi
[ "$pgtap_rc" = 0 ] || { failed=1; [ "$pgtap_failed" -gt 0 ] || pgtap_failed=1; }
pgtap_passed=$((pgtap_tests - pgtap_failed)); [ "$pgtap_passed" -ge 0 ] || pgtap_passed=0
passed_total=$((passed_total + pgtap_passed))
failed_total=$((failed_total + pgtap_failed))

# node_suite NAME TARGET FILES...: node --test on FILES, the shim started as TARGET (node: the built
# shim; deno: the Supabase Edge Function under Deno); adds its counts to the totals, fails the run
# on a failure or when it ran no tests. Sets suite_pass, suite_fail, suite_rc.
node_suite() {
  local name=$1 target=$2 out; shift 2
  out=$(mktemp)
  set +e
  PGMCP_SHIM_TARGET="$target" PGMCP_TEST_ADMIN_URL="$admin_url" PGMCP_TEST_DB_URL="$main_url" \
  PGMCP_TEST_GATEWAY_URL="$(url_for "$main_db" "$gateway_role" "$gateway_password")" \
  PGMCP_TEST_OWNER_DB_URL="$(url_for "$owner_db" "$owner_role" "$owner_password")" PGMCP_TEST_OWNER_ROLE="$owner_role" \
    node --import tsx --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stderr \
         --test-reporter=tap --test-reporter-destination="$out" --test-timeout=180000 "$@"
  suite_rc=$?
  set -e
  suite_pass=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$out" | tail -1)
  suite_fail=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$out" | tail -1)
  suite_pass=${suite_pass:-0}; suite_fail=${suite_fail:-0}
  if [ "$((suite_pass + suite_fail))" = 0 ]; then say "test: the $name suite ran no tests"; failed=1; fi
  [ "$suite_rc" = 0 ] || { failed=1; [ "$suite_fail" -gt 0 ] || suite_fail=1; }
  passed_total=$((passed_total + suite_pass))
  failed_total=$((failed_total + suite_fail))
}

step "node tests (node --test)"
node_suite node node test/*.test.ts
node_pass=$suite_pass node_fail=$suite_fail node_rc=$suite_rc

step "Deno: fetch and type-check the Edge Function (deno check supabase/functions/mcp/index.ts)"
# fetches its npm packages from the registry into Deno's cache (DENO_DIR, by default ~/.cache/deno)
# before the end-to-end run, whose first start would otherwise download them
deno_check_rc=0
DENO_NO_PACKAGE_JSON=1 node_modules/.bin/deno check --quiet --config supabase/functions/mcp/deno.json \
  supabase/functions/mcp/index.ts >&2 || deno_check_rc=$?
if [ "$deno_check_rc" = 0 ]; then
  passed_total=$((passed_total + 1))
else
  failed=1; failed_total=$((failed_total + 1))
fi

step "end-to-end tests again, against the Supabase Edge Function under Deno $(node_modules/.bin/deno --version | sed -n 's/^deno \([^ ]*\).*/\1/p')"
node_suite deno deno test/e2e-clients.test.ts test/e2e-errors.test.ts test/e2e-outage.test.ts test/e2e-web.test.ts test/e2e-resources.test.ts \
  test/e2e-writes.test.ts test/e2e-oauth.test.ts
deno_pass=$suite_pass deno_fail=$suite_fail deno_rc=$suite_rc

step "typecheck (tsc --noEmit)"
tsc_rc=0
node_modules/.bin/tsc --noEmit >&2 || tsc_rc=$?
if [ "$tsc_rc" = 0 ]; then
  passed_total=$((passed_total + 1))
else
  failed=1; failed_total=$((failed_total + 1))
fi

secs=$(( $(date +%s) - t0 ))
say ""
say "pgTAP: $pgtap_tests tests in ${pgtap_files:-0} files; node: $node_pass passed, $node_fail failed;" \
    "deno (end-to-end): $deno_pass passed, $deno_fail failed; deno check; typecheck; ${secs}s"
say "exit codes: pg_prove $pgtap_rc/${pgtap_rc2:-?}, node $node_rc, deno check $deno_check_rc, deno $deno_rc, tsc $tsc_rc"
# The summary is the very last line `make test` prints: clean up first, and inside pg_virtualenv
# hand it to the outer run (scripts/lib/server.sh), which prints it after the cluster is dropped.
trap - EXIT
cleanup
last_line "summary: $passed_total passed, $failed_total failed"
exit "$failed"
