#pragma once

#include "models/exchange/csv/numberparser.h"
#include "models/exchange/sources/importsource.h"

#include <QHash>

namespace Exchange {

/// Common work of sources that produce worklogs: a stable source key (the export's id, or a hash
/// of the fields so that importing the same file again finds the same rows), duplicate ids
/// rejected, roles from the mappings (unknown persons collected once), and a warning when one
/// person logs more than 24 hours on one day.
class WorklogSource : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(WorklogSource)

public:
    using ImportSource::ImportSource;

protected:
    /// `idColumn` < 0 or an empty id: the key is a hash of the worklog's fields. `role` is what
    /// the row itself says (Harvest's Roles); otherwise the person's mapped role is used.
    void emitWorklog(Domain::Worklog worklog, const CsvRow &row, int idColumn, int durationColumn,
                     std::optional<Domain::Role> role, ImportBatch *batch);
    /// Reads hours/minutes; a negative duration rejects the row. False when rejected.
    bool readDuration(const CsvRow &row, int column, NumberParser::DurationUnit unit, ImportBatch *batch,
                      int *minutes) const;
    /// The work date (a time part is ignored). False when the row was rejected.
    bool readDate(const CsvRow &row, int column, ImportBatch *batch, QDate *date) const;

    static QString fieldHash(const Domain::Worklog &worklog);

private:
    /// The person's mapped role, looked up once per name; unknown persons are collected once.
    std::optional<Domain::Role> mappedRole(const QString &person, ImportBatch *batch);

private:
    QHash<quint64, int> m_keyCounts;                     // 64-bit digests: a million keys stay small
    QHash<quint64, int> m_minutesPerPersonDay;           // digest of person and date -> minutes
    QHash<QString, std::optional<Domain::Role>> m_roles; // person as written -> mapped role
};

} // namespace Exchange
