#include "models/reviewpackbreaches.h"

#include "models/exchange/sla/slaexplaintext.h"
#include "models/reviewbreachesloader.h"
#include "models/storage/ticketsubsets.h"
#include "models/ticketexplanationloader.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace Models {

namespace {

/// Ids of the breached tickets that were not among the pack's read by id at a time.
constexpr qsizetype s_idsPerRead = 2000;

qint64 startOf(const QDate &date, const Domain::Engagement &engagement)
{
    const QTimeZone zone(engagement.timeZone);
    return QDateTime(date, QTime(0, 0), zone.isValid() ? zone : QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

ReviewTicket reviewLineOf(qint64 id, const Domain::Ticket &t)
{
    ReviewTicket r;
    r.id = id;
    r.key = t.key;
    r.title = t.title;
    r.kind = t.kind;
    r.level = t.serviceLevel;
    r.severity = t.severity;
    r.created = t.created;
    r.resolved = t.resolved;
    r.status = t.status;
    return r;
}

ReviewPackBreaches::ReviewPackBreaches(const Storage::Database &database, const ReviewPack &pack)
    : m_database(database), m_pack(pack)
{
}

ReviewPackLoader::Error ReviewPackBreaches::begin()
{
    using Problem = ReviewPackLoader::Problem;
    // The stored breaches of the period, as the Review page lists them ...
    QVector<ReviewBreach> stored;
    if (Storage::StorageError error =
            ReviewBreachesLoader(m_database)
                .load(m_pack.engagement, m_pack.period.start, m_pack.period.end, &stored))
        return {Problem::Storage, error, {}};
    const auto add = [this](qint64 id, qint64 breachedAt, int severity, const QString &explanation,
                            bool explain) {
        if (m_index.contains(id))
            return;
        ReviewTicket line;
        line.id = id;
        line.breachedAt = breachedAt;
        line.severity = severity;
        line.explanation = explanation;
        m_index.insert(id, m_lines.size());
        m_lines.append(line);
        m_found.append(false);
        m_explain.append(explain);
    };
    for (const ReviewBreach &b : std::as_const(stored))
        add(b.ticketId, b.breachedAt, b.severity, b.explanation, false);
    // ... and open tickets that have breached since the results were stored (the SLA page counts
    // them too), explained at `now` by the ticket timeline's loader in finish().
    const qint64 from = startOf(m_pack.period.start, m_pack.engagement);
    const qint64 to = startOf(m_pack.period.end.addDays(1), m_pack.engagement);
    for (const SlaAtRiskTicket &t : m_pack.sla.atRisk) {
        if (t.breached && t.due >= from && t.due < to)
            add(t.ticketId, t.due, t.severity, QString(), true);
    }
    return {};
}

void ReviewPackBreaches::take(qint64 id, const Domain::Ticket &ticket)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd() || m_found.at(*it))
        return;
    ReviewTicket &line = m_lines[*it];
    ReviewTicket filled = reviewLineOf(id, ticket);
    filled.breachedAt = line.breachedAt;
    filled.severity = line.severity;
    filled.explanation = std::move(line.explanation);
    line = std::move(filled);
    m_found[*it] = true;
}

ReviewPackLoader::Error ReviewPackBreaches::finish(ReviewPack *pack)
{
    using Problem = ReviewPackLoader::Problem;
    // A ticket breached in the period was open during it, so it is among the pack's tickets; one
    // that is not (its instants changed since the results were stored) is read by id.
    QVector<qint64> missing;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (!m_found.at(i))
            missing.append(m_lines.at(i).id);
    }
    const Storage::TicketSubsets subsets(m_database);
    for (qsizetype first = 0; first < missing.size(); first += s_idsPerRead) {
        Storage::TicketsWithIds more;
        if (Storage::StorageError error =
                subsets.byIds(pack->engagement.id, missing.mid(first, s_idsPerRead), &more))
            return {Problem::Storage, error, {}};
        for (qsizetype i = 0; i < more.ids.size(); ++i)
            take(more.ids.at(i), more.tickets.at(i));
    }
    const TicketExplanationLoader explainer(m_database);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (!m_found.at(i))
            continue; // no such ticket any more
        ReviewTicket &line = m_lines[i];
        if (m_explain.at(i)) {
            TicketExplanationLoader::Result result;
            if (TicketExplanationLoader::Error e =
                    explainer.load(pack->engagement, line.key, pack->now.toSecsSinceEpoch(), &result))
                return {Problem::Loader, e.storage, e.message(pack->engagement, line.key)};
            line.explanation = Exchange::SlaExplainText::summary(result.explanation);
        }
        pack->breaches.append(std::move(line));
    }
    m_lines.clear();
    m_index.clear();
    pack->breaches.squeeze();
    // The open tickets breached in the period are lines now; nothing else reads the list.
    pack->sla.atRisk.clear();
    pack->sla.atRisk.squeeze();
    std::sort(pack->breaches.begin(), pack->breaches.end(), [](const ReviewTicket &a, const ReviewTicket &b) {
        return a.breachedAt != b.breachedAt ? a.breachedAt < b.breachedAt : a.key < b.key;
    });
    QHash<qint64, QString> notes;
    for (ReviewTicket &line : pack->breaches) {
        line.rootCause = pack->rootCauses.value(line.id);
        if (!line.rootCause.isEmpty())
            notes.insert(line.id, line.rootCause);
    }
    pack->rootCauses = notes;
    pack->current.breaches = int(pack->breaches.size());
    return {};
}

} // namespace Models
