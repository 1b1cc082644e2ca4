#include "models/reviewpackloader.h"

#include "models/allocationplanloader.h"
#include "models/capacitytext.h"
#include "models/domaintext.h"
#include "models/reviewfingerprint.h"
#include "models/reviewfingerprintrows.h"
#include "models/reviewnotesloader.h"
#include "models/reviewpackbreaches.h"
#include "models/reviewpacklines.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/ticketsubsets.h"
#include "models/storagetext.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace Models {

namespace {

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

QTimeZone zoneOf(const Domain::Engagement &engagement)
{
    const QTimeZone zone(engagement.timeZone);
    return zone.isValid() ? zone : QTimeZone::utc();
}

/// The first instant of `date` and of the day after `end` in the engagement's zone.
qint64 startOf(const QDate &date, const QTimeZone &zone)
{
    return QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch();
}

bool isDeliveredWork(const Domain::Ticket &t)
{
    return t.kind == Domain::TicketKind::Change || t.kind == Domain::TicketKind::Enhancement ||
           t.serviceLevel == Domain::ServiceLevel::L3 || t.serviceLevel == Domain::ServiceLevel::OptionalL3;
}

bool isNotable(const Domain::Ticket &t)
{
    return (t.kind == Domain::TicketKind::Incident || t.kind == Domain::TicketKind::Problem) &&
           t.severity <= 2;
}

/// Budget figures of `figures.period` from the ledger's months.
void budgetFigures(const Domain::BudgetLedger &ledger, ReviewFigures *figures)
{
    const QVector<QDate> months = figures->period.months();
    bool first = true;
    for (const QDate &month : months) {
        const Domain::LedgerMonth *m = ledger.month(month);
        if (!m)
            continue;
        figures->budgetKnown = true;
        figures->committed += m->committed;
        figures->used += m->used;
        figures->forfeited += m->forfeited;
        if (first)
            figures->carriedIn = m->carriedIn;
        figures->carriedOut = m->carriedOut;
        figures->budgetProjected = figures->budgetProjected || m->state != Domain::LedgerMonth::State::Closed;
        first = false;
    }
}

/// SLA figures of `figures.period`: the stored monthly compliance summed over its months.
void slaFigures(const SlaOverview &overview, ReviewFigures *figures)
{
    figures->slaKnown = true;
    const QVector<QDate> months = figures->period.months();
    for (int severity : overview.severities) {
        ReviewFigures::Sla s;
        s.severity = severity;
        for (const QDate &month : months) {
            s.breaches += overview.breachesIn(month, severity);
            const Domain::MonthlyCompliance *m = overview.complianceOf(month, severity);
            if (!m)
                continue;
            s.tickets += m->tickets;
            s.responseMet += m->responseMet;
            s.responseMeasured += m->responseMeasured;
            s.resolutionMet += m->resolutionMet;
            s.resolutionMeasured += m->resolutionMeasured;
            s.targetPercent = m->targetPercent;
        }
        figures->breaches += s.breaches;
        figures->sla.append(s);
    }
}

/// Opened, resolved and backlog of `figures.period`.
void ticketFigures(const QVector<Domain::Ticket> &tickets, const QTimeZone &zone, ReviewFigures *figures)
{
    const qint64 from = startOf(figures->period.start, zone);
    const qint64 to = startOf(figures->period.end.addDays(1), zone);
    for (const Domain::Ticket &t : tickets) {
        if (t.created >= from && t.created < to) {
            ++figures->opened;
            ++figures->openedByLevel[std::size_t(t.serviceLevel)];
            ++figures->openedByKind[std::size_t(t.kind)];
        }
        if (t.resolved && *t.resolved >= from && *t.resolved < to) {
            ++figures->resolved;
            ++figures->resolvedByLevel[std::size_t(t.serviceLevel)];
            ++figures->resolvedByKind[std::size_t(t.kind)];
        }
        if (t.created < to && (!t.resolved || *t.resolved >= to))
            ++figures->backlog;
    }
}

} // namespace

QString ReviewPackLoader::Error::message(const QString &engagementKey, const QString &periodText,
                                         const Domain::Engagement &engagement) const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::UnknownEngagement:
        return tr("There is no engagement with the key '%1'.").arg(engagementKey);
    case Problem::MalformedPeriod:
        return tr("'%1' is not a period: write a month (2026-10), a quarter (2026-Q3) or a range of days "
                  "(2026-10-01..2026-12-31).")
            .arg(periodText);
    case Problem::BeforeStart:
        return tr("The period %1 ends before %2 started on %3.")
            .arg(periodText, engagementKey, DomainText::date(engagement.start));
    case Problem::InFuture:
        return tr("The period %1 has not started yet: a review covers what has happened.").arg(periodText);
    case Problem::Storage:
        return StorageText::message(storage);
    case Problem::Loader:
        return detail;
    }
    return {};
}

