#include "models/slaoverviewloader.h"

#include "models/changetext.h"
#include "models/domain/sla/slapolicyhistory.h"
#include "models/domain/sla/slaprojection.h"
#include "models/domain/supportmodelcatalogue.h"
#include "models/domaintext.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/database.h"
#include "models/storage/slaoverviewrepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/slaresultrepository.h"
#include "models/storagetext.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>

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

/// The nearest-rank value at `percent` of sorted `values`.
qint64 rank(const QVector<qint64> &sorted, int percent)
{
    const qsizetype n = sorted.size();
    const qsizetype index = qBound<qsizetype>(0, (qsizetype(percent) * n + 99) / 100 - 1, n - 1);
    return sorted.at(index);
}

/// The policy version a stored result was evaluated under.
const Domain::SlaPolicy *versionOf(const Domain::SlaPolicyHistory &history,
                                   const Storage::OpenSlaResult &open, const QTimeZone &zone)
{
    if (open.stored.policyEffective.isValid()) {
        if (const Domain::SlaPolicy *version = history.versionAt(open.stored.policyEffective))
            return version;
    }
    return history.versionFor(open.created, zone);
}

/// The clock that makes the ticket urgent: the first breached one, else the first past its
/// warning fraction (earliest due).
SlaAtRiskTicket atRiskEntry(const Storage::OpenSlaResult &open, const Domain::SlaResult &r, double warning,
                            qint64 now)
{
    using Clock = SlaAtRiskTicket::Clock;
    SlaAtRiskTicket t;
    t.ticketId = open.stored.ticketId;
    t.key = open.stored.ticketKey;
    t.title = open.title;
    t.status = open.status;
    t.severity = r.severity;
    t.result = r;
    t.breached = r.state == Domain::SlaState::Breached;
    const auto when = [&](const Domain::SlaClock &c) -> qint64 {
        const bool counts = t.breached ? c.isBreached() : Domain::SlaProjection::pastWarning(c, warning);
        if (!counts)
            return std::numeric_limits<qint64>::max();
        const std::optional<qint64> &at = t.breached ? c.breachedAt : c.due;
        return at ? *at : std::numeric_limits<qint64>::max() - 1;
    };
    const bool response = when(r.response) <= when(r.resolution);
    const Domain::SlaClock &c = response ? r.response : r.resolution;
    t.clock = response ? Clock::Response : Clock::Resolution;
    t.due = when(c);
    t.secondsLeft = t.due - now;
    t.businessSeconds = c.businessSeconds;
    t.targetSeconds = c.targetSeconds;
    return t;
}
/// Breached first, then by time left.
void sortAtRisk(QVector<SlaAtRiskTicket> *atRisk)
{
    std::sort(atRisk->begin(), atRisk->end(), [](const SlaAtRiskTicket &a, const SlaAtRiskTicket &b) {
        return a.due != b.due ? a.due < b.due : a.key < b.key;
    });
}

} // namespace

SlaBoxStats SlaBoxStats::of(QVector<qint64> values)
{
    SlaBoxStats s;
    s.count = int(values.size());
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.low = rank(values, 5);
    s.lowerQuartile = rank(values, 25);
    s.median = rank(values, 50);
    s.upperQuartile = rank(values, 75);
    s.high = rank(values, 95);
    s.maximum = values.last();
    return s;
}

const Domain::MonthlyCompliance *SlaOverview::complianceOf(const QDate &month, int severity) const
{
    const QDate first = firstOfMonth(month);
    for (const Domain::MonthlyCompliance &m : compliance) {
        if (m.month == first && m.severity == severity)
            return &m;
    }
    return nullptr;
}

int SlaOverview::breachesIn(const QDate &month, int severity) const
{
    const Domain::MonthlyCompliance *m = complianceOf(month, severity);
    return (m ? m->breaches : 0) + openBreaches.value(firstOfMonth(month)).value(severity);
}

QString SlaOverviewLoader::Error::message(const Domain::Engagement &engagement) const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NoSla:
        return tr("%1 is a fixed-capacity engagement: it sells hours, not response and resolution times, so "
                  "it has "
                  "no SLA to chart.")
            .arg(engagement.key);
    case Problem::InvalidRange:
        return tr("Choose a first month that is not after the last month.");
    case Problem::Storage:
        return StorageText::message(storage);
    }
    return {};
}

SlaOverviewLoader::SlaOverviewLoader(const Storage::Database &database) : m_database(database)
{
}

