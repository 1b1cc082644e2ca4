#include "models/storage/demodatawriter.h"

#include "models/storage/calendarrepository.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/transactionguard.h"
#include "models/storage/worklogrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Storage {

DemoDataWriter::DemoDataWriter(const Database &database) : m_database(database) {}

StorageError DemoDataWriter::writePeople(const Domain::DemoPortfolio &portfolio) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO people (name, role, minutes_per_week, part_time_percent, on_call) "
                             "VALUES (:name, :role, :minutes, :part, :oncall)"));
    for (const Domain::DemoPerson &person : portfolio.people) {
        q.bindValue(QStringLiteral(":name"), person.name);
        q.bindValue(QStringLiteral(":role"), Domain::roleId(person.role));
        q.bindValue(QStringLiteral(":minutes"), person.minutesPerWeek);
        q.bindValue(QStringLiteral(":part"), person.partTimePercent);
        q.bindValue(QStringLiteral(":oncall"), person.onCall ? 1 : 0);
        if (!q.exec())
            return queryError(q, QStringLiteral("add demo person"), person.name);
    }
    return {};
}

StorageError DemoDataWriter::writeBudgets(qint64 engagementId, const Domain::DemoPortfolio::EngagementData &data) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO monthly_budgets (engagement_id, month, committed_minutes) "
                             "VALUES (:e, :month, :minutes)"));
    QDate first = data.worklogs.isEmpty() ? data.engagement.start : data.worklogs.constFirst().date;
    const QDate last = data.worklogs.isEmpty() ? first : data.worklogs.constLast().date;
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
        q.bindValue(QStringLiteral(":e"), engagementId);
        q.bindValue(QStringLiteral(":month"), month.toString(QStringLiteral("yyyy-MM")));
        q.bindValue(QStringLiteral(":minutes"), data.engagement.committedMinutesPerMonth);
        if (!q.exec())
            return queryError(q, QStringLiteral("add demo budget"), data.engagement.key);
    }
    return {};
}

StorageError DemoDataWriter::writeCalendarAndPolicy(const Domain::Engagement &engagement,
                                                    const Domain::DemoPortfolio::EngagementData &data) const
{
    Domain::BusinessCalendar calendar = CalendarRepository::defaultCalendar(engagement.timeZone);
    calendar.setName(QStringLiteral("%1 office hours").arg(engagement.key));
    if (StorageError error = CalendarRepository(m_database).saveCalendarFor(engagement.id, calendar))
        return error;
    Domain::SlaPolicyHistory policy = SlaPolicyRepository::defaultPolicy(engagement);
    policy.setName(QStringLiteral("%1 SLA").arg(engagement.key));
    if (data.slaChange.isValid() && data.slaChange > engagement.start) {
        Domain::SlaPolicy tighter = policy.versions().constFirst();
        tighter.effectiveFrom = data.slaChange;
        for (int severity = 1; severity <= Domain::SlaPolicy::SeverityCount; ++severity) {
            Domain::SlaSeverityTarget &target = tighter.target(severity);
            target.responseMinutes = target.responseMinutes * data.slaChangePercent / 100;
            target.resolutionMinutes = target.resolutionMinutes * data.slaChangePercent / 100;
        }
        policy.addVersion(tighter);
    }
    return SlaPolicyRepository(m_database).save(engagement.id, policy);
}

StorageError DemoDataWriter::write(const Domain::DemoPortfolio &portfolio) const
{
    if (m_database.isReadOnly())
        return readOnlyError(QStringLiteral("create demo data"), m_database.path());
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (StorageError error = writePeople(portfolio))
        return error;
    const EngagementRepository engagements(m_database);
    const TicketRepository tickets(m_database);
    const WorklogRepository worklogs(m_database);
    for (const Domain::DemoPortfolio::EngagementData &data : portfolio.engagements) {
        Domain::Engagement engagement = data.engagement;
        if (StorageError error = engagements.insert(&engagement))
            return error;
        if (StorageError error = tickets.upsert(engagement.id, sourceName(), data.tickets, nullptr))
            return error;
        if (StorageError error = worklogs.upsert(engagement.id, sourceName(), data.worklogs, nullptr))
            return error;
        if (StorageError error = writeBudgets(engagement.id, data))
            return error;
        if (StorageError error = writeCalendarAndPolicy(engagement, data))
            return error;
    }
    if (!transaction.commit())
        return {StorageError::Kind::Query, QStringLiteral("create demo data"), m_database.path(),
                db.lastError().text()};
    return {};
}

} // namespace Storage
