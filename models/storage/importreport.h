#pragma once

#include "models/exchange/sources/importbatch.h"
#include "models/storage/storageerror.h"
#include "models/storage/ticketrepository.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace Storage {

/// What an import read and what it did (or would do) to the database. Counts of new, updated and
/// unchanged rows are exact whether or not the import was committed: they are what the
/// transaction wrote before it was committed or rolled back.
struct ImportReport
{
    /// What became of the transaction.
    enum class Outcome {
        Committed, ///< written
        DryRun,    ///< rolled back because only a report was asked for
        Rejected,  ///< rolled back: a row was rejected in strict mode
        Declined,  ///< rolled back: the user (or the caller's decision) said no
        Cancelled, ///< rolled back: cancelled while reading
        Failed,    ///< rolled back: the file could not be read or a statement failed
    };

    QString engagementKey;
    QString source; ///< source id as stored, e.g. "servicenow-events" or "profile:Acme"
    QString fileName;
    QByteArray timeZone; ///< the zone the export's wall times were read in
    bool skipBadRows = false;
    qint64 rowsRead = 0;
    UpsertCounts tickets;
    UpsertCounts worklogs;
    qint64 historyRows = 0; ///< status changes of the tickets read
    /// The worklogs' total as the file writes it (before any rounding) and as stored, read back
    /// from the database inside the import's transaction (issue 17: they agree to 0.01 h).
    double fileSeconds = 0;
    qint64 storedSeconds = 0;
    qint64 rejectedCount = 0;
    qint64 warningCount = 0;
    QVector<Exchange::ImportProblem> rejected; ///< the first ImportBatch::s_maxProblems
    QVector<Exchange::ImportProblem> warnings;
    QStringList unknownPersons;
    QStringList unknownWorkTypes;
    QStringList priorities; ///< the file's priority texts, once each (ImportBatch::priorities)
    /// The dates the file covers: tickets' creation (UTC date) and worklogs' dates; invalid when none.
    QDate firstDate;
    QDate lastDate;
    QString encoding;
    bool encodingGuessed = false;
    Exchange::ExchangeError fileError;
    StorageError storageError;
    bool cancelled = false;
    Outcome outcome = Outcome::Failed;
    /// Whether committing is allowed: strict mode needs a clean read, skip-bad-rows only a read
    /// that reached the end of the file; neither allows a storage error.
    bool isAcceptable() const
    {
        return fileError.isNull() && storageError.isNull() && !cancelled &&
               (skipBadRows || rejectedCount == 0) && totalsAgree();
    }
    /// The stored worklogs add up to the file's total within 0.01 h (36 s).
    bool totalsAgree() const { return qAbs(fileSeconds - double(storedSeconds)) <= 36.0; }
    bool isCommitted() const { return outcome == Outcome::Committed; }

    bool operator==(const ImportReport &o) const;
    bool operator!=(const ImportReport &o) const { return !(*this == o); }
};

} // namespace Storage
