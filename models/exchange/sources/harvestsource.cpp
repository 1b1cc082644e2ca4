#include "models/exchange/sources/harvestsource.h"

#include <QRegularExpression>

namespace Exchange {

HarvestSource::HarvestSource(const ImportSettings &settings)
    : WorklogSource(settings, DateTimeParser::Format::Iso8601)
{
}

bool HarvestSource::findColumns(ImportBatch *batch)
{
    m_date = requireColumn({"Date", "Datum"}, batch);
    m_hours = requireColumn({"Hours", "Timmar"}, batch);
    m_first = requireColumn({"First Name", "Förnamn"}, batch);
    m_last = column({"Last Name", "Efternamn"});
    m_task = column({"Task", "Uppgift"});
    m_notes = column({"Notes", "Anteckningar"});
    m_roles = column({"Roles", "Roller"});
    m_reference = column({"External Reference URL"});
    return batch->fileError.isNull();
}

QString HarvestSource::ticketKeyFromUrl(QStringView url)
{
    static const QRegularExpression s_jira(QStringLiteral("/browse/([A-Z][A-Z0-9_]+-\\d+)"));
    static const QRegularExpression s_serviceNow(
        QStringLiteral("\\b((?:INC|PRB|CHG|RITM|REQ|SCTASK)\\d+)\\b"));
    for (const QRegularExpression *re : {&s_jira, &s_serviceNow}) {
        const QRegularExpressionMatch m = re->match(url);
        if (m.hasMatch())
            return m.captured(1);
    }
    return QString();
}

void HarvestSource::addRow(const CsvRow &row, ImportBatch *batch)
{
    Domain::Worklog w;
    Duration duration;
    if (!readDate(row, m_date, batch, &w.date) ||
        !readDuration(row, m_hours, NumberParser::DurationUnit::Hours, batch, &duration))
        return;
    w.person = (cell(row, m_first).toString() + QLatin1Char(' ') + cell(row, m_last).toString()).trimmed();
    if (w.person.isEmpty()) {
        reject(batch, row, m_first, tr("The worklog has no person."));
        return;
    }
    w.description = cell(row, m_notes).toString();
    if (!isMissing(row, m_reference))
        w.ticketKey = ticketKeyFromUrl(cell(row, m_reference));
    const WorkClass wc = workClassFor(
        cell(row, m_task), WorkClass{Domain::TicketKind::Enhancement, w.serviceLevel, QString()}, batch);
    w.serviceLevel = wc.level;
    w.activity = wc.activity;
    std::optional<Domain::Role> role;
    for (const QStringView title : cell(row, m_roles).split(QLatin1Char(','))) {
        role = ImportMappings::roleFromTitle(title);
        if (role)
            break;
    }
    emitWorklog(std::move(w), duration, row, -1, m_hours, role, batch);
}

} // namespace Exchange
