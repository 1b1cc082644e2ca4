-- Schema v1 of Delivery Desk.
-- Portable SQL (SQLite and PostgreSQL): instants are UTC epoch seconds (INTEGER), durations are
-- minutes (INTEGER), dates are ISO 'YYYY-MM-DD' text, months 'YYYY-MM'. {{ID}} is replaced by the
-- migrator with the dialect's auto-increment primary key, {{PERCENT}} with a type that holds a
-- fraction (INTEGER as first shipped on SQLite, which keeps a REAL in it), and on PostgreSQL every
-- INTEGER becomes BIGINT (64 bits, as SQLite's).

CREATE TABLE calendars (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    definition TEXT NOT NULL              -- calendar JSON (docs/calendars.md)
);

CREATE TABLE engagements (
    id {{ID}},
    engagement_key TEXT NOT NULL UNIQUE,
    client TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    support_model TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT,
    time_zone TEXT NOT NULL,
    committed_minutes INTEGER NOT NULL CHECK (committed_minutes >= 0),
    sev1_24x7 INTEGER NOT NULL DEFAULT 0,
    roles_covered TEXT NOT NULL DEFAULT '',
    calendar_id INTEGER REFERENCES calendars(id) ON DELETE SET NULL,
    notes TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL DEFAULT 0,
    deleted_at INTEGER                    -- set by delete; purged when the database is next opened
);

CREATE TABLE engagement_services (
    engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    activity TEXT NOT NULL,
    PRIMARY KEY (engagement_id, activity)
);

CREATE TABLE people (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    minutes_per_week INTEGER NOT NULL DEFAULT 2400 CHECK (minutes_per_week >= 0),
    part_time_percent INTEGER NOT NULL DEFAULT 100 CHECK (part_time_percent BETWEEN 0 AND 100),
    on_call INTEGER NOT NULL DEFAULT 0,
    calendar_id INTEGER REFERENCES calendars(id) ON DELETE SET NULL,
    start_date TEXT,
    end_date TEXT
);

CREATE TABLE absences (
    id {{ID}},
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL
);

CREATE TABLE sla_policies (
    id {{ID}},
    engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    effective_from TEXT NOT NULL,
    definition TEXT NOT NULL,             -- policy JSON (docs/sla.md)
    UNIQUE (engagement_id, effective_from)
);

CREATE TABLE tickets (
    id {{ID}},
    engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    source_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
    service_level TEXT NOT NULL,
    activity TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    first_response_at INTEGER,
    resolved_at INTEGER,
    UNIQUE (engagement_id, source, source_key)
);
CREATE INDEX tickets_by_created ON tickets (engagement_id, created_at);

CREATE TABLE ticket_status_history (
    ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    changed_at INTEGER NOT NULL,
    status TEXT NOT NULL,
    severity INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (ticket_id, seq)
);

CREATE TABLE worklogs (
    id {{ID}},
    engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    source_key TEXT NOT NULL,
    work_date TEXT NOT NULL,
    person TEXT NOT NULL,
    role TEXT,
    minutes INTEGER NOT NULL CHECK (minutes >= 0),
    ticket_key TEXT NOT NULL DEFAULT '',
    service_level TEXT NOT NULL,
    activity TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    UNIQUE (engagement_id, source, source_key)
);
CREATE INDEX worklogs_by_date ON worklogs (engagement_id, work_date);

CREATE TABLE monthly_budgets (
    engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    committed_minutes INTEGER NOT NULL CHECK (committed_minutes >= 0),
    PRIMARY KEY (engagement_id, month)
);

CREATE TABLE budget_policies (
    engagement_id INTEGER NOT NULL PRIMARY KEY REFERENCES engagements(id) ON DELETE CASCADE,
    definition TEXT NOT NULL              -- rollover and counting rules as JSON (docs/capacity.md)
);

CREATE TABLE allocations (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes >= 0),
    PRIMARY KEY (person_id, engagement_id, month)
);

CREATE TABLE sla_monthly_compliance (
    engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    severity INTEGER NOT NULL,
    tickets INTEGER NOT NULL,
    response_met INTEGER NOT NULL,
    resolution_met INTEGER NOT NULL,
    breaches INTEGER NOT NULL,
    median_response_seconds INTEGER,
    p90_response_seconds INTEGER,
    median_resolution_seconds INTEGER,
    p90_resolution_seconds INTEGER,
    target_percent {{PERCENT}} NOT NULL,  -- a percentage such as 97.5 (see Migrator::forDialect)
    PRIMARY KEY (engagement_id, month, severity)
);

CREATE TABLE import_settings (
    engagement_id INTEGER NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    PRIMARY KEY (engagement_id, source)
);

CREATE TABLE import_profiles (
    name TEXT NOT NULL PRIMARY KEY,
    definition TEXT NOT NULL
);

CREATE TABLE value_mappings (
    kind TEXT NOT NULL,                   -- priority, issue-type, person-role, pause-status ...
    source_value TEXT NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (kind, source_value)
);

CREATE TABLE database_info (
    info_key TEXT NOT NULL PRIMARY KEY,   -- e.g. bundle.source, bundle.taken_at
    info_value TEXT NOT NULL
);
