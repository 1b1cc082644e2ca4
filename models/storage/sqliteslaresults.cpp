#include "models/storage/sqliteslaresults.h"

#include "models/storage/sqlitehandle.h"
#include "models/storage/sqlitevalues.h"

#include <sqlite3.h>

#include <utility>
#include <vector>

namespace Storage {

namespace {

using SqliteValues::bindOptional;
using SqliteValues::bindText;
using SqliteValues::optionalAt;
using SqliteValues::textAt;

bool s_enabled = true;

const QString s_store = QStringLiteral("store SLA results");
const QString s_read = QStringLiteral("read tickets for SLA");

/// As SlaResultWriter reads them: in id order along the primary key (the unary + keeps SQLite
/// from walking an engagement index and sorting), only the columns the evaluation reads.
const char *const s_ticketsAfter =
    "SELECT id, source_key, severity, created_at, first_response_at, resolved_at FROM tickets "
    "WHERE id > ? AND +engagement_id = ? ORDER BY id LIMIT ?";
const char *const s_historyBetween =
    "SELECT ticket_id, changed_at, status, severity FROM ticket_status_history "
    "WHERE ticket_id >= ? AND ticket_id <= ? ORDER BY ticket_id, seq";

/// ISO 'YYYY-MM-DD' as dateToSql() writes it, NULL for an invalid date.
void bindDate(sqlite3_stmt *s, int i, const QDate &date)
{
    if (!date.isValid()) {
        sqlite3_bind_null(s, i);
        return;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999) { // QDate's own spelling of the rare ones
        bindText(s, i, date.toString(Qt::ISODate));
        return;
    }
    char text[11];
    const int values[] = {year / 1000, year / 100 % 10, year / 10 % 10, year % 10, -1, month / 10, month % 10,
                          -1,          day / 10,        day % 10};
    for (int k = 0; k < 10; ++k)
        text[k] = values[k] < 0 ? '-' : char('0' + values[k]);
    text[10] = '\0';
    sqlite3_bind_text(s, i, text, 10, SQLITE_TRANSIENT);
}

/// Rows of VALUES a batched result write binds: a statement a row cost more than its row (a new
/// cursor seeking the table's end and the key index, the statement's start and end), about
/// 4 µs a result at 1M; 64 rows of 24 values stay far below SQLite's limit of placeholders.
constexpr int s_batchRows = 64;

/// `insertSql` (one row of VALUES) with s_batchRows rows, and `upsertSql` (insertSql and its
/// ON CONFLICT clause) the same way; empty when upsertSql does not start with insertSql.
bool batchedSql(const char *insertSql, const char *upsertSql, QByteArray *insert, QByteArray *upsert,
                int *rowParameters)
{
    const QByteArray one(insertSql);
    const QByteArray withConflict(upsertSql);
    if (!withConflict.startsWith(one) || !one.endsWith(')'))
        return false;
    *rowParameters = int(one.count('?'));
    QByteArray row("(?");
    for (int i = 1; i < *rowParameters; ++i)
        row += ", ?";
    row += ')';
    *insert = one;
    for (int k = 1; k < s_batchRows; ++k)
        *insert += ", " + row;
    *upsert = *insert + withConflict.mid(one.size());
    return true;
}

/// Binds a clock at positions first .. first + 5 (outcome .. breached_at).
void bindClock(sqlite3_stmt *s, int first, const Domain::SlaClock &clock)
{
    bindText(s, first, SlaResultRepository::outcomeId(clock.outcome));
    sqlite3_bind_int64(s, first + 1, clock.targetSeconds);
    bindOptional(s, first + 2, clock.due);
    bindOptional(s, first + 3, clock.stoppedAt);
    sqlite3_bind_int64(s, first + 4, clock.businessSeconds);
    bindOptional(s, first + 5, clock.breachedAt);
}

} // namespace

namespace {

const char *const s_placed =
    "SELECT r.compliance_month, r.severity, r.state, r.response_outcome, r.response_business_seconds, "
    "r.resolution_outcome, r.resolution_at, r.resolution_business_seconds, t.resolved_at "
    "FROM sla_results r JOIN tickets t ON t.id = r.ticket_id "
    "WHERE r.engagement_id = ? AND r.compliance_month IS NOT NULL ORDER BY r.compliance_month";

/// The values of the few texts a column holds (states, outcomes), each decoded once.
template<typename T> class TextValues
{
public:
    explicit TextValues(std::function<T(const QString &)> decode) : m_decode(std::move(decode)) {}
    T at(sqlite3_stmt *s, int i)
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
        const QByteArray bytes = QByteArray::fromRawData(text ? text : "", sqlite3_column_bytes(s, i));
        for (const auto &known : m_known) {
            if (known.first == bytes)
                return known.second;
        }
        const T value = m_decode(textAt(s, i));
        m_known.push_back({QByteArray(bytes.constData(), bytes.size()), value});
        return value;
    }

private:
    std::function<T(const QString &)> m_decode;
    std::vector<std::pair<QByteArray, T>> m_known;
};

} // namespace

