// How a chunk of an import's tickets is looked up at once on SQLite (SqliteTicketUpsert): which
// keys are stored, with which ids, and which stored rows are the chunk's tickets unchanged.
#include "models/storage/sqliteticketupsert.h"

#include "models/storage/sqlitevalues.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <limits>
#include <string_view>

namespace Storage {

namespace {

using SqliteValues::ResetOnExit;

std::atomic<int> s_byRange{0};
std::atomic<int> s_byKeys{0};
std::atomic<int> s_found{0};

/// A key's bytes. std::string_view compares as memcmp, shorter first: SQLite's BINARY order, the
/// unique index's.
std::string_view bytes(const QByteArray &text)
{
    return {text.constData(), size_t(text.size())};
}

} // namespace

SqliteTicketUpsert::Lookups SqliteTicketUpsert::lookupsForTests()
{
    return {s_byRange.load(), s_byKeys.load(), s_found.load()};
}

StorageError SqliteTicketUpsert::classify(qint64 engagementId, const QByteArray &source,
                                          const QVector<Domain::Ticket> &tickets, QVector<Stored> *out)
{
    m_utf8Keys.resize(tickets.size());
    for (int i = 0; i < tickets.size(); ++i)
        m_utf8Keys[i] = tickets.at(i).key.toUtf8(); // as bindText stores it
    out->fill(Stored(), tickets.size());
    bool walked = false;
    if (StorageError e = classifyByRange(engagementId, source, tickets, out, &walked))
        return e;
    if (!walked) {
        out->fill(Stored(), tickets.size());
        if (StorageError e = classifyByKeys(engagementId, source, tickets, out))
            return e;
    }
    if (StorageError e = withoutHistory(tickets, out))
        return e;
    // A key twice in the chunk: the second must see what the first wrote, ticket by ticket.
    QVector<qint64> ids;
    for (const Stored &stored : std::as_const(*out)) {
        if (stored.id != 0)
            ids.append(stored.id);
    }
    std::sort(ids.begin(), ids.end());
    if (std::adjacent_find(ids.begin(), ids.end()) != ids.end())
        out->clear();
    return {};
}

StorageError SqliteTicketUpsert::classifyByRange(qint64 engagementId, const QByteArray &source,
                                                 const QVector<Domain::Ticket> &tickets, QVector<Stored> *out,
                                                 bool *walked)
{
    // A file's tickets mostly come in key order, and a chunk of a re-import names every stored
    // key of its range: one walk along the index costs about half a seek from its root a key.
    *walked = false;
    m_keyOrder.resize(tickets.size());
    for (int i = 0; i < tickets.size(); ++i)
        m_keyOrder[i] = i;
    const auto before = [this](int a, int b) { return bytes(m_utf8Keys.at(a)) < bytes(m_utf8Keys.at(b)); };
    if (!std::is_sorted(m_keyOrder.cbegin(), m_keyOrder.cend(), before))
        std::stable_sort(m_keyOrder.begin(), m_keyOrder.end(), before); // equal keys in the chunk's order
    const QByteArray &least = m_utf8Keys.at(m_keyOrder.constFirst());
    const QByteArray &greatest = m_utf8Keys.at(m_keyOrder.constLast());
    const ResetOnExit reset{m_classifyRange};
    sqlite3_bind_int64(m_classifyRange, 1, engagementId);
    sqlite3_bind_text(m_classifyRange, 2, source.constData(), int(source.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_classifyRange, 3, least.constData(), int(least.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_classifyRange, 4, greatest.constData(), int(greatest.size()), SQLITE_STATIC);
    // Past this many stored keys the chunk does not name, probing its keys one by one is cheaper.
    int unnamed = tickets.size();
    int next = 0; // in m_keyOrder: the least key not yet passed
    int found = 0;
    int step;
    while ((step = sqlite3_step(m_classifyRange)) == SQLITE_ROW) {
        const std::string_view key(reinterpret_cast<const char *>(sqlite3_column_text(m_classifyRange, 1)),
                                   size_t(sqlite3_column_bytes(m_classifyRange, 1)));
        while (next < m_keyOrder.size() && bytes(m_utf8Keys.at(m_keyOrder.at(next))) < key)
            ++next; // not stored: a new ticket
        bool named = false;
        for (; next < m_keyOrder.size() && bytes(m_utf8Keys.at(m_keyOrder.at(next))) == key; ++next) {
            const int position = m_keyOrder.at(next);
            Stored &stored = (*out)[position];
            stored.id = sqlite3_column_int64(m_classifyRange, 0);
            stored.same = storesSame(m_classifyRange, 0, tickets.at(position));
            named = true;
            ++found;
        }
        if (!named && --unnamed < 0)
            return {}; // a sparse range: the caller probes key by key
    }
    if (step != SQLITE_DONE)
        return error(tickets.constFirst().key); // the chunk's first ticket
    *walked = true;
    ++s_byRange;
    s_found += found;
    return {};
}

StorageError SqliteTicketUpsert::classifyByKeys(qint64 engagementId, const QByteArray &source,
                                                const QVector<Domain::Ticket> &tickets, QVector<Stored> *out)
{
    // The keys as one JSON array: a single statement looks each up through the unique index, in
    // the tickets' order, without a statement (bind, step, reset) per ticket.
    m_keys.clear();
    m_keys.append('[');
    for (const QByteArray &key : std::as_const(m_utf8Keys)) {
        if (m_keys.size() > 1)
            m_keys.append(',');
        m_keys.append('"');
        for (const char c : key) {
            if (c == '"' || c == '\\') {
                m_keys.append('\\');
                m_keys.append(c);
            } else if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", unsigned(c));
                m_keys.append(escaped);
            } else {
                m_keys.append(c);
            }
        }
        m_keys.append('"');
    }
    m_keys.append(']');
    const ResetOnExit reset{m_classify};
    sqlite3_bind_int64(m_classify, 1, engagementId);
    sqlite3_bind_text(m_classify, 2, source.constData(), int(source.size()), SQLITE_STATIC);
    sqlite3_bind_text(m_classify, 3, m_keys.constData(), int(m_keys.size()), SQLITE_STATIC);
    int step;
    int found = 0;
    while ((step = sqlite3_step(m_classify)) == SQLITE_ROW) {
        const qint64 position = sqlite3_column_int64(m_classify, 0);
        if (position < 0 || position >= tickets.size())
            continue;
        Stored &stored = (*out)[int(position)];
        stored.id = sqlite3_column_int64(m_classify, 1);
        stored.same = storesSame(m_classify, 1, tickets.at(int(position)));
        ++found;
    }
    if (step != SQLITE_DONE)
        return error(tickets.constFirst().key); // the chunk's first ticket
    ++s_byKeys;
    s_found += found;
    return {};
}

StorageError SqliteTicketUpsert::withoutHistory(const QVector<Domain::Ticket> &tickets,
                                                QVector<Stored> *stored)
{
    // "Unchanged" from the bytes holds only for a stored ticket with no status change. The
    // chunk's candidates are proved so at once: no history row has an id between the least and
    // the greatest of theirs (one seek on the history's key; a list import's tickets lie in
    // ranges of their own). Otherwise each candidate is looked up, as the find statement does.
    qint64 least = std::numeric_limits<qint64>::max();
    qint64 greatest = std::numeric_limits<qint64>::min();
    for (const Stored &s : std::as_const(*stored)) {
        if (s.same) {
            least = std::min(least, s.id);
            greatest = std::max(greatest, s.id);
        }
    }
    if (least > greatest)
        return {};
    const auto hasRow = [this](sqlite3_stmt *statement, bool *row) {
        const ResetOnExit reset{statement};
        const int step = sqlite3_step(statement);
        *row = step == SQLITE_ROW;
        return step == SQLITE_ROW || step == SQLITE_DONE;
    };
    bool any = false;
    sqlite3_bind_int64(m_historyInRange, 1, least);
    sqlite3_bind_int64(m_historyInRange, 2, greatest);
    if (!hasRow(m_historyInRange, &any))
        return error(tickets.constFirst().key);
    for (int i = 0; any && i < stored->size(); ++i) {
        Stored &s = (*stored)[i];
        if (!s.same)
            continue;
        bool has = false;
        sqlite3_bind_int64(m_hasHistory, 1, s.id);
        if (!hasRow(m_hasHistory, &has))
            return error(tickets.at(i).key);
        s.same = !has;
    }
    return {};
}

} // namespace Storage
