-- Indexes of the tickets table of the SLA page (Storage::TicketBrowseRepository, docs/tickets-table.md).
-- The table shows one engagement's tickets a page at a time, sorted by any column with ties broken
-- by ticket id. Each sortable column has an index that starts with the engagement and ends with the
-- ticket id, so a page is read by walking the index (LIMIT/OFFSET without reading the table) instead
-- of sorting a million rows. tickets.id is the row id, so the tickets indexes end with it implicitly
-- on SQLite; it is written out for PostgreSQL. sla_results is keyed by ticket_id, which is not its
-- row id: it is written out so that its indexes cover the page query.
-- tickets_by_created (engagement_id, created_at) already exists (001).

CREATE INDEX tickets_by_key ON tickets (engagement_id, source_key, id);
-- The title index also holds the key, so that the text filter (key or title) reads it alone.
CREATE INDEX tickets_by_title ON tickets (engagement_id, title, source_key, id);
CREATE INDEX tickets_by_severity ON tickets (engagement_id, severity, id);
CREATE INDEX tickets_by_kind ON tickets (engagement_id, kind, id);
CREATE INDEX tickets_by_service_level ON tickets (engagement_id, service_level, id);
CREATE INDEX tickets_by_status ON tickets (engagement_id, status, id);
CREATE INDEX tickets_by_response ON tickets (engagement_id, first_response_at, id);
CREATE INDEX tickets_by_resolved ON tickets (engagement_id, resolved_at, id);

CREATE INDEX sla_results_by_state ON sla_results (engagement_id, state, ticket_id);
CREATE INDEX sla_results_by_response_time ON sla_results (engagement_id, response_business_seconds, ticket_id);
CREATE INDEX sla_results_by_resolution_time ON sla_results (engagement_id, resolution_business_seconds, ticket_id);
CREATE INDEX sla_results_by_paused_time ON sla_results (engagement_id, paused_seconds, ticket_id);
CREATE INDEX sla_results_by_month ON sla_results (engagement_id, compliance_month, ticket_id);
