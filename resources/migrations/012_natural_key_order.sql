-- The tickets table sorted by key read FG-1, FG-10, FG-100, FG-2, and Zendesk's numbers 100
-- before 99: the index held the key as text. It now holds the key's natural order: the key
-- without its trailing digits, then how many trailing digits there are (one character: 0-9, then
-- A-Z for 10 to 35), then the digits; so FG-2 < FG-10 < FG-100, 99 < 100, and ServiceNow's
-- zero-padded INC0000045 keeps its order. The expression is the one Storage::TicketBrowseSql
-- sorts by (tst_tickettextfilter compares the two) and TicketRepository::find() seeks a key by.
-- Only immutable functions of both dialects. Both dialects.

DROP INDEX IF EXISTS tickets_by_key;
CREATE INDEX tickets_by_key ON tickets (engagement_id, (rtrim(source_key, '0123456789') || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', length(source_key) - length(rtrim(source_key, '0123456789')) + 1, 1) || substr(source_key, length(rtrim(source_key, '0123456789')) + 1)), id);
