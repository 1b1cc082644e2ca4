#include "models/reviewbreachesloader.h"

#include "models/exchange/sla/slaexplaintext.h"
#include "models/storage/database.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/ticketsubsets.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Models {

namespace {

QTimeZone zoneOf(const Domain::Engagement &engagement)
{
    const QTimeZone zone(engagement.timeZone);
    return zone.isValid() ? zone : QTimeZone::utc();
}

qint64 startOfDay(const QDate &date, const QTimeZone &zone)
{
    return QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch();
}

/// The engine's summary line of a stored result.
} // namespace

QString ReviewBreachesLoader::explanationOf(const Storage::StoredSlaResult &stored)
{
    Domain::SlaExplanation explanation;
    explanation.ticketKey = stored.ticketKey;
    explanation.result = stored.result;
    return Exchange::SlaExplainText::summary(explanation);
}

ReviewBreachesLoader::ReviewBreachesLoader(const Storage::Database &database) : m_database(database)
{
}

Storage::StorageError
ReviewBreachesLoader::forEachBreach(const Domain::Engagement &engagement, QDate periodStart, QDate periodEnd,
                                    std::optional<qint64> *evaluatedAt,
                                    const std::function<bool()> &cancelled,
                                    const std::function<void(const Storage::StoredSlaResult &)> &keep) const
{
    if (!periodStart.isValid() || !periodEnd.isValid() || periodStart > periodEnd) {
        return {Storage::StorageError::Kind::Query, QStringLiteral("read SLA breaches"), engagement.key,
                QStringLiteral("the period needs a start date on or before its end date")};
    }
    const Storage::SlaResultRepository results(m_database);
    if (evaluatedAt) {
        if (Storage::StorageError error = results.lastEvaluation(engagement.id, evaluatedAt))
            return error;
    }
    const QTimeZone zone = zoneOf(engagement);
    const qint64 periodBegin = startOfDay(periodStart, zone);
    const qint64 periodFinish = startOfDay(periodEnd.addDays(1), zone);
    QSet<qint64> seen;
    for (QDate month(periodStart.year(), periodStart.month(), 1); month <= periodEnd;
         month = month.addMonths(1)) {
        if (cancelled && cancelled())
            return {};
        const qint64 monthBegin = startOfDay(month, zone);
        const qint64 monthFinish = startOfDay(month.addMonths(1), zone);
        const bool wholeMonth = periodBegin <= monthBegin && monthFinish <= periodFinish;
        QVector<Storage::StoredSlaResult> ofMonth;
        if (Storage::StorageError error =
                results.breaches(engagement.id, month, qMax(monthBegin, periodBegin),
                                 qMin(monthFinish, periodFinish), &ofMonth))
            return error;
        for (const Storage::StoredSlaResult &stored : std::as_const(ofMonth)) {
            const std::optional<qint64> resolvedAt = stored.result.resolution.stoppedAt;
            if (!wholeMonth && stored.complianceMonth.isValid() &&
                (!resolvedAt || *resolvedAt < periodBegin || *resolvedAt >= periodFinish))
                continue; // resolved in the part of the month outside the period
            if (!seen.contains(stored.ticketId)) {
                seen.insert(stored.ticketId);
                keep(stored);
            }
        }
    }
    return {};
}

