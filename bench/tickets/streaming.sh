#!/bin/sh
# Streaming outputs of issue 13: `tickets list`, `worklogs list` and `export` (CSV, XLSX, bundle) on
# large engagements, CPU (user + sys), wall and peak RSS from /usr/bin/time -v, each beside its
# reference run in the same minute. Reproduces the figures of docs/quality/scale.md.
#
#   bench/tickets/streaming.sh BUILD_DIR [TICKETS_DB] [OUT_DIR]
#
# TICKETS_DB defaults to /tmp/bench_tickets_1000000.sqlite (`bench_tickets 1000000` builds it;
# engagement BENCH); it is only read. OUT_DIR (default /tmp/dd-streaming) receives the generated
# worklog databases, a 100k-ticket database and the outputs.
set -eu
build=$1
db=${2:-/tmp/bench_tickets_1000000.sqlite}
out=${3:-/tmp/dd-streaming}
dd="$build/app/deliverydesk"
mkdir -p "$out"

measure() { # LABEL COMMAND...: one line of CPU, wall and peak RSS; stdout to OUT_DIR/LABEL.out
    label=$1
    shift
    /usr/bin/time -v "$@" >"$out/$label.out" 2>"$out/$label.time" || true
    awk -v l="$label" '/User time/ {u=$4} /System time/ {s=$4} /Elapsed/ {w=$8} /Maximum resident/ {m=$6}
        END {printf "%-34s %7.2f s CPU (%s + %s)  %8s wall  %6.0f MB\n", l, u+s, u, s, w, m/1024}' \
        "$out/$label.time"
}

# The reference: SQLite's shell reading the same rows in the table's order.
measure ref-sqlite-tickets sqlite3 -readonly "$db" \
    "SELECT id, source_key, kind, severity, service_level, activity, title, status, created_at,
            first_response_at, resolved_at FROM tickets WHERE +engagement_id = 1"
measure ref-sqlite-tickets-sorted sqlite3 -readonly "$db" \
    "SELECT id, source_key, kind, severity, service_level, activity, title, status, created_at,
            first_response_at, resolved_at FROM tickets WHERE +engagement_id = 1
     ORDER BY created_at, source_key, id"
# The same tickets stored in creation order (as an import of a file sorted by creation stores them):
# read with no sort. Every format must write the same bytes from both files.
ordered="$out/$(basename "$db" .sqlite)-creation-order.sqlite"
[ -f "$ordered" ] || "$(dirname "$0")/creation_order.sh" "$db" "$ordered"
for source in "$db" "$ordered"; do
    name=$(basename "$source" .sqlite)
    for format in json csv table; do
        measure tickets-$format-$name "$dd" tickets list --database "$source" --engagement BENCH --format $format
    done
done
md5sum "$out"/tickets-*.out

for n in 100000 1000000; do
    wl="$out/worklogs_$n.sqlite"
    [ -f "$wl" ] || "$build/bench/tickets/gen_worklogs" "$wl" "$n"
    measure ref-sqlite-worklogs-$n sqlite3 -readonly "$wl" "SELECT * FROM worklogs ORDER BY work_date, person, source_key"
    for format in table csv json; do
        measure worklogs-$format-$n "$dd" worklogs list --database "$wl" --engagement BENCH --format $format
    done
done

small="$out/tickets_100000.sqlite"
[ -f "$small" ] || "$build/bench/tickets/bench_tickets" build "$small" 100000
for source in "$small" "$db"; do
    n=$(sqlite3 -readonly "$source" "SELECT COUNT(*) FROM tickets")
    rm -rf "$out/export-csv-$n" "$out/export-$n.xlsx" "$out/bundle-$n.sqlite"
    now="--now 2026-01-15T12:00:00Z"
    measure export-csv-$n "$dd" export --database "$source" --engagement BENCH --format csv --out "$out/export-csv-$n" $now
    measure export-xlsx-$n "$dd" export --database "$source" --engagement BENCH --format xlsx --out "$out/export-$n.xlsx" $now
    measure export-bundle-$n "$dd" export --database "$source" --engagement BENCH --format bundle --out "$out/bundle-$n.sqlite" $now
done
