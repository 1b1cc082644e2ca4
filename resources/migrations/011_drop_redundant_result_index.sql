-- sla_results_by_engagement (engagement_id, compliance_month) is the first two columns of
-- sla_results_by_month (engagement_id, compliance_month, ticket_id, 003): every query that walked
-- it walks sla_results_by_month the same way (SQLite's plans compared on a 1M-ticket engagement in
-- docs/quality/scale.md, session 27: only MIN/MAX(compliance_month) of an engagement used it, and
-- now reads the same range of sla_results_by_month). A million results imported at once rebuild
-- one index fewer (about 0.4 s of CPU at 1M, issue 13), and every result written maintains one
-- fewer. Both dialects.

DROP INDEX IF EXISTS sla_results_by_engagement;
