#include "models/slarecomputer.h"

#include "models/domain/sla/slacompliance.h"
#include "models/domain/sla/slapolicyevaluator.h"
#include "models/storage/bulktransaction.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/indexsuspension.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/slaresultwriter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace Models {

namespace {

/// The first day of the month an instant falls in, in `zone`. Keeps the bounds of the last month
/// found: results come roughly in time order, so most lookups need no time-zone conversion.
class MonthFinder
{
public:
    explicit MonthFinder(QTimeZone zone) : m_zone(std::move(zone)) {}

    QDate monthOf(qint64 instant)
    {
        if (instant < m_start || instant >= m_end) {
            const QDate date = QDateTime::fromSecsSinceEpoch(instant, m_zone).date();
            m_month = QDate(date.year(), date.month(), 1);
            m_start = QDateTime(m_month, QTime(0, 0), m_zone).toSecsSinceEpoch();
            m_end = QDateTime(m_month.addMonths(1), QTime(0, 0), m_zone).toSecsSinceEpoch();
        }
        return m_month;
    }

private:
    QTimeZone m_zone;
    QDate m_month;
    qint64 m_start = 0;
    qint64 m_end = 0;
};

/// The instant that places a ticket in a month, as Domain::SlaCompliance places it.
std::optional<qint64> complianceInstant(const Domain::Ticket &ticket, const Domain::SlaResult &result)
{
    if (!Domain::SlaPolicy::isValidSeverity(result.severity))
        return std::nullopt;
    return result.state == Domain::SlaState::Invalid ? ticket.resolved : result.resolution.stoppedAt;
}

constexpr int s_chunkSize = 8192;

/// Evaluates tickets at `now` into stored results.
class ChunkEvaluator
{
public:
    ChunkEvaluator(const Domain::SlaPolicyHistory &history, const Domain::BusinessCalendar &calendar,
                   qint64 now)
        : m_evaluator(history, calendar), m_months(QTimeZone(calendar.timeZoneId())), m_now(now)
    {
    }

    void evaluate(const Storage::TicketsWithIds &tickets, QVector<Storage::StoredSlaResult> *out)
    {
        const qsizetype total = tickets.tickets.size();
        out->resize(total);
        for (qsizetype i = 0; i < total; ++i) {
            const Domain::Ticket &ticket = tickets.tickets.at(i);
            Storage::StoredSlaResult &stored = (*out)[i];
            stored.ticketId = tickets.ids.at(i);
            stored.ticketKey = ticket.key;
            stored.result = m_evaluator.evaluate(ticket, m_now);
            stored.evaluatedAt = m_now;
            stored.policyEffective = QDate();
            stored.complianceMonth = QDate();
            if (const Domain::SlaPolicy *version = m_evaluator.versionFor(ticket);
                version && !(stored.result.problems & Domain::SlaDataProblem::NoPolicyInForce))
                stored.policyEffective = version->effectiveFrom;
            if (const std::optional<qint64> at = complianceInstant(ticket, stored.result))
                stored.complianceMonth = m_months.monthOf(*at);
        }
    }

private:
    const Domain::SlaPolicyEvaluator m_evaluator;
    MonthFinder m_months;
    qint64 m_now;
};

/// A Cancel relayed to this thread's statements while it exists.
class CancelAttachment
{
public:
    CancelAttachment(CancelRelay *relay, const Storage::Database &database) : m_relay(relay)
    {
        if (m_relay)
            m_relay->attach(database);
    }
    ~CancelAttachment() { end(); }
    void end()
    {
        if (m_relay)
            m_relay->detach();
        m_relay = nullptr;
    }
    CancelAttachment(const CancelAttachment &) = delete;
    CancelAttachment &operator=(const CancelAttachment &) = delete;

private:
    CancelRelay *m_relay;
};

double secondsOf(QElapsedTimer &timer)
{
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    return seconds;
}

} // namespace

SlaRecomputer::SlaRecomputer(const Storage::Database &database, qint64 engagementId, QObject *parent)
    : QObject(parent), m_database(database), m_engagementId(engagementId)
{
    qRegisterMetaType<Storage::StorageError>();
}

SlaRecomputer::~SlaRecomputer()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

