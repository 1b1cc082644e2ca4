-- Stored SLA results (docs/sla-store.md): one row per ticket, written by Models::SlaRecomputer in
-- the same transaction as the engagement's monthly compliance, so that views and reports read
-- them without re-evaluating. Instants are UTC epoch seconds, durations business seconds.

CREATE TABLE sla_results (
    ticket_id BIGINT NOT NULL PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
    engagement_id BIGINT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    policy_effective TEXT,                -- the policy version's effective date; NULL when none was in force
    severity INTEGER NOT NULL,
    state TEXT NOT NULL,                  -- Domain::slaStateId
    compliance_month TEXT,                -- 'YYYY-MM-01' the ticket counts in (resolution month); NULL while open
    response_outcome TEXT NOT NULL,       -- met, breached, running, no-target, not-measurable
    response_target_seconds INTEGER NOT NULL,
    response_due INTEGER,
    response_at INTEGER,
    response_business_seconds INTEGER NOT NULL,
    response_breached_at INTEGER,
    resolution_outcome TEXT NOT NULL,
    resolution_target_seconds INTEGER NOT NULL,
    resolution_due INTEGER,
    resolution_at INTEGER,
    resolution_business_seconds INTEGER NOT NULL,
    resolution_breached_at INTEGER,
    paused_seconds INTEGER NOT NULL,
    reopen_count INTEGER NOT NULL,
    paused_now INTEGER NOT NULL,
    breach_at INTEGER,                    -- the earlier breach instant of the two clocks
    problems INTEGER NOT NULL,            -- Domain::SlaDataProblems flags
    evaluated_at INTEGER NOT NULL         -- the `now` of the evaluation
);
CREATE INDEX sla_results_by_engagement ON sla_results (engagement_id, compliance_month);

-- The last recomputation of an engagement: tells "nothing stored yet" from "no tickets".
CREATE TABLE sla_evaluations (
    engagement_id BIGINT NOT NULL PRIMARY KEY REFERENCES engagements(id) ON DELETE CASCADE,
    evaluated_at INTEGER NOT NULL,
    tickets INTEGER NOT NULL
);

ALTER TABLE sla_monthly_compliance ADD COLUMN excluded INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sla_monthly_compliance ADD COLUMN response_measured INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sla_monthly_compliance ADD COLUMN resolution_measured INTEGER NOT NULL DEFAULT 0;
