#pragma once
// The tickets table's own columns as TicketRepository reads them, shared by its two files
// (ticketrepository.cpp, ticketrepositorystreams.cpp).

#include "models/domain/ticket.h"

#include <QString>

class QSqlQuery;

namespace Storage {

/// "source_key, kind, …, vendor_sla": the columns ticketFromQuery() reads, in its order.
const QString &ticketColumns();
/// The ticket whose columns (ticketColumns()) start at `first` in `q`'s row; its history is not read.
Domain::Ticket ticketFromQuery(const QSqlQuery &q, int first);

} // namespace Storage
