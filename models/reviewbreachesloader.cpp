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

} // namespace

ReviewBreachesLoader::ReviewBreachesLoader(const Storage::Database &database) : m_database(database)
{
}

Storage::StorageError ReviewBreachesLoader::load(const Domain::Engagement &engagement, QDate periodStart,
                                                 QDate periodEnd, QVector<ReviewBreach> *out,
                                                 std::optional<qint64> *evaluatedAt) const
{
    out->clear();
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
    QVector<Storage::StoredSlaResult> breached;
    QSet<qint64> seen;
    for (QDate month(periodStart.year(), periodStart.month(), 1); month <= periodEnd;
         month = month.addMonths(1)) {
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
                breached.append(stored);
            }
        }
    }
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
        Domain::SlaExplanation explanation;
        explanation.ticketKey = stored.ticketKey;
        explanation.result = stored.result;
        breach.explanation = Exchange::SlaExplainText::summary(explanation);
        out->append(breach);
    }
    return {};
}

} // namespace Models