StorageError SqliteSlaResults::forEachPlaced(qint64 engagementId, const PlacedResultHandler &handler)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(m_handle, s_placed, -1, &s, nullptr) != SQLITE_OK)
        return error(QString::number(engagementId));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(s, sqlite3_finalize);
    sqlite3_bind_int64(s, 1, engagementId);
    TextValues<QDate> months([](const QString &text) { return QDate::fromString(text, Qt::ISODate); });
    TextValues<Domain::SlaState> states([](const QString &text) {
        Domain::SlaState state = Domain::SlaState::Invalid;
        Domain::slaStateFromId(text, &state);
        return state;
    });
    TextValues<Domain::SlaClockOutcome> outcomes([](const QString &text) {
        Domain::SlaClockOutcome outcome{};
        SlaResultRepository::outcomeFromId(text, &outcome);
        return outcome;
    });
    Domain::SlaResult result;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        result.severity = sqlite3_column_int(s, 1);
        result.state = states.at(s, 2);
        result.response.outcome = outcomes.at(s, 3);
        result.response.businessSeconds = sqlite3_column_int64(s, 4);
        result.resolution.outcome = outcomes.at(s, 5);
        result.resolution.stoppedAt = optionalAt(s, 6);
        result.resolution.businessSeconds = sqlite3_column_int64(s, 7);
        handler(months.at(s, 0), optionalAt(s, 8), result);
    }
    if (rc != SQLITE_DONE)
        return error(QString::number(engagementId));
    return {};
}

bool SqliteSlaResults::isEnabled()
{
    return s_enabled;
}

void SqliteSlaResults::setEnabled(bool enabled)
{
    s_enabled = enabled;
}

SqliteSlaResults::SqliteSlaResults(QSqlDatabase db, sqlite3 *handle) : m_db(std::move(db)), m_handle(handle)
{
}

SqliteSlaResults::~SqliteSlaResults()
{
    for (sqlite3_stmt *s : {m_insert, m_upsert, m_insertBatch, m_upsertBatch, m_tickets, m_history})
        sqlite3_finalize(s); // a null statement is a no-op
}

StorageError SqliteSlaResults::prepare(const QSqlDatabase &db, const char *insertSql, const char *upsertSql,
                                       std::unique_ptr<SqliteSlaResults> *out)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return {StorageError::Kind::Query, s_store, {}, QStringLiteral("no SQLite connection")};
    std::unique_ptr<SqliteSlaResults> w(new SqliteSlaResults(db, handle));
    if (sqlite3_prepare_v3(handle, insertSql, -1, SQLITE_PREPARE_PERSISTENT, &w->m_insert, nullptr) !=
            SQLITE_OK ||
        sqlite3_prepare_v3(handle, upsertSql, -1, SQLITE_PREPARE_PERSISTENT, &w->m_upsert, nullptr) !=
            SQLITE_OK ||
        sqlite3_prepare_v3(handle, s_ticketsAfter, -1, SQLITE_PREPARE_PERSISTENT, &w->m_tickets, nullptr) !=
            SQLITE_OK ||
        sqlite3_prepare_v3(handle, s_historyBetween, -1, SQLITE_PREPARE_PERSISTENT, &w->m_history, nullptr) !=
            SQLITE_OK)
        return w->error({});
    QByteArray insertBatch;
    QByteArray upsertBatch;
    if (batchedSql(insertSql, upsertSql, &insertBatch, &upsertBatch, &w->m_rowParameters) &&
        (sqlite3_prepare_v3(handle, insertBatch.constData(), -1, SQLITE_PREPARE_PERSISTENT, &w->m_insertBatch,
                            nullptr) != SQLITE_OK ||
         sqlite3_prepare_v3(handle, upsertBatch.constData(), -1, SQLITE_PREPARE_PERSISTENT, &w->m_upsertBatch,
                            nullptr) != SQLITE_OK))
        return w->error({});
    *out = std::move(w);
    return {};
}

StorageError SqliteSlaResults::error(const QString &record) const
{
    const int code = sqlite3_extended_errcode(m_handle);
    const QString text = QString::fromUtf8(sqlite3_errmsg(m_handle));
    const bool duplicate = code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY;
    return {duplicate ? StorageError::Kind::Duplicate : StorageError::Kind::Query, s_store, record, text};
}

