#include "models/storage/sqliteticketstream.h"

#include "models/storage/sqlhelpers.h"
#include "models/storage/sqlitehistorypack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <vector>

namespace Storage {

namespace {

const QString s_operation = QStringLiteral("list tickets");

/// A prepared statement, finalized on every way out.
class Statement
{
public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    int prepare(sqlite3 *db, const QByteArray &sql)
    {
        return sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, nullptr);
    }
    int bind(int position, qint64 value) { return sqlite3_bind_int64(m_statement, position, value); }
    /// SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_statement); }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    const void *blob(int column) const { return sqlite3_column_blob(m_statement, column); }
    int size(int column) const { return sqlite3_column_bytes(m_statement, column); }
    QByteArray bytes(int column) const // raw, valid until the next step
    {
        const char *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArray::fromRawData(text, text ? sqlite3_column_bytes(m_statement, column) : 0);
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

/// Text as QSQLITE gives it: NULL a null QString, '' an empty one.
QString text(const QByteArray &bytes)
{
    if (bytes.isNull())
        return {};
    return bytes.isEmpty() ? QString(QLatin1String("")) : QString::fromUtf8(bytes);
}

/// Columns of a few distinct values (statuses, activities, kinds, levels): one QString per value,
/// shared by every row that holds it. A short list compared byte for byte (hashing each value cost
/// more than the rest of the read); past its size a value is made for its row alone.
template<typename Value> class Interned
{
public:
    template<typename Make> Value get(const QByteArray &bytes, Make make)
    {
        for (const Entry &entry : m_values) {
            if (entry.bytes.size() == bytes.size() && entry.bytes.isNull() == bytes.isNull() &&
                (bytes.isEmpty() ||
                 std::memcmp(entry.bytes.constData(), bytes.constData(), std::size_t(bytes.size())) == 0))
                return entry.value;
        }
        const Value value = make(text(bytes));
        if (m_values.size() < 32)
            m_values.push_back({QByteArray(bytes.constData(), bytes.size()), value});
        return value;
    }

private:
    struct Entry
    {
        QByteArray bytes;
        Value value;
    };
    std::vector<Entry> m_values;
};

const auto s_same = [](const QString &s) { return s; };

} // namespace

/// The ids bounding the engagement's tickets and the row ids bounding their status changes.
struct SqliteTicketStream::Range
{
    qint64 tickets = 0;
    qint64 firstId = 0, lastId = 0;
    bool anyChange = false;
    qint64 firstChange = 0, lastChange = 0;
};

/// Makes tickets and status changes from rows, reusing the text already seen.
class SqliteTicketStream::Reader
{
public:
    /// Columns: id, source_key, kind, severity, service_level, activity, title, status,
    /// created_at, first_response_at, resolved_at, vendor_sla.
    static constexpr const char *Columns =
        "t.id, t.source_key, t.kind, t.severity, t.service_level, t.activity, t.title, t.status, "
        "t.created_at, t.first_response_at, t.resolved_at, t.vendor_sla";

