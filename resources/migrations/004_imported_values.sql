-- Values imported as the source wrote them. Worklog durations in whole seconds. Minutes rounded per row lost up to 30 s an entry: a Harvest
-- file of 298 rows holding 406.70 h was stored as 406.65 h. `seconds` is now the duration every
-- reader sums (and rounds once per total); `minutes` stays, written as the rounded value, so that a
-- tool reading the old column still sees sensible numbers. Existing rows keep their minutes exactly.
ALTER TABLE worklogs ADD COLUMN seconds INTEGER NOT NULL DEFAULT 0 CHECK (seconds >= 0);
UPDATE worklogs SET seconds = minutes * 60;

-- The source tool's own SLA values (Jira Service Management's remaining time, breached or not),
-- kept as imported data beside our evaluation: a JSON array, '' when the source has none.
ALTER TABLE tickets ADD COLUMN vendor_sla TEXT NOT NULL DEFAULT '';