namespace {

/// Binds one result at positions base + 1 .. base + 24, in the order of s_resultInsert.
void bindResult(sqlite3_stmt *s, int base, qint64 engagementId, const StoredSlaResult &stored)
{
    const Domain::SlaResult &r = stored.result;
    sqlite3_bind_int64(s, base + 1, stored.ticketId);
    sqlite3_bind_int64(s, base + 2, engagementId);
    bindDate(s, base + 3, stored.policyEffective);
    sqlite3_bind_int(s, base + 4, r.severity);
    bindText(s, base + 5, Domain::slaStateId(r.state));
    bindDate(s, base + 6, stored.complianceMonth);
    bindClock(s, base + 7, r.response);
    bindClock(s, base + 13, r.resolution);
    sqlite3_bind_int64(s, base + 19, r.pausedSeconds);
    sqlite3_bind_int64(s, base + 20, r.reopenCount);
    sqlite3_bind_int(s, base + 21, r.pausedNow ? 1 : 0);
    bindOptional(s, base + 22, stored.breachAt());
    sqlite3_bind_int(s, base + 23, int(r.problems.toInt()));
    sqlite3_bind_int64(s, base + 24, stored.evaluatedAt);
}

} // namespace

int SqliteSlaResults::batchRows()
{
    return s_batchRows;
}

StorageError SqliteSlaResults::write(qint64 engagementId, const QVector<StoredSlaResult> &results,
                                     bool replace)
{
    qsizetype next = 0;
    if (sqlite3_stmt *batch = replace ? m_upsertBatch : m_insertBatch; batch && m_rowParameters == 24) {
        for (; results.size() - next >= s_batchRows; next += s_batchRows) {
            for (int k = 0; k < s_batchRows; ++k)
                bindResult(batch, k * m_rowParameters, engagementId, results.at(next + k));
            const int step = sqlite3_step(batch);
            sqlite3_reset(batch);
            if (step != SQLITE_DONE) // the statement wrote none of them: row by row below
                break;
        }
    }
    sqlite3_stmt *s = replace ? m_upsert : m_insert;
    for (; next < results.size(); ++next) {
        const StoredSlaResult &stored = results.at(next);
        bindResult(s, 0, engagementId, stored);
        if (sqlite3_step(s) != SQLITE_DONE) {
            const StorageError e = error(QString::number(stored.ticketId));
            sqlite3_reset(s);
            return e;
        }
        sqlite3_reset(s);
    }
    return {};
}

StorageError SqliteSlaResults::ticketsAfter(qint64 engagementId, qint64 afterId, int limit,
                                            TicketsWithIds *out)
{
    out->ids.clear();
    out->tickets.clear();
    sqlite3_stmt *s = m_tickets;
    sqlite3_bind_int64(s, 1, afterId);
    sqlite3_bind_int64(s, 2, engagementId);
    sqlite3_bind_int(s, 3, limit);
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        out->ids.append(sqlite3_column_int64(s, 0));
        Domain::Ticket t; // the values the evaluation reads (SlaResultWriter::ticketsAfter)
        t.key = textAt(s, 1);
        t.severity = sqlite3_column_int(s, 2);
        t.created = sqlite3_column_int64(s, 3);
        t.firstResponse = optionalAt(s, 4);
        t.resolved = optionalAt(s, 5);
        out->tickets.append(std::move(t));
    }
    const StorageError e = step == SQLITE_DONE ? StorageError() : error(QString::number(engagementId));
    sqlite3_reset(s);
    if (e)
        return {e.kind, s_read, e.record, e.detail};
    return {};
}

StorageError SqliteSlaResults::readHistory(qint64 engagementId, qint64 fromId, qint64 toId,
                                           TicketsWithIds *out)
{
    // Both in id order: walked together. Rows of other engagements' tickets in the id range find
    // no ticket and are skipped.
    sqlite3_stmt *s = m_history;
    sqlite3_bind_int64(s, 1, fromId);
    sqlite3_bind_int64(s, 2, toId);
    qsizetype index = 0;
    int step;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(s, 0);
        while (index < out->ids.size() && out->ids.at(index) < id)
            ++index;
        if (index < out->ids.size() && out->ids.at(index) == id)
            out->tickets[index].history.append(
                {sqlite3_column_int64(s, 1), textAt(s, 2), sqlite3_column_int(s, 3)});
    }
    const StorageError e = step == SQLITE_DONE ? StorageError() : error(QString::number(engagementId));
    sqlite3_reset(s);
    if (e)
        return {e.kind, s_read, e.record, e.detail};
    return {};
}

} // namespace Storage
