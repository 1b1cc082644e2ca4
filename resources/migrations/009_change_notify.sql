-- Other windows see what any writer committed, also writers that are not Delivery Desk (psql, a
-- script, another application's UPDATE; issue 15, docs/storage/postgresql.md "Seeing what others
-- changed"). On PostgreSQL every table of the schema gets a statement trigger that sends a
-- notification on the channel Storage::ChangeWatch listens on. The server delivers it only when
-- the transaction commits, and folds the identical notifications of one transaction into one, so
-- an import (thousands of statements) is one notification and a rolled back write none.
-- FOR EACH STATEMENT, never FOR EACH ROW: an import's COPY and set statements stay cheap (one
-- call per statement, not per row).
--
-- Tables added later: deliverydesk_install_change_triggers() gives every table of the schema that
-- lacks it the trigger; it runs here, and Storage::Migrator runs it again after each later
-- migration on PostgreSQL (in that migration's transaction), so a later migration that creates a
-- table needs nothing more (tst_changenotify checks every table has it, and a table added by a
-- later migration too).
--
-- SQLite: nothing (its PRAGMA data_version moves for every writer by itself).

-- @begin postgresql-only
CREATE OR REPLACE FUNCTION deliverydesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('deliverydesk_changes', '');
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION deliverydesk_install_change_triggers() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    missing regclass;
BEGIN
    FOR missing IN
        SELECT c.oid::regclass FROM pg_class c
        WHERE c.relkind IN ('r', 'p') AND c.relnamespace = current_schema()::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_trigger t
                          WHERE t.tgrelid = c.oid AND t.tgname = 'deliverydesk_notify_change')
    LOOP
        EXECUTE format('CREATE TRIGGER deliverydesk_notify_change '
                       'AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s '
                       'FOR EACH STATEMENT EXECUTE FUNCTION deliverydesk_notify_change()', missing);
    END LOOP;
END
$$;

SELECT deliverydesk_install_change_triggers();
-- @end postgresql-only
