#!/bin/sh
# A copy of a tickets database whose tickets are stored in creation order, as an import of a file
# sorted by creation stores them: new ticket ids follow (created_at, source_key, id), each ticket's
# status changes follow it, the SLA results move with their tickets. `tickets list` must write the
# same bytes from both files (docs/quality/scale.md, "Streaming outputs").
#
#   bench/tickets/creation_order.sh SOURCE_DB TARGET_DB
set -eu
src=$1
dst=$2
rm -f "$dst"
sqlite3 -readonly "$src" ".backup '$dst'"
columns=$(sqlite3 "$dst" "SELECT group_concat('t.' || name, ', ') FROM pragma_table_info('tickets') WHERE name <> 'id'")
results=$(sqlite3 "$dst" "SELECT group_concat('r.' || name, ', ') FROM pragma_table_info('sla_results') WHERE name <> 'ticket_id'")
sqlite3 "$dst" <<SQL
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TEMP TABLE old_tickets AS SELECT * FROM tickets;
CREATE TEMP TABLE old_changes AS SELECT * FROM ticket_status_history;
CREATE TEMP TABLE old_results AS SELECT * FROM sla_results;
CREATE TEMP TABLE renumbered (old INTEGER PRIMARY KEY, new INTEGER NOT NULL);
INSERT INTO renumbered SELECT id, ROW_NUMBER() OVER (ORDER BY created_at, source_key, id) FROM tickets;
DELETE FROM ticket_status_history;
DELETE FROM sla_results;
DELETE FROM tickets;
INSERT INTO tickets (id, $(echo "$columns" | sed 's/t\.//g'))
    SELECT m.new, $columns FROM old_tickets t JOIN renumbered m ON m.old = t.id ORDER BY m.new;
INSERT INTO ticket_status_history (ticket_id, seq, changed_at, status, severity)
    SELECT m.new, h.seq, h.changed_at, h.status, h.severity FROM old_changes h
    JOIN renumbered m ON m.old = h.ticket_id ORDER BY m.new, h.seq;
INSERT INTO sla_results (ticket_id, $(echo "$results" | sed 's/r\.//g'))
    SELECT m.new, $results FROM old_results r JOIN renumbered m ON m.old = r.ticket_id ORDER BY m.new;
COMMIT;
VACUUM;
SQL
