#!/usr/bin/env bash
# Import of a ServiceNow event log into a team database on PostgreSQL, against PostgreSQL's own COPY
# of the same file into a plain table, in the same run on the same throwaway server (issue 15: within
# 3x of COPY). Not a ctest: run it by hand and read the figures (docs/storage/postgresql.md).
#
#   bench/postgresql/import_vs_copy.sh BUILD_DIR [ROWS] [BEFORE_APP]      (ROWS default 1000000)
#   DD_BENCH_SHAPE=list bench/postgresql/import_vs_copy.sh BUILD_DIR [ROWS] [BEFORE_APP]
#
# The file is the event log (gen_servicenow: ~6.5 rows an incident) unless DD_BENCH_SHAPE=list asks
# for the list export (gen_servicenow --list: one row a ticket, imported with --source servicenow).
#
# With BEFORE_APP (another deliverydesk, e.g. main's), that one imports the same file into a database
# of its own on the same server right before BUILD_DIR's does: before and after in the same minutes.
# Each import gives its wall time, its CPU (user + sys of /usr/bin/time -v) and peak RSS, and the
# server's CPU (user + sys of the server processes that ended meanwhile: the import's backend, and
# an autovacuum worker that started and ended during the import; the import starts when none runs).
#
# BUILD_DIR must hold app/deliverydesk and bench/import/gen_servicenow (cmake --build BUILD_DIR
# --target deliverydesk gen_servicenow). The server runs in a temporary folder on a free port, as the
# 'postgres' account when run as root (initdb refuses root), and is removed at the end.
set -euo pipefail
build=$(cd "${1:?usage: import_vs_copy.sh BUILD_DIR [ROWS]}" && pwd)
rows=${2:-1000000}
before_app=${3:-}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
app="$build/app/deliverydesk"
gen="$build/bench/import/gen_servicenow"
[ -x "$app" ] && [ -x "$gen" ] || { echo "build deliverydesk and gen_servicenow in $build first"; exit 2; }

work=$(mktemp -d /tmp/dd-pgbench-XXXXXX)
as=()
if [ "$(id -u)" -eq 0 ]; then chown postgres "$work"; as=(setpriv --reuid=postgres --regid=postgres --clear-groups); fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
stop() { "${as[@]}" "$bin/pg_ctl" -D "$work/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap stop EXIT
cd "$work"
# DD_BENCH_LOCALE: the server's locale (default C); a team's server is often made with the
# system's, e.g. sv_SE.UTF-8, whose collation orders the text indexes.
"${as[@]}" "$bin/initdb" -D "$work/data" -U dd_bench --auth=trust -E UTF8 --locale="${DD_BENCH_LOCALE:-C}" -N >/dev/null
# The server as a team would run it: durable commits (fsync on), the defaults otherwise.
"${as[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $work" start >/dev/null
psql=(psql -q -h 127.0.0.1 -p "$port" -U dd_bench -v ON_ERROR_STOP=1)
"${psql[@]}" -d postgres -c "CREATE DATABASE team" -c "CREATE DATABASE team_before" -c "CREATE DATABASE reference"
address="postgresql://dd_bench@127.0.0.1:$port/team"

shape=${DD_BENCH_SHAPE:-events}
case "$shape" in
  events) source=servicenow-events; "$gen" "$work/events.csv" "$rows" >/dev/null ;;
  list) source=servicenow; "$gen" --list "$work/events.csv" "$rows" >/dev/null ;;
  *) echo "DD_BENCH_SHAPE is events or list, not $shape"; exit 2 ;;
esac
echo "file ($shape): $rows rows, $(du -h "$work/events.csv" | cut -f1)"
key=FJALLGEAR

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN { printf "%.2f", e - s }'; }
# Waits (up to 5 minutes) until no autovacuum worker runs, so that one working on an earlier
# import's tables is not counted in the next import's server CPU.
autovacuum_idle() {
  for _ in $(seq 300); do
    [ "$("${psql[@]}" -d postgres -At -c "SELECT COUNT(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")" = 0 ] && return
    sleep 1
  done
}
# The server's finished children's CPU in seconds (cutime + cstime of the postmaster).
server_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($16 + $17) / hz }' "/proc/$(head -1 "$work/data/postmaster.pid")/stat"; }

# run_import LABEL APP DATABASE: the demo (made by APP: an older one refuses a newer schema) copied
# in, then the file imported; prints one line.
run_import() {
  local label=$1 binary=$2 target="postgresql://dd_bench@127.0.0.1:$port/$3" before after wall
  "$binary" engagement list --demo --database "$work/base-$3.sqlite" >/dev/null
  "$binary" db copy --from "$work/base-$3.sqlite" --to "$target" >/dev/null 2>&1
  autovacuum_idle
  before=$(server_cpu)
  wall=$(seconds /usr/bin/time -v -o "$work/time-$3" "$binary" import --database "$target" --engagement "$key" \
    --source "$source" "$work/events.csv")
  sleep 1
  after=$(server_cpu)
  awk -v l="$label" -v w="$wall" -v b="$before" -v a="$after" '
    /User time/ { u = $NF } /System time/ { s = $NF } /Maximum resident/ { r = $NF }
    END { printf "%-36s %7.2f s  client CPU %6.2f s  peak RSS %4.0f MB  server CPU %6.2f s\n", l, w, u + s, r / 1024, a - b }' "$work/time-$3"
}

columns=$(head -1 "$work/events.csv" | tr -d '\r\357\273\277' | awk -F, '{for(i=1;i<=NF;i++) printf "%sc%d text", (i>1?", ":""), i}')
"${psql[@]}" -d reference -c "CREATE TABLE plain ($columns)"
copy=$(seconds "${psql[@]}" -d reference -c "\\copy plain FROM '$work/events.csv' WITH (FORMAT csv, HEADER true)")
echo "COPY into a plain table:             ${copy} s"
if [ -n "$before_app" ]; then run_import "deliverydesk import, BEFORE_APP:" "$before_app" team_before; fi
line=$(run_import "deliverydesk import (PostgreSQL):" "$app" team)
echo "$line"
import=$(echo "$line" | awk '{ for (i = 1; i <= NF; i++) if ($i == "s") { print $(i - 1); exit } }')
tickets=$("${psql[@]}" -d team -At -c "SELECT COUNT(*) FROM tickets t JOIN engagements e ON e.id = t.engagement_id WHERE e.engagement_key = '$key'")
history=$("${psql[@]}" -d team -At -c "SELECT COUNT(*) FROM ticket_status_history")
echo "($tickets tickets of $key, $history status rows in all)"
echo "ratio import / COPY:                 $(awk -v i="$import" -v c="$copy" 'BEGIN { printf "%.2f", i / c }')"
