#pragma once

#include "models/domain/capacity/allocation.h"
#include "models/domain/sla/slapolicy.h"
#include "models/domain/sla/slaresult.h"
#include "models/domain/ticket.h"
#include "models/domain/worklog.h"

#include <QByteArray>
#include <QVector>

namespace Models {

/// The canonical rows a governance review's numbers come from, and their SHA-256. Each row is one
/// line of fixed formatting (ids and ISO dates, integers only, '|' between fields, text with '\',
/// '|' and line ends escaped) starting with a letter for its table; the fingerprint is taken over
/// the rows sorted, so the order a query returns them in does not matter. The same data gives the
/// same fingerprint; any changed field of a ticket, its SLA result, a worklog, the budget, an
/// allocation or a note changes it.
class ReviewFingerprint
{
public:
    static QByteArray ticketRow(const Domain::Ticket &ticket);
    static QByteArray slaRow(const QString &ticketKey, const Domain::SlaResult &result);
    static QByteArray worklogRow(const Domain::Worklog &worklog);
    static QByteArray budgetRow(const QDate &month, qint64 committedMinutes, qint64 usedMinutes);
    static QByteArray allocationRow(const Domain::Allocation &allocation);
    static QByteArray policyRow(const Domain::SlaPolicy &policy);
    static QByteArray noteRow(const QString &what, const QString &text);

    /// Lower-case hex SHA-256 over `rows` sorted, each followed by '\n'.
    static QByteArray of(QVector<QByteArray> rows);
    /// Text made safe for one field.
    static QByteArray field(const QString &text);
};

} // namespace Models
