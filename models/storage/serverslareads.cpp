#include "models/storage/serverslareads.h"

#include "models/storage/copytextrow.h"
#include "models/storage/serversession.h"

#include <charconv>

namespace Storage {
namespace ServerSlaReads {

namespace {

const QString s_operation = QStringLiteral("read tickets for the SLA");

/// The rows of one COPY: each checked for its number of fields, read as numbers or text, and
/// named in an error ("tickets, row 12").
class Fields
{
public:
    Fields(const char *what, int columns) : m_what(QLatin1String(what)), m_columns(columns) {}

    StorageError parse(const char *line, qsizetype size)
    {
        ++m_row;
        const QString problem = m_fields.parseRow(line, size, m_columns);
        return problem.isEmpty() ? StorageError() : error(problem);
    }
    bool isNull(int field) const { return m_fields.isNull(field); }
    QString text(int field) const { return QString::fromUtf8(m_fields.data(field), m_fields.size(field)); }
    /// An integer field; NULL reads as 0 (as QVariant::toLongLong() of a NULL did).
    bool number(int field, qint64 *value) const
    {
        *value = 0;
        if (isNull(field))
            return true;
        const char *begin = m_fields.data(field);
        const char *end = begin + m_fields.size(field);
        const auto [at, ec] = std::from_chars(begin, end, *value);
        return ec == std::errc() && at == end;
    }
    std::optional<qint64> optional(int field, bool *ok) const
    {
        qint64 value = 0;
        *ok = number(field, &value) && *ok;
        return isNull(field) ? std::nullopt : std::optional<qint64>(value);
    }
    StorageError error(const QString &detail) const
    {
        return {StorageError::Kind::Query, s_operation, QStringLiteral("%1, row %2").arg(m_what).arg(m_row),
                detail};
    }
    StorageError notANumber() const { return error(QStringLiteral("the server sent a number that is none")); }

private:
    QString m_what;
    int m_columns;
    qint64 m_row = 0;
    CopyTextRow m_fields;
};

} // namespace

StorageError ticketsAfter(const ServerSession &session, qint64 engagementId, qint64 afterId, int limit,
                          TicketsWithIds *out)
{
    out->ids.clear();
    out->tickets.clear();
    // COPY takes no parameters: the three numbers are written in.
    const QByteArray tickets =
        QStringLiteral("COPY (SELECT id, source_key, severity, created_at, first_response_at, resolved_at "
                       "FROM tickets WHERE id > %1 AND engagement_id = %2 ORDER BY id LIMIT %3) TO STDOUT")
            .arg(afterId)
            .arg(engagementId)
            .arg(limit)
            .toUtf8();
    Fields ticket("tickets", 6);
    StorageError error = session.copyOut(tickets.constData(), [&](const char *line, qsizetype size) {
        if (StorageError parseError = ticket.parse(line, size))
            return parseError;
        qint64 id = 0;
        qint64 severity = 0;
        Domain::Ticket t; // the values the evaluation reads, as the other paths
        bool ok = ticket.number(0, &id) && ticket.number(2, &severity) && ticket.number(3, &t.created);
        t.key = ticket.text(1);
        t.severity = int(severity);
        t.firstResponse = ticket.optional(4, &ok);
        t.resolved = ticket.optional(5, &ok);
        if (!ok)
            return ticket.notANumber();
        out->ids.append(id);
        out->tickets.append(std::move(t));
        return StorageError();
    });
    if (error || out->ids.isEmpty())
        return error;
    // Both in id order: walked together. Rows of other engagements' tickets in the id range find
    // no ticket and are skipped.
    const QByteArray history =
        QStringLiteral("COPY (SELECT ticket_id, changed_at, status, severity FROM ticket_status_history "
                       "WHERE ticket_id >= %1 AND ticket_id <= %2 ORDER BY ticket_id, seq) TO STDOUT")
            .arg(out->ids.constFirst())
            .arg(out->ids.constLast())
            .toUtf8();
    Fields change("ticket_status_history", 4);
    qsizetype index = 0;
    return session.copyOut(history.constData(), [&](const char *line, qsizetype size) {
        if (StorageError parseError = change.parse(line, size))
            return parseError;
        qint64 id = 0;
        Domain::StatusChange c;
        qint64 severity = 0;
        if (!change.number(0, &id) || !change.number(1, &c.at) || !change.number(3, &severity))
            return change.notANumber();
        while (index < out->ids.size() && out->ids.at(index) < id)
            ++index;
        if (index < out->ids.size() && out->ids.at(index) == id) {
            c.status = change.text(2);
            c.severity = int(severity);
            out->tickets[index].history.append(std::move(c));
        }
        return StorageError();
    });
}

} // namespace ServerSlaReads
} // namespace Storage
