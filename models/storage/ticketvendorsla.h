#pragma once

#include "models/domain/ticket.h"

#include <QVariant>

namespace Storage {

/// The source's own SLA values (schema 4) as the JSON array stored in tickets.vendor_sla; '' when
/// there are none. Shared by the upsert paths (TicketRepository, SqliteTicketUpsert).
QString vendorSlaToSql(const QVector<Domain::VendorSlaValue> &values);
QVector<Domain::VendorSlaValue> vendorSlaFromSql(const QVariant &value);

} // namespace Storage