bool SlaOverviewLoader::hasSla(const Domain::Engagement &engagement)
{
    return Domain::SupportModelCatalogue::model(engagement.model).slaScope != Domain::SlaScope::None;
}

QDate SlaOverviewLoader::monthOf(const Domain::Engagement &engagement, qint64 now)
{
    return firstOfMonth(QDateTime::fromSecsSinceEpoch(now, zoneOf(engagement)).date());
}

SlaOverviewLoader::Error SlaOverviewLoader::load(const Domain::Engagement &engagement, QDate from, QDate to,
                                                 int severity, qint64 now, SlaOverview *out) const
{
    if (!hasSla(engagement))
        return {Problem::NoSla, {}};
    if (!from.isValid() && !to.isValid()) {
        to = monthOf(engagement, now);
        from = to.addMonths(1 - DefaultMonths);
    }
    if (!from.isValid() || !to.isValid() || firstOfMonth(from) > firstOfMonth(to))
        return {Problem::InvalidRange, {}};
    SlaOverview data;
    data.engagement = engagement;
    data.from = firstOfMonth(from);
    data.to = firstOfMonth(to);
    data.severity = Domain::SlaPolicy::isValidSeverity(severity) ? severity : 0;
    data.now = now;
    for (QDate m = data.from; m <= data.to; m = m.addMonths(1))
        data.months.append(m);
    if (Storage::StorageError error =
            Storage::SlaResultRepository(m_database).lastEvaluation(engagement.id, &data.evaluatedAt))
        return {Problem::Storage, error};
    if (Storage::StorageError error = SlaStaleness::find(m_database, engagement.id, &data.staleBy))
        return {Problem::Storage, error};
    if (Error error = loadCompliance(&data))
        return error;
    if (m_withDistribution) {
        if (Error error = loadDistribution(&data))
            return error;
    }
    const QTimeZone zone = zoneOf(engagement);
    if (Error error = readAtRisk(engagement, data.severity, now, [&](SlaAtRiskTicket &&t) {
            if (t.breached) {
                const QDate month = firstOfMonth(QDateTime::fromSecsSinceEpoch(t.due, zone).date());
                if (month >= data.from && month <= data.to)
                    ++data.openBreaches[month][t.severity];
            }
            if (!m_keepAtRisk || m_keepAtRisk(t))
                data.atRisk.append(std::move(t));
        }))
        return error;
    sortAtRisk(&data.atRisk);
    *out = std::move(data);
    return {};
}

SlaOverviewLoader::Error SlaOverviewLoader::loadCompliance(SlaOverview *data) const
{
    QVector<Domain::MonthlyCompliance> rows;
    if (Storage::StorageError error = Storage::SlaResultRepository(m_database)
                                          .compliance(data->engagement.id, data->from, data->to, &rows))
        return {Problem::Storage, error};
    Domain::SlaPolicyHistory history;
    if (Storage::StorageError error =
            Storage::SlaPolicyRepository(m_database).historyFor(data->engagement.id, &history))
        return {Problem::Storage, error};
    if (Storage::StorageError error =
            Storage::SlaPolicyRepository(m_database).versionStamps(data->engagement.id, &data->policyStamps))
        return {Problem::Storage, error};
    // Severities with a target in some version in force during the range (critical-incident
    // contracts have none for 3 and 4), or the one asked for.
    for (int s = 1; s <= Domain::SlaPolicy::SeverityCount; ++s) {
        if (data->severity != 0 && s != data->severity)
            continue;
        bool targeted = data->severity != 0;
        for (const Domain::SlaPolicy &version : history.versions()) {
            const Domain::SlaSeverityTarget &t = version.target(s);
            targeted = targeted || t.responseMinutes > 0 || t.resolutionMinutes > 0;
        }
        if (targeted || history.isEmpty())
            data->severities.append(s);
    }
    std::copy_if(
        rows.cbegin(), rows.cend(), std::back_inserter(data->compliance),
        [data](const Domain::MonthlyCompliance &m) { return data->severities.contains(m.severity); });
    return {};
}

