#pragma once

#include "models/domain/ticket.h"

#include <QString>
#include <QVector>

namespace Storage {

/// The tickets.vendor_sla text of a ticket's own SLA values (schema 4): a compact JSON array, ''
/// when there are none. One definition for every path that writes the column, so that a re-import
/// through any of them finds the same text and writes nothing.
QString vendorSlaToSql(const QVector<Domain::VendorSlaValue> &values);

} // namespace Storage
