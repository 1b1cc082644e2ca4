#include "models/storage/demodatawriter.h"

#include "models/domain/calendar/defaultcalendar.h"
#include "models/storage/allocationrepository.h"
#include "models/storage/budgetrepository.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/peoplerepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/transactionguard.h"
#include "models/storage/worklogrepository.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Storage {

namespace {

/// Two staggered summer weeks for everybody and a sick day now and then: capacity varies by month.
QVector<Domain::Absence> demoAbsences(int personIndex, const QDate &first)
{
    QDate july(first.year(), 7, 1);
    if (july < first)
        july = july.addYears(1);
    QDate monday = july.addDays((8 - july.dayOfWeek()) % 7).addDays(7 * (personIndex % 4));
    QVector<Domain::Absence> absences = {{monday, monday.addDays(11), Domain::AbsenceKind::Vacation}};
    if (personIndex % 3 == 1) {
        const QDate sick = first.addMonths(personIndex % 12).addDays(9);
        absences.append({sick, sick.addDays(1), Domain::AbsenceKind::SickLeave});
        std::sort(absences.begin(), absences.end(),
                  [](const Domain::Absence &a, const Domain::Absence &b) { return a.from < b.from; });
    }
    return absences;
}

/// Per engagement a different rollover rule, so the ledger explanation has something to say.
Domain::RolloverRule demoRule(int engagementIndex)
{
    Domain::RolloverRule rule;
    switch (engagementIndex % 4) {
    case 0:
        rule.carry = Domain::RolloverRule::Carry::UpToMinutes;
        rule.capMinutes = 10 * 60;
        rule.expiryMonths = 3;
        break;
    case 1:
        rule.carry = Domain::RolloverRule::Carry::UpToPercent;
        rule.capPercent = 15;
        rule.expiryMonths = 2;
        rule.deductOverrun = true;
        break;
    case 2:
        rule.deductOverrun = true;
        break;
    default:
        rule.carry = Domain::RolloverRule::Carry::UpToPercent;
        rule.capPercent = 10;
        rule.expiryMonths = 6;
        break;
    }
    return rule;
}

/// The demo team's absences, a budget policy per engagement and allocations for the twelve demo
/// months plus three ahead: the committed hours split over the people who worked there (one
/// architect over-booked two months ahead, so the allocation page has a warning to show).
StorageError writeCapacityPlan(const Database &database, const Domain::DemoPortfolio &portfolio,
                               const QVector<Domain::Engagement> &engagements)
{
    QDate first, last;
    for (const auto &data : portfolio.engagements) {
        for (const Domain::Worklog &w : data.worklogs) {
            first = first.isValid() ? qMin(first, w.date) : w.date;
            last = last.isValid() ? qMax(last, w.date) : w.date;
        }
    }
    if (!first.isValid())
        return {};
    first = QDate(first.year(), first.month(), 1);
    last = QDate(last.year(), last.month(), 1);
    const PeopleRepository people(database);
    // writePeople() added them without absences: each save names the version it added.
    QVector<Domain::Person> added;
    if (StorageError error = people.all(&added))
        return error;
    QHash<QString, Domain::ChangeStamp> stamps;
    for (const Domain::Person &person : std::as_const(added))
        stamps.insert(person.name, person.stamp);
    for (int i = 0; i < portfolio.people.size(); ++i) {
        const Domain::DemoPerson &demo = portfolio.people.at(i);
        Domain::Person person;
        person.name = demo.name;
        person.role = demo.role;
        person.onCall = demo.onCall;
        person.contractedMinutesPerWeek = demo.minutesPerWeek;
        person.partTimePercent = demo.partTimePercent;
        person.absences = demoAbsences(i, first);
        person.stamp = stamps.value(person.name);
        if (StorageError error = people.save(person))
            return error;
    }
    const BudgetRepository budgets(database);
    QVector<Domain::Allocation> allocations;
    for (int e = 0; e < engagements.size() && e < portfolio.engagements.size(); ++e) {
        const Domain::Engagement &engagement = engagements.at(e);
        Domain::BudgetPolicy policy;
        if (StorageError error = budgets.policyFor(engagement, &policy))
            return error;
        policy.setRolloverRule(demoRule(e));
        if (StorageError error = budgets.savePolicy(engagement.id, policy))
            return error;
        QStringList team;
        for (const Domain::Worklog &w : portfolio.engagements.at(e).worklogs) {
            if (!team.contains(w.person))
                team.append(w.person);
        }
        std::sort(team.begin(), team.end());
        for (QDate month = first; month <= last.addMonths(3); month = month.addMonths(1)) {
            if (!engagement.isActiveOn(month.addDays(month.daysInMonth() - 1)))
                continue;
            const int hours = policy.committedMinutes(month) / 60;
            for (int p = 0; p < team.size(); ++p) {
                int share = hours / int(team.size()) + (p < hours % int(team.size()) ? 1 : 0);
                if (month == last.addMonths(2) && engagement.key == QLatin1String("BALTICHOME") &&
                    team.at(p) == QLatin1String("Lena Holm"))
                    share += 150;
                allocations.append({team.at(p), engagement.key, month, share * 60});
            }
        }
    }
    return AllocationRepository(database).setMany(allocations);
}

} // namespace

DemoDataWriter::DemoDataWriter(const Database &database) : m_database(database)
{
}

StorageError DemoDataWriter::writePeople(const Domain::DemoPortfolio &portfolio) const
{
    QSqlQuery q(m_database.connection());
    if (!q.prepare(
            QStringLiteral("INSERT INTO people (name, role, minutes_per_week, part_time_percent, on_call) "
                           "VALUES (:name, :role, :minutes, :part, :oncall)")))
        return queryError(q, QStringLiteral("add demo person"));
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

StorageError DemoDataWriter::writeCalendarAndPolicy(const Domain::Engagement &engagement,
                                                    const Domain::DemoPortfolio::EngagementData &data) const
{
    Domain::BusinessCalendar calendar = Domain::DefaultCalendar::forZone(engagement.timeZone);
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
    if (!transaction.isActive())
        return transaction.beginError(QStringLiteral("create demo data"), m_database.path());
    if (StorageError error = writePeople(portfolio))
        return error;
    const EngagementRepository engagements(m_database);
    const TicketRepository tickets(m_database);
    const WorklogRepository worklogs(m_database);
    QVector<Domain::Engagement> stored;
    for (const Domain::DemoPortfolio::EngagementData &data : portfolio.engagements) {
        Domain::Engagement engagement = data.engagement;
        if (StorageError error = engagements.insert(&engagement))
            return error;
        stored.append(engagement);
        if (StorageError error = tickets.upsert(engagement.id, sourceName(), data.tickets, nullptr))
            return error;
        if (StorageError error = worklogs.upsert(engagement.id, sourceName(), data.worklogs, nullptr))
            return error;
        if (StorageError error = writeCalendarAndPolicy(engagement, data))
            return error;
    }
    if (StorageError error = writeCapacityPlan(m_database, portfolio, stored))
        return error;
    if (!transaction.commit())
        return {StorageError::Kind::Query, QStringLiteral("create demo data"), m_database.path(),
                db.lastError().text()};
    return {};
}

} // namespace Storage
