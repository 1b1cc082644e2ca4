#include "models/exchange/sources/kimaisource.h"

#include <cmath>

namespace Exchange {

namespace {

/// A duration agrees with From/To when it is within a minute of it (From/To have minutes only).
constexpr double s_agreeSeconds = 60;

bool isPlainNumber(QStringView text)
{
    return !text.contains(QLatin1Char(':')) && !text.isEmpty() && !text.back().isLetter();
}

double factorOf(int unit)
{
    return unit == 1 ? 1.0 : unit == 2 ? 60.0 : 3600.0;
}

} // namespace

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
    m_begin = column({"Begin", "From", "Från", "Start", "Början"});
    m_end = column({"End", "To", "Till", "Slut"});
    if (m_duration < 0 && (m_begin < 0 || m_end < 0))
        requireColumn({"Duration", "Varaktighet"}, batch);
    m_activity = column({"Activity", "Aktivitet"});
    m_description = column({"Description", "Beskrivning"});
    m_id = column({"ID", "Id"});
    return batch->fileError.isNull();
}

QString KimaiSource::unitName(Unit unit)
{
    switch (unit) {
    case Unit::Seconds:
        return tr("seconds");
    case Unit::Minutes:
        return tr("minutes");
    case Unit::Hours:
        return tr("hours");
    case Unit::Unknown:
        break;
    }
    return QString();
}

bool KimaiSource::clockSeconds(QStringView text, qint64 *seconds)
{
    // "08:30", "08:30:15", or a full date and time of which the time counts.
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
    const QStringView time =
        space >= 0 && !text.endsWith(u"M", Qt::CaseInsensitive) ? text.mid(space + 1) : text;
    return time.contains(QLatin1Char(':')) &&
           NumberParser::parseDuration(time, NumberParser::DurationUnit::Hours, seconds) && *seconds >= 0 &&
           *seconds <= 24 * 3600;
}

bool KimaiSource::interval(const CsvRow &row, qint64 *seconds) const
{
    qint64 begin = 0;
    qint64 end = 0;
    if (m_begin < 0 || m_end < 0 || !clockSeconds(cell(row, m_begin), &begin) ||
        !clockSeconds(cell(row, m_end), &end))
        return false;
    *seconds = end >= begin ? end - begin : end + 24 * 3600 - begin; // past midnight
    return true;
}

bool KimaiSource::intervalOrReject(const CsvRow &row, ImportBatch *batch, qint64 *seconds) const
{
    qint64 ignored = 0;
    for (const int c : {m_begin, m_end}) {
        if (!clockSeconds(cell(row, c), &ignored)) {
            reject(batch, row, c, tr("\"%1\" is not a time of day.").arg(cell(row, c).toString()));
            return false;
        }
    }
    return interval(row, seconds);
}

int KimaiSource::agreeingUnits(double amount, qint64 interval)
{
    int units = 0;
    for (int unit = 1; unit <= 3; ++unit) {
        if (std::abs(amount * factorOf(unit) - double(interval)) <= s_agreeSeconds)
            units |= 1 << unit;
    }
    return units;
}

bool KimaiSource::isTotalsRow(const CsvRow &row) const
{
    // The spreadsheet template ends with a row of sums: no date, no user, "[00]:00" and money.
    return isMissing(row, m_date) && isMissing(row, m_user);
}

bool KimaiSource::wantsPrescan() const
{
    return m_duration >= 0 && m_begin >= 0 && m_end >= 0;
}

bool KimaiSource::prescanRow(const CsvRow &row)
{
    const QStringView text = cell(row, m_duration);
    double amount = 0;
    qint64 seconds = 0;
    if (isTotalsRow(row) || !isPlainNumber(text) || !NumberParser::parseDecimal(text, &amount) ||
        !interval(row, &seconds))
        return true;
    const int units = agreeingUnits(amount, seconds);
    if (units == 0 || (units & (units - 1)) != 0) // agrees with none (a row error) or several
        return true;
    const Unit unit = units == 2 ? Unit::Seconds : units == 4 ? Unit::Minutes : Unit::Hours;
    if (m_unit == Unit::Unknown) {
        m_unit = unit;
        m_unitLine = row.line;
    } else if (unit != m_unit) {
        m_conflictUnit = unit;
        m_conflictLine = row.line;
        return false;
    }
    return true;
}

