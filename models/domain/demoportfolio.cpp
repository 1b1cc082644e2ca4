#include "models/domain/demoportfolio.h"

#include "models/domain/supportmodelcatalogue.h"

#include <QTimeZone>
#include <random>

namespace Domain {

namespace {

/// Portable randomness: std::mt19937 is specified exactly, the standard distributions are not.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_engine(seed) {}
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(m_engine() % static_cast<quint32>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::mt19937 m_engine;
};

struct EngagementSpec
{
    const char *key;
    const char *client;
    const char *name;
    SupportModel model;
    const char *timeZone;
    int committedHours;
    bool cover24x7;
    int ticketsPerMonth;
    const char *prefix;
    int monthsBeforeDemo; ///< how long before the demo year the contract started
    const char *team;     ///< indexes into s_people
};

const EngagementSpec s_specs[] = {
    {"NORDSHOP", "Nordshop AB", "Webshop support", SupportModel::FixedCapacity, "Europe/Stockholm", 80, false,
     18, "NS", 6, "036"},
    {"FJALLGEAR", "Fjällgear Outdoor AB", "Hotfix and SLA support", SupportModel::SlaHotfix,
     "Europe/Stockholm", 120, true, 30, "FG", 14, "1468"},
    {"BALTICHOME", "Baltic Home Oy", "Critical incidents and delivery team",
     SupportModel::SlaCriticalDedicated, "Europe/Helsinki", 160, true, 26, "BH", 0, "235796"},
    {"ATLANTICPET", "Atlantic Pet Supplies Inc.", "Managed commerce service", SupportModel::ManagedService,
     "America/New_York", 140, true, 40, "AP", 24, "01457869"},
};

const char *const s_people[][2] = {
    {"Astrid Lindqvist", "Dev"}, {"Erik Johansson", "Dev"}, {"Noah Virtanen", "Dev"}, {"Maja Karlsson", "QA"},
    {"Oskar Berg", "QA"},        {"Lena Holm", "SA"},       {"Johan Ek", "PM"},       {"Sara Nyström", "RM"},
    {"Ali Hassan", "Ops"},       {"Emma Wikström", "Ops"},
};

const char *const s_statusFlow[] = {"New", "In Progress", "Waiting for customer", "Resolved", "Closed"};

int severityFor(DemoRandom &rnd)
{
    const int roll = rnd.below(100);
    return roll < 4 ? 1 : roll < 18 ? 2 : roll < 75 ? 3 : 4;
}

/// Response and resolution spans in minutes, roughly matching typical SLA targets; about one
/// ticket in twelve takes far longer (a breach).
QPair<int, int> spansFor(int severity, DemoRandom &rnd)
{
    static const int response[] = {30, 120, 480, 960};
    static const int resolution[] = {240, 960, 4800, 9600};
    const int i = severity - 1;
    const bool late = rnd.chance(8);
    const int resp = rnd.between(response[i] / 6, late ? response[i] * 2 : response[i] * 9 / 10);
    const int res = rnd.between(resolution[i] / 5, late ? resolution[i] * 3 : resolution[i] * 9 / 10);
    return {resp, qMax(resp + 5, res)};
}

Ticket makeTicket(const EngagementSpec &spec, int number, qint64 created, qint64 now, DemoRandom &rnd)
{
    Ticket t;
    t.key = QStringLiteral("%1-%2").arg(QLatin1String(spec.prefix)).arg(number);
    t.severity = severityFor(rnd);
    const int kindRoll = rnd.below(100);
    t.kind = kindRoll < 55   ? TicketKind::Incident
             : kindRoll < 70 ? TicketKind::ServiceRequest
             : kindRoll < 80 ? TicketKind::Problem
             : kindRoll < 88 ? TicketKind::Change
                             : TicketKind::Enhancement;
    t.serviceLevel = t.kind == TicketKind::Enhancement ? ServiceLevel::L3
                     : t.kind == TicketKind::Problem   ? ServiceLevel::L2
                                                       : ServiceLevel::L1;
    const QVector<ActivityInfo> activities = SupportModelCatalogue::activities(t.serviceLevel);
    t.activity = QLatin1String(activities.at(rnd.below(activities.size())).id);
    t.title = QStringLiteral("%1 %2").arg(QLatin1String(spec.prefix), QString::number(number));
    t.created = created;
    const auto [responseMinutes, resolutionMinutes] = spansFor(t.severity, rnd);
    t.history.append({created, QLatin1String(s_statusFlow[0]), t.severity});
    const qint64 responded = created + responseMinutes * 60;
    if (responded > now) {
        t.status = QLatin1String(s_statusFlow[0]);
        return t;
    }
    t.firstResponse = responded;
    t.history.append({responded, QLatin1String(s_statusFlow[1]), 0});
    qint64 resolved = created + qint64(resolutionMinutes) * 60;
    if (rnd.chance(25)) {
        // Waiting for the customer: the SLA clock pauses, so the ticket closes later.
        const qint64 waitStart = responded + (resolved - responded) / 3;
        const qint64 waitMinutes = rnd.between(60, 3 * 24 * 60);
        if (waitStart < now)
            t.history.append({waitStart, QLatin1String(s_statusFlow[2]), 0});
        if (waitStart + waitMinutes * 60 < now)
            t.history.append({waitStart + waitMinutes * 60, QLatin1String(s_statusFlow[1]), 0});
        resolved += waitMinutes * 60;
    }
    if (resolved > now) {
        t.status = t.history.constLast().status;
        return t;
    }
    t.resolved = resolved;
    t.history.append({resolved, QLatin1String(s_statusFlow[3]), 0});
    const qint64 closed = resolved + 3 * 24 * 3600;
    if (closed <= now)
        t.history.append({closed, QLatin1String(s_statusFlow[4]), 0});
    t.status = t.history.constLast().status;
    return t;
}

Engagement makeEngagement(const EngagementSpec &spec, const QDate &start)
{
    Engagement e;
    e.key = QLatin1String(spec.key);
    e.client = QString::fromUtf8(spec.client);
    e.name = QLatin1String(spec.name);
    e.model = spec.model;
    e.start = start;
    e.timeZone = spec.timeZone;
    e.committedMinutesPerMonth = spec.committedHours * 60;
    e.severity1Cover24x7 = spec.cover24x7;
    if (SupportModelCatalogue::model(spec.model).coversAllRoles)
        e.rolesCovered = allRoles();
    else
        e.rolesCovered = {Role::Dev, Role::QA, Role::PM};
    if (spec.model == SupportModel::ManagedService)
        e.optionalServices = {QStringLiteral("perf-security-testing"), QStringLiteral("platform-upgrades")};
    if (spec.model == SupportModel::SlaCriticalDedicated)
        e.optionalServices = {QStringLiteral("architecture-review")};
    return e;
}

} // namespace

namespace {

qint64 localInstant(const QDate &date, int minuteOfDay, const QTimeZone &zone)
{
    return QDateTime(date, QTime(minuteOfDay / 60, minuteOfDay % 60), zone).toSecsSinceEpoch();
}

bool isWeekday(const QDate &date)
{
    return date.dayOfWeek() <= 5;
}

QVector<Ticket> makeTickets(const EngagementSpec &spec, const QDate &first, const QDate &asOf,
                            DemoRandom &rnd)
{
    const QTimeZone zone(spec.timeZone);
    const qint64 now = localInstant(asOf, 12 * 60, zone);
    QVector<Ticket> tickets;
    int number = 100;
    for (QDate month = first; month <= asOf; month = month.addMonths(1)) {
        const int count = spec.ticketsPerMonth * rnd.between(80, 120) / 100;
        for (int i = 0; i < count; ++i) {
            const QDate day = month.addDays(rnd.below(month.daysInMonth()));
            if (day > asOf)
                continue;
            // Most tickets arrive in office hours, some in the evening or at weekends.
            const int minute = rnd.chance(80) ? rnd.between(7 * 60, 17 * 60) : rnd.between(0, 24 * 60 - 1);
            const qint64 created = localInstant(day, minute, zone);
            if (created > now)
                continue;
            tickets.append(makeTicket(spec, ++number, created, now, rnd));
        }
    }
    std::sort(tickets.begin(), tickets.end(),
              [](const Ticket &a, const Ticket &b) { return a.created < b.created; });
    return tickets;
}

ServiceLevel levelFor(DemoRandom &rnd)
{
    const int roll = rnd.below(100);
    return roll < 30   ? ServiceLevel::L1
           : roll < 45 ? ServiceLevel::L2
           : roll < 95 ? ServiceLevel::L3
                       : ServiceLevel::OptionalL3;
}

QVector<Worklog> makeWorklogs(const EngagementSpec &spec, const QVector<DemoPerson> &people,
                              const QDate &first, const QDate &asOf, DemoRandom &rnd)
{
    QVector<int> team;
    for (const char *c = spec.team; *c; ++c)
        team.append(*c - '0');
    QVector<Worklog> worklogs;
    int sequence = 0;
    for (QDate month = first; month <= asOf; month = month.addMonths(1)) {
        QVector<QDate> days;
        for (QDate d = month; d.month() == month.month(); d = d.addDays(1)) {
            if (isWeekday(d))
                days.append(d);
        }
        // Months run between 75 % and 115 % of the committed hours: some overruns, some slack.
        const int target = spec.committedHours * 60 * rnd.between(75, 115) / 100;
        const int perDay = target / qMax(1, int(days.size()));
        for (const QDate &day : qAsConst(days)) {
            if (day > asOf)
                break;
            int left = perDay * rnd.between(40, 160) / 100;
            while (left > 0) {
                const DemoPerson &person = people.at(team.at(rnd.below(team.size())));
                const int minutes = qMin(left, 30 * rnd.between(1, 8));
                Worklog w;
                w.sourceKey = QStringLiteral("%1-W%2").arg(QLatin1String(spec.prefix)).arg(++sequence);
                w.date = day;
                w.person = person.name;
                w.role = person.role;
                w.seconds = qint64(minutes) * 60;
                w.serviceLevel = levelFor(rnd);
                const QVector<ActivityInfo> activities = SupportModelCatalogue::activities(w.serviceLevel);
                w.activity = QLatin1String(activities.at(rnd.below(activities.size())).id);
                worklogs.append(w);
                left -= minutes;
            }
        }
    }
    return worklogs;
}

} // namespace

DemoPortfolio DemoPortfolio::generate(const QDate &asOf, quint32 seed)
{
    DemoRandom rnd(seed);
    DemoPortfolio portfolio;
    for (const auto &p : s_people) {
        DemoPerson person;
        person.name = QString::fromUtf8(p[0]);
        roleFromId(QLatin1String(p[1]), &person.role);
        person.onCall = person.role == Role::Ops;
        portfolio.people.append(person);
    }
    portfolio.people[4].partTimePercent = 80;
    const QDate first = QDate(asOf.year(), asOf.month(), 1).addMonths(-11);
    for (const EngagementSpec &spec : s_specs) {
        EngagementData data;
        data.engagement = makeEngagement(spec, first.addMonths(-spec.monthsBeforeDemo));
        data.tickets = makeTickets(spec, first, asOf, rnd);
        data.worklogs = makeWorklogs(spec, portfolio.people, first, asOf, rnd);
        data.slaChange = first.addMonths(6);
        portfolio.engagements.append(data);
    }
    return portfolio;
}

} // namespace Domain
