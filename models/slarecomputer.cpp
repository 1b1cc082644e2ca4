#include "models/slarecomputer.h"

#include "models/domain/sla/slacompliance.h"
#include "models/domain/sla/slapolicyevaluator.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/importsession.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/transactionguard.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QThread>
#include <QTimeZone>

namespace Models {

namespace {

constexpr qint64 s_progressStep = 2048;

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

struct Evaluated
{
    QVector<Storage::StoredSlaResult> results;
    QVector<Domain::MonthlyCompliance> months;
};

/// Evaluates every ticket; false when cancelled.
bool evaluate(const Storage::TicketsWithIds &tickets, const Domain::SlaPolicyHistory &history,
              const Domain::BusinessCalendar &calendar, qint64 now, Evaluated *out,
              const SlaRecomputer::ProgressHandler &progress, const std::atomic<bool> *cancel)
{
    const Domain::SlaPolicyEvaluator evaluator(history, calendar);
    const QTimeZone zone(calendar.timeZoneId());
    Domain::SlaCompliance compliance(zone);
    MonthFinder months(zone);
    const qint64 total = tickets.tickets.size();
    compliance.reserve(total);
    out->results.resize(total);
    for (qint64 i = 0; i < total; ++i) {
        if (i % s_progressStep == 0) {
            if (cancel && cancel->load())
                return false;
            if (progress)
                progress(i, total);
        }
        const Domain::Ticket &ticket = tickets.tickets.at(i);
        Storage::StoredSlaResult &stored = out->results[i];
        stored.ticketId = tickets.ids.at(i);
        stored.ticketKey = ticket.key;
        stored.result = evaluator.evaluate(ticket, now);
        stored.evaluatedAt = now;
        if (const Domain::SlaPolicy *version = evaluator.versionFor(ticket);
            version && !(stored.result.problems & Domain::SlaDataProblem::NoPolicyInForce))
            stored.policyEffective = version->effectiveFrom;
        if (const std::optional<qint64> at = complianceInstant(ticket, stored.result))
            stored.complianceMonth = months.monthOf(*at);
        compliance.add(ticket, stored.result);
    }
    out->months = compliance.months(history);
    if (progress)
        progress(total, total);
    return true;
}

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
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

Storage::StorageError SlaRecomputer::recompute(const Storage::Database &database, qint64 engagementId, qint64 now,
                                               SlaRecomputeSummary *summary, const ProgressHandler &progress,
                                               const std::atomic<bool> *cancel)
{
    SlaRecomputeSummary local;
    SlaRecomputeSummary &s = summary ? *summary : local;
    s = SlaRecomputeSummary{};
    s.evaluatedAt = now;
    QElapsedTimer timer;
    timer.start();
    // One transaction from the first read to the last write: the results match one state of the
    // tickets, and readers see either the previous figures or these.
    Storage::TransactionGuard guard(database.connection());
    if (!guard.isActive()) {
        return {Storage::Database::lastBeginWasBusy() ? Storage::StorageError::Kind::Busy
                                                      : Storage::StorageError::Kind::Query,
                QStringLiteral("store SLA results"), database.path(), database.connection().lastError().text()};
    }
    // A recompute rewrites every result of the engagement: never into a damaged file. Inside an
    // import (a nested guard) the import checked already.
    if (!guard.isNested()) {
        if (Storage::StorageError error = database.quickCheck(QStringLiteral("store SLA results")))
            return error;
    }
    Domain::BusinessCalendar calendar;
    Domain::SlaPolicyHistory history;
    Storage::TicketsWithIds tickets;
    Storage::StorageError error = Storage::CalendarRepository(database).calendarFor(engagementId, &calendar);
    if (!error)
        error = Storage::SlaPolicyRepository(database).historyFor(engagementId, &history);
    if (!error)
        error = Storage::SlaResultRepository(database).tickets(engagementId, &tickets);
    if (error)
        return error;
    s.loadSeconds = secondsOf(timer);
    Evaluated evaluated;
    if (!evaluate(tickets, history, calendar, now, &evaluated, progress, cancel)) {
        s.cancelled = true;
        return {};
    }
    s.evaluateSeconds = secondsOf(timer);
    error = Storage::SlaResultRepository(database).replace(engagementId, evaluated.results, evaluated.months, now);
    if (!error && !guard.commit())
        error = {Storage::StorageError::Kind::Query, QStringLiteral("store SLA results"),
                 QString::number(engagementId), QStringLiteral("the commit failed")};
    if (error)
        return error;
    s.storeSeconds = secondsOf(timer);
    s.tickets = evaluated.results.size();
    s.complianceRows = int(evaluated.months.size());
    return {};
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

int SlaRecomputer::installImportHook(const Storage::Database &database, Domain::Clock clock)
{
    const Storage::Database *db = &database;
    // Inside the import's transaction: the stored results change together with the tickets, or
    // neither does. A recompute that fails (or a lock) fails the import instead of leaving results
    // that silently disagree with the tickets.
    return Storage::ImportSession::addBeforeCommitHook(
        [db, clock](const Storage::Database &imported, qint64 engagementId) -> Storage::StorageError {
            // Hooks are process-wide: an import into another open database is not ours.
            if (&imported != db || !db->isOpen() || db->isReadOnly())
                return {};
            const Storage::StorageError error = recompute(*db, engagementId, clock.now());
            if (error.kind == Storage::StorageError::Kind::NotFound)
                return {};
            return error;
        });
}

void SlaRecomputer::removeImportHook(int id) { Storage::ImportSession::removeBeforeCommitHook(id); }

void SlaRecomputer::start(qint64 now)
{
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    m_thread = QThread::create([this, now] {
        // Runs on the worker thread, on that thread's own connection. Signals are queued.
        SlaRecomputeSummary summary;
        const Storage::StorageError error = recompute(
            m_database, m_engagementId, now, &summary,
            [this](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(this, [this, done, total] { emit progress(done, total); },
                                          Qt::QueuedConnection);
            },
            &m_cancel);
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

bool SlaRecomputer::isRunning() const { return m_thread && m_thread->isRunning(); }

} // namespace Models
