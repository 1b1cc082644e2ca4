-- Several users at once (issue 15, docs/storage/postgresql.md), continued from migration 007: the
-- other rows people edit get the same row version and who created and last changed them, and
-- when, so that a save naming an older version is refused instead of overwriting someone else's.
-- row_version starts at 1 and grows by one on every update. Who: the PostgreSQL role of the
-- session, or on SQLite the account of the operating system (DELIVERYDESK_USER overrides it).
-- When: UTC epoch seconds. Rows written before this migration are version 1 with nobody and
-- 0 (unknown) as who and when.
-- root_cause_notes had updated_at already.

ALTER TABLE root_cause_notes ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE root_cause_notes ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE root_cause_notes ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE root_cause_notes ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';

-- A person and their absences are saved together (the People dialog): the person's version
-- covers the absences, as a budget's covers its months.
ALTER TABLE people ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE people ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE people ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;

-- The team's time zone (Allocation page, `settings team-zone`).
ALTER TABLE portfolio_settings ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE portfolio_settings ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE portfolio_settings ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE portfolio_settings ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE portfolio_settings ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;

-- Business calendars, shared by name (`calendar import`); which calendar an engagement counts on
-- (engagements.calendar_id) is written by nothing else and needs no version of its own.
ALTER TABLE calendars ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE calendars ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE calendars ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE calendars ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE calendars ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
