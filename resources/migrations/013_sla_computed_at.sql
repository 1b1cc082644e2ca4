-- When a recompute stored an engagement's SLA results, by the writing machine's clock (UTC epoch
-- seconds), beside the instant they were evaluated at (`evaluated_at`, which may lie in the past:
-- `sla compliance --recompute --now`, a demo as of a day). Models::SlaStaleness compares it with
-- the change stamps of the engagement's calendar and policy versions: results computed before one
-- of them changed count on the old rules, and the SLA page, the review pack and the commands say
-- so. 0: stored before this migration (`evaluated_at` stands in).

ALTER TABLE sla_evaluations ADD COLUMN computed_at INTEGER NOT NULL DEFAULT 0;