void KimaiSource::endPrescan(ImportBatch *batch)
{
    if (m_conflictLine == 0)
        return;
    batch->fileError = ExchangeError{
        m_fileName, m_conflictLine, m_duration + 1,
        tr("The Duration column mixes units: on line %1 it is in %2 (it agrees with From and To), on line "
           "%3 in %4. Export the file again with one unit.")
            .arg(m_unitLine)
            .arg(unitName(m_unit))
            .arg(m_conflictLine)
            .arg(unitName(m_conflictUnit))};
}

bool KimaiSource::readKimaiDuration(const CsvRow &row, ImportBatch *batch, Duration *duration)
{
    const bool hasTimes = m_begin >= 0 && m_end >= 0 && !isMissing(row, m_begin) && !isMissing(row, m_end);
    if (m_duration < 0 || isMissing(row, m_duration)) {
        if (m_begin < 0 || m_end < 0)
            return readDuration(row, m_duration, NumberParser::DurationUnit::Hours, batch, duration);
        qint64 seconds = 0;
        if (!intervalOrReject(row, batch, &seconds))
            return false;
        *duration = Duration{seconds, double(seconds)};
        return checkBound(row, m_duration >= 0 ? m_duration : m_end, seconds, batch);
    }
    const QStringView text = cell(row, m_duration);
    qint64 span = 0;
    if (hasTimes && !intervalOrReject(row, batch, &span))
        return false;
    double amount = 0;
    if (isPlainNumber(text) && NumberParser::parseDecimal(text, &amount)) {
        Unit unit = m_unit;
        if (hasTimes) {
            const int units = agreeingUnits(amount, span);
            if (unit != Unit::Unknown && !(units & (1 << int(unit)))) {
                reject(batch, row, m_duration,
                       tr("Duration %1 (%2) does not agree with From and To (%3 minutes).")
                           .arg(text.toString(), unitName(unit))
                           .arg(span / 60));
                return false;
            }
            if (units == 0) {
                reject(batch, row, m_duration,
                       tr("Duration %1 agrees with From and To (%2 minutes) in no unit: not seconds, "
                          "minutes or hours.")
                           .arg(text.toString())
                           .arg(span / 60));
                return false;
            }
            if (unit == Unit::Unknown) // a file read once (a pipe): the first row decides
                unit = units & 2 ? Unit::Seconds : units & 4 ? Unit::Minutes : Unit::Hours;
            if (m_unit == Unit::Unknown && (units & (units - 1)) == 0) {
                m_unit = unit;
                m_unitLine = row.line;
            }
        }
        const NumberParser::DurationUnit parserUnit =
            unit == Unit::Seconds   ? NumberParser::DurationUnit::Seconds
            : unit == Unit::Minutes ? NumberParser::DurationUnit::Minutes
                                    : NumberParser::DurationUnit::Hours;
        return readDuration(row, m_duration, parserUnit, batch, duration);
    }
    if (!readDuration(row, m_duration, NumberParser::DurationUnit::Hours, batch, duration))
        return false;
    if (hasTimes && std::abs(duration->exactSeconds - double(span)) > s_agreeSeconds) {
        reject(batch, row, m_duration,
               tr("Duration %1 does not agree with From and To (%2 minutes).")
                   .arg(text.toString())
                   .arg(span / 60));
        return false;
    }
    return true;
}

void KimaiSource::addRow(const CsvRow &row, ImportBatch *batch)
{
    if (isTotalsRow(row)) {
        warn(batch, row, -1, tr("The totals row of the export was skipped."));
        return;
    }
    Domain::Worklog w;
    Duration duration;
    if (!readDate(row, m_date, batch, &w.date) || !readKimaiDuration(row, batch, &duration))
        return;
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
    const QString times = cell(row, m_begin).toString() + QLatin1Char('-') + cell(row, m_end).toString();
    emitWorklog(std::move(w), duration, row, m_id, m_duration, std::nullopt, batch,
                m_begin >= 0 && m_end >= 0 ? QStringView(times) : QStringView());
}

} // namespace Exchange
