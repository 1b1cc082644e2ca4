#include "models/exchange/sources/worklogsource.h"

#include <QCryptographicHash>

namespace Exchange {

namespace {
constexpr qint64 s_secondsPerDay = 24 * 3600;

QString hoursText(double seconds)
{
    return QString::number(seconds / 3600.0, 'f', 2);
}

} // namespace

QString WorklogSource::fieldHash(const Domain::Worklog &w)
{
    // Hashes the UTF-16 text directly: no conversion per row, and no copy (utf16() copies a shared string).
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const QString &text) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.constData()), text.size() * 2));
        hash.addData(QByteArrayView("\x1f\x00", 2));
    };
    // Whole minutes, as before durations were kept in seconds: the keys of files imported by
    // earlier versions stay the same, so importing such a file again updates instead of doubling.
    const qint64 numbers[2] = {w.date.toJulianDay(), w.minutes()};
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(numbers), sizeof numbers));
    add(w.person);
    add(w.ticketKey);
    add(w.activity);
    add(w.description);
    return QStringLiteral("h:") + QString::fromLatin1(hash.result().toHex().left(20));
}

std::optional<Domain::Role> WorklogSource::mappedRole(const QString &person, ImportBatch *batch)
{
    auto it = m_roles.constFind(person);
    if (it == m_roles.constEnd()) {
        it = m_roles.insert(person, m_settings.mappings.role(person));
        if (!it.value() && !person.isEmpty())
            collectOnce(&batch->unknownPersons, person);
    }
    return it.value();
}

void WorklogSource::emitWorklog(Domain::Worklog worklog, const Duration &duration, const CsvRow &row,
                                int idColumn, int durationColumn, std::optional<Domain::Role> role,
                                ImportBatch *batch, QStringView distinguishing)
{
    worklog.seconds = duration.seconds;
    const bool explicitId = !isMissing(row, idColumn);
    QString key = explicitId ? cell(row, idColumn).toString() : fieldHash(worklog);
    int &count = m_keyCounts[keyDigest(key)];
    ++count;
    // Same fields and, for Kimai, the same From/To: a repeated entry. Different times on the
    // same day with the same length are two pieces of work, not a duplicate.
    const int same = ++m_entryCounts[keyDigest(key) ^ (keyDigest(distinguishing) * 0x9E3779B97F4A7C15ULL)];
    if (count > 1) {
        if (explicitId) {
            reject(batch, row, idColumn, tr("Duplicate worklog id %1.").arg(key));
            return;
        }
        // Two identical entries (two one-hour sessions on the same ticket) are legitimate; the
        // occurrence number keeps their keys stable across re-imports of the same file.
        if (same > 1)
            warn(batch, row, -1, tr("The same worklog appears %n times in the file.", nullptr, same));
        key += QLatin1Char('#') + QString::number(count);
    }
    worklog.sourceKey = key;
    worklog.role = role ? role : mappedRole(worklog.person, batch);

    const quint64 personDay =
        keyDigest(worklog.person) ^ (quint64(worklog.date.toJulianDay()) * 0x9E3779B97F4A7C15ULL);
    qint64 &seconds = m_secondsPerPersonDay[personDay];
    const qint64 before = seconds;
    seconds += worklog.seconds;
    if (before <= s_secondsPerDay && seconds > s_secondsPerDay) {
        warn(batch, row, durationColumn,
             tr("%1 has logged %2 hours on %3.")
                 .arg(worklog.person)
                 .arg(double(seconds) / 3600.0, 0, 'f', 1)
                 .arg(worklog.date.toString(Qt::ISODate)));
    }
    batch->fileSeconds += duration.exactSeconds;
    batch->worklogSeconds += worklog.seconds;
    batch->worklogs.append(std::move(worklog));
}

bool WorklogSource::readDuration(const CsvRow &row, int column, NumberParser::DurationUnit unit,
                                 ImportBatch *batch, Duration *duration) const
{
    if (isMissing(row, column)) {
        reject(batch, row, column, tr("%1 is empty.").arg(columnName(column)));
        return false;
    }
    const QString text = cell(row, column).toString();
    switch (NumberParser::readDuration(text, unit, &duration->seconds, &duration->exactSeconds)) {
    case NumberParser::DurationResult::Ok:
        break;
    case NumberParser::DurationResult::Invalid:
        reject(batch, row, column, tr("\"%1\" is not a duration.").arg(text));
        return false;
    case NumberParser::DurationResult::TooLarge:
        reject(batch, row, column, tr("\"%1\" is far too long for a worklog.").arg(text));
        return false;
    }
    if (duration->seconds < 0 || duration->exactSeconds < 0) {
        reject(batch, row, column, tr("Negative duration \"%1\".").arg(text));
        return false;
    }
    return checkBound(row, column, duration->seconds, batch);
}

bool WorklogSource::checkBound(const CsvRow &row, int column, qint64 seconds, ImportBatch *batch) const
{
    if (double(seconds) <= m_settings.maxWorklogHours * 3600.0)
        return true;
    reject(batch, row, column,
           tr("%1 hours in one worklog is more than the %2 hours a worklog may have (a wrong unit?).")
               .arg(hoursText(double(seconds)), QString::number(m_settings.maxWorklogHours)));
    return false;
}

bool WorklogSource::readDate(const CsvRow &row, int column, ImportBatch *batch, QDate *date) const
{
    switch (m_dates.parseDate(cell(row, column), date)) {
    case DateTimeParser::Result::Ok:
        return true;
    case DateTimeParser::Result::Missing:
        reject(batch, row, column, tr("%1 is empty.").arg(columnName(column)));
        return false;
    case DateTimeParser::Result::Invalid:
        break;
    }
    reject(batch, row, column,
           tr("\"%1\" is not a date in the expected format (%2).")
               .arg(cell(row, column).toString(), DateTimeParser::formatId(m_dates.format())));
    return false;
}

} // namespace Exchange
