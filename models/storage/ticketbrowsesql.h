#pragma once
// The SQL of the tickets table's reads (TicketBrowseRepository): which column a sort walks, and
// the FROM and WHERE of the tickets a filter selects on either dialect.

#include "models/storage/ticketbrowserepository.h"

#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVector>

namespace Storage::TicketBrowseSql {

struct SortColumn
{
    const char *expression;
    bool onResults;        ///< a column of sla_results (r), else of tickets (t)
    bool nullable = false; ///< may be NULL (a ticket without a response, resolution or result)
};

SortColumn sortColumn(TicketSortKey key);

/// The natural order of a key as one text, for `key` (a column or a parameter): the key without
/// its trailing digits, how many there are (one character: 0-9, then A-Z for 10-35), the digits.
/// FG-2 < FG-10 < FG-100 and 99 < 100, on both dialects; migration 012 indexes it for source_key
/// (tickets_by_key).
QString naturalKeyOrder(const QString &key);
/// The value naturalKeyOrder() gives for `key`, computed here: "FG-" "1" "2" for FG-2.
QString naturalKeyOrderOf(const QString &key);

/// The order of a sort column: empty values first when ascending, last when descending, on both
/// dialects (SQLite's own order of NULLs; PostgreSQL's is the opposite unless told).
QString sortDirection(const SortColumn &column, bool descending, bool server);

/// The FROM and WHERE of the tickets a filter (and a sort) selects, and the values to bind.
/// Reads only the tables it needs: tickets (t), sla_results (r) or both.
struct Selection
{
    QString from;
    QString where;
    QString idColumn;
    QVector<QPair<QString, QVariant>> binds;

    void bind(QSqlQuery &q) const
    {
        for (const auto &b : binds)
            q.bindValue(b.first, b.second);
    }
};

/// The tickets of `filter` for a walk of the sort column's index (`sort`: none for a count), with
/// the filter tested on each row; `complete`: every ticket has a stored SLA result.
Selection select(const QSqlDatabase &db, qint64 engagementId, const TicketBrowseFilter &filter,
                 const SortColumn *sort, bool complete);
/// The same tickets as select(), with every filter turned into a set of ids read through its own
/// index ("id IN (SELECT …)") and the table of the sort column driving alone. A rare filter then
/// costs one pass over its index plus a walk of the sort index that only probes that set, instead
/// of a table lookup for every row the sort index walks past.
Selection selectThroughIds(const QSqlDatabase &db, qint64 engagementId, const TicketBrowseFilter &filter,
                           const SortColumn &sort, bool complete);
/// A count that reads one table where it can: tickets for ticket filters (the text filter reads
/// the title index alone), sla_results for result filters, the other one's filters as a set of ids.
Selection selectForCount(const QSqlDatabase &db, qint64 engagementId, const TicketBrowseFilter &filter);

} // namespace Storage::TicketBrowseSql