    void ticket(const Statement &s, Domain::Ticket *t)
    {
        t->key = text(s.bytes(1));
        t->kind = m_kinds.get(s.bytes(2), [](const QString &id) {
            Domain::TicketKind kind = Domain::TicketKind::Incident;
            Domain::ticketKindFromId(id, &kind);
            return kind;
        });
        t->severity = int(s.integer(3));
        t->serviceLevel = m_levels.get(s.bytes(4), [](const QString &id) {
            Domain::ServiceLevel level = Domain::ServiceLevel::L1;
            Domain::serviceLevelFromId(id, &level);
            return level;
        });
        t->activity = m_texts.get(s.bytes(5), s_same);
        t->title = text(s.bytes(6));
        t->status = m_texts.get(s.bytes(7), s_same);
        t->created = s.integer(8);
        t->firstResponse = s.isNull(9) ? std::nullopt : std::optional<qint64>(s.integer(9));
        t->resolved = s.isNull(10) ? std::nullopt : std::optional<qint64>(s.integer(10));
        const QByteArray sla = s.bytes(11);
        if (sla.isEmpty())
            t->vendorSla.clear();
        else
            t->vendorSla = vendorSlaFromJson(sla);
        t->history.clear(); // keeps its capacity for the next ticket
    }
    /// Columns: ticket_id, changed_at, status, severity.
    void change(const Statement &s, Domain::Ticket *t)
    {
        t->history.append({s.integer(1), m_texts.get(s.bytes(2), s_same), int(s.integer(3))});
    }
    /// The packed history of column `column` (SqliteHistoryPack), in seq order; false when the
    /// blob is malformed.
    bool packedChanges(const Statement &s, int column, Domain::Ticket *t)
    {
        SqliteHistoryPack::Reader reader(s.blob(column), s.size(column));
        SqliteHistoryPack::Change change;
        bool ordered = true;
        std::int64_t previous = 0;
        m_seqs.clear();
        while (reader.next(&change)) {
            if (!t->history.isEmpty() && change.seq <= previous)
                ordered = false;
            previous = change.seq;
            m_seqs.push_back(change.seq);
            t->history.append({change.changedAt, m_texts.get(change.status, s_same), change.severity});
        }
        if (!ordered) {
            // The aggregate saw the rows in the index's (ticket, seq) order in every plan seen;
            // any other order is put right here rather than trusted.
            std::vector<int> order(m_seqs.size());
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [this](int a, int b) { return m_seqs[a] < m_seqs[b]; });
            QVector<Domain::StatusChange> sorted;
            sorted.reserve(int(order.size()));
            for (int i : order)
                sorted.append(t->history.at(i));
            t->history = sorted;
        }
        return !reader.malformed();
    }

private:
    Interned<Domain::TicketKind> m_kinds;
    Interned<Domain::ServiceLevel> m_levels;
    Interned<QString> m_texts;
    std::vector<std::int64_t> m_seqs;
};

SqliteTicketStream::SqliteTicketStream(sqlite3 *db) : m_db(db)
{
}

QVector<Domain::VendorSlaValue> SqliteTicketStream::vendorSlaFromJson(const QByteArray &json)
{
    QVector<Domain::VendorSlaValue> out;
    if (json.isEmpty())
        return out; // most tickets: no parse of an empty document per row
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const auto &item : array) {
        const QJsonObject o = item.toObject();
        Domain::VendorSlaValue v;
        v.metric = o.value(QStringLiteral("metric")).toString();
        v.text = o.value(QStringLiteral("text")).toString();
        if (o.contains(QStringLiteral("remainingSeconds")))
            v.remainingSeconds = qint64(o.value(QStringLiteral("remainingSeconds")).toDouble());
        if (o.contains(QStringLiteral("breached")))
            v.breached = o.value(QStringLiteral("breached")).toBool();
        out.append(v);
    }
    return out;
}

StorageError SqliteTicketStream::error(int code, const QString &record) const
{
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    const int primary = code & 0xff;
    const bool busy = primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
    return busy ? busyError(s_operation, record, detail)
                : StorageError{StorageError::Kind::Query, s_operation, record, detail};
}

StorageError SqliteTicketStream::forEach(qint64 engagementId, bool scan,
                                         const std::function<bool(const Domain::Ticket &)> &visit)
{
    m_path = Path::None;
    const QString record = QString::number(engagementId);
    // The order is checked, then relied on, by separate statements: one read transaction holds
    // them to the same snapshot (a writer in between could otherwise move a ticket).
    const bool ownTransaction = sqlite3_get_autocommit(m_db) != 0;
    if (ownTransaction) {
        if (const int code = sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr))
            return error(code, record);
    }
    StorageError result;
    Range range;
    bool inOrder = false;
    if (scan)
        result = checkOrder(engagementId, &range, &inOrder);
    if (!result) {
        m_path = inOrder ? Path::InOrder : Path::Sorted;
        result = inOrder ? readInOrder(engagementId, range, visit) : readSorted(engagementId, scan, visit);
    }
    if (ownTransaction)
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr); // a read: nothing to keep or lose
    return result;
}

