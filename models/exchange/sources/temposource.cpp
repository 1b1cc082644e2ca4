#include "models/exchange/sources/temposource.h"

namespace Exchange {

TempoSource::TempoSource(const ImportSettings &settings)
    : WorklogSource(settings, DateTimeParser::Format::Iso8601)
{
}

bool TempoSource::findColumns(ImportBatch *batch)
{
    m_hours = requireColumn({"Hours", "Timmar"}, batch);
    m_date = requireColumn({"Work date", "Work Date", "Datum"}, batch);
    m_fullName = column({"Full name", "Fullständigt namn", "Namn"});
    m_userName = column({"Username", "User", "Användarnamn", "Användare"});
    if (m_fullName < 0 && m_userName < 0)
        requireColumn({"Full name", "Username"}, batch);
    m_issue = column({"Issue Key", "Issue key", "Ärendenyckel", "Nyckel"});
    m_description = column({"Work Description", "Work description", "Beskrivning"});
    m_activity = column({"Activity Name", "Activity", "Aktivitet"});
    m_issueType = column({"Issue Type", "Issue type", "Ärendetyp"});
    m_id = column({"Worklog Id", "Worklog ID", "Tempo Worklog ID", "Jira Worklog ID", "Id"});
    return batch->fileError.isNull();
}

void TempoSource::addRow(const CsvRow &row, ImportBatch *batch)
{
    Domain::Worklog w;
    Duration duration;
    if (!readDate(row, m_date, batch, &w.date) ||
        !readDuration(row, m_hours, NumberParser::DurationUnit::Hours, batch, &duration))
        return;
    const int personColumn = !isMissing(row, m_fullName) ? m_fullName : m_userName;
    w.person = cell(row, personColumn).toString();
    if (w.person.isEmpty()) {
        reject(batch, row, personColumn, tr("The worklog has no person."));
        return;
    }
    w.ticketKey = cell(row, m_issue).toString();
    w.description = cell(row, m_description).toString();
    const QStringView activity = !isMissing(row, m_activity) ? cell(row, m_activity) : cell(row, m_issueType);
    const WorkClass wc =
        workClassFor(activity, WorkClass{Domain::TicketKind::Enhancement, w.serviceLevel, QString()}, batch);
    w.serviceLevel = wc.level;
    w.activity = wc.activity;
    emitWorklog(std::move(w), duration, row, m_id, m_hours, std::nullopt, batch);
}

} // namespace Exchange
