-- Several users at once (issue 15, docs/storage/postgresql.md): the rows people edit carry a row
-- version for optimistic locking and who created and last changed them, and when.
-- row_version starts at 1 and grows by one on every update; a save names the version it read and
-- is refused when the row moved on. Who: the PostgreSQL role of the session, or on SQLite the
-- account of the operating system (DELIVERYDESK_USER overrides it). When: UTC epoch seconds.
-- Rows written before this migration are version 1 with nobody and 0 (unknown) as who and when.
-- engagements and review_notes had updated_at already.

ALTER TABLE engagements ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE engagements ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE engagements ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE engagements ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';

ALTER TABLE monthly_budgets ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE monthly_budgets ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE monthly_budgets ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE monthly_budgets ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE monthly_budgets ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;

-- The version of an engagement's budget as a whole (its rules and month overrides are saved
-- together): a budget with only month overrides still gets this row when saved.
ALTER TABLE budget_policies ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE budget_policies ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE budget_policies ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE budget_policies ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE budget_policies ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;

ALTER TABLE allocations ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE allocations ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE allocations ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE allocations ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE allocations ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;

-- Policy versions are only ever inserted (never rewritten): their row_version stays 1.
ALTER TABLE sla_policies ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sla_policies ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE sla_policies ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sla_policies ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE sla_policies ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;

ALTER TABLE review_notes ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE review_notes ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE review_notes ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE review_notes ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
