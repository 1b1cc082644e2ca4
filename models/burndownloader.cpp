#include "models/burndownloader.h"

#include "models/budgetloader.h"
#include "models/capacitytext.h"
#include "models/domaintext.h"
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
            .arg(engagement.key, DomainText::monthInSentence(engagement.start),
                 DomainText::monthInSentence(month));
    case Problem::Storage:
        return StorageText::message(storage);
    }
    return {};
}

BurnDownLoader::BurnDownLoader(const Storage::Database &database) : m_database(database)
{
}

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
    if (Storage::StorageError error =
            Storage::CalendarRepository(m_database).calendarFor(engagement.id, &calendar))
        return error;
    *out = Domain::WorkingDays::of(calendar);
    return {};
}

Storage::StorageError BurnDownLoader::policyFor(const Domain::Engagement &engagement,
                                                Domain::BudgetPolicy *out) const
{
    return BudgetLoader(m_database).load(engagement, out);
}

namespace {

/// The burn-down of month `m` from the ledger's figures.
Domain::BurnDown burnDownOf(const LedgerData &data, const QDate &m)
{
    Domain::BurnDownInput input;
    if (const Domain::LedgerMonth *ledgerMonth = data.ledger.month(m))
        input.setBudget(*ledgerMonth);
    input.month = m;
    input.policy = data.policy;
    input.worklogs = data.worklogs;
    input.isWorkingDay = data.isWorkingDay;
    input.today = data.today;
    input.historyStart = data.engagement.start;
    return Domain::BurnDown::compute(input);
}

} // namespace

BurnDownLoader::Error BurnDownLoader::loadLedger(const Domain::Engagement &engagement, const QDate &lastMonth,
                                                 const QDateTime &now, LedgerData *out) const
{
    if (!lastMonth.isValid())
        return {Problem::InvalidMonth, {}};
    const QDate last = Domain::WorkingDays::monthStart(lastMonth);
    const QDate startMonth = Domain::WorkingDays::monthStart(engagement.start);
    if (startMonth.isValid() && last < startMonth)
        return {Problem::MonthBeforeStart, {}};

    LedgerData data;
    data.engagement = engagement;
    data.today = todayIn(engagement, now);
    if (Storage::StorageError error =
            BudgetLoader(m_database).load(engagement, &data.policy, &data.budgetStamp))
        return {Problem::Storage, error};
    Domain::WorkingDayPredicate calendar;
    if (Storage::StorageError error = workingDaysFor(engagement, &calendar))
        return {Problem::Storage, error};
    // Days outside the contract's period are not working days of the budget: a first month that
    // starts on the 10th burns its (pro rata) budget from the 10th.
    const Domain::BudgetPolicy policy = data.policy;
    data.isWorkingDay = [calendar, policy](const QDate &d) { return policy.isInPeriod(d) && calendar(d); };
    // History from the start month is what the carry needs (earlier days of that month are
    // outside the contract, but shown); nothing after the last month matters.
    const QDate first = startMonth.isValid() ? startMonth : last;
    if (Storage::StorageError error =
            Storage::WorklogRepository(m_database)
                .list(engagement.id, first, Domain::WorkingDays::monthEnd(last), &data.worklogs))
        return {Problem::Storage, error};

    // Months that have not closed end as the forecast says: the central pace up to today (the
    // projection does not depend on the budget, so one pass finds every month's).
    QMap<QDate, qint64> projected;
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        const Domain::LedgerMonth::State state = Domain::BudgetLedger::stateOf(data.policy, m, data.today);
        if (state == Domain::LedgerMonth::State::Open || state == Domain::LedgerMonth::State::NotStarted) {
            const Domain::BurnDown b = burnDownOf(data, m); // the empty ledger gives a budget of 0
            projected.insert(m, qMax<qint64>(b.used, qRound64(-b.forecastAtMonthEnd)));
        }
    }
    data.ledger =
        Domain::BudgetLedger::compute(data.policy, first, last, data.worklogs, data.today, projected);
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        data.splits.insert(m,
                           Domain::BudgetSplit::compute(data.policy, data.worklogs, m,
                                                        qMin(Domain::WorkingDays::monthEnd(m), data.today)));
    }
    *out = std::move(data);
    return {};
}

BurnDownLoader::Error BurnDownLoader::load(const Domain::Engagement &engagement, const QDate &month,
                                           const QDateTime &now, BurnDownData *out) const
{
    if (!month.isValid())
        return {Problem::InvalidMonth, {}};
    const QDate first = Domain::WorkingDays::monthStart(month);
    LedgerData ledger;
    if (Error error = loadLedger(engagement, first, now, &ledger))
        return error;

    BurnDownData data;
    data.engagement = engagement;
    data.month = first;
    data.today = ledger.today;
    data.policy = ledger.policy;
    data.budgetStamp = ledger.budgetStamp;
    data.isWorkingDay = ledger.isWorkingDay;
    if (const Domain::LedgerMonth *ledgerMonth = ledger.ledger.month(first))
        data.ledgerMonth = *ledgerMonth;
    data.split = ledger.splits.value(first);
    data.burnDown = burnDownOf(ledger, first);
    const QDate startMonth = Domain::WorkingDays::monthStart(engagement.start);
    for (int i = 1; i <= m_previousMonths; ++i) {
        const QDate previous = first.addMonths(-i);
        if (startMonth.isValid() && previous < startMonth)
            break;
        data.previousMonths.append(burnDownOf(ledger, previous));
    }
    // Only what was known on `today`: a worklog dated later is not shown either.
    std::copy_if(
        ledger.worklogs.cbegin(), ledger.worklogs.cend(), std::back_inserter(data.monthWorklogs),
        [&first, &data](const Domain::Worklog &w) { return w.date >= first && w.date <= data.today; });
    data.ledger = std::move(ledger.ledger);
    *out = std::move(data);
    return {};
}

} // namespace Models
