#pragma once

#include "models/domain/ticket.h"
#include "models/domain/worklog.h"
#include "models/exchange/exchangeerror.h"

#include <QChar>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Exchange {

/// A row a source rejected or warns about. `line` is the row's first physical line, `column` the
/// 1-based CSV column (0 when the problem is not tied to one cell).
struct ImportProblem
{
    qint64 line = 0;
    int column = 0;
    QString columnName;
    QString reason;

    bool operator==(const ImportProblem &o) const
    {
        return line == o.line && column == o.column && columnName == o.columnName && reason == o.reason;
    }
    bool operator!=(const ImportProblem &o) const { return !(*this == o); }
};

/// What a source made of a file (or, while streaming, of the rows since the last chunk:
/// `tickets` and `worklogs` are then emptied after every chunk while the counters keep totals).
struct ImportBatch
{
    /// Problem lists keep the first entries only; the counts are complete.
    static constexpr int s_maxProblems = 10000;

    QVector<Domain::Ticket> tickets;
    QVector<Domain::Worklog> worklogs;
    QVector<ImportProblem> rejected;
    QVector<ImportProblem> warnings;
    qint64 rowsRead = 0;
    QString sourceId;

    qint64 rejectedCount = 0;
    qint64 warningCount = 0;
    qint64 ticketCount = 0;  ///< tickets produced in all chunks
    qint64 worklogCount = 0; ///< worklogs produced in all chunks
    /// The worklogs' durations as the file writes them (decimal hours summed before any rounding)
    /// and as whole seconds, the unit they are stored in. Compared after the import (issue 17).
    double fileSeconds = 0;
    qint64 worklogSeconds = 0;
    /// The file could not be read (empty, binary, a required column missing, truncated ...).
    ExchangeError fileError;
    bool cancelled = false;
    QString encoding;             ///< as CsvReader::encodingName() says it
    bool encodingGuessed = false; ///< Windows-1252 was chosen because the bytes were not UTF-8
    QChar delimiter;
    /// Persons without a role mapping and ticket types / activities without a mapping, once
    /// each, so the UI can ask about each only once.
    QStringList unknownPersons;
    QStringList unknownWorkTypes;
    /// The priority texts of the file, once each, in the order first met (the wizard shows how
    /// each maps to a severity).
    QStringList priorities;

    void reject(const ImportProblem &problem);
    void warn(const ImportProblem &problem);
    /// True when the import may be committed in strict mode.
    bool isClean() const { return fileError.isNull() && !cancelled && rejectedCount == 0; }

    bool operator==(const ImportBatch &o) const;
    bool operator!=(const ImportBatch &o) const { return !(*this == o); }
};

} // namespace Exchange