namespace {

const QString s_store = QStringLiteral("store SLA results");

/// Adds the elapsed time since the last call to `*seconds`.
void addSeconds(QElapsedTimer &timer, double *seconds)
{
    *seconds += secondsOf(timer);
}

Storage::StorageError loadRules(const Storage::Database &database, qint64 engagementId,
                                Domain::BusinessCalendar *calendar, Domain::SlaPolicyHistory *history)
{
    Storage::StorageError error = Storage::CalendarRepository(database).calendarFor(engagementId, calendar);
    if (!error)
        error = Storage::SlaPolicyRepository(database).historyFor(engagementId, history);
    return error;
}

/// The results of `evaluated` that differ from the stored ones (`stored`, both in ticket id order).
void changedResults(const QVector<Storage::StoredSlaResult> &evaluated,
                    const QVector<Storage::StoredSlaResult> &stored, QVector<Storage::StoredSlaResult> *out)
{
    out->clear();
    qsizetype j = 0;
    for (const Storage::StoredSlaResult &r : evaluated) {
        while (j < stored.size() && stored.at(j).ticketId < r.ticketId)
            ++j;
        if (j < stored.size() && stored.at(j) == r)
            continue;
        out->append(r);
    }
}

/// The compliance rows of every month from the first to the last one a stored result counts in,
/// read back from the stored results a month at a time: memory holds one month's samples, never
/// the engagement's (32 bytes a ticket were 96 MB at 3M tickets). A month's rows depend on that
/// month's results alone, so they equal those of one SlaCompliance fed every result.
Storage::StorageError storedMonthRows(const Storage::SlaResultWriter &writer, const QTimeZone &zone,
                                      const Domain::SlaPolicyHistory &history,
                                      QVector<Domain::MonthlyCompliance> *rows)
{
    rows->clear();
    std::optional<Domain::SlaCompliance> compliance;
    QDate current;
    // The rows of `current` and of the months without results between it and `next`.
    const auto flush = [&](const QDate &next) {
        if (current.isValid()) {
            *rows += compliance->months(history, current, current);
            for (QDate month = current.addMonths(1); next.isValid() && month < next;
                 month = month.addMonths(1))
                *rows += Domain::SlaCompliance(zone).months(history, month, month);
        }
        current = next;
        compliance.emplace(zone);
    };
    Domain::Ticket ticket;
    const Storage::StorageError error = writer.forEachPlacedResult(
        [&](const QDate &month, const std::optional<qint64> &resolved, const Domain::SlaResult &result) {
            if (month != current)
                flush(month);
            ticket.resolved = resolved;
            compliance->add(ticket, result);
        });
    if (!error)
        flush(QDate());
    return error;
}

/// Every ticket of the engagement, a chunk at a time: memory holds one chunk of tickets, never
/// the whole engagement; the compliance is read back from the stored results a month at a time.
Storage::StorageError recomputeEvery(const Storage::Database &database, qint64 engagementId, qint64 now,
                                     SlaRecomputeSummary *s, const SlaRecomputer::ProgressHandler &progress,
                                     const CancelRelay *cancel)
{
    QElapsedTimer timer;
    timer.start();
    Domain::BusinessCalendar calendar;
    Domain::SlaPolicyHistory history;
    if (Storage::StorageError error = loadRules(database, engagementId, &calendar, &history))
        return error;
    const Storage::SlaResultWriter writer(database, engagementId);
    qint64 total = 0;
    qint64 stored = 0;
    if (Storage::StorageError error = writer.counts(&total, &stored))
        return error;
    ChunkEvaluator evaluator(history, calendar, now);
    // Most results of a large engagement do not change between two recomputes (resolved tickets):
    // they keep their rows, stamped with the new instant in one statement; only the results that
    // differ are written, so the indexes of a million unchanged rows are not rebuilt.
    if (Storage::StorageError error = writer.stampEvaluatedAt(now))
        return error;
    addSeconds(timer, &s->storeSeconds);
    Storage::TicketsWithIds tickets;
    QVector<Storage::StoredSlaResult> results;
    QVector<Storage::StoredSlaResult> before;
    QVector<Storage::StoredSlaResult> changed;
    qint64 done = 0;
    qint64 afterId = 0;
    // Dropped indexes come back with a rollback (a cancel, a failure): the caller's transaction.
    Storage::IndexSuspension resultIndexes(database, QStringLiteral("sla_results"));
    for (;;) {
        if (cancel && cancel->isCancelled()) {
            s->cancelled = true;
            return {};
        }
        if (progress)
            progress(done, total);
        if (Storage::StorageError error = writer.ticketsAfter(afterId, s_chunkSize, &tickets))
            return error;
        addSeconds(timer, &s->loadSeconds);
        if (tickets.ids.isEmpty())
            break;
        if (stored > 0) {
            if (Storage::StorageError error =
                    writer.resultsBetween(tickets.ids.constFirst(), tickets.ids.constLast(), &before))
                return error;
        }
        addSeconds(timer, &s->loadSeconds);
        evaluator.evaluate(tickets, &results);
        changedResults(results, before, &changed);
        addSeconds(timer, &s->evaluateSeconds);
        if (Storage::StorageError error = writer.writeResults(changed, true))
            return error;
        // A million new results are written without the result indexes, rebuilt once below.
        if (Storage::StorageError error = resultIndexes.noteWritten(changed.size()))
            return error;
        addSeconds(timer, &s->storeSeconds);
        done += tickets.ids.size();
        afterId = tickets.ids.constLast();
    }
    if (Storage::StorageError error = resultIndexes.restore())
        return error;
    QVector<Domain::MonthlyCompliance> months;
    Storage::StorageError error = storedMonthRows(writer, QTimeZone(calendar.timeZoneId()), history, &months);
    addSeconds(timer, &s->evaluateSeconds);
    if (!error)
        error = writer.removeMonthsOutside({}, {});
    if (!error)
        error = writer.replaceMonths({}, months);
    if (!error)
        error = writer.recordEvaluation(now, true);
    if (error)
        return error;
    if (progress)
        progress(total, total);
    addSeconds(timer, &s->storeSeconds);
    s->tickets = done;
    s->complianceRows = int(months.size());
    return {};
}

/// The ids of `a` and `b`, ascending and once each.
QVector<qint64> mergedIds(QVector<qint64> a, const QVector<qint64> &b)
{
    a += b;
    std::sort(a.begin(), a.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    return a;
}

/// The compliance rows of `months` (ascending) from the results stored in them.
Storage::StorageError monthRows(const Storage::SlaResultWriter &writer, const QVector<QDate> &months,
                                const QTimeZone &zone, const Domain::SlaPolicyHistory &history,
                                QVector<Domain::MonthlyCompliance> *rows)
{
    Domain::SlaCompliance compliance(zone);
    QVector<std::optional<qint64>> resolved;
    QVector<Domain::SlaResult> results;
    for (const QDate &month : months) {
        if (Storage::StorageError error = writer.resultsInMonth(month, &resolved, &results))
            return error;
        Domain::Ticket ticket;
        for (qsizetype i = 0; i < results.size(); ++i) {
            ticket.resolved = resolved.at(i);
            compliance.add(ticket, results.at(i));
        }
    }
    rows->clear();
    if (months.isEmpty())
        return {};
    const QVector<Domain::MonthlyCompliance> all =
        compliance.months(history, months.constFirst(), months.constLast());
    for (const Domain::MonthlyCompliance &row : all) {
        if (std::binary_search(months.cbegin(), months.cend(), row.month))
            rows->append(row);
    }
    return {};
}

/// Months from the first to the last one any result counts in that have no compliance rows get
/// the empty rows a full recompute writes for a month without resolved tickets; rows outside go.
Storage::StorageError fillMonthRange(const Storage::SlaResultWriter &writer, const QTimeZone &zone,
                                     const Domain::SlaPolicyHistory &history)
{
    QDate first, last;
    if (Storage::StorageError error = writer.monthRange(&first, &last))
        return error;
    if (Storage::StorageError error = writer.removeMonthsOutside(first, last))
        return error;
    if (!first.isValid())
        return {};
    QVector<QDate> present;
    if (Storage::StorageError error = writer.complianceMonths(&present))
        return error;
    QVector<QDate> missing;
    for (QDate month = first; month <= last; month = month.addMonths(1)) {
        if (!std::binary_search(present.cbegin(), present.cend(), month))
            missing.append(month);
    }
    if (missing.isEmpty())
        return {};
    const Domain::SlaCompliance empty(zone);
    QVector<Domain::MonthlyCompliance> rows;
    for (const QDate &month : std::as_const(missing))
        rows += empty.months(history, month, month);
    return writer.replaceMonths(missing, rows);
}

/// Whether the stored results can be brought up to date from the changed tickets alone: there
/// is a previous evaluation, every other ticket has a result, and the change is a small part.
bool canRecomputeChanged(const Storage::Database &database, const Storage::SlaResultWriter &writer,
                         qint64 engagementId, qint64 changed, Storage::StorageError *error)
{
    std::optional<qint64> last;
    if ((*error = Storage::SlaResultRepository(database).lastEvaluation(engagementId, &last)) || !last)
        return false;
    qint64 tickets = 0;
    qint64 results = 0;
    if ((*error = writer.counts(&tickets, &results)))
        return false;
    return changed * 4 < tickets && results >= tickets - changed;
}

/// The changed tickets, the open ones (their results move with `now`) and the months any of
/// them counted in before or counts in now.
Storage::StorageError recomputeChanged(const Storage::Database &database, qint64 engagementId, qint64 now,
                                       const QVector<qint64> &changed, const Storage::SlaResultWriter &writer,
                                       SlaRecomputeSummary *s)
{
    QElapsedTimer timer;
    timer.start();
    Domain::BusinessCalendar calendar;
    Domain::SlaPolicyHistory history;
    if (Storage::StorageError error = loadRules(database, engagementId, &calendar, &history))
        return error;
    const QTimeZone zone(calendar.timeZoneId());
    QVector<qint64> open;
    QSet<QDate> months;
    Storage::TicketsWithIds tickets;
    Storage::StorageError error = writer.unplacedTicketIds(&open);
    if (!error)
        error = writer.monthsOf(changed, &months);
    if (!error)
        error = writer.ticketsByIds(mergedIds(changed, open), &tickets);
    if (error)
        return error;
    addSeconds(timer, &s->loadSeconds);
    QVector<Storage::StoredSlaResult> results;
    ChunkEvaluator(history, calendar, now).evaluate(tickets, &results);
    for (const Storage::StoredSlaResult &r : std::as_const(results)) {
        if (r.complianceMonth.isValid())
            months.insert(r.complianceMonth);
    }
    addSeconds(timer, &s->evaluateSeconds);
    if ((error = writer.writeResults(results, true)))
        return error;
    QVector<QDate> monthList(months.cbegin(), months.cend());
    std::sort(monthList.begin(), monthList.end());
    QVector<Domain::MonthlyCompliance> rows;
    error = monthRows(writer, monthList, zone, history, &rows);
    if (!error)
        error = writer.replaceMonths(monthList, rows);
    if (!error)
        error = fillMonthRange(writer, zone, history);
    if (!error)
        error = writer.recordEvaluation(now, false);
    addSeconds(timer, &s->storeSeconds);
    s->tickets = results.size();
    s->complianceRows = int(rows.size());
    return error;
}

} // namespace

Storage::StorageError SlaRecomputer::recompute(const Storage::Database &database, qint64 engagementId,
                                               qint64 now, SlaRecomputeSummary *summary,
                                               const ProgressHandler &progress, CancelRelay *cancel)
{
    SlaRecomputeSummary local;
    SlaRecomputeSummary &s = summary ? *summary : local;
    s = SlaRecomputeSummary{};
    s.evaluatedAt = now;
    // A Cancel stops the statement running: the file's check as the transaction begins and the
    // stamp of every result take a second or more each at a million. Ended before the commit (a
    // Cancel then comes too late) and before a rollback, which must run.
    CancelAttachment attachment(cancel, database);
    // One transaction from the first read to the last write: the results match one state of the
    // tickets, and readers see either the previous figures or these. A cancel leaves it
    // uncommitted: nothing stored changes.
    Storage::BulkTransaction transaction(database);
    Storage::StorageError error = transaction.begin(s_store);
    if (!error)
        error = recomputeEvery(database, engagementId, now, &s, progress, cancel);
    attachment.end();
    if (cancel && cancel->isCancelled() && (error || s.cancelled)) {
        s.cancelled = true; // the statement a Cancel stopped failed: nothing is stored
        return {};
    }
    if (error)
        return error;
    return transaction.commit(s_store, QString::number(engagementId));
}

Storage::StorageError SlaRecomputer::recomputeChangedTickets(const Storage::Database &database,
                                                             qint64 engagementId,
                                                             const Storage::TicketIdSet &changedTickets,
                                                             qint64 now, SlaRecomputeSummary *summary)
{
    SlaRecomputeSummary local;
    SlaRecomputeSummary &s = summary ? *summary : local;
    s = SlaRecomputeSummary{};
    s.evaluatedAt = now;
    if (changedTickets.isEmpty())
        return {}; // nothing changed, nothing written (a re-import of the same file)
    Storage::BulkTransaction transaction(database);
    if (Storage::StorageError error = transaction.begin(s_store))
        return error;
    const Storage::SlaResultWriter writer(database, engagementId);
    Storage::StorageError error;
    if (canRecomputeChanged(database, writer, engagementId, changedTickets.count(), &error)) {
        // A quarter of the engagement at most: listed one by one only here.
        const QVector<qint64> changed = changedTickets.toVector();
        error = recomputeChanged(database, engagementId, now, changed, writer, &s);
        qint64 tickets = 0;
        qint64 results = 0;
        if (!error)
            error = writer.counts(&tickets, &results);
        if (!error && tickets != results) // a ticket without a result: only a full pass is sure
            error = recomputeEvery(database, engagementId, now, &s, {}, nullptr);
    } else if (!error) {
        error = recomputeEvery(database, engagementId, now, &s, {}, nullptr);
    }
    if (error)
        return error;
    return transaction.commit(s_store, QString::number(engagementId));
}

Storage::StorageError SlaRecomputer::recomputeAll(const Storage::Database &database, qint64 now)
{
    QVector<Domain::Engagement> engagements;
    if (Storage::StorageError error = Storage::EngagementRepository(database).all(&engagements))
        return error;
    for (const Domain::Engagement &engagement : std::as_const(engagements)) {
        if (Storage::StorageError error = recompute(database, engagement.id, now))
            return error;
    }
    return {};
}

SlaRecomputer::ImportHook SlaRecomputer::importHook(Domain::Clock clock)
{
    // Inside the import's transaction: the stored results change together with the tickets, or
    // neither does. A recompute that fails (or a lock) fails the import instead of leaving results
    // that silently disagree with the tickets.
    return [clock](const Storage::Database &database, qint64 engagementId,
                   const Storage::TicketIdSet &changedTickets) -> Storage::StorageError {
        if (!database.isOpen() || database.isReadOnly())
            return {};
        // An engagement deleted meanwhile has no results to keep: look before the recompute's
        // nested transaction, whose failure would fail the whole import.
        Domain::SlaPolicyHistory history;
        const Storage::StorageError missing =
            Storage::SlaPolicyRepository(database).historyFor(engagementId, &history);
        if (missing.kind == Storage::StorageError::Kind::NotFound)
            return {};
        if (missing)
            return missing;
        // Only what the import changed (and the months it falls in): an import of a few
        // tickets into a million costs a few tickets.
        return recomputeChangedTickets(database, engagementId, changedTickets, clock.now());
    };
}

void SlaRecomputer::start(qint64 now)
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = std::make_shared<CancelRelay>();
    m_thread = QThread::create([this, now, cancel = m_cancel] {
        // Runs on the worker thread, on that thread's own connection. Signals are queued.
        SlaRecomputeSummary summary;
        const Storage::StorageError error = recompute(
            m_database, m_engagementId, now, &summary,
            [this](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            },
            cancel.get());
        // Every query of the work is gone: a finished thread leaves no connection behind.
        m_database.releaseThreadConnection();
        QMetaObject::invokeMethod(
            this,
            [this, error, summary] {
                m_summary = summary;
                emit finished(error, summary.cancelled);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void SlaRecomputer::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

bool SlaRecomputer::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace Models