Storage::StorageError ReviewBreachesLoader::load(const Domain::Engagement &engagement, QDate periodStart,
                                                 QDate periodEnd, QVector<ReviewBreach> *out,
                                                 std::optional<qint64> *evaluatedAt) const
{
    out->clear();
    QVector<Storage::StoredSlaResult> breached;
    if (Storage::StorageError error =
            forEachBreach(engagement, periodStart, periodEnd, evaluatedAt, {},
                          [&breached](const Storage::StoredSlaResult &stored) { breached.append(stored); }))
        return error;
    std::stable_sort(breached.begin(), breached.end(), [](const auto &a, const auto &b) {
        return a.breachAt().value_or(0) < b.breachAt().value_or(0);
    });
    const Storage::TicketRepository tickets(m_database);
    // Many breaches (a bad quarter of a large engagement: hundreds): the titles come from reads
    // of the breached tickets by id, 500 a statement, instead of one lookup per breach (766
    // lookups took 2.3 s) or the whole engagement (a million tickets with their history).
    QHash<qint64, QString> titles;
    if (breached.size() > 32) {
        QVector<qint64> ids;
        ids.reserve(breached.size());
        for (const Storage::StoredSlaResult &stored : std::as_const(breached))
            ids.append(stored.ticketId);
        // A few thousand at a time: a month of the 1M bench breaches 33,000 times, and the
        // tickets come with their history.
        std::sort(ids.begin(), ids.end());
        for (qsizetype first = 0; first < ids.size(); first += 2000) {
            Storage::TicketsWithIds found;
            if (Storage::StorageError error =
                    Storage::TicketSubsets(m_database).byIds(engagement.id, ids.mid(first, 2000), &found))
                return error;
            for (qsizetype i = 0; i < found.ids.size(); ++i)
                titles.insert(found.ids.at(i), found.tickets.at(i).title);
        }
    }
    out->reserve(breached.size());
    for (const Storage::StoredSlaResult &stored : std::as_const(breached)) {
        ReviewBreach breach;
        breach.ticketId = stored.ticketId;
        breach.key = stored.ticketKey;
        if (breached.size() > 32) {
            breach.title = titles.value(stored.ticketId);
        } else {
            Domain::Ticket ticket;
            qint64 id = 0;
            if (Storage::StorageError error = tickets.find(engagement.id, stored.ticketKey, &ticket, &id))
                return error;
            if (id == stored.ticketId)
                breach.title = ticket.title;
        }
        breach.severity = stored.result.severity;
        breach.breachedAt = stored.breachAt().value_or(0);
        breach.resolved = stored.result.isResolved();
        breach.result = stored.result;
        breach.explanation = explanationOf(stored);
        out->append(breach);
    }
    return {};
}

Storage::StorageError ReviewBreachesLoader::loadRows(const Domain::Engagement &engagement, QDate periodStart,
                                                     QDate periodEnd, QVector<ReviewBreachRow> *out,
                                                     std::optional<qint64> *evaluatedAt,
                                                     const std::function<bool()> &cancelled) const
{
    out->clear();
    // A month's stored results are read whole (15 MB for the 33,000 breaches of a month of the
    // 1M bench, dropped at the month's end); the rows keep what orders and identifies them.
    const auto keep = [out](const Storage::StoredSlaResult &stored) {
        ReviewBreachRow row;
        row.ticketId = stored.ticketId;
        row.breachedAt = stored.breachAt().value_or(0);
        row.key = stored.ticketKey;
        row.severity = qint8(stored.result.severity);
        row.resolved = stored.result.isResolved();
        out->append(row);
    };
    if (Storage::StorageError error =
            forEachBreach(engagement, periodStart, periodEnd, evaluatedAt, cancelled, keep)) {
        out->clear();
        return error;
    }
    if (cancelled && cancelled()) {
        out->clear();
        return {};
    }
    out->squeeze();
    // The order of load(): stable by breach instant over the months' reads.
    std::stable_sort(out->begin(), out->end(), [](const ReviewBreachRow &a, const ReviewBreachRow &b) {
        return a.breachedAt < b.breachedAt;
    });
    return {};
}

Storage::StorageError ReviewBreachesLoader::loadTexts(const Domain::Engagement &engagement,
                                                      const QVector<qint64> &ticketIds,
                                                      QHash<qint64, ReviewBreachTexts> *out) const
{
    out->clear();
    if (ticketIds.isEmpty())
        return {};
    const Storage::TicketSubsets subsets(m_database);
    QVector<Storage::StoredSlaResult> results;
    if (Storage::StorageError error = subsets.resultsByIds(engagement.id, ticketIds, &results))
        return error;
    Storage::TicketsWithIds tickets;
    if (Storage::StorageError error = subsets.byIds(engagement.id, ticketIds, &tickets))
        return error;
    QHash<qint64, QString> titles;
    for (qsizetype i = 0; i < tickets.ids.size(); ++i)
        titles.insert(tickets.ids.at(i), tickets.tickets.at(i).title);
    for (const Storage::StoredSlaResult &stored : std::as_const(results))
        out->insert(stored.ticketId, {titles.value(stored.ticketId), explanationOf(stored)});
    return {};
}

} // namespace Models
