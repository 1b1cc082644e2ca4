#include "models/storage/importsession.h"

#include "models/exchange/inputfile.h"
#include "models/exchange/sources/importsources.h"
#include "models/storage/bulkwrite.h"
#include "models/storage/database.h"
#include "models/storage/importsettingsrepository.h"
#include "models/storage/indexsuspension.h"
#include "models/storage/mappingrepository.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/sqlitehandle.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/transactionguard.h"
#include "models/storage/worklogrepository.h"

#include <QDir>
#include <QSqlError>
#include <QTimeZone>

#include <sqlite3.h>

namespace Storage {

namespace {

const QString s_operation = QStringLiteral("import");
const QString s_profilePrefix = QStringLiteral("profile:");

/// The UTC calendar day of an epoch second, by arithmetic: a QDateTime per ticket was a few
/// percent of a re-import.
QDate utcDate(qint64 epochSeconds)
{
    const qint64 day = epochSeconds / 86400 - (epochSeconds % 86400 < 0 ? 1 : 0);
    return QDate::fromJulianDay(2440588 + day); // 1970-01-01 is Julian day 2440588
}

} // namespace

ImportSession::ImportSession(const Database &database, const Domain::Engagement &engagement)
    : m_database(database), m_engagement(engagement)
{
}

ImportSession::~ImportSession()
{
    m_tickets.reset();
    m_ticketIndexes.reset();
    m_guard.reset(); // rolls a pending import back (dropped indexes too)
    m_bulk.reset();
}

StorageError ImportSession::rememberedZone(const QString &source, QByteArray *out) const
{
    if (const StorageError error = ImportSettingsRepository(m_database).zone(m_engagement.id, source, out))
        return error;
    if (out->isEmpty())
        *out = m_engagement.timeZone;
    return {};
}

StorageError ImportSession::prepare(const Options &options, ImportReport *report,
                                    std::unique_ptr<Exchange::ImportSource> *source)
{
    QByteArray zone = options.timeZone;
    if (zone.isEmpty()) {
        if (const StorageError error = rememberedZone(options.source, &zone))
            return error;
    }
    if (!QTimeZone(zone).isValid())
        return {StorageError::Kind::NotFound, s_operation, QString::fromUtf8(zone),
                QStringLiteral("unknown time zone")};
    report->timeZone = zone;
    Exchange::ImportSettings settings;
    settings.zone = QTimeZone(zone);
    settings.dateFormat = options.dateFormat;
    settings.severity = options.severity;
    settings.maxWorklogHours = options.maxWorklogHours;
    const MappingRepository mappings(m_database);
    if (const StorageError error = mappings.load(&settings.mappings))
        return error;
    if (options.source.startsWith(s_profilePrefix)) {
        Exchange::ColumnMapping mapping;
        if (const StorageError error =
                mappings.loadProfile(options.source.mid(s_profilePrefix.size()), &mapping))
            return error;
        *source = Exchange::ImportSources::create(mapping, settings);
    } else {
        *source = Exchange::ImportSources::create(options.source, settings);
    }
    if (!*source)
        return {StorageError::Kind::NotFound, s_operation, options.source,
                QStringLiteral("unknown import source")};
    return {};
}

ImportReport ImportSession::stage(const QString &path, const Options &options)
{
    ImportReport report;
    report.engagementKey = m_engagement.key;
    report.source = options.source;
    report.fileName = path;
    report.skipBadRows = options.skipBadRows;
    if (m_guard) {
        report.storageError = {StorageError::Kind::Query, s_operation, m_engagement.key,
                               QStringLiteral("an import is already pending in this session")};
        return report;
    }
    if (m_database.isReadOnly()) {
        report.storageError = readOnlyError(s_operation, m_engagement.key);
        return report;
    }
    // A FIFO without a writer would block the read forever, a device never ends, a folder is no
    // export: only regular files, refused before anything is opened.
    report.fileError = Exchange::InputFile::checkRegularFile(path);
    if (!report.fileError.isNull()) {
        report.outcome = ImportReport::Outcome::Failed;
        return report;
    }
    std::unique_ptr<Exchange::ImportSource> source;
    if ((report.storageError = prepare(options, &report, &source)))
        return report;
    // Set before the transaction begins (temp_store cannot change inside one), undone after it.
    m_bulk = std::make_unique<BulkWrite>(m_database.connection());
    m_guard = std::make_unique<TransactionGuard>(m_database.connection());
    if (!m_guard->isActive()) {
        if (m_cancel && m_cancel->load()) { // stopped waiting for another writer
            report.cancelled = true;
            report.outcome = ImportReport::Outcome::Cancelled;
        } else {
            report.storageError = m_guard->beginError(s_operation, m_engagement.key);
        }
        m_guard.reset();
        m_bulk.reset();
        return report;
    }
    m_changesAtBegin = changesSoFar();
    m_tickets = std::make_unique<TicketRepository>(m_database);
    m_ticketIndexes = std::make_unique<IndexSuspension>(m_database, QStringLiteral("tickets"));
    m_changedTickets.clear();
    Exchange::Importer importer(source.get());
    importer.setChunkHandler([&](Exchange::ImportBatch &chunk) { return writeChunk(chunk, &report); },
                             qMax(1, options.chunkSize));
    if (m_progress)
        importer.setProgressHandler(m_progress);
    importer.setCancelFlag(m_cancel);
    const Exchange::ImportBatch read = importer.runFile(path);
    copyRead(read, &report);
    // A pending import is a whole database again: whatever runs in its transaction before the
    // commit (the SLA recompute, a preview) reads with every index.
    if (!report.storageError && !report.cancelled && report.fileError.isNull())
        report.storageError = m_ticketIndexes->restore();
    if (!report.storageError && !report.cancelled && report.fileError.isNull())
        report.storageError =
            ImportSettingsRepository(m_database).setZone(m_engagement.id, options.source, report.timeZone);
    // A statement that failed after the user's Cancel was stopped by it (Models::ImportJob stops
    // the one running and any started later): the import is cancelled, not broken.
    if (report.storageError && m_cancel && m_cancel->load()) {
        report.storageError = {};
        report.cancelled = true;
    }
    // A write that failed on a damaged page says so, with the last backup, as the check would.
    if (report.storageError && report.storageError.kind != StorageError::Kind::Damaged) {
        if (StorageError damaged = m_database.quickCheck(s_operation))
            report.storageError = damaged;
    }
    if (report.storageError || !report.fileError.isNull())
        rollback(&report, ImportReport::Outcome::Failed);
    else if (report.cancelled)
        rollback(&report, ImportReport::Outcome::Cancelled);
    return report;
}

bool ImportSession::writeChunk(Exchange::ImportBatch &chunk, ImportReport *report)
{
    if (report->storageError)
        return false;
    QVector<qint64> changed; // this chunk's, kept as ranges below: a million ids are a few ranges
    report->storageError =
        m_tickets->upsert(m_engagement.id, report->source, chunk.tickets, &report->tickets, &changed);
    m_changedTickets.add(changed);
    // A large import writes without the secondary indexes and rebuilds them once at the end.
    if (!report->storageError)
        report->storageError = m_ticketIndexes->noteWritten(changed.size());
    if (!report->storageError && !chunk.worklogs.isEmpty()) // (it prepares its statements per call)
        report->storageError =
            WorklogRepository(m_database)
                .upsert(m_engagement.id, report->source, chunk.worklogs, &report->worklogs);
    if (!report->storageError && !chunk.worklogs.isEmpty()) {
        // Read back what this chunk stored: the report's stored total is the database's.
        QStringList keys;
        keys.reserve(chunk.worklogs.size());
        for (const Domain::Worklog &w : std::as_const(chunk.worklogs))
            keys.append(w.sourceKey);
        qint64 seconds = 0;
        report->storageError =
            WorklogRepository(m_database).storedSeconds(m_engagement.id, report->source, keys, &seconds);
        report->storedSeconds += seconds;
    }
    const auto cover = [report](const QDate &date) {
        if (!date.isValid())
            return;
        if (!report->firstDate.isValid() || date < report->firstDate)
            report->firstDate = date;
        if (!report->lastDate.isValid() || date > report->lastDate)
            report->lastDate = date;
    };
    for (const Domain::Ticket &ticket : std::as_const(chunk.tickets)) {
        report->historyRows += ticket.history.size();
        cover(utcDate(ticket.created));
    }
    for (const Domain::Worklog &w : std::as_const(chunk.worklogs))
        cover(w.date);
    return !report->storageError;
}

void ImportSession::copyRead(const Exchange::ImportBatch &batch, ImportReport *report)
{
    report->rowsRead = batch.rowsRead;
    report->fileSeconds = batch.fileSeconds;
    report->rejectedCount = batch.rejectedCount;
    report->warningCount = batch.warningCount;
    report->rejected = batch.rejected;
    report->warnings = batch.warnings;
    report->unknownPersons = batch.unknownPersons;
    report->unknownWorkTypes = batch.unknownWorkTypes;
    report->priorities = batch.priorities;
    report->encoding = batch.encoding;
    report->encodingGuessed = batch.encodingGuessed;
    report->fileError = batch.fileError;
    report->cancelled = batch.cancelled;
}

bool ImportSession::commit(ImportReport *report)
{
    if (!m_guard) {
        if (report->outcome == ImportReport::Outcome::Committed)
            report->outcome = ImportReport::Outcome::Failed;
        return false;
    }
    if (!report->isAcceptable()) {
        rollback(report, report->cancelled ? ImportReport::Outcome::Cancelled
                                           : (report->storageError || !report->fileError.isNull()
                                                  ? ImportReport::Outcome::Failed
                                                  : ImportReport::Outcome::Rejected));
        return false;
    }
    if (m_beforeCommit) {
        if (const StorageError error = m_beforeCommit(m_database, m_engagement.id, m_changedTickets)) {
            report->storageError = error;
            rollback(report, ImportReport::Outcome::Failed);
            return false;
        }
    }
    m_tickets.reset();
    if (m_ticketIndexes && m_ticketIndexes->isSuspended()) { // restored by stage(); never commit without
        report->storageError = m_ticketIndexes->restore();
        if (report->storageError) {
            rollback(report, ImportReport::Outcome::Failed);
            return false;
        }
    }
    m_ticketIndexes.reset();
    // An import never commits into a damaged file. The check reads every page, so it runs only
    // when the import changed a row (a re-import that changed nothing commits nothing), before
    // the commit, of the database as it was committed (what the check before the import read;
    // WAL kept the import's writes out of the file, and a rollback leaves it byte for byte).
    if (changesSoFar() != m_changesAtBegin) {
        report->storageError = m_database.quickCheckCommitted(s_operation);
        if (report->storageError) {
            rollback(report, ImportReport::Outcome::Failed);
            return false;
        }
    }
    const bool committed = m_guard->commit();
    m_guard.reset();
    endBulkWrite();
    if (!committed) {
        report->storageError = {StorageError::Kind::Query, s_operation, m_engagement.key,
                                m_database.connection().lastError().text()};
        report->outcome = ImportReport::Outcome::Failed;
        return false;
    }
    report->outcome = ImportReport::Outcome::Committed;
    return true;
}

void ImportSession::rollback(ImportReport *report, ImportReport::Outcome why)
{
    m_tickets.reset();
    m_ticketIndexes.reset(); // the rollback brings dropped indexes back
    m_guard.reset();
    endBulkWrite();
    report->outcome = why;
}

qint64 ImportSession::changesSoFar() const
{
    // PostgreSQL: the server keeps its pages sound (Database::quickCheck checks nothing there).
    sqlite3 *handle = sqliteHandle(m_database.connection());
    return handle ? sqlite3_total_changes64(handle) : 0;
}

void ImportSession::endBulkWrite()
{
    m_changedTickets.clear();
    m_bulk.reset();
}

} // namespace Storage
