-- Several users at once (issue 15, docs/storage/postgresql.md "Optimistic locking"), continued
-- from migrations 007 and 008: the import wizard's column profiles (import_profiles, saved under a
-- name for `import --source profile:NAME`) get the same row version and who created and last
-- changed them, and when. A profile saved under a name someone else saved meanwhile is refused
-- instead of replacing theirs, and a replacement names the version the user was asked about.
-- row_version starts at 1 and grows by one on every update. Who: the PostgreSQL role of the
-- session, or on SQLite the account of the operating system (DELIVERYDESK_USER overrides it).
-- When: UTC epoch seconds. Profiles saved before this migration are version 1 with nobody and
-- 0 (unknown) as who and when.
--
-- PostgreSQL: import_profiles has had the change-notify trigger since migration 009 (it exists
-- since 001), and adding columns keeps it; Storage::Migrator's trigger installer runs after this
-- migration all the same (tst_profilestamps checks the trigger is there afterwards).

ALTER TABLE import_profiles ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE import_profiles ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE import_profiles ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_profiles ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE import_profiles ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