StorageError SqliteTicketStream::checkOrder(qint64 engagementId, Range *range, bool *inOrder) const
{
    const QString record = QString::number(engagementId);
    *inOrder = false;
    // Only PRAGMA encoding UTF-8 sorts keys as their UTF-8 bytes (BINARY), the order kept here.
    {
        Statement encoding;
        int code = encoding.prepare(m_db, "PRAGMA encoding");
        if (code != SQLITE_OK || (code = encoding.step()) != SQLITE_ROW)
            return error(code, record);
        if (encoding.bytes(0) != "UTF-8")
            return {};
    }
    // The creation index alone, in (creation, id) order: the ids must rise, and no more than
    // MaxSameSecond tickets share a second (each such run is put in key order while reading).
    Statement tickets;
    // INDEXED BY: a plan that sorted here would cost what the check saves; a schema without the
    // index fails to prepare and is read sorted.
    if (tickets.prepare(m_db, "SELECT id, created_at FROM tickets INDEXED BY tickets_by_created "
                              "WHERE engagement_id = ?1 ORDER BY created_at, id") != SQLITE_OK)
        return {};
    int code = tickets.bind(1, engagementId);
    if (code != SQLITE_OK)
        return error(code, record);
    qint64 previousCreated = 0;
    int sameSecond = 0;
    while ((code = tickets.step()) == SQLITE_ROW) {
        const qint64 id = tickets.integer(0);
        const qint64 created = tickets.integer(1);
        if (range->tickets > 0) {
            if (id <= range->lastId)
                return {}; // stored out of creation order
            sameSecond = created == previousCreated ? sameSecond + 1 : 1;
            if (sameSecond > MaxSameSecond)
                return {};
        } else {
            range->firstId = id;
            sameSecond = 1;
        }
        range->lastId = id;
        previousCreated = created;
        ++range->tickets;
    }
    if (code != SQLITE_DONE)
        return error(code, record);
    // The status changes of those ids, in (ticket, seq) order on the primary key's index: their
    // row ids must rise too (a re-import that changed a ticket appends its history at the end).
    Statement changes;
    code = changes.prepare(m_db, "SELECT rowid FROM ticket_status_history "
                                 "WHERE ticket_id BETWEEN ?1 AND ?2 ORDER BY ticket_id, seq");
    if (code != SQLITE_OK || (code = changes.bind(1, range->firstId)) != SQLITE_OK ||
        (code = changes.bind(2, range->lastId)) != SQLITE_OK)
        return error(code, record);
    while ((code = changes.step()) == SQLITE_ROW) {
        const qint64 rowId = changes.integer(0);
        if (range->anyChange && rowId <= range->lastChange)
            return {};
        if (!range->anyChange)
            range->firstChange = rowId;
        range->anyChange = true;
        range->lastChange = rowId;
    }
    if (code != SQLITE_DONE)
        return error(code, record);
    *inOrder = true;
    return {};
}