ReviewPackLoader::ReviewPackLoader(const Storage::Database &database) : m_database(database)
{
}

ReviewPackLoader::Error ReviewPackLoader::load(const QString &engagementKey, const QString &periodText,
                                               const QDateTime &now, ReviewPack *out) const
{
    const std::optional<ReviewPeriod> period = ReviewPeriod::parse(periodText);
    if (!period)
        return {Problem::MalformedPeriod, {}, {}};
    return load(engagementKey, *period, now, out);
}

ReviewPackLoader::Error ReviewPackLoader::load(const QString &engagementKey, const ReviewPeriod &period,
                                               const QDateTime &now, ReviewPack *out) const
{
    if (!period.isValid())
        return {Problem::MalformedPeriod, {}, {}};
    std::optional<Domain::Engagement> engagement;
    if (Storage::StorageError error =
            Storage::EngagementRepository(m_database).findByKey(engagementKey, &engagement))
        return {error.kind == Storage::StorageError::Kind::NotFound ? Problem::UnknownEngagement
                                                                    : Problem::Storage,
                error,
                {}};
    if (!engagement)
        return {Problem::UnknownEngagement, {}, {}};
    ReviewPack pack;
    pack.engagement = *engagement;
    pack.period = period;
    pack.now = now.toUTC();
    pack.today = BurnDownLoader::todayIn(pack.engagement, now);
    if (period.start > pack.today)
        return {Problem::InFuture, {}, {}};
    if (pack.engagement.start.isValid() && period.end < pack.engagement.start)
        return {Problem::BeforeStart, {}, {}};
    pack.current.period = period;
    pack.previous.period = period.previous();
    pack.nextMonth = firstOfMonth(period.end).addMonths(1);

    // Notes first: the breaches carry their root-cause notes.
    if (Error e = loadNotes(&pack))
        return e;

    ReviewFingerprintRows rows;
    if (Error e = loadBudget(&pack, &rows))
        return e;
    if (Error e = loadSla(&pack))
        return e;
    if (Error e = loadTickets(&pack, &rows))
        return e;
    if (Error e = loadAllocation(&pack, &rows))
        return e;
    if (Error e = loadAppendix(&pack, &rows))
        return e;
    if (Storage::StorageError error = SupportModelDiagramLoader(m_database)
                                          .load(pack.engagement, firstOfMonth(period.end), &pack.diagram))
        return {Problem::Storage, error, {}};

    rows.append(ReviewFingerprint::noteRow(QStringLiteral("risks"), pack.risks));
    rows.append(ReviewFingerprint::noteRow(QStringLiteral("actions"), pack.actions));
    for (auto it = pack.rootCauses.cbegin(); it != pack.rootCauses.cend(); ++it)
        rows.append(ReviewFingerprint::noteRow(QStringLiteral("root-cause %1").arg(it.key()), it.value()));
    pack.fingerprintRows = rows.size();
    QString failure;
    if (!rows.hash(&pack.fingerprint, &failure))
        return {Problem::Loader, {}, failure};
    *out = std::move(pack);
    return {};
}

ReviewPackLoader::Error ReviewPackLoader::loadNotes(ReviewPack *pack) const
{
    Storage::StorageError error;
    const ReviewNotes notes = ReviewNotesLoader(m_database)
                                  .load(pack->engagement.key, pack->period.start, pack->period.end, &error);
    if (error)
        return {Problem::Storage, error, {}};
    pack->risks = notes.risks;
    pack->actions = notes.actions;
    pack->rootCauses = notes.rootCauses;
    return {};
}

