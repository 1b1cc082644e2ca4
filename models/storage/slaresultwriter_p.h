#pragma once
// What SlaResultWriter's reads (slaresultreads.cpp) and writes (slaresultwriter.cpp) share: the
// statements prepared once per writer, and how a compliance month is stored.

#include "models/storage/slaresultwriter.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/sqliteslaresults.h"

#include <QSqlQuery>

#include <memory>

namespace Storage {

struct SlaResultWriter::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : ticketById(db), history(db), monthOf(db), insert(db), upsert(db)
    {
    }
    QSqlQuery ticketById, history, monthOf, insert, upsert;
    bool prepared = false;
    /// SQLite: the result writes through the C API (sqliteslaresults.h)
    std::unique_ptr<SqliteSlaResults> sqlite;
    StorageError sqliteError;
};

/// The first of the month as stored in compliance_month; NULL for no month.
inline QVariant complianceMonthToSql(const QDate &month)
{
    return dateToSql(month.isValid() ? QDate(month.year(), month.month(), 1) : month);
}

} // namespace Storage
