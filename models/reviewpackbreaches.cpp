#include "models/reviewpackbreaches.h"

#include "models/exchange/sla/slaexplaintext.h"
#include "models/reviewbreachesloader.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/ticketsubsets.h"
#include "models/ticketexplanationloader.h"

#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QTemporaryFile>
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

/// The stored breaches' explanations, by number: held up to a budget, then all of them in an
/// unnamed temporary file (a month of the 1M bench has 33,797, ~10 MB held).
class ReviewPackBreaches::Explanations
{
public:
    explicit Explanations(qsizetype budget) : m_budget(budget) {}

    /// The number of `text`, or -1 when the temporary file failed (error()).
    int add(const QString &text)
    {
        if (!m_file) {
            m_held.append(text);
            m_bytes += 24 + 2 * text.size();
            if (m_bytes >= m_budget && !spill())
                return -1;
            return int(m_held.size() + m_offsets.size()) - 1;
        }
        return write(text) ? int(m_offsets.size()) - 1 : -1;
    }
    bool text(int number, QString *text)
    {
        if (!m_file) {
            *text = m_held.at(number);
            return true;
        }
        QDataStream in(m_file.get());
        in.setVersion(QDataStream::Qt_6_0);
        if (!m_file->seek(m_offsets.at(number)))
            return false;
        in >> *text;
        return in.status() == QDataStream::Ok;
    }
    QString error() const { return m_error; }

private:
    bool spill()
    {
        m_file = std::make_unique<QTemporaryFile>(
            QDir(QDir::tempPath()).filePath(QStringLiteral("deliverydesk-breaches-XXXXXX")));
        if (!m_file->open()) {
            m_error = ReviewPackLines::tr("Cannot write a temporary file for the data appendix in %1: %2")
                          .arg(QDir::toNativeSeparators(QDir::tempPath()), m_file->errorString());
            return false;
        }
        for (const QString &text : std::as_const(m_held)) {
            if (!write(text))
                return false;
        }
        m_held.clear();
        m_held.squeeze();
        return true;
    }
    bool write(const QString &text)
    {
        m_offsets.append(m_file->pos());
        QDataStream out(m_file.get());
        out.setVersion(QDataStream::Qt_6_0);
        out << text;
        if (out.status() != QDataStream::Ok) {
            m_error = ReviewPackLines::tr("Cannot write a temporary file for the data appendix in %1: %2")
                          .arg(QDir::toNativeSeparators(QDir::tempPath()), m_file->errorString());
            return false;
        }
        return true;
    }

    qsizetype m_budget;
    qsizetype m_bytes = 0;
    QVector<QString> m_held;
    std::unique_ptr<QTemporaryFile> m_file;
    QVector<qint64> m_offsets; ///< of each text in m_file
    QString m_error;
};

ReviewPackBreaches::ReviewPackBreaches(const Storage::Database &database, const ReviewPack &pack,
                                       ReviewPackLines *lines, qsizetype budget)
    : m_database(database), m_pack(pack), m_lines(lines),
      m_explanations(std::make_unique<Explanations>(budget > 0 ? budget : ReviewPackLines::DefaultBudget))
{
}

ReviewPackBreaches::~ReviewPackBreaches() = default;

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
    // The stored breaches of the period, as the Review page lists them (by the same rule,
    // ReviewBreachesLoader::forEachBreach). Only what waits for the ticket is kept: not the results, nor the
    // titles the page's loader reads by id (33,797 tickets with their history in a month of the 1M bench).
    const qint64 periodBegin = startOf(m_pack.period.start, m_pack.engagement);
    const qint64 periodFinish = startOf(m_pack.period.end.addDays(1), m_pack.engagement);
    QString failure;
    const Storage::StorageError error =
        ReviewBreachesLoader(m_database)
            .forEachBreach(m_pack.engagement, m_pack.period.start, m_pack.period.end, nullptr, {},
                           [this, &failure](const Storage::StoredSlaResult &stored) {
                               if (!failure.isEmpty() || m_waiting.contains(stored.ticketId))
                                   return;
                               const int number =
                                   m_explanations->add(ReviewBreachesLoader::explanationOf(stored));
                               if (number < 0) {
                                   failure = m_explanations->error();
                                   return;
                               }
                               m_waiting.insert(stored.ticketId, {stored.breachAt().value_or(0),
                                                                  stored.result.severity, number});
                           });
    if (error)
        return {Problem::Storage, error, {}};
    if (!failure.isEmpty())
        return {Problem::Loader, {}, failure};
    // ... and open tickets that have breached since the results were stored (the SLA page counts
    // them too), explained at `now` by the ticket timeline's loader in finish().
    for (const SlaAtRiskTicket &t : m_pack.sla.atRisk) {
        if (t.breached && t.due >= periodBegin && t.due < periodFinish && !m_waiting.contains(t.ticketId))
            m_waiting.insert(t.ticketId, {t.due, t.severity, -1});
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
    const int explanation = it->explanation;
    m_waiting.erase(it);
    if (explanation < 0) {
        m_toExplain.append(std::move(line));
        return;
    }
    if (!m_explanations->text(explanation, &line.explanation)) {
        m_failed = true;
        return;
    }
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
    if (m_failed)
        return {Problem::Loader,
                {},
                ReviewPackLines::tr("Cannot read back a temporary file of the data appendix.")};
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
