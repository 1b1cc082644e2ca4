#pragma once

#include "models/domain/engagement.h"
#include "models/exchange/csv/datetimeparser.h"
#include "models/exchange/sources/importer.h"
#include "models/storage/importreport.h"
#include "models/storage/ticketidset.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Exchange {
class ImportSource;
}

namespace Storage {

class BulkWrite;
class Database;
class IndexSuspension;
class TicketRepository;
class TransactionGuard;

/// One import of one file into one engagement, all or nothing.
///
/// stage() opens a transaction, streams the file through Exchange::Importer and upserts every
/// chunk of tickets and worklogs by (engagement, source, key) inside it, then returns the report
/// with the transaction still open. commit() makes it permanent only when the report is
/// acceptable (strict mode: nothing rejected; skip-bad-rows: the file was read to the end; never
/// after a storage error or a cancel); rollback() — or destroying the session, or the process
/// dying — leaves the database exactly as before. The session must be used on one thread: the
/// transaction belongs to that thread's connection.
///
/// The zone the export's wall times are read in is, in order: Options::timeZone, the zone
/// remembered for this engagement and source (import_settings), the engagement's zone. A
/// committed import remembers it. Mappings and column profiles come from MappingRepository.
class ImportSession
{
public:
    /// Called inside the import's transaction just before it commits, on the importing thread,
    /// with the database imported into and the row ids of the tickets the import added or changed
    /// (e.g. to store SLA results that match the new tickets in the same transaction, for those
    /// tickets only). An error rolls the whole import back.
    using BeforeCommitHook = std::function<StorageError(const Database &database, qint64 engagementId,
                                                        const TicketIdSet &changedTickets)>;

    struct Options
    {
        QString source;      ///< a built-in id (Exchange::ImportSources::ids()) or "profile:NAME"
        QByteArray timeZone; ///< empty: remembered for this engagement and source, else the engagement's
        bool skipBadRows = false;
        int chunkSize = 5000;
        /// The export's day/month order when the source's usual one is wrong for this account;
        /// empty: the source's usual order (ServiceNow lists: decided from the file).
        std::optional<Exchange::DateTimeParser::Format> dateFormat;
        /// One severity (1-4) for every ticket of a list without a priority column.
        std::optional<int> severity;
        /// Longest plausible worklog; a longer one is a row error.
        double maxWorklogHours = 24;
    };

    ImportSession(const Database &database, const Domain::Engagement &engagement);
    ~ImportSession();
    ImportSession(const ImportSession &) = delete;
    ImportSession &operator=(const ImportSession &) = delete;

    void setProgressHandler(Exchange::Importer::ProgressHandler handler) { m_progress = std::move(handler); }
    /// Read between chunks; a statement failing while it is true makes the import Cancelled.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    /// What must happen inside this import's transaction before it commits; whoever owns the
    /// database knows what depends on its tickets (Models::Portfolio::beforeImportCommit()).
    void setBeforeCommit(BeforeCommitHook hook) { m_beforeCommit = std::move(hook); }

    /// Reads `path` into an open transaction and returns the report; the transaction stays open
    /// (isPending()) unless the file or the database failed, which rolls back at once.
    ImportReport stage(const QString &path, const Options &options);
    bool isPending() const { return m_guard != nullptr; }
    /// Runs the before-commit hook and commits a pending, acceptable import. Otherwise (or when
    /// the hook fails) rolls back and sets the outcome that says why. Returns whether the import
    /// was committed.
    bool commit(ImportReport *report);
    /// Rolls a pending import back; `report->outcome` becomes `why`.
    void rollback(ImportReport *report, ImportReport::Outcome why = ImportReport::Outcome::Declined);

    /// The zone stage() would use for `source` when no zone is given.
    StorageError rememberedZone(const QString &source, QByteArray *out) const;

private:
    StorageError prepare(const Options &options, ImportReport *report,
                         std::unique_ptr<Exchange::ImportSource> *source);
    bool writeChunk(Exchange::ImportBatch &chunk, ImportReport *report);
    static void copyRead(const Exchange::ImportBatch &batch, ImportReport *report);
    void endBulkWrite();
    /// sqlite3_total_changes64 of the connection (0 on a server).
    qint64 changesSoFar() const;

    const Database &m_database;
    Domain::Engagement m_engagement;
    Exchange::Importer::ProgressHandler m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
    BeforeCommitHook m_beforeCommit;
    std::unique_ptr<TransactionGuard> m_guard;
    std::unique_ptr<TicketRepository> m_tickets; ///< one for all chunks: its statements are reused
    TicketIdSet m_changedTickets;                ///< added or updated by the pending import
    std::unique_ptr<BulkWrite> m_bulk;           ///< bulk settings while an import is pending
    qint64 m_changesAtBegin = 0;                 ///< the connection's changed rows when it began
    /// The secondary indexes of `tickets`, dropped while a large import writes (rebuilt before
    /// stage() returns, inside the transaction)
    std::unique_ptr<IndexSuspension> m_ticketIndexes;
};

} // namespace Storage
