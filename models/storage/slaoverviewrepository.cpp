#include "models/storage/slaoverviewrepository.h"

#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"

#include <QSqlQuery>

namespace Storage {

namespace {
/// ISO text of the first day of `month`'s month; an invalid date leaves that end open.
QVariant monthBound(const QDate &month, bool from)
{
    if (!month.isValid())
        return from ? QStringLiteral("0000-00-00") : QStringLiteral("9999-99-99");
    return QDate(month.year(), month.month(), 1).toString(Qt::ISODate);
}
} // namespace

SlaOverviewRepository::SlaOverviewRepository(const Database &database) : m_database(database) {}

StorageError SlaOverviewRepository::openResults(qint64 engagementId, int severity, QVector<OpenSlaResult> *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // compliance_month is NULL exactly while a ticket is open: the (engagement, month) index finds them.
    q.prepare(QStringLiteral("SELECT %1, t.title, t.status, t.created_at FROM sla_results r "
                             "JOIN tickets t ON t.id = r.ticket_id WHERE r.engagement_id = :e "
                             "AND r.compliance_month IS NULL AND r.resolution_at IS NULL AND r.state <> :invalid "
                             "AND (:severity = 0 OR r.severity = :severity2) ORDER BY r.ticket_id")
                  .arg(SlaResultRepository::resultColumns()));
    q.bindValue(QStringLiteral(":e"), engagementId);
    q.bindValue(QStringLiteral(":invalid"), Domain::slaStateId(Domain::SlaState::Invalid));
    q.bindValue(QStringLiteral(":severity"), severity);
    q.bindValue(QStringLiteral(":severity2"), severity);
    if (!q.exec())
        return queryError(q, QStringLiteral("read open SLA results"), QString::number(engagementId));
    out->clear();
    while (q.next()) {
        OpenSlaResult open;
        open.stored = SlaResultRepository::resultFromRow(q);
        open.title = q.value(23).toString();
        open.status = q.value(24).toString();
        open.created = q.value(25).toLongLong();
        out->append(open);
    }
    return {};
}

StorageError SlaOverviewRepository::businessTimes(qint64 engagementId, const QDate &fromMonth, const QDate &toMonth,
                                                  int severity, QVector<StoredBusinessTimes> *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT severity, response_outcome, response_business_seconds, resolution_outcome, "
                             "resolution_business_seconds FROM sla_results WHERE engagement_id = :e "
                             "AND compliance_month >= :from AND compliance_month <= :to "
                             "AND (:severity = 0 OR severity = :severity2)"));
    q.bindValue(QStringLiteral(":e"), engagementId);
    q.bindValue(QStringLiteral(":from"), monthBound(fromMonth, true));
    q.bindValue(QStringLiteral(":to"), monthBound(toMonth, false));
    q.bindValue(QStringLiteral(":severity"), severity);
    q.bindValue(QStringLiteral(":severity2"), severity);
    if (!q.exec())
        return queryError(q, QStringLiteral("read SLA business times"), QString::number(engagementId));
    const QString met = SlaResultRepository::outcomeId(Domain::SlaClockOutcome::Met);
    const QString breached = SlaResultRepository::outcomeId(Domain::SlaClockOutcome::Breached);
    const auto decided = [&](const QVariant &v) {
        const QString id = v.toString();
        return id == met || id == breached;
    };
    out->clear();
    while (q.next()) {
        StoredBusinessTimes t;
        t.severity = q.value(0).toInt();
        t.responseDecided = decided(q.value(1));
        t.responseSeconds = q.value(2).toLongLong();
        t.resolutionDecided = decided(q.value(3));
        t.resolutionSeconds = q.value(4).toLongLong();
        out->append(t);
    }
    return {};
}

} // namespace Storage