StorageError SqliteTicketStream::readInOrder(qint64 engagementId, const Range &range,
                                             const std::function<bool(const Domain::Ticket &)> &visit) const
{
    const QString record = QString::number(engagementId);
    if (range.tickets == 0)
        return {};
    Statement tickets;
    Statement changes;
    int code = tickets.prepare(m_db, QByteArray("SELECT ") + Reader::Columns +
                                         " FROM tickets t WHERE t.id BETWEEN ?2 AND ?3 "
                                         "AND +t.engagement_id = ?1 ORDER BY t.id");
    if (code != SQLITE_OK || (code = tickets.bind(1, engagementId)) != SQLITE_OK ||
        (code = tickets.bind(2, range.firstId)) != SQLITE_OK || (code = tickets.bind(3, range.lastId)))
        return error(code, record);
    code = changes.prepare(m_db, "SELECT ticket_id, changed_at, status, severity FROM ticket_status_history "
                                 "WHERE rowid BETWEEN ?1 AND ?2 ORDER BY rowid");
    // No change at all: an empty range (1 .. 0).
    if (code != SQLITE_OK || (code = changes.bind(1, range.anyChange ? range.firstChange : 1)) ||
        (code = changes.bind(2, range.anyChange ? range.lastChange : 0)))
        return error(code, record);
    Reader reader;
    // The run of tickets created in the same second, in id order; put in key order when complete.
    std::vector<Domain::Ticket> run(1);
    std::size_t held = 0;
    std::vector<std::size_t> order;
    std::vector<QByteArray> keys;
    const auto flush = [&]() {
        if (held == 1)
            return visit(run.front());
        keys.resize(held);
        order.resize(held);
        for (std::size_t i = 0; i < held; ++i)
            keys[i] = run[i].key.toUtf8(); // the BINARY collation: UTF-8 bytes
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::stable_sort(order.begin(), order.end(),
                         [&keys](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
        for (std::size_t i : order) {
            if (!visit(run[i]))
                return false;
        }
        return true;
    };
    int changeCode = changes.step();
    while ((code = tickets.step()) == SQLITE_ROW) {
        const qint64 id = tickets.integer(0);
        if (held > 0 && tickets.integer(8) != run.front().created) {
            if (!flush())
                return {};
            held = 0;
        }
        if (held == run.size())
            run.emplace_back();
        Domain::Ticket &ticket = run[held++];
        reader.ticket(tickets, &ticket);
        // Changes of other engagements' tickets between ours are passed over. Within our id range
        // the changes rise with the ticket (checkOrder); a ticket outside it (stored before or
        // after ours) may have its changes anywhere among them, and must never stop the walk.
        for (; changeCode == SQLITE_ROW; changeCode = changes.step()) {
            const qint64 owner = changes.integer(0);
            if (owner < range.firstId || owner > range.lastId)
                continue;
            if (owner > id)
                break;
            if (owner == id)
                reader.change(changes, &ticket);
        }
    }
    if (code != SQLITE_DONE)
        return error(code, record);
    if (changeCode != SQLITE_ROW && changeCode != SQLITE_DONE)
        return error(changeCode, record);
    if (held > 0)
        flush();
    return {};
}

StorageError SqliteTicketStream::readSorted(qint64 engagementId, bool scan,
                                            const std::function<bool(const Domain::Ticket &)> &visit)
{
    const QString record = QString::number(engagementId);
    // One sort: each ticket carries its status changes, packed by an aggregate over the history's
    // primary-key index while the tickets are walked (in row id order, which is the history's own
    // order for tickets imported once), so SQLite sorts the tickets alone.
    Statement tickets;
    if (SqliteHistoryPack::registerOn(m_db) != SQLITE_OK ||
        tickets.prepare(m_db, sortedQuery(scan)) != SQLITE_OK) {
        m_path = Path::SortedTwice;
        return readSortedTwice(engagementId, scan, visit);
    }
    int code = tickets.bind(1, engagementId);
    if (code != SQLITE_OK)
        return error(code, record);
    Reader reader;
    Domain::Ticket ticket;
    while ((code = tickets.step()) == SQLITE_ROW) {
        reader.ticket(tickets, &ticket);
        if (!reader.packedChanges(tickets, 12, &ticket))
            return {StorageError::Kind::Query, s_operation, ticket.key,
                    QStringLiteral("the packed status changes are cut short")};
        if (!visit(ticket))
            return {};
    }
    if (code != SQLITE_DONE)
        return error(code, record);
    return {};
}

QByteArray SqliteTicketStream::sortedQuery(bool scan)
{
    const QByteArray plus = scan ? "+" : ""; // unary +: no index on it
    return "SELECT " + QByteArray(Reader::Columns) + ", (SELECT " + SqliteHistoryPack::FunctionName +
           "(h.seq, h.changed_at, h.severity, h.status) FROM ticket_status_history h "
           "WHERE h.ticket_id = t.id) FROM tickets t WHERE " +
           plus + "t.engagement_id = ?1 ORDER BY t.created_at, t.source_key, t.id";
}

StorageError
SqliteTicketStream::readSortedTwice(qint64 engagementId, bool scan,
                                    const std::function<bool(const Domain::Ticket &)> &visit) const
{
    const QString record = QString::number(engagementId);
    // As TicketRepository always read them: SQLite sorts each read (spilling to its temporary files
    // past its cache) and they are joined here by ticket id.
    const QByteArray plus = scan ? "+" : ""; // unary +: no index on it
    Statement tickets;
    Statement changes;
    int code =
        tickets.prepare(m_db, "SELECT " + QByteArray(Reader::Columns) + " FROM tickets t WHERE " + plus +
                                  "t.engagement_id = ?1 ORDER BY t.created_at, t.source_key, t.id");
    if (code != SQLITE_OK || (code = tickets.bind(1, engagementId)) != SQLITE_OK)
        return error(code, record);
    code = changes.prepare(m_db, "SELECT h.ticket_id, h.changed_at, h.status, h.severity "
                                 "FROM ticket_status_history h JOIN tickets t ON t.id = h.ticket_id WHERE " +
                                     plus +
                                     "t.engagement_id = ?1 ORDER BY t.created_at, t.source_key, t.id, h.seq");
    if (code != SQLITE_OK || (code = changes.bind(1, engagementId)) != SQLITE_OK)
        return error(code, record);
    Reader reader;
    Domain::Ticket ticket;
    int changeCode = changes.step();
    while ((code = tickets.step()) == SQLITE_ROW) {
        const qint64 id = tickets.integer(0);
        reader.ticket(tickets, &ticket);
        for (; changeCode == SQLITE_ROW && changes.integer(0) == id; changeCode = changes.step())
            reader.change(changes, &ticket);
        if (!visit(ticket))
            return {};
    }
    if (code != SQLITE_DONE)
        return error(code, record);
    if (changeCode != SQLITE_ROW && changeCode != SQLITE_DONE)
        return error(changeCode, record);
    return {};
}

} // namespace Storage
