-- Notes of the governance review (issue 11, docs/review-pack.md), written on the Review page and
-- printed in the review pack. Dates are ISO 'YYYY-MM-DD' text, instants UTC epoch seconds.

-- Risks and actions of one engagement for one review period (a month, a quarter or a custom
-- range, both ends inclusive). A period whose two texts are both empty has no row.
CREATE TABLE review_notes (
    engagement_id BIGINT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    risks TEXT NOT NULL DEFAULT '',
    actions TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (engagement_id, period_start, period_end),
    CHECK (period_start <= period_end)
);

-- The team's root cause of a breached ticket. It belongs to the ticket, not to a period: the
-- ticket's id survives re-imports (tickets are updated in place). An empty note has no row.
CREATE TABLE root_cause_notes (
    engagement_id BIGINT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    note TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (engagement_id, ticket_id)
);
CREATE INDEX root_cause_notes_by_ticket ON root_cause_notes (ticket_id);
