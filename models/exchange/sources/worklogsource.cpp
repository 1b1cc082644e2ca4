#include "models/exchange/sources/worklogsource.h"

#include <QCryptographicHash>

namespace Exchange {

namespace {
constexpr int s_minutesPerDay = 24 * 60;

} // namespace

QString WorklogSource::fieldHash(const Domain::Worklog &w)
{
    // Hashes the UTF-16 text directly: no conversion per row.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const QString &text) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
        hash.addData(QByteArrayView("\x1f\x00", 2));
    };
    const qint64 numbers[2] = {w.date.toJulianDay(), w.minutes};
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

void WorklogSource::emitWorklog(Domain::Worklog worklog, const CsvRow &row, int idColumn, int durationColumn,
                                std::optional<Domain::Role> role, ImportBatch *batch)
{
    const bool explicitId = !isMissing(row, idColumn);
    QString key = explicitId ? cell(row, idColumn).toString() : fieldHash(worklog);
    int &count = m_keyCounts[keyDigest(key)];
    ++count;
    if (count > 1) {
        if (explicitId) {
            reject(batch, row, idColumn, tr("Duplicate worklog id %1.").arg(key));
            return;
        }
        // Two identical entries (two one-hour sessions on the same ticket) are legitimate; the
        // occurrence number keeps their keys stable across re-imports of the same file.
        warn(batch, row, -1, tr("The same worklog appears %n times in the file.", nullptr, count));
        key += QLatin1Char('#') + QString::number(count);
    }
    worklog.sourceKey = key;
    worklog.role = role ? role : mappedRole(worklog.person, batch);

    const quint64 personDay =
        keyDigest(worklog.person) ^ (quint64(worklog.date.toJulianDay()) * 0x9E3779B97F4A7C15ULL);
    int &minutes = m_minutesPerPersonDay[personDay];
    const int before = minutes;
    minutes += worklog.minutes;
    if (before <= s_minutesPerDay && minutes > s_minutesPerDay) {
        warn(batch, row, durationColumn,
             tr("%1 has logged %2 hours on %3.")
                 .arg(worklog.person)
                 .arg(minutes / 60.0, 0, 'f', 1)
                 .arg(worklog.date.toString(Qt::ISODate)));
    }
    batch->worklogs.append(std::move(worklog));
}

bool WorklogSource::readDuration(const CsvRow &row, int column, NumberParser::DurationUnit unit,
                                 ImportBatch *batch, int *minutes) const
{
    qint64 seconds = 0;
    if (isMissing(row, column)) {
        reject(batch, row, column, tr("%1 is empty.").arg(columnName(column)));
        return false;
    }
    if (!NumberParser::parseDuration(cell(row, column), unit, &seconds)) {
        reject(batch, row, column, tr("\"%1\" is not a duration.").arg(cell(row, column).toString()));
        return false;
    }
    if (seconds < 0) {
        reject(batch, row, column, tr("Negative duration \"%1\".").arg(cell(row, column).toString()));
        return false;
    }
    *minutes = int((seconds + 30) / 60);
    return true;
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
