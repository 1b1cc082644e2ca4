#include "models/supportmodelwhatifloader.h"

#include "models/burndownloader.h"
#include "models/capacitytext.h"
#include "models/domaintext.h"
#include "models/storage/allocationrepository.h"
#include "models/storage/budgetrepository.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/database.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/worklogrepository.h"
#include "models/storagetext.h"

#include <QSet>

namespace Models {

QString SupportModelWhatIfLoader::Error::message(const Domain::Engagement &engagement) const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::MonthsOutOfRange:
        return tr("The number of months must be between 1 and %1").arg(MaxMonths);
    case Problem::NoCompleteMonth:
        return tr("%1 started in %2 and has no complete month to replay yet")
            .arg(engagement.key, DomainText::monthInSentence(engagement.start));
    case Problem::Storage:
        return StorageText::message(storage);
    }
    return {};
}

SupportModelWhatIfLoader::SupportModelWhatIfLoader(const Storage::Database &database) : m_database(database)
{
}

SupportModelWhatIfLoader::Error SupportModelWhatIfLoader::load(const Domain::Engagement &engagement,
                                                               int months, const QDateTime &now,
                                                               SupportModelWhatIfData *out,
                                                               const std::function<bool()> &cancelled) const
{
    if (months < 1 || months > MaxMonths)
        return {Problem::MonthsOutOfRange, {}};
    const QDate today = BurnDownLoader::todayIn(engagement, now);
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    QDate firstMonth = lastMonth.addMonths(-(months - 1));
    if (engagement.start.isValid()) {
        const QDate startMonth(engagement.start.year(), engagement.start.month(), 1);
        if (lastMonth < startMonth)
            return {Problem::NoCompleteMonth, {}};
        firstMonth = qMax(firstMonth, startMonth);
    }

    Domain::WhatIfInput input;
    input.engagement = engagement;
    input.firstMonth = firstMonth;
    input.lastMonth = lastMonth;
    input.now = now.toSecsSinceEpoch();
    const QDate lastDay = lastMonth.addMonths(1).addDays(-1);
    if (Storage::StorageError error =
            Storage::CalendarRepository(m_database).calendarFor(engagement.id, &input.calendar))
        return {Problem::Storage, error};
    if (Storage::StorageError error =
            Storage::BudgetRepository(m_database).policyFor(engagement, &input.budget))
        return {Problem::Storage, error};
    QVector<Domain::Allocation> allocations;
    if (Storage::StorageError error =
            Storage::AllocationRepository(m_database).list(firstMonth, lastMonth, &allocations))
        return {Problem::Storage, error};
    for (const Domain::Allocation &a : allocations) {
        if (a.engagementKey == engagement.key)
            input.allocatedMinutes[QDate(a.month.year(), a.month.month(), 1)] += a.minutes;
    }
    if (Storage::StorageError error =
            Storage::WorklogRepository(m_database).list(engagement.id, firstMonth, lastDay, &input.worklogs))
        return {Problem::Storage, error};
    Domain::SlaPolicyHistory history;
    bool stored = false;
    if (Storage::StorageError error =
            Storage::SlaPolicyRepository(m_database).historyFor(engagement.id, &history, &stored))
        return {Problem::Storage, error};
    for (Domain::SupportModel model : Domain::allSupportModels()) {
        if (stored) {
            input.policies[std::size_t(model)] = history;
        } else {
            // Without a stored policy each model brings its own default targets.
            Domain::Engagement asModel = engagement;
            asModel.model = model;
            input.policies[std::size_t(model)] = Storage::SlaPolicyRepository::defaultPolicy(asModel);
        }
    }

    // Only the tickets created in the period (its instants as the domain computes them, through
    // the creation index): the whole engagement was a million tickets read on every engagement
    // change. They are replayed a chunk at a time, so memory holds a chunk, not the period (a
    // quarter of a million tickets on the 1M bench). The domain also asks whether a worklog of the
    // period on a non-working day is on a severity-1 ticket, which may be older: the tickets those
    // worklogs name that the period did not bring are read by key afterwards.
    Domain::WhatIfReplay replay(input);
    QSet<QString> dayOffKeys;
    for (const Domain::Worklog &w : std::as_const(input.worklogs)) {
        if (!w.ticketKey.isEmpty() && !input.calendar.isWorkingDay(w.date))
            dayOffKeys.insert(w.ticketKey);
    }
    bool stopped = false;
    const Storage::TicketRepository tickets(m_database);
    if (Storage::StorageError error = tickets.forEachCreatedChunk(
            engagement.id, input.calendar.startOfDay(firstMonth),
            input.calendar.startOfDay(lastDay.addDays(1)), m_chunkSize, [&](QVector<Domain::Ticket> &chunk) {
                for (const Domain::Ticket &t : std::as_const(chunk))
                    dayOffKeys.remove(t.key);
                replay.addTickets(chunk);
                stopped = cancelled && cancelled();
                return !stopped;
            }))
        return {Problem::Storage, error};
    if (stopped) {
        *out = SupportModelWhatIfData();
        return {};
    }
    for (const QString &key : std::as_const(dayOffKeys)) {
        Domain::Ticket older;
        const Storage::StorageError error = tickets.find(engagement.id, key, &older);
        if (error && error.kind != Storage::StorageError::Kind::NotFound)
            return {Problem::Storage, error};
        if (!error && older.key == key && older.severity == 1)
            replay.addTickets({older});
    }

    SupportModelWhatIfData data;
    data.engagement = engagement;
    data.firstMonth = firstMonth;
    data.lastMonth = lastMonth;
    data.months = (lastMonth.year() - firstMonth.year()) * 12 + lastMonth.month() - firstMonth.month() + 1;
    data.policyStored = stored;
    data.calendarName = input.calendar.name();
    data.calendarAlwaysOpen = input.calendar.isAlwaysOpen();
    data.results = replay.results();
    *out = std::move(data);
    return {};
}

} // namespace Models
