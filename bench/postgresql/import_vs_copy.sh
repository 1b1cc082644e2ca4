#!/usr/bin/env bash
# Import of a ServiceNow event log into a team database on PostgreSQL, against PostgreSQL's own COPY
# of the same file into a plain table, in the same run on the same throwaway server (issue 15: within
# 3x of COPY). Not a ctest: run it by hand and read the figures (docs/storage/postgresql.md).
#
#   bench/postgresql/import_vs_copy.sh BUILD_DIR [ROWS]      (ROWS default 1000000)
#
# BUILD_DIR must hold app/deliverydesk and bench/import/gen_servicenow (cmake --build BUILD_DIR
# --target deliverydesk gen_servicenow). The server runs in a temporary folder on a free port, as the
# 'postgres' account when run as root (initdb refuses root), and is removed at the end.
set -euo pipefail
build=$(cd "${1:?usage: import_vs_copy.sh BUILD_DIR [ROWS]}" && pwd)
rows=${2:-1000000}
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
"${as[@]}" "$bin/initdb" -D "$work/data" -U dd_bench --auth=trust -E UTF8 --locale=C -N >/dev/null
# The server as a team would run it: durable commits (fsync on), the defaults otherwise.
"${as[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $work" start >/dev/null
psql=(psql -q -h 127.0.0.1 -p "$port" -U dd_bench -v ON_ERROR_STOP=1)
"${psql[@]}" -d postgres -c "CREATE DATABASE team" -c "CREATE DATABASE reference"
address="postgresql://dd_bench@127.0.0.1:$port/team"

"$gen" "$work/events.csv" "$rows" >/dev/null
echo "file: $rows rows, $(du -h "$work/events.csv" | cut -f1)"
"$app" engagement list --demo --database "$work/base.sqlite" >/dev/null
"$app" db copy --from "$work/base.sqlite" --to "$address" >/dev/null 2>&1
key=FJALLGEAR

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN { printf "%.2f", e - s }'; }

columns=$(head -1 "$work/events.csv" | tr -d '\r\357\273\277' | awk -F, '{for(i=1;i<=NF;i++) printf "%sc%d text", (i>1?", ":""), i}')
"${psql[@]}" -d reference -c "CREATE TABLE plain ($columns)"
copy=$(seconds "${psql[@]}" -d reference -c "\\copy plain FROM '$work/events.csv' WITH (FORMAT csv, HEADER true)")
import=$(seconds "$app" import --database "$address" --engagement "$key" --source servicenow-events "$work/events.csv")
tickets=$("${psql[@]}" -d team -At -c "SELECT COUNT(*) FROM tickets t JOIN engagements e ON e.id = t.engagement_id WHERE e.engagement_key = '$key'")
history=$("${psql[@]}" -d team -At -c "SELECT COUNT(*) FROM ticket_status_history")
echo "COPY into a plain table:            ${copy} s"
echo "deliverydesk import (PostgreSQL):   ${import} s  ($tickets tickets of $key, $history status rows in all)"
echo "ratio import / COPY:                $(awk -v i="$import" -v c="$copy" 'BEGIN { printf "%.2f", i / c }')"
