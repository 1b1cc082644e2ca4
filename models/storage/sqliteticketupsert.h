#pragma once

#include "models/domain/ticket.h"
#include "models/storage/storageerror.h"

#include <QSqlDatabase>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Storage {

struct UpsertCounts;

/// TicketRepository::upsert on SQLite through the C API (Storage::sqliteHandle): the statements
/// are prepared once, bound by position and read by column without a QVariant per value, which
/// was a third of an import's time outside SQLite itself. Same statements, same decisions and
/// the same counts, ids and errors (named by the ticket key) as the QSqlQuery path, which stays
/// for PostgreSQL. Runs inside the caller's transaction and never commits.
class SqliteTicketUpsert
{
public:
    ~SqliteTicketUpsert();
    SqliteTicketUpsert(const SqliteTicketUpsert &) = delete;
    SqliteTicketUpsert &operator=(const SqliteTicketUpsert &) = delete;

    /// Prepares the statements on `db`'s SQLite connection into `out`.
    static StorageError prepare(const QSqlDatabase &db, std::unique_ptr<SqliteTicketUpsert> *out);

    /// See TicketRepository::upsert.
    StorageError upsert(qint64 engagementId, const QString &source, const QVector<Domain::Ticket> &tickets,
                        UpsertCounts *counts, QVector<qint64> *changedIds);

    /// Whether TicketRepository takes this path on SQLite (default true); tests compare both.
    static bool isEnabled();
    static void setEnabled(bool enabled);

    /// How many chunks were looked up by a walk of their key range, how many by a probe a key,
    /// and how many of their tickets either found stored (tests: each way taken where it should
    /// be, and finding every stored key).
    struct Lookups
    {
        int byRange = 0;
        int byKeys = 0;
        int found = 0;
    };
    static Lookups lookupsForTests();

private:
    SqliteTicketUpsert(QSqlDatabase db, sqlite3 *handle);
    StorageError error(const QString &key) const;
    /// Looks the ticket's key up; when found, its id and whether the stored row is `ticket`
    /// (storesSame); when it may not be, the stored ticket (without history) to compare.
    StorageError find(qint64 engagementId, const QByteArray &source, const Domain::Ticket &ticket,
                      bool *found, qint64 *id, bool *same, Domain::Ticket *stored);
    /// Whether the row of `statement` (the find columns from `first` on, id first) stores
    /// `ticket` with no history, compared as bytes. Never true for a ticket the full comparison
    /// would call changed.
    bool storesSame(sqlite3_stmt *statement, int first, const Domain::Ticket &ticket);
    /// A chunk's tickets as stored before it: id (0: not stored) and whether unchanged.
    struct Stored
    {
        qint64 id = 0;
        bool same = false;
    };
    /// Looks every key of `tickets` up in one statement; `out` is empty when a stored key comes
    /// twice (the chunk then goes ticket by ticket).
    StorageError classify(qint64 engagementId, const QByteArray &source,
                          const QVector<Domain::Ticket> &tickets, QVector<Stored> *out);
    /// classify() by one walk of the stored keys between the chunk's least and greatest, merged
    /// with the chunk's keys in the index's order; `*walked` false (and `out` partly filled) when
    /// that range holds more stored tickets the chunk does not name than the chunk has.
    StorageError classifyByRange(qint64 engagementId, const QByteArray &source,
                                 const QVector<Domain::Ticket> &tickets, QVector<Stored> *out, bool *walked);
    /// classify() by a probe of the unique index a key, the keys sent as one JSON array.
    StorageError classifyByKeys(qint64 engagementId, const QByteArray &source,
                                const QVector<Domain::Ticket> &tickets, QVector<Stored> *out);
    /// Clears `same` of every classified ticket that has stored status changes (the classify
    /// statement does not look): one range probe for the chunk, a probe a candidate only when
    /// the range holds history.
    StorageError withoutHistory(const QVector<Domain::Ticket> &tickets, QVector<Stored> *stored);
    /// The UTF-8 of an id text (kind, service level), made once per value.
    static const QByteArray &idText(QVector<QByteArray> *cache, int value, QString (*id)(int));
    StorageError readHistory(qint64 id, const QString &key, Domain::Ticket *stored);
    StorageError run(sqlite3_stmt *statement, const QString &key);

    QSqlDatabase m_db; ///< keeps the driver that owns m_handle
    sqlite3 *m_handle;
    sqlite3_stmt *m_find = nullptr;
    sqlite3_stmt *m_classify = nullptr;
    sqlite3_stmt *m_classifyRange = nullptr;
    QVector<QByteArray> m_utf8Keys;           ///< the chunk's keys as stored (UTF-8), reused
    QVector<int> m_keyOrder;                  ///< the chunk's positions in the keys' byte order
    QByteArray m_keys;                        ///< the classify statement's JSON array of keys, reused
    sqlite3_stmt *m_historyInRange = nullptr; ///< any status change of the tickets with ids in a range
    sqlite3_stmt *m_hasHistory = nullptr;     ///< any status change of one ticket
    sqlite3_stmt *m_history = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_update = nullptr;
    sqlite3_stmt *m_clearHistory = nullptr;
    sqlite3_stmt *m_addHistory = nullptr;
    /// The last ticket's key was known: the next one is looked up before an insert is tried
    /// (a re-import is all known keys, a first import all new ones).
    bool m_lastKnown = false;
    QVector<QByteArray> m_kindIds;  ///< ticketKindId per kind, as stored
    QVector<QByteArray> m_levelIds; ///< serviceLevelId per level, as stored
};

} // namespace Storage