ReviewPackLoader::Error ReviewPackLoader::loadBudget(ReviewPack *pack, ReviewFingerprintRows *rows) const
{
    const BurnDownLoader loader(m_database);
    LedgerData ledger;
    const QDate lastMonth = firstOfMonth(pack->period.end);
    if (BurnDownLoader::Error e = loader.loadLedger(pack->engagement, lastMonth, pack->now, &ledger))
        return {Problem::Loader, e.storage, e.message(pack->engagement, lastMonth)};
    pack->ledger = ledger.ledger;
    pack->historyLastMonth = lastMonth;
    pack->budgetRules = CapacityText::budgetRules(ledger.policy);
    budgetFigures(pack->ledger, &pack->current);
    budgetFigures(pack->ledger, &pack->previous);

    const QDate todayMonth = firstOfMonth(pack->today);
    for (const QDate &month : pack->period.months()) {
        if (month > todayMonth ||
            (pack->engagement.start.isValid() && month < firstOfMonth(pack->engagement.start)))
            continue;
        BurnDownData data;
        if (BurnDownLoader::Error e = loader.load(pack->engagement, month, pack->now, &data))
            return {Problem::Loader, e.storage, e.message(pack->engagement, month)};
        pack->burnDowns.append(std::move(data));
    }

    const QDate from = pack->previous.period.start;
    for (const Domain::Worklog &w : std::as_const(ledger.worklogs)) {
        if (w.date >= from && w.date <= pack->period.end)
            rows->append(ReviewFingerprint::worklogRow(w));
    }
    for (const Domain::LedgerMonth &m : pack->ledger.months()) {
        if (m.month >= firstOfMonth(from))
            rows->append(ReviewFingerprint::budgetRow(m.month, m.committed, m.used));
    }
    return {};
}

ReviewPackLoader::Error ReviewPackLoader::loadSla(ReviewPack *pack) const
{
    pack->hasSla = SlaOverviewLoader::hasSla(pack->engagement);
    if (!pack->hasSla)
        return {};
    SlaOverviewLoader loader(m_database);
    loader.setWithDistribution(false);
    // The pack lists the open tickets breached in the period (the counts are in openBreaches),
    // not every open ticket at risk: 100,000 on the 1M bench, 100 MB while they were read.
    const QTimeZone zone = zoneOf(pack->engagement);
    const qint64 periodStart = startOf(pack->period.start, zone);
    const qint64 periodEnd = startOf(pack->period.end.addDays(1), zone);
    loader.setAtRiskKept([periodStart, periodEnd](const SlaAtRiskTicket &t) {
        return t.breached && t.due >= periodStart && t.due < periodEnd;
    });
    const QDate to = firstOfMonth(pack->period.end);
    const QDate from = std::min(firstOfMonth(pack->previous.period.start),
                                to.addMonths(1 - SlaOverviewLoader::DefaultMonths));
    if (SlaOverviewLoader::Error e =
            loader.load(pack->engagement, from, to, 0, pack->now.toSecsSinceEpoch(), &pack->sla))
        return {Problem::Loader, e.storage, e.message(pack->engagement)};
    slaFigures(pack->sla, &pack->current);
    slaFigures(pack->sla, &pack->previous);
    return {};
}

ReviewPackLoader::Error ReviewPackLoader::loadTickets(ReviewPack *pack, ReviewFingerprintRows *rows) const
{
    // Only the tickets the two periods count (opened, resolved or open in them), not the
    // engagement's: on a million tickets a one-month pack read them all (2.3 GB). They are read
    // in chunks, each counted, fingerprinted and dropped before the next: holding the two months'
    // 207,000 tickets of the 1M bench with their history and results took 260 MB.
    const QTimeZone zone = zoneOf(pack->engagement);
    const qint64 from = startOf(pack->previous.period.start, zone);
    const qint64 periodStart = startOf(pack->period.start, zone);
    const qint64 to = startOf(pack->period.end.addDays(1), zone);
    // Every line goes to `lines` (a temporary file beyond its budget); the pack keeps in memory
    // only those the PDF names.
    auto lines = m_lineBudget > 0 ? std::make_shared<ReviewPackLines>(m_lineBudget)
                                  : std::make_shared<ReviewPackLines>();
    pack->lines = lines;
    ReviewPackBreaches breaches(m_database, *pack, lines.get(), m_lineBudget);
    if (pack->hasSla) {
        if (Error e = breaches.begin())
            return e;
    }
    Storage::TicketSubsets subsets(m_database);
    if (m_chunkSize > 0)
        subsets.setChunkSize(m_chunkSize);
    QHash<qint64, QString> keyOfCounted; // of the chunk
    const auto addLine = [&lines](ReviewPackLines::Table table, const ReviewTicket &line,
                                  QVector<ReviewTicket> *listed) {
        lines->append(table, line);
        if (listed->size() < MaxListedTickets)
            listed->append(line);
    };
    const auto consume = [&](const Storage::TicketSubsets::ActiveChunk &chunk) {
        const Storage::TicketsWithIds &tickets = chunk.tickets;
        ticketFigures(tickets.tickets, zone, &pack->current);
        ticketFigures(tickets.tickets, zone, &pack->previous);
        // The tickets behind the numbers: those open at some instant of the previous or this period.
        keyOfCounted.clear();
        for (qsizetype i = 0; i < tickets.ids.size(); ++i) {
            const qint64 id = tickets.ids.at(i);
            const Domain::Ticket &t = tickets.tickets.at(i);
            breaches.take(id, t);
            if (t.created >= to || (t.resolved && *t.resolved < from))
                continue;
            rows->append(ReviewFingerprint::ticketRow(t));
            keyOfCounted.insert(id, t.key);
            const bool openedNow = t.created >= periodStart;
            const bool resolvedNow = t.resolved && *t.resolved >= periodStart && *t.resolved < to;
            if (isNotable(t) && (openedNow || resolvedNow))
                addLine(ReviewPackLines::Table::Notable, reviewLineOf(id, t), &pack->listedNotable);
            if (isDeliveredWork(t) && resolvedNow)
                addLine(ReviewPackLines::Table::Delivered, reviewLineOf(id, t), &pack->listedDelivered);
        }
        for (const Storage::StoredSlaResult &r : chunk.results) {
            const auto it = keyOfCounted.constFind(r.ticketId);
            if (it != keyOfCounted.constEnd())
                rows->append(ReviewFingerprint::slaRow(*it, r.result));
        }
        return true;
    };
    if (Storage::StorageError error =
            subsets.forEachActive(pack->engagement.id, from, to, pack->hasSla, consume))
        return {Problem::Storage, error, {}};
    pack->notableCount = lines->count(ReviewPackLines::Table::Notable);
    pack->deliveredCount = lines->count(ReviewPackLines::Table::Delivered);
    if (pack->hasSla) {
        if (Error e = breaches.finish(pack))
            return e;
    }
    if (!lines->error().isEmpty())
        return {Problem::Loader, {}, lines->error()};
    return {};
}

