#pragma once

#include "models/exchange/csv/numberparser.h"
#include "models/exchange/sources/importsource.h"

#include <QHash>

namespace Exchange {

/// Common work of sources that produce worklogs: a stable source key (the export's id, or a hash
/// of the fields so that importing the same file again finds the same rows), duplicate ids
/// rejected, roles from the mappings (unknown persons collected once), a row error for a worklog
/// longer than ImportSettings::maxWorklogHours, a warning when one person logs more than 24 hours
/// on one day, and the file's total beside the total in whole seconds (ImportBatch::fileSeconds).
class WorklogSource : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(WorklogSource)

public:
    using ImportSource::ImportSource;

protected:
    /// A duration as read: whole seconds (stored) and the file's own value before rounding.
    struct Duration
    {
        qint64 seconds = 0;
        double exactSeconds = 0;
    };

    /// `idColumn` < 0 or an empty id: the key is a hash of the worklog's fields. `role` is what
    /// the row itself says (Harvest's Roles); otherwise the person's mapped role is used.
    /// `distinguishing` (Kimai's From/To) tells apart two entries of the same length on a day:
    /// they are then no duplicates, although their keys stay those of earlier versions.
    void emitWorklog(Domain::Worklog worklog, const Duration &duration, const CsvRow &row, int idColumn,
                     int durationColumn, std::optional<Domain::Role> role, ImportBatch *batch,
                     QStringView distinguishing = {});
    /// Reads a duration; a negative, overflowing or implausibly long one (past
    /// ImportSettings::maxWorklogHours) rejects the row. False when rejected.
    bool readDuration(const CsvRow &row, int column, NumberParser::DurationUnit unit, ImportBatch *batch,
                      Duration *duration) const;
    /// The bound check of readDuration() for durations computed otherwise (From/To).
    bool checkBound(const CsvRow &row, int column, qint64 seconds, ImportBatch *batch) const;
    /// The work date (a time part is ignored). False when the row was rejected.
    bool readDate(const CsvRow &row, int column, ImportBatch *batch, QDate *date) const;

    static QString fieldHash(const Domain::Worklog &worklog);

private:
    /// The person's mapped role, looked up once per name; unknown persons are collected once.
    std::optional<Domain::Role> mappedRole(const QString &person, ImportBatch *batch);

private:
    QHash<quint64, int> m_keyCounts;                     // 64-bit digests: a million keys stay small
    QHash<quint64, int> m_entryCounts;                   // digest of key and `distinguishing`
    QHash<quint64, qint64> m_secondsPerPersonDay;        // digest of person and date -> seconds
    QHash<QString, std::optional<Domain::Role>> m_roles; // person as written -> mapped role
};

} // namespace Exchange