SlaOverviewLoader::Error SlaOverviewLoader::loadDistribution(SlaOverview *data) const
{
    QVector<Storage::StoredBusinessTimes> times;
    if (Storage::StorageError error =
            Storage::SlaOverviewRepository(m_database)
                .businessTimes(data->engagement.id, data->from, data->to, data->severity, &times))
        return {Problem::Storage, error};
    Domain::SlaPolicyHistory history;
    if (Storage::StorageError error =
            Storage::SlaPolicyRepository(m_database).historyFor(data->engagement.id, &history))
        return {Problem::Storage, error};
    const QDate lastDay = data->to.addMonths(1).addDays(-1);
    const Domain::SlaPolicy *version = history.versionAt(lastDay);
    if (!version && !history.isEmpty())
        version = &history.versions().first();
    for (int severity : qAsConst(data->severities)) {
        QVector<qint64> response;
        QVector<qint64> resolution;
        for (const Storage::StoredBusinessTimes &t : qAsConst(times)) {
            if (t.severity != severity)
                continue;
            if (t.responseDecided)
                response.append(t.responseSeconds);
            if (t.resolutionDecided)
                resolution.append(t.resolutionSeconds);
        }
        SlaSeverityDistribution d;
        d.severity = severity;
        d.response = SlaBoxStats::of(response);
        d.resolution = SlaBoxStats::of(resolution);
        if (version) {
            d.responseTargetSeconds = version->target(severity).responseSeconds();
            d.resolutionTargetSeconds = version->target(severity).resolutionSeconds();
        }
        data->distribution.append(d);
    }
    return {};
}

SlaOverviewLoader::Error SlaOverviewLoader::loadAtRisk(const Domain::Engagement &engagement, int severity,
                                                       qint64 now, QVector<SlaAtRiskTicket> *out) const
{
    out->clear();
    if (Error error =
            readAtRisk(engagement, severity, now, [out](SlaAtRiskTicket &&t) { out->append(std::move(t)); }))
        return error;
    sortAtRisk(out);
    return {};
}

SlaOverviewLoader::Error
SlaOverviewLoader::readAtRisk(const Domain::Engagement &engagement, int severity, qint64 now,
                              const std::function<void(SlaAtRiskTicket &&)> &take) const
{
    if (!hasSla(engagement))
        return {Problem::NoSla, {}};
    Domain::BusinessCalendar calendar;
    if (Storage::StorageError error =
            Storage::CalendarRepository(m_database).calendarFor(engagement.id, &calendar))
        return {Problem::Storage, error};
    Domain::SlaPolicyHistory history;
    if (Storage::StorageError error =
            Storage::SlaPolicyRepository(m_database).historyFor(engagement.id, &history))
        return {Problem::Storage, error};
    const QTimeZone zone = zoneOf(engagement);
    const auto project = [&](Storage::OpenSlaResult &&o) {
        const Domain::SlaResult &stored = o.stored.result;
        const Domain::SlaPolicy *version = versionOf(history, o, zone);
        if (!version || !Domain::SlaPolicy::isValidSeverity(stored.severity))
            return true;
        const Domain::SlaSeverityTarget &target = version->target(stored.severity);
        const Domain::SlaResult r =
            Domain::SlaProjection::project(stored, o.stored.evaluatedAt, target, calendar, now);
        if (r.state != Domain::SlaState::AtRisk && r.state != Domain::SlaState::Breached)
            return true;
        take(atRiskEntry(o, r, target.warningFraction, now));
        return true;
    };
    if (Storage::StorageError error =
            Storage::SlaOverviewRepository(m_database)
                .forEachOpenResult(engagement.id, Domain::SlaPolicy::isValidSeverity(severity) ? severity : 0,
                                   project))
        return {Problem::Storage, error};
    return {};
}

QString SlaOverviewLoader::durationText(qint64 seconds)
{
    const qint64 minutes = (qAbs(seconds) + 59) / 60; // a started minute counts: "1 min left", never "0 min"
    if (minutes >= 48 * 60)
        return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes % (24 * 60)) / 60);
    if (minutes >= 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 min").arg(minutes);
}

QString SlaOverviewLoader::timeLeftText(qint64 secondsLeft)
{
    if (secondsLeft < 0)
        return tr("breached %1 ago").arg(durationText(-secondsLeft));
    return tr("%1 left").arg(durationText(secondsLeft));
}

QString SlaOverviewLoader::clockName(SlaAtRiskTicket::Clock clock)
{
    return clock == SlaAtRiskTicket::Clock::Response ? tr("Response") : tr("Resolution");
}

QString SlaOverviewLoader::policyText(const SlaOverview &overview)
{
    if (overview.policyStamps.isEmpty())
        return tr("SLA policy: the support model's default (none imported)");
    QStringList lines{tr("SLA policy versions:")};
    for (auto it = overview.policyStamps.cbegin(); it != overview.policyStamps.cend(); ++it)
        lines.append(
            ChangeText::appended(tr("In force from %1").arg(DomainText::date(it.key())), it.value()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Models
