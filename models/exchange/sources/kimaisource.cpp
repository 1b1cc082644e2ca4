#include "models/exchange/sources/kimaisource.h"

namespace Exchange {

KimaiSource::KimaiSource(const ImportSettings &settings)
    : WorklogSource(settings, DateTimeParser::Format::Iso8601)
{
}

bool KimaiSource::findColumns(ImportBatch *batch)
{
    m_date = requireColumn({"Date", "Datum"}, batch);
    // Kimai's labels vary by version and template: user, alias or name.
    m_user = requireColumn({"User", "Användare", "Username", "Användarnamn", "Alias", "Name", "Namn"}, batch);
    m_duration = column({"Duration", "Varaktighet"});
    m_begin = column({"Begin", "Från", "Start", "Början"});
    m_end = column({"End", "Till", "Slut"});
    if (m_duration < 0 && (m_begin < 0 || m_end < 0))
        requireColumn({"Duration", "Varaktighet"}, batch);
    m_activity = column({"Activity", "Aktivitet"});
    m_description = column({"Description", "Beskrivning"});
    m_id = column({"ID", "Id"});
    return batch->fileError.isNull();
}

bool KimaiSource::clockMinutes(QStringView text, int *minutes)
{
    // "08:30", or a full date and time of which the time counts.
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
    const QStringView time =
        space >= 0 && !text.endsWith(u"M", Qt::CaseInsensitive) ? text.mid(space + 1) : text;
    qint64 seconds = 0;
    if (!time.contains(QLatin1Char(':')) ||
        !NumberParser::parseDuration(time, NumberParser::DurationUnit::Hours, &seconds) || seconds < 0 ||
        seconds > 24 * 3600)
        return false;
    *minutes = int(seconds / 60);
    return true;
}

bool KimaiSource::minutesFromBeginEnd(const CsvRow &row, ImportBatch *batch, int *minutes) const
{
    int begin = 0;
    int end = 0;
    if (!clockMinutes(cell(row, m_begin), &begin)) {
        reject(batch, row, m_begin, tr("\"%1\" is not a time of day.").arg(cell(row, m_begin).toString()));
        return false;
    }
    if (!clockMinutes(cell(row, m_end), &end)) {
        reject(batch, row, m_end, tr("\"%1\" is not a time of day.").arg(cell(row, m_end).toString()));
        return false;
    }
    *minutes = end >= begin ? end - begin : end + 24 * 60 - begin; // past midnight
    return true;
}

void KimaiSource::addRow(const CsvRow &row, ImportBatch *batch)
{
    Domain::Worklog w;
    if (!readDate(row, m_date, batch, &w.date))
        return;
    if (m_duration >= 0 && (!isMissing(row, m_duration) || m_begin < 0 || m_end < 0)) {
        if (!readDuration(row, m_duration, NumberParser::DurationUnit::Hours, batch, &w.minutes))
            return;
    } else if (!minutesFromBeginEnd(row, batch, &w.minutes)) {
        return;
    }
    w.person = cell(row, m_user).toString();
    if (w.person.isEmpty()) {
        reject(batch, row, m_user, tr("The worklog has no person."));
        return;
    }
    w.description = cell(row, m_description).toString();
    const WorkClass wc = workClassFor(
        cell(row, m_activity), WorkClass{Domain::TicketKind::Enhancement, w.serviceLevel, QString()}, batch);
    w.serviceLevel = wc.level;
    w.activity = wc.activity;
    emitWorklog(std::move(w), row, m_id, m_duration, std::nullopt, batch);
}

} // namespace Exchange
