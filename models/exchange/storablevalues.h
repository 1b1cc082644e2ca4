#pragma once

#include "models/domain/ticket.h"
#include "models/domain/worklog.h"

#include <QCoreApplication>

namespace Exchange {

struct ImportBatch;

/// The database's own rules (CHECK and NOT NULL constraints of resources/migrations) checked on
/// what a source made of a row, before it reaches the database: a value that only the database
/// would stop becomes a rejected row with its line, which --skip-bad-rows skips, instead of a
/// "CHECK constraint failed" that fails the whole import.
class StorableValues
{
    Q_DECLARE_TR_FUNCTIONS(StorableValues)

public:
    /// Why the database would refuse `ticket`, empty when it would not.
    static QString ticketProblem(const Domain::Ticket &ticket);
    /// Why the database would refuse `worklog`, empty when it would not.
    static QString worklogProblem(const Domain::Worklog &worklog);

    /// Rejects (at `line`, 0 when the items were not made from one row) the tickets and worklogs
    /// of `batch` from `firstTicket` / `firstWorklog` on that the database would refuse, and
    /// removes them from the batch.
    static void screen(qint64 line, qsizetype firstTicket, qsizetype firstWorklog, ImportBatch *batch);
};

} // namespace Exchange
