-- Settings of the portfolio as a whole (issue 16), one row per key; copied with the portfolio
-- (db copy, offline bundles), unlike database_info, which describes the file.
-- team.time_zone: the IANA zone of the team, whose office calendar people's capacity counts on.
-- No row: Domain::DefaultCalendar::teamZone (the engagements' most common zone, else
-- Europe/Stockholm), so this migration writes nothing and a copy's target stays empty.
CREATE TABLE portfolio_settings (
    setting_key TEXT NOT NULL PRIMARY KEY,
    setting_value TEXT NOT NULL
);