ReviewPackLoader::Error ReviewPackLoader::loadAllocation(ReviewPack *pack, ReviewFingerprintRows *rows) const
{
    QVector<Domain::Engagement> engagements;
    if (Storage::StorageError error = Storage::EngagementRepository(m_database).all(&engagements))
        return {Problem::Storage, error, {}};
    Domain::AllocationPlan plan;
    if (Storage::StorageError error =
            AllocationPlanLoader(m_database).load(engagements, pack->nextMonth, pack->nextMonth, &plan))
        return {Problem::Storage, error, {}};
    pack->nextCommitted = plan.committedMinutes(pack->engagement.key, pack->nextMonth);
    for (const Domain::Allocation &a : plan.allocations()) {
        if (a.engagementKey != pack->engagement.key || a.month != pack->nextMonth || a.minutes == 0)
            continue;
        ReviewAllocation r;
        r.person = a.person;
        r.minutes = a.minutes;
        if (const Domain::Person *person = plan.findPerson(a.person))
            r.role = person->role;
        pack->allocations.append(r);
        rows->append(ReviewFingerprint::allocationRow(a));
    }
    std::sort(pack->allocations.begin(), pack->allocations.end(),
              [](const ReviewAllocation &a, const ReviewAllocation &b) {
                  return a.role != b.role ? a.role < b.role : a.person.localeAwareCompare(b.person) < 0;
              });
    for (const Domain::AllocationWarning &w : plan.check(pack->nextMonth)) {
        if (w.engagement == pack->engagement.key)
            pack->allocationWarnings.append(w);
    }
    return {};
}

ReviewPackLoader::Error ReviewPackLoader::loadAppendix(ReviewPack *pack, ReviewFingerprintRows *rows) const
{
    Domain::BusinessCalendar calendar;
    ReviewSlaRules &rules = pack->slaRules;
    if (Storage::StorageError error = Storage::CalendarRepository(m_database)
                                          .calendarFor(pack->engagement.id, &calendar, &rules.calendarStored))
        return {Problem::Storage, error, {}};
    rules.calendarName = calendar.name();
    rules.timeZone = calendar.timeZoneId();
    rules.alwaysOpen = calendar.isAlwaysOpen();
    for (int d = 0; d < 7; ++d)
        rules.weekHours[std::size_t(d)] = calendar.weekHours(Qt::DayOfWeek(d + 1));
    rules.holidayRules = calendar.holidayRules();
    rules.holidayCount = int(calendar.holidays().size());
    Domain::SlaPolicyHistory history;
    if (Storage::StorageError error = Storage::SlaPolicyRepository(m_database)
                                          .historyFor(pack->engagement.id, &history, &rules.policyStored))
        return {Problem::Storage, error, {}};
    rules.policyName = history.name();
    const Domain::SlaPolicy *version = history.versionAt(pack->period.end);
    if (!version && !history.isEmpty())
        version = &history.versions().first();
    if (version) {
        rules.policy = *version;
        rows->append(ReviewFingerprint::policyRow(*version));
    }
    return {};
}

} // namespace Models
