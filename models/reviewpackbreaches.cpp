#include "models/reviewpackbreaches.h"

#include "models/exchange/sla/slaexplaintext.h"
#include "models/reviewbreachesloader.h"
#include "models/storage/ticketsubsets.h"
#include "models/ticketexplanationloader.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <iterator>

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

ReviewPackBreaches::ReviewPackBreaches(const Storage::Database &database, const ReviewPack &pack,
                                       ReviewPackLines *lines)
    : m_database(database), m_pack(pack), m_lines(lines)
{
}

bool ReviewBreachChoice::listedFirst(const ReviewTicket &a, const ReviewTicket &b)
{
    if (a.rootCause.isEmpty() != b.rootCause.isEmpty())
        return !a.rootCause.isEmpty();
    if (a.severity != b.severity)
        return a.severity < b.severity;
    return reviewBreachBefore(a, b); // the pack's order: earliest breached first
}

void ReviewBreachChoice::offer(ReviewTicket line)
{
    if (m_max <= 0)
        return;
    if (m_heap.size() < std::size_t(m_max)) {
        m_heap.push_back(std::move(line));
        std::push_heap(m_heap.begin(), m_heap.end(), listedFirst);
    } else if (listedFirst(line, m_heap.front())) {
        std::pop_heap(m_heap.begin(), m_heap.end(), listedFirst);
        m_heap.back() = std::move(line);
        std::push_heap(m_heap.begin(), m_heap.end(), listedFirst);
    }
}

QVector<ReviewTicket> ReviewBreachChoice::take()
{
    QVector<ReviewTicket> chosen(std::make_move_iterator(m_heap.begin()),
                                 std::make_move_iterator(m_heap.end()));
    m_heap.clear();
    std::sort(chosen.begin(), chosen.end(), reviewBreachBefore);
    return chosen;
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
    m_waiting.reserve(stored.size());
    for (const ReviewBreach &b : std::as_const(stored)) {
        if (!m_waiting.contains(b.ticketId))
            m_waiting.insert(b.ticketId, {b.breachedAt, b.severity, b.explanation, false});
    }
    // ... and open tickets that have breached since the results were stored (the SLA page counts
    // them too), explained at `now` by the ticket timeline's loader in finish().
    const qint64 from = startOf(m_pack.period.start, m_pack.engagement);
    const qint64 to = startOf(m_pack.period.end.addDays(1), m_pack.engagement);
    for (const SlaAtRiskTicket &t : m_pack.sla.atRisk) {
        if (t.breached && t.due >= from && t.due < to && !m_waiting.contains(t.ticketId))
            m_waiting.insert(t.ticketId, {t.due, t.severity, QString(), true});
    }
    return {};
}

void ReviewPackBreaches::take(qint64 id, const Domain::Ticket &ticket)
{
    const auto it = m_waiting.find(id);
    if (it == m_waiting.end())
        return;
    ReviewTicket line = reviewLineOf(id, ticket);
    line.breachedAt = it->breachedAt;
    line.severity = it->severity;
    line.explanation = std::move(it->explanation);
    const bool explain = it->explain;
    m_waiting.erase(it);
    if (explain)
        m_toExplain.append(std::move(line));
    else
        complete(std::move(line));
}

void ReviewPackBreaches::complete(ReviewTicket line)
{
    line.rootCause = m_pack.rootCauses.value(line.id);
    if (!line.rootCause.isEmpty())
        m_notes.insert(line.id, line.rootCause);
    m_lines->append(ReviewPackLines::Table::Breaches, line);
    ++m_count;
    m_listed.offer(std::move(line));
}

ReviewPackLoader::Error ReviewPackBreaches::finish(ReviewPack *pack)
{
    using Problem = ReviewPackLoader::Problem;
    // A ticket breached in the period was open during it, so it is among the pack's tickets; one
    // that is not (its instants changed since the results were stored) is read by id.
    QVector<qint64> missing;
    missing.reserve(m_waiting.size());
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it)
        missing.append(it.key());
    std::sort(missing.begin(), missing.end());
    const Storage::TicketSubsets subsets(m_database);
    for (qsizetype first = 0; first < missing.size(); first += s_idsPerRead) {
        Storage::TicketsWithIds more;
        if (Storage::StorageError error =
                subsets.byIds(pack->engagement.id, missing.mid(first, s_idsPerRead), &more))
            return {Problem::Storage, error, {}};
        for (qsizetype i = 0; i < more.ids.size(); ++i)
            take(more.ids.at(i), more.tickets.at(i));
    }
    m_waiting.clear(); // no such tickets any more
    const TicketExplanationLoader explainer(m_database);
    for (ReviewTicket &line : m_toExplain) {
        TicketExplanationLoader::Result result;
        if (TicketExplanationLoader::Error e =
                explainer.load(pack->engagement, line.key, pack->now.toSecsSinceEpoch(), &result))
            return {Problem::Loader, e.storage, e.message(pack->engagement, line.key)};
        line.explanation = Exchange::SlaExplainText::summary(result.explanation);
        complete(std::move(line));
    }
    m_toExplain.clear();
    // The open tickets breached in the period are lines now; nothing else reads the list.
    pack->sla.atRisk.clear();
    pack->sla.atRisk.squeeze();
    pack->listedBreaches = m_listed.take();
    pack->breachCount = m_count;
    pack->rootCauses = m_notes;
    pack->current.breaches = int(m_count);
    return {};
}

} // namespace Models
