#include "models/storage/ticketbrowsesql.h"

#include "models/storage/sqlhelpers.h"
#include "models/storage/textmatch.h"

#include <QSqlDriver>

namespace Storage::TicketBrowseSql {

namespace {

/// How many trailing digits a key has, as one character that sorts as the number does.
const char s_counts[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// "%text%" for LIKE with '!' as the escape character.
QString likePattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == QLatin1Char('!') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('!');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

/// Conditions on tickets (alias `a`) for the ticket columns of a filter: text, severity, kind.
QStringList ticketConditions(const QSqlDatabase &db, const QString &a, const TicketBrowseFilter &filter,
                             QVector<QPair<QString, QVariant>> *binds)
{
    QStringList conditions;
    if (!filter.text.isEmpty()) {
        const bool server = db.driverName() == QLatin1String("QPSQL");
        const bool folding = TextMatch::needsFolding(filter.text);
        if (!server && folding) {
            // SQLite's LIKE ignores the case of A–Z only: "ändra" would miss "Ändra" (textmatch.h).
            conditions << QStringLiteral(
                              "(dd_contains(%1.source_key, :text) OR dd_contains(%1.title, :text2))")
                              .arg(a);
            binds->append({QStringLiteral(":text"), filter.text});
            binds->append({QStringLiteral(":text2"), filter.text});
        } else {
            // LIKE and ILIKE fold A–Z; ILIKE folds the other letters under an ICU collation.
            const QString collation = server && folding ? TextMatch::serverFoldingCollation(db) : QString();
            conditions << QStringLiteral("((%1.source_key%3) %2 :text ESCAPE '!' OR (%1.title%3) %2 :text2 "
                                         "ESCAPE '!')")
                              .arg(a, server ? QStringLiteral("ILIKE") : QStringLiteral("LIKE"), collation);
            binds->append({QStringLiteral(":text"), likePattern(filter.text)});
            binds->append({QStringLiteral(":text2"), likePattern(filter.text)});
        }
    }
    if (filter.severity != 0) {
        conditions << QStringLiteral("%1.severity = :severity").arg(a);
        binds->append({QStringLiteral(":severity"), filter.severity});
    }
    if (filter.kind) {
        conditions << QStringLiteral("%1.kind = :kind").arg(a);
        binds->append({QStringLiteral(":kind"), Domain::ticketKindId(*filter.kind)});
    }
    return conditions;
}

/// Conditions on sla_results (alias `a`) for the result columns of a filter: state, month.
QStringList resultConditions(const QString &a, const TicketBrowseFilter &filter,
                             QVector<QPair<QString, QVariant>> *binds)
{
    QStringList conditions;
    if (filter.state && !filter.notEvaluated) {
        conditions << QStringLiteral("%1.state = :state").arg(a);
        binds->append({QStringLiteral(":state"), Domain::slaStateId(*filter.state)});
    }
    if (filter.month.isValid()) {
        conditions << QStringLiteral("%1.compliance_month = :month").arg(a);
        binds->append(
            {QStringLiteral(":month"), dateToSql(QDate(filter.month.year(), filter.month.month(), 1))});
    }
    return conditions;
}

} // namespace

QString naturalKeyOrder(const QString &key)
{
    const QString prefix = QStringLiteral("rtrim(%1, '0123456789')").arg(key);
    return QStringLiteral(
               "(%1 || substr('%2', length(%3) - length(%1) + 1, 1) || substr(%3, length(%1) + 1))")
        .arg(prefix, QLatin1String(s_counts), key);
}

QString naturalKeyOrderOf(const QString &key)
{
    qsizetype prefix = key.size();
    while (prefix > 0 && key.at(prefix - 1) >= QLatin1Char('0') && key.at(prefix - 1) <= QLatin1Char('9'))
        --prefix;
    const qsizetype digits = key.size() - prefix;
    // Past 35 digits substr() finds no character: such keys sort by their text after the prefix.
    const QString count =
        digits < qsizetype(sizeof(s_counts) - 1) ? QString(QLatin1Char(s_counts[digits])) : QString();
    return key.left(prefix) + count + key.mid(prefix);
}

SortColumn sortColumn(TicketSortKey key)
{
    switch (key) {
    case TicketSortKey::Key: {
        static const QByteArray s_natural = naturalKeyOrder(QStringLiteral("t.source_key")).toLatin1();
        return {s_natural.constData(), false};
    }
    case TicketSortKey::Title:
        return {"t.title", false};
    case TicketSortKey::Severity:
        return {"t.severity", false};
    case TicketSortKey::Kind:
        return {"t.kind", false};
    case TicketSortKey::ServiceLevel:
        return {"t.service_level", false};
    case TicketSortKey::Status:
        return {"t.status", false};
    case TicketSortKey::Created:
        return {"t.created_at", false};
    case TicketSortKey::Responded:
        return {"t.first_response_at", false, true};
    case TicketSortKey::Resolved:
        return {"t.resolved_at", false, true};
    case TicketSortKey::ResponseTime:
        return {"r.response_business_seconds", true, true};
    case TicketSortKey::ResolutionTime:
        return {"r.resolution_business_seconds", true, true};
    case TicketSortKey::PausedTime:
        return {"r.paused_seconds", true, true};
    case TicketSortKey::State:
        return {"r.state", true, true};
    }
    return {"t.created_at", false};
}

QString sortDirection(const SortColumn &column, bool descending, bool server)
{
    if (server && column.nullable)
        return descending ? QStringLiteral("DESC NULLS LAST") : QStringLiteral("ASC NULLS FIRST");
    return descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
}

Selection select(const QSqlDatabase &db, qint64 engagementId, const TicketBrowseFilter &filter,
                 const SortColumn *sort, bool complete)
{
    const bool stateFilter = filter.state.has_value() && !filter.notEvaluated;
    const bool resultFilter = stateFilter || filter.month.isValid(); // rows without a result never pass
    const bool sortOnResults = sort && sort->onResults;
    const bool sortOnTickets = sort && !sort->onResults;
    const bool ticketFilter = !filter.text.isEmpty() || filter.severity != 0 || filter.kind.has_value();
    bool needTickets = ticketFilter || sortOnTickets || filter.notEvaluated;
    const bool needResults = resultFilter || sortOnResults || filter.notEvaluated;
    // sla_results alone lists every ticket only when every ticket has a result.
    if (needResults && !needTickets && !resultFilter && !complete)
        needTickets = true;

    Selection s;
    QStringList conditions;
    if (needTickets && needResults) {
        const bool left = filter.notEvaluated || (!resultFilter && !complete);
        s.from = left ? QStringLiteral("tickets t LEFT JOIN sla_results r ON r.ticket_id = t.id")
                      : QStringLiteral("tickets t JOIN sla_results r ON r.ticket_id = t.id");
        conditions << QStringLiteral("t.engagement_id = :e");
        if (!left) // lets the planner start from an index of sla_results
            conditions << QStringLiteral("r.engagement_id = :er");
        s.idColumn = QStringLiteral("t.id");
    } else if (needResults) {
        s.from = QStringLiteral("sla_results r");
        conditions << QStringLiteral("r.engagement_id = :er");
        s.idColumn = QStringLiteral("r.ticket_id");
    } else {
        s.from = QStringLiteral("tickets t");
        conditions << QStringLiteral("t.engagement_id = :e");
        s.idColumn = QStringLiteral("t.id");
    }
    if (conditions.contains(QStringLiteral("t.engagement_id = :e")))
        s.binds.append({QStringLiteral(":e"), engagementId});
    if (conditions.contains(QStringLiteral("r.engagement_id = :er")))
        s.binds.append({QStringLiteral(":er"), engagementId});

    conditions += ticketConditions(db, QStringLiteral("t"), filter, &s.binds);
    if (filter.notEvaluated)
        conditions << QStringLiteral("r.ticket_id IS NULL");
    conditions += resultConditions(QStringLiteral("r"), filter, &s.binds);
    s.where = conditions.join(QStringLiteral(" AND "));
    return s;
}

Selection selectThroughIds(const QSqlDatabase &db, qint64 engagementId, const TicketBrowseFilter &filter,
                           const SortColumn &sort, bool complete)
{
    Selection s;
    const bool resultFilter = (filter.state.has_value() && !filter.notEvaluated) || filter.month.isValid();
    QStringList conditions;
    if (sort.onResults && (complete || resultFilter) && !filter.notEvaluated) {
        s.from = QStringLiteral("sla_results r");
        s.idColumn = QStringLiteral("r.ticket_id");
        conditions << QStringLiteral("r.engagement_id = :er");
        s.binds.append({QStringLiteral(":er"), engagementId});
    } else {
        s.from = sort.onResults ? QStringLiteral("tickets t LEFT JOIN sla_results r ON r.ticket_id = t.id")
                                : QStringLiteral("tickets t");
        s.idColumn = QStringLiteral("t.id");
        conditions << QStringLiteral("t.engagement_id = :e");
        s.binds.append({QStringLiteral(":e"), engagementId});
    }
    const QStringList onTickets = ticketConditions(db, QStringLiteral("x"), filter, &s.binds);
    if (!onTickets.isEmpty()) {
        conditions << QStringLiteral("%1 IN (SELECT x.id FROM tickets x WHERE x.engagement_id = :ex AND %2)")
                          .arg(s.idColumn, onTickets.join(QStringLiteral(" AND ")));
        s.binds.append({QStringLiteral(":ex"), engagementId});
    }
    const QStringList onResults = resultConditions(QStringLiteral("y"), filter, &s.binds);
    if (filter.notEvaluated || !onResults.isEmpty()) {
        conditions << QStringLiteral(
                          "%1 %2 (SELECT y.ticket_id FROM sla_results y WHERE y.engagement_id = :ey%3)")
                          .arg(s.idColumn,
                               filter.notEvaluated ? QStringLiteral("NOT IN") : QStringLiteral("IN"),
                               filter.notEvaluated
                                   ? QString()
                                   : QStringLiteral(" AND ") + onResults.join(QStringLiteral(" AND ")));
        s.binds.append({QStringLiteral(":ey"), engagementId});
    }
    s.where = conditions.join(QStringLiteral(" AND "));
    return s;
}

Selection selectForCount(const QSqlDatabase &db, qint64 engagementId, const TicketBrowseFilter &filter)
{
    Selection s;
    QStringList onTickets = ticketConditions(db, QStringLiteral("t"), filter, &s.binds);
    const bool resultFilter = (filter.state.has_value() && !filter.notEvaluated) || filter.month.isValid();
    if (onTickets.isEmpty() && resultFilter) {
        s.from = QStringLiteral("sla_results r");
        s.idColumn = QStringLiteral("r.ticket_id");
        QStringList conditions{QStringLiteral("r.engagement_id = :er")};
        s.binds.append({QStringLiteral(":er"), engagementId});
        conditions += resultConditions(QStringLiteral("r"), filter, &s.binds);
        s.where = conditions.join(QStringLiteral(" AND "));
        return s;
    }
    s.from = QStringLiteral("tickets t");
    s.idColumn = QStringLiteral("t.id");
    QStringList conditions{QStringLiteral("t.engagement_id = :e")};
    s.binds.append({QStringLiteral(":e"), engagementId});
    conditions += onTickets;
    const QStringList onResults = resultConditions(QStringLiteral("y"), filter, &s.binds);
    if (filter.notEvaluated || !onResults.isEmpty()) {
        conditions << QStringLiteral(
                          "t.id %1 (SELECT y.ticket_id FROM sla_results y WHERE y.engagement_id = :ey%2)")
                          .arg(filter.notEvaluated ? QStringLiteral("NOT IN") : QStringLiteral("IN"),
                               filter.notEvaluated
                                   ? QString()
                                   : QStringLiteral(" AND ") + onResults.join(QStringLiteral(" AND ")));
        s.binds.append({QStringLiteral(":ey"), engagementId});
    }
    s.where = conditions.join(QStringLiteral(" AND "));
    return s;
}

} // namespace Storage::TicketBrowseSql
