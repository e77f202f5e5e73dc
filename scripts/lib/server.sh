# Shared by scripts/test.sh and scripts/bench.sh (sourced, from the repository root): installs what
# is missing (npm packages; PostgreSQL, pgTAP and pg_prove through apt, as root), then re-runs the
# calling script inside a throw-away cluster (pg_virtualenv) unless DATABASE_URL names a server.
# Afterwards: admin_url (a superuser connection), url_for DB [USER PASSWORD], q (psql on admin_url),
# last_line TEXT (printed as the run's very last line, after pg_virtualenv's own closing messages).
say() { printf '%s\n' "$*" >&2; }
last_line() {
  if [ -n "${PGMCP_LAST_LINE:-}" ]; then printf '%s\n' "$*" > "$PGMCP_LAST_LINE"; else printf '%s\n' "$*"; fi
}
step() { printf '\n== %s\n' "$*" >&2; }
die() { say "$(basename "$0" .sh): $*"; exit 1; }

# ---------------------------------------------------------------------------- 1. dependencies
if [ -z "${PGMCP_IN_VIRTUALENV:-}" ]; then
  unset PGMCP_LAST_LINE
  step "dependencies"
  if [ ! -x node_modules/.bin/graphile-migrate ] || [ ! -x node_modules/.bin/tsx ]; then
    say "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi

  pg_major=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1 || true)
  missing=()
  [ -n "$pg_major" ] || missing+=(postgresql)
  command -v pg_virtualenv >/dev/null || missing+=(postgresql-common)
  command -v pg_prove >/dev/null || missing+=(libtap-parser-sourcehandler-pgtap-perl)
  if [ -n "$pg_major" ] && [ ! -f "/usr/share/postgresql/$pg_major/extension/pgtap.control" ]; then
    missing+=("postgresql-$pg_major-pgtap")
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
      die "missing ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]}"
    fi
    say "installing ${missing[*]} (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq "${missing[@]}" >/dev/null
    pg_major=$(ls /usr/lib/postgresql | sort -n | tail -1)
    if [ ! -f "/usr/share/postgresql/$pg_major/extension/pgtap.control" ]; then
      apt-get install -y -qq "postgresql-$pg_major-pgtap" >/dev/null
    fi
  fi
  say "node $(node --version), PostgreSQL $pg_major binaries, $(pg_prove --version 2>/dev/null | head -1)"

  if [ -z "${DATABASE_URL:-}" ]; then
    step "throw-away PostgreSQL $pg_major cluster (pg_virtualenv)"
    export PGMCP_IN_VIRTUALENV=1
    # -t: a private temporary cluster directory even as root, so that parallel runs do not collide.
    # Two runs starting at once can still race for a port: retry when the cluster never started.
    export PGMCP_STARTED_MARKER; PGMCP_STARTED_MARKER=$(mktemp -u)
    # pg_virtualenv prints "Dropping cluster …" after the inner run ends: the inner run's last_line
    # goes to this file, printed here once pg_virtualenv has returned.
    export PGMCP_LAST_LINE; PGMCP_LAST_LINE=$(mktemp)
    trap 'rm -f "$PGMCP_STARTED_MARKER" "$PGMCP_LAST_LINE"' EXIT
    # pg_virtualenv turns fsync off unless told otherwise: the tests want it off (PGMCP_FSYNC_OFF=1),
    # the benchmarks measure durable commits, so fsync and synchronous_commit are on, explicitly
    if [ -n "${PGMCP_FSYNC_OFF:-}" ]; then cluster_opts=(-o fsync=off)
    else cluster_opts=(-o fsync=on -o synchronous_commit=on); fi
    # make bench's HTTP peers are seven servers with a pool of 16 each: more than the default 100
    cluster_opts+=(-o max_connections=200)
    for attempt in 1 2 3; do
      rc=0
      : > "$PGMCP_LAST_LINE"
      pg_virtualenv -t "${cluster_opts[@]}" -v "$pg_major" "$0" "$@" || rc=$?
      if [ -e "$PGMCP_STARTED_MARKER" ] || [ "$attempt" = 3 ]; then
        [ ! -s "$PGMCP_LAST_LINE" ] || cat "$PGMCP_LAST_LINE"
        exit "$rc"
      fi
      say "the throw-away cluster did not start (attempt $attempt); retrying"
      sleep $((RANDOM % 5 + 1))
    done
  fi
fi

# ---------------------------------------------------------------------------- 2. server
if [ -n "${PGMCP_IN_VIRTUALENV:-}" ]; then
  [ -z "${PGMCP_STARTED_MARKER:-}" ] || touch "$PGMCP_STARTED_MARKER"
  admin_url="postgresql://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/postgres"
else
  admin_url="$DATABASE_URL"
fi
unset PGDATABASE
url_for() { # url_for DBNAME [USER PASSWORD]: admin_url pointed at another database (and user)
  node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2];
           if (process.argv[3]) { u.username = process.argv[3]; u.password = process.argv[4]; }
           console.log(u.href)' "$admin_url" "$@"
}
q() { psql "$admin_url" -X -q -v ON_ERROR_STOP=1 -At "$@"; }

server_version=$(q -c 'show server_version') || die "cannot connect to the database server"
is_super=$(q -c "select rolsuper from pg_roles where rolname = current_user")
[ "$is_super" = t ] || die "a superuser connection is needed (DATABASE_URL's role is not one)"
say "server: PostgreSQL $server_version"
