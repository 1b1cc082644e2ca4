#include "models/burndownloader.h"

#include "models/capacitytext.h"
#include "models/storage/budgetrepository.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/database.h"
#include "models/storage/worklogrepository.h"
#include "models/storagetext.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace Models {

QVector<Domain::Worklog> BurnDownData::worklogsOn(const QDate &date) const
{
    QVector<Domain::Worklog> out;
    std::copy_if(monthWorklogs.cbegin(), monthWorklogs.cend(), std::back_inserter(out),
                 [&date](const Domain::Worklog &w) { return w.date == date; });
    return out;
}

QString BurnDownLoader::Error::message(const Domain::Engagement &engagement, const QDate &month) const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::InvalidMonth:
        return tr("Choose a month");
    case Problem::MonthBeforeStart:
        return tr("%1 started in %2; there is no budget for %3")
            .arg(engagement.key, CapacityText::month(engagement.start), CapacityText::month(month));
    case Problem::Storage:
        return StorageText::message(storage);
    }
    return {};
}

BurnDownLoader::BurnDownLoader(const Storage::Database &database) : m_database(database) {}

QDate BurnDownLoader::todayIn(const Domain::Engagement &engagement, const QDateTime &now)
{
    const QTimeZone zone(engagement.timeZone);
    return zone.isValid() ? now.toTimeZone(zone).date() : now.toUTC().date();
}

Storage::StorageError BurnDownLoader::workingDaysFor(const Domain::Engagement &engagement,
                                                     Domain::WorkingDayPredicate *out) const
{
    // The one place that decides which calendar a budget burns on.
    Domain::BusinessCalendar calendar;
    if (Storage::StorageError error = Storage::CalendarRepository(m_database).calendarFor(engagement.id, &calendar))
        return error;
    *out = Domain::WorkingDays::of(calendar);
    return {};
}

BurnDownLoader::Error BurnDownLoader::load(const Domain::Engagement &engagement, const QDate &month,
                                           const QDateTime &now, BurnDownData *out) const
{
    if (!month.isValid())
        return {Problem::InvalidMonth, {}};
    const QDate first = Domain::WorkingDays::monthStart(month);
    const QDate startMonth = Domain::WorkingDays::monthStart(engagement.start);
    if (startMonth.isValid() && first < startMonth)
        return {Problem::MonthBeforeStart, {}};

    BurnDownData data;
    data.engagement = engagement;
    data.month = first;
    data.today = todayIn(engagement, now);
    if (Storage::StorageError error = Storage::BudgetRepository(m_database).policyFor(engagement, &data.policy))
        return {Problem::Storage, error};
    if (Storage::StorageError error = workingDaysFor(engagement, &data.isWorkingDay))
        return {Problem::Storage, error};
    // History from the start is what the carry needs; nothing after the month matters.
    QVector<Domain::Worklog> worklogs;
    const QDate monthEnd = Domain::WorkingDays::monthEnd(first);
    if (Storage::StorageError error = Storage::WorklogRepository(m_database).list(engagement.id, engagement.start, monthEnd, &worklogs))
        return {Problem::Storage, error};
    const QDate ledgerStart = startMonth.isValid() ? startMonth : first;
    data.ledger = Domain::BudgetLedger::compute(data.policy, ledgerStart, first, worklogs);

    auto burnDownOf = [&](const QDate &m) {
        Domain::BurnDownInput input;
        if (const Domain::LedgerMonth *ledgerMonth = data.ledger.month(m))
            input.setBudget(*ledgerMonth);
        input.month = m;
        input.policy = data.policy;
        input.worklogs = worklogs;
        input.isWorkingDay = data.isWorkingDay;
        input.today = data.today;
        input.historyStart = engagement.start;
        return Domain::BurnDown::compute(input);
    };
    if (const Domain::LedgerMonth *ledgerMonth = data.ledger.month(first))
        data.ledgerMonth = *ledgerMonth;
    data.burnDown = burnDownOf(first);
    for (int i = 1; i <= m_previousMonths; ++i) {
        const QDate previous = first.addMonths(-i);
        if (startMonth.isValid() && previous < startMonth)
            break;
        data.previousMonths.append(burnDownOf(previous));
    }
    std::copy_if(worklogs.cbegin(), worklogs.cend(), std::back_inserter(data.monthWorklogs),
                 [&first](const Domain::Worklog &w) { return w.date >= first; });
    *out = std::move(data);
    return {};
}

} // namespace Models
