#pragma once

#include "models/domain/supportmodel.h"

#include <QString>
#include <QVector>
#include <optional>

namespace Domain {

/// What kind of work a ticket is.
enum class TicketKind { Incident, Problem, ServiceRequest, Change, Enhancement };
inline constexpr int TicketKindCount = 5;
QString ticketKindId(TicketKind kind);
bool ticketKindFromId(const QString &id, TicketKind *kind);

/// One entry of a ticket's status history. `at` is UTC epoch seconds.
struct StatusChange
{
    qint64 at = 0;
    QString status;
    /// Severity in force from this change on; 0 when the change did not touch the severity.
    int severity = 0;

    bool operator==(const StatusChange &o) const
    {
        return at == o.at && status == o.status && severity == o.severity;
    }
    bool operator!=(const StatusChange &o) const { return !(*this == o); }
};

/// An SLA value the source tool computed itself (Jira Service Management's "Time to first
/// response" holds the time *remaining* to the goal, negative once breached). Kept as imported
/// data to compare with our own evaluation; never used to derive an instant.
struct VendorSlaValue
{
    QString metric;                         ///< the column it came from, e.g. "Time to first response"
    QString text;                           ///< as written
    std::optional<qint64> remainingSeconds; ///< parsed from h:mm; negative when over the goal
    std::optional<bool> breached;

    bool operator==(const VendorSlaValue &o) const
    {
        return metric == o.metric && text == o.text && remainingSeconds == o.remainingSeconds &&
               breached == o.breached;
    }
    bool operator!=(const VendorSlaValue &o) const { return !(*this == o); }
};

/// A ticket as the SLA engine and the views see it. Instants are UTC epoch seconds.
struct Ticket
{
    QString key; ///< the source's key, e.g. INC0000045 or SUP-12
    TicketKind kind = TicketKind::Incident;
    int severity = 3; ///< 1 (critical) … 4 (low): the severity in force at the end
    ServiceLevel serviceLevel = ServiceLevel::L1;
    QString activity; ///< catalogue activity id, may be empty
    QString title;
    QString status; ///< the current status as the source writes it
    qint64 created = 0;
    std::optional<qint64> firstResponse;
    std::optional<qint64> resolved;
    QVector<StatusChange> history;     ///< ordered by `at`
    QVector<VendorSlaValue> vendorSla; ///< the source's own SLA values, as imported

    bool operator==(const Ticket &o) const;
    bool operator!=(const Ticket &o) const { return !(*this == o); }
};

} // namespace Domain
