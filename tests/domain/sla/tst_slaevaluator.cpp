#include "models/domain/sla/slaevaluator.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

#include <random>
#include <thread>

using namespace Domain;

namespace {
const QTimeZone s_zone("Europe/Stockholm");

/// "2026-03-02 09:00" in Stockholm as UTC epoch seconds; 0 for an empty text.
qint64 at(const char *local)
{
    if (!local || !*local)
        return 0;
    const QDateTime dt = QDateTime::fromString(QLatin1String(local), QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(dt.date(), dt.time(), s_zone).toSecsSinceEpoch();
}

std::optional<qint64> maybe(const char *local)
{
    if (!local || !*local)
        return std::nullopt;
    return at(local);
}

StatusChange change(const char *when, const char *status, int severity = 0)
{
    return StatusChange{at(when), QLatin1String(status), severity};
}

Ticket ticket(int severity, const char *created, const char *response, const char *resolved,
              const QVector<StatusChange> &history = {})
{
    Ticket t;
    t.key = QStringLiteral("SUP-1");
    t.severity = severity;
    t.created = at(created);
    t.firstResponse = maybe(response);
    t.resolved = maybe(resolved);
    t.history = history;
    return t;
}

/// Monday–Friday 08:00–17:00 in Stockholm with Sweden's holidays.
BusinessCalendar officeCalendar()
{
    BusinessCalendar c;
    c.setTimeZone("Europe/Stockholm");
    for (int d = Qt::Monday; d <= Qt::Friday; ++d)
        c.setWeekHours(Qt::DayOfWeek(d), {WorkInterval{8 * 60, 17 * 60}});
    c.addHolidayRule(QStringLiteral("SE"));
    return c;
}

SlaPolicy policy()
{
    SlaPolicy p;
    p.effectiveFrom = QDate(2026, 1, 1);
    p.target(1) = {30, 240, true, true, 0.75, 95.0};
    p.target(2) = {60, 480, false, false, 0.75, 95.0};
    p.target(3) = {240, 1440, false, false, 0.75, 90.0};
    p.target(4) = {480, 0, false, false, 0.75, 90.0}; // no resolution target
    return p;
}

constexpr qint64 M = 60;
constexpr qint64 H = 3600;
} // namespace

class TestSlaEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void shouldMeasureBothClocks_data();
    void shouldMeasureBothClocks();
    void shouldMoveTheDueInstantWithPauses_data();
    void shouldMoveTheDueInstantWithPauses();
    void shouldFlagDataProblems_data();
    void shouldFlagDataProblems();
    void shouldPickThePolicyVersionByCreationDate();
    void shouldExplainTheTimelineInOrder();
    void shouldGiveTheSameResultWhenExplaining();
    void shouldMarkWhenAClockBecameAtRisk();
    void shouldTakeTheFirstSeverityInTheHistoryAsTheInitialOne();
    void shouldFollowAHistoryThatReopensARecordedResolution();
    void shouldGiveTheSameResultsFromSeveralThreads();
    void shouldSplitElapsedTimeIntoRunningAndPausedOnRandomTickets();
};

void TestSlaEvaluator::shouldMeasureBothClocks_data()
{
    QTest::addColumn<Ticket>("ticket");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("responseSeconds");
    QTest::addColumn<SlaClockOutcome>("responseOutcome");
    QTest::addColumn<qint64>("resolutionSeconds");
    QTest::addColumn<SlaClockOutcome>("resolutionOutcome");
    QTest::addColumn<qint64>("pausedSeconds");
    QTest::addColumn<SlaState>("state");

    using O = SlaClockOutcome;
    const qint64 later = at("2026-06-01 12:00");
    QTest::newRow("met within office hours")
        << ticket(3, "2026-03-02 09:00", "2026-03-02 10:00", "2026-03-02 15:00") << later << 1 * H << O::Met
        << 6 * H << O::Met << qint64(0) << SlaState::Met;
    QTest::newRow("created on a saturday starts on monday")
        << ticket(3, "2026-03-07 10:00", "2026-03-09 08:30", "2026-03-09 12:00") << later << H / 2 << O::Met
        << 4 * H << O::Met << qint64(0) << SlaState::Met;
    QTest::newRow("pause at creation")
        << ticket(3, "2026-03-02 09:00", "2026-03-02 09:30", "2026-03-02 13:00",
                  {change("2026-03-02 09:00", "Waiting for customer"), change("2026-03-02 11:00", "Active")})
        << later << H / 2 << O::Met << 2 * H << O::Met << 2 * H << SlaState::Met;
    QTest::newRow("pause over a weekend counts its business hours once")
        << ticket(2, "2026-03-06 15:00", "2026-03-06 15:30", "2026-03-09 12:00",
                  {change("2026-03-06 16:00", "awaiting vendor"), change("2026-03-09 10:00", "Active")})
        << later << H / 2 << O::Met << 3 * H << O::Met << 3 * H << SlaState::Met;
    QTest::newRow("reopen resumes the resolution clock")
        << ticket(3, "2026-03-02 09:00", "2026-03-02 09:30", "2026-03-03 14:00",
                  {change("2026-03-02 09:00", "New"), change("2026-03-02 12:00", "Resolved"),
                   change("2026-03-03 10:00", "Active"), change("2026-03-03 14:00", "Resolved")})
        << later << H / 2 << O::Met << 7 * H << O::Met << qint64(0) << SlaState::Met;
    QTest::newRow("history reopening a recorded resolution wins")
        << ticket(3, "2026-03-02 09:00", "2026-03-02 10:00", "2026-03-02 12:00",
                  {change("2026-03-03 09:00", "Active"), change("2026-03-03 11:00", "Resolved"),
                   change("2026-03-04 09:00", "Closed")})
        << later << 1 * H << O::Met << 5 * H << O::Met << qint64(0) << SlaState::Met;
    QTest::newRow("severity raised to 1 takes severity 1 targets from creation")
        << ticket(1, "2026-03-02 09:00", "2026-03-02 09:20", "2026-03-02 14:00",
                  {change("2026-03-02 09:00", "New", 3), change("2026-03-02 10:00", "Active", 1)})
        << later << 20 * M << O::Met << 5 * H << O::Breached << qint64(0) << SlaState::Breached;
    QTest::newRow("24x7 severity 1 counts the weekend")
        << ticket(1, "2026-03-07 10:00", "2026-03-07 10:20", "2026-03-07 13:00") << later << 20 * M << O::Met
        << 3 * H << O::Met << qint64(0) << SlaState::Met;
    QTest::newRow("24x7 across the spring-forward night is real time")
        << ticket(1, "2026-03-28 22:00", "2026-03-28 22:10", "2026-03-29 04:00") << later << 10 * M << O::Met
        << 5 * H << O::Breached << qint64(0) << SlaState::Breached;
    QTest::newRow("business hours across the daylight-saving weekend")
        << ticket(3, "2026-03-27 16:00", "2026-03-27 16:30", "2026-03-30 09:00") << later << H / 2 << O::Met
        << 2 * H << O::Met << qint64(0) << SlaState::Met;
    QTest::newRow("24x7 across the fall-back night is real time")
        << ticket(1, "2026-10-24 22:00", "2026-10-24 22:10", "2026-10-25 04:00") << at("2026-12-01 12:00")
        << 10 * M << O::Met << 7 * H << O::Breached << qint64(0) << SlaState::Breached;
    QTest::newRow("business hours across the fall-back weekend")
        << ticket(3, "2026-10-23 16:00", "2026-10-23 16:30", "2026-10-26 09:00") << at("2026-12-01 12:00")
        << H / 2 << O::Met << 2 * H << O::Met << qint64(0) << SlaState::Met;
    QTest::newRow("leap day is a working day")
        << ticket(3, "2028-02-28 16:00", "2028-02-28 16:30", "2028-03-01 09:00") << at("2028-06-01 12:00")
        << H / 2 << O::Met << 11 * H << O::Met << qint64(0) << SlaState::Met;
    QTest::newRow("good friday and easter monday are closed")
        << ticket(3, "2026-04-02 16:00", "2026-04-02 16:10", "2026-04-07 09:00") << later << 10 * M << O::Met
        << 2 * H << O::Met << qint64(0) << SlaState::Met;
    QTest::newRow("running below the warning threshold")
        << ticket(2, "2026-03-02 09:00", "2026-03-02 09:10", "") << at("2026-03-02 13:00") << 10 * M << O::Met
        << 4 * H << O::Running << qint64(0) << SlaState::Running;
    QTest::newRow("at risk at the warning threshold")
        << ticket(2, "2026-03-02 09:00", "2026-03-02 09:10", "") << at("2026-03-02 15:00") << 10 * M << O::Met
        << 6 * H << O::Running << qint64(0) << SlaState::AtRisk;
    QTest::newRow("paused now") << ticket(2, "2026-03-02 09:00", "2026-03-02 09:10", "",
                                          {change("2026-03-02 10:00", "Awaiting User Info")})
                                << at("2026-03-02 16:00") << 10 * M << O::Met << 1 * H << O::Running << 6 * H
                                << SlaState::Paused;
    QTest::newRow("paused wins over at risk") << ticket(2, "2026-03-02 09:00", "2026-03-02 09:10", "",
                                                        {change("2026-03-02 15:30", "Waiting for customer")})
                                              << at("2026-03-02 16:00") << 10 * M << O::Met << 6 * H + H / 2
                                              << O::Running << H / 2 << SlaState::Paused;
    QTest::newRow("response breached while still open")
        << ticket(2, "2026-03-02 09:00", "", "") << at("2026-03-02 10:30") << 90 * M << O::Breached << 90 * M
        << O::Running << qint64(0) << SlaState::Breached;
    QTest::newRow("later facts are unknown at now")
        << ticket(2, "2026-03-02 09:00", "2026-03-02 11:00", "2026-03-03 09:00") << at("2026-03-02 09:30")
        << 30 * M << O::Running << 30 * M << O::Running << qint64(0) << SlaState::Running;
    QTest::newRow("a final resolved status resolves without a resolved field")
        << ticket(3, "2026-03-02 09:00", "2026-03-02 09:30", "",
                  {change("2026-03-02 11:00", "Resolved"), change("2026-03-03 11:00", "closed")})
        << later << H / 2 << O::Met << 2 * H << O::Met << qint64(0) << SlaState::Met;
    QTest::newRow("no resolution target")
        << ticket(4, "2026-03-02 09:00", "2026-03-02 09:30", "2026-03-20 09:00") << later << H / 2 << O::Met
        << 8 * H + 13 * 9 * H + 1 * H << O::NoTarget << qint64(0) << SlaState::Met;
    QTest::newRow("resolution without response counts as the response")
        << ticket(2, "2026-03-02 09:00", "", "2026-03-02 09:45") << later << 45 * M << O::Met << 45 * M
        << O::Met << qint64(0) << SlaState::Met;
}

void TestSlaEvaluator::shouldMeasureBothClocks()
{
    QFETCH(Ticket, ticket);
    QFETCH(qint64, now);
    QFETCH(qint64, responseSeconds);
    QFETCH(SlaClockOutcome, responseOutcome);
    QFETCH(qint64, resolutionSeconds);
    QFETCH(SlaClockOutcome, resolutionOutcome);
    QFETCH(qint64, pausedSeconds);
    QFETCH(SlaState, state);

    const SlaResult r = SlaEvaluator(policy(), officeCalendar()).evaluate(ticket, now);
    QCOMPARE(r.response.businessSeconds, responseSeconds);
    QCOMPARE(r.response.outcome, responseOutcome);
    QCOMPARE(r.resolution.businessSeconds, resolutionSeconds);
    QCOMPARE(r.resolution.outcome, resolutionOutcome);
    QCOMPARE(r.pausedSeconds, pausedSeconds);
    QCOMPARE(r.state, state);
    QCOMPARE(r.severity, ticket.severity);
}

void TestSlaEvaluator::shouldMoveTheDueInstantWithPauses_data()
{
    QTest::addColumn<Ticket>("ticket");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("responseDue");
    QTest::addColumn<qint64>("resolutionDue");
    QTest::addColumn<qint64>("breachedAt"); // of the resolution; 0 when not breached

    const qint64 later = at("2026-06-01 12:00");
    QTest::newRow("no pause: 24 business hours from monday 09:00")
        << ticket(3, "2026-03-02 09:00", "2026-03-02 10:00", "2026-03-02 15:00") << later
        << at("2026-03-02 13:00") << at("2026-03-04 15:00") << qint64(0);
    QTest::newRow("two paused hours at creation push it to a closing time")
        << ticket(3, "2026-03-02 09:00", "2026-03-02 09:30", "2026-03-02 13:00",
                  {change("2026-03-02 09:00", "Waiting for customer"), change("2026-03-02 11:00", "Active")})
        << later << at("2026-03-02 13:00") << at("2026-03-04 17:00") << qint64(0);
    QTest::newRow("pause over a weekend")
        << ticket(2, "2026-03-06 15:00", "2026-03-06 15:30", "2026-03-09 12:00",
                  {change("2026-03-06 16:00", "Awaiting Vendor"), change("2026-03-09 10:00", "Active")})
        << later << at("2026-03-06 16:00") << at("2026-03-09 17:00") << qint64(0);
    QTest::newRow("paused now: projected from now")
        << ticket(2, "2026-03-02 09:00", "2026-03-02 09:10", "",
                  {change("2026-03-02 10:00", "Awaiting User Info")})
        << at("2026-03-02 16:00") << at("2026-03-02 10:00") << at("2026-03-03 14:00") << qint64(0);
    QTest::newRow("breach instant is the due instant")
        << ticket(1, "2026-03-02 09:00", "2026-03-02 09:20", "2026-03-02 14:00") << later
        << at("2026-03-02 09:30") << at("2026-03-02 13:00") << at("2026-03-02 13:00");
    QTest::newRow("reopened after the due instant: breached while reopened")
        << ticket(2, "2026-03-02 09:00", "2026-03-02 09:10", "2026-03-03 15:00",
                  {change("2026-03-02 16:00", "Resolved"), change("2026-03-03 09:00", "Active")})
        << later << at("2026-03-02 10:00") << at("2026-03-03 10:00") << at("2026-03-03 10:00");
}

void TestSlaEvaluator::shouldMoveTheDueInstantWithPauses()
{
    QFETCH(Ticket, ticket);
    QFETCH(qint64, now);
    QFETCH(qint64, responseDue);
    QFETCH(qint64, resolutionDue);
    QFETCH(qint64, breachedAt);
    const SlaResult r = SlaEvaluator(policy(), officeCalendar()).evaluate(ticket, now);
    QCOMPARE(r.response.due.value_or(0), responseDue);
    QCOMPARE(r.resolution.due.value_or(0), resolutionDue);
    QCOMPARE(r.resolution.breachedAt.value_or(0), breachedAt);
}

void TestSlaEvaluator::shouldFlagDataProblems_data()
{
    QTest::addColumn<Ticket>("ticket");
    QTest::addColumn<int>("problems");
    QTest::addColumn<SlaState>("state");
    QTest::addColumn<bool>("responseMeasured");
    QTest::addColumn<bool>("resolutionMeasured");

    QTest::newRow("clean") << ticket(3, "2026-03-02 09:00", "2026-03-02 10:00", "2026-03-02 15:00") << 0
                           << SlaState::Met << true << true;
    QTest::newRow("response before creation")
        << ticket(3, "2026-03-02 09:00", "2026-03-02 08:00", "2026-03-02 15:00")
        << int(SlaDataProblem::ResponseBeforeCreation) << SlaState::Met << false << true;
    QTest::newRow("resolved before creation")
        << ticket(3, "2026-03-02 09:00", "2026-03-02 10:00", "2026-03-01 15:00")
        << int(SlaDataProblem::ResolvedBeforeCreation) << SlaState::Invalid << true << false;
    QTest::newRow("missing creation")
        << ticket(3, "", "2026-03-02 10:00", "2026-03-02 15:00") << int(SlaDataProblem::MissingCreation)
        << SlaState::Invalid << false << false;
    QTest::newRow("unknown severity")
        << ticket(0, "2026-03-02 09:00", "", "") << int(SlaDataProblem::UnknownSeverity) << SlaState::Invalid
        << false << false;
    QTest::newRow("created after now")
        << ticket(3, "2026-07-01 09:00", "", "") << int(SlaDataProblem::CreatedAfterNow) << SlaState::Invalid
        << false << false;
    QTest::newRow("history out of order is sorted and flagged")
        << ticket(3, "2026-03-02 09:00", "2026-03-02 10:00", "2026-03-02 15:00",
                  {change("2026-03-02 12:00", "Active"), change("2026-03-02 10:00", "Waiting for customer")})
        << int(SlaDataProblem::HistoryOutOfOrder) << SlaState::Met << true << true;
    QTest::newRow("history before creation")
        << ticket(3, "2026-03-02 09:00", "2026-03-02 10:00", "2026-03-02 15:00",
                  {change("2026-03-02 08:00", "New")})
        << int(SlaDataProblem::HistoryBeforeCreation) << SlaState::Met << true << true;
    QTest::newRow("history reopens after the recorded resolution")
        << ticket(3, "2026-03-02 09:00", "2026-03-02 10:00", "2026-03-02 15:00",
                  {change("2026-03-02 15:00", "Resolved"), change("2026-03-03 09:00", "Active")})
        << int(SlaDataProblem::HistoryAfterResolution) << SlaState::Breached << true << true;
    QTest::newRow("resolved without a response")
        << ticket(3, "2026-03-02 09:00", "", "2026-03-02 15:00") << int(SlaDataProblem::ResponseMissing)
        << SlaState::Breached << true << true;
}

void TestSlaEvaluator::shouldFlagDataProblems()
{
    QFETCH(Ticket, ticket);
    QFETCH(int, problems);
    QFETCH(SlaState, state);
    QFETCH(bool, responseMeasured);
    QFETCH(bool, resolutionMeasured);
    const SlaResult r = SlaEvaluator(policy(), officeCalendar()).evaluate(ticket, at("2026-06-01 12:00"));
    QCOMPARE(r.problems.toInt(), problems);
    QCOMPARE(r.state, state);
    QCOMPARE(r.response.isDecided(), responseMeasured);
    QCOMPARE(r.resolution.isDecided(), resolutionMeasured);
}

void TestSlaEvaluator::shouldPickThePolicyVersionByCreationDate()
{
    SlaPolicyHistory history;
    history.addVersion(policy());
    SlaPolicy stricter = policy();
    stricter.effectiveFrom = QDate(2026, 3, 3);
    stricter.target(3).resolutionMinutes = 120;
    history.addVersion(stricter);
    const BusinessCalendar cal = officeCalendar();
    const qint64 now = at("2026-06-01 12:00");

    // Created on the 2nd, resolved after the change: the old, looser version applies.
    const Ticket before = ticket(3, "2026-03-02 16:00", "2026-03-02 16:10", "2026-03-03 12:00");
    SlaResult r = SlaEvaluator::evaluate(before, history, cal, now);
    QCOMPARE(r.resolution.targetSeconds, 1440 * 60);
    QCOMPARE(r.state, SlaState::Met);
    // Created on the 3rd at 00:30 local (still the 2nd in UTC): the new version applies.
    const Ticket after = ticket(3, "2026-03-03 00:30", "2026-03-03 08:10", "2026-03-03 12:00");
    r = SlaEvaluator::evaluate(after, history, cal, now);
    QCOMPARE(r.resolution.targetSeconds, 120 * 60);
    QCOMPARE(r.state, SlaState::Breached);
    // Created before the first version: no policy.
    const Ticket ancient = ticket(3, "2025-12-30 10:00", "", "");
    r = SlaEvaluator::evaluate(ancient, history, cal, now);
    QCOMPARE(r.state, SlaState::Invalid);
    QVERIFY(r.problems.testFlag(SlaDataProblem::NoPolicyInForce));
}

void TestSlaEvaluator::shouldExplainTheTimelineInOrder()
{
    const Ticket t =
        ticket(2, "2026-03-02 09:00", "2026-03-02 09:10", "2026-03-03 15:00",
               {change("2026-03-02 09:00", "New", 3), change("2026-03-02 10:00", "Waiting for customer"),
                change("2026-03-02 11:00", "Active", 2), change("2026-03-02 16:00", "Resolved"),
                change("2026-03-03 09:00", "Active")});
    const SlaExplanation e = SlaEvaluator(policy(), officeCalendar()).explain(t, at("2026-06-01 12:00"));
    QCOMPARE(e.ticketKey, QStringLiteral("SUP-1"));
    using K = SlaEventKind;
    const QVector<QPair<K, qint64>> expected = {
        {K::Created, at("2026-03-02 09:00")},
        {K::Responded, at("2026-03-02 09:10")},
        {K::Paused, at("2026-03-02 10:00")},
        {K::ResponseDue, at("2026-03-02 10:00")},
        {K::SeverityChanged, at("2026-03-02 11:00")},
        {K::Resumed, at("2026-03-02 11:00")},
        {K::ResolutionAtRisk, at("2026-03-02 16:00")},
        {K::Resolved, at("2026-03-02 16:00")},
        {K::Reopened, at("2026-03-03 09:00")},
        {K::ResolutionDue, at("2026-03-03 11:00")},
        {K::ResolutionBreached, at("2026-03-03 11:00")},
        {K::Resolved, at("2026-03-03 15:00")},
    };
    QVector<QPair<K, qint64>> actual;
    for (const SlaEvent &ev : e.events)
        actual.append({ev.kind, ev.at});
    QCOMPARE(actual, expected);
    // Business time on the resolution clock when first resolved: 09–10 and 11–16 (10–11 paused).
    QCOMPARE(e.events.at(7).businessSeconds, 6 * H);
    QCOMPARE(e.events.at(4).previousSeverity, 3);
    QCOMPARE(e.events.at(4).severity, 2);
    QCOMPARE(e.result.reopenCount, 1);
    QCOMPARE(e.result.pausedSeconds, 1 * H);
}

void TestSlaEvaluator::shouldGiveTheSameResultWhenExplaining()
{
    const SlaEvaluator evaluator(policy(), officeCalendar());
    const Ticket t = ticket(2, "2026-03-02 09:00", "", "", {change("2026-03-02 10:00", "Awaiting Vendor")});
    const qint64 now = at("2026-03-02 12:00");
    QCOMPARE(evaluator.explain(t, now).result, evaluator.evaluate(t, now));
}

void TestSlaEvaluator::shouldMarkWhenAClockBecameAtRisk()
{
    // Severity 2: response 60 min, warning at 75 % = 45 min; 50 minutes in, still unanswered.
    const Ticket t = ticket(2, "2026-03-02 09:00", "", "");
    const SlaExplanation e = SlaEvaluator(policy(), officeCalendar()).explain(t, at("2026-03-02 09:50"));
    QCOMPARE(e.result.state, SlaState::AtRisk);
    const auto it = std::find_if(e.events.cbegin(), e.events.cend(),
                                 [](const SlaEvent &ev) { return ev.kind == SlaEventKind::ResponseAtRisk; });
    QVERIFY(it != e.events.cend());
    QCOMPARE(it->at, at("2026-03-02 09:45"));
    QCOMPARE(it->businessSeconds, 45 * M);
    // Ten minutes earlier it was not at risk yet, and the timeline says nothing about it.
    const SlaExplanation before = SlaEvaluator(policy(), officeCalendar()).explain(t, at("2026-03-02 09:40"));
    QCOMPARE(before.result.state, SlaState::Running);
    QVERIFY(std::none_of(before.events.cbegin(), before.events.cend(),
                         [](const SlaEvent &ev) { return ev.kind == SlaEventKind::ResponseAtRisk; }));
}

void TestSlaEvaluator::shouldTakeTheFirstSeverityInTheHistoryAsTheInitialOne()
{
    // An export records the severity on its first update, 7 minutes after creation; the raise to 1
    // comes later. Only the raise is a change.
    const Ticket t = ticket(1, "2026-03-02 09:00", "2026-03-02 09:05", "2026-03-02 11:00",
                            {change("2026-03-02 09:07", "New", 3), change("2026-03-02 10:00", "Active", 1)});
    const SlaExplanation e = SlaEvaluator(policy(), officeCalendar()).explain(t, at("2026-06-01 12:00"));
    QVector<SlaEvent> changes;
    std::copy_if(e.events.cbegin(), e.events.cend(), std::back_inserter(changes),
                 [](const SlaEvent &ev) { return ev.kind == SlaEventKind::SeverityChanged; });
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.constFirst().at, at("2026-03-02 10:00"));
    QCOMPARE(changes.constFirst().previousSeverity, 3);
    QCOMPARE(changes.constFirst().severity, 1);
    QCOMPARE(e.result.resolution.targetSeconds, 240 * M); // severity 1 from creation
}

void TestSlaEvaluator::shouldFollowAHistoryThatReopensARecordedResolution()
{
    // The export says resolved Monday 12:00 but the history reopens it on Tuesday and resolves it
    // again at 11:00: the clock runs 09–12 and Tuesday 09–11, and the resolution is Tuesday 11:00.
    const Ticket t = ticket(3, "2026-03-02 09:00", "2026-03-02 10:00", "2026-03-02 12:00",
                            {change("2026-03-03 09:00", "Active"), change("2026-03-03 11:00", "Resolved")});
    const SlaEvaluator evaluator(policy(), officeCalendar());
    const SlaResult r = evaluator.evaluate(t, at("2026-06-01 12:00"));
    QCOMPARE(r.resolution.stoppedAt.value_or(0), at("2026-03-03 11:00"));
    QCOMPARE(r.resolution.businessSeconds, 5 * H);
    QCOMPARE(r.reopenCount, 1);
    QVERIFY(r.problems.testFlag(SlaDataProblem::HistoryAfterResolution));
    // Before the reopen happened, the recorded resolution stands.
    const SlaResult before = evaluator.evaluate(t, at("2026-03-02 18:00"));
    QCOMPARE(before.resolution.stoppedAt.value_or(0), at("2026-03-02 12:00"));
    QCOMPARE(before.problems.toInt(), 0);
}

void TestSlaEvaluator::shouldGiveTheSameResultsFromSeveralThreads()
{
    // One evaluator shared by threads (as a recomputation off the GUI thread would): a fresh
    // calendar whose table is compiled by whichever thread comes first.
    const SlaEvaluator evaluator(policy(), officeCalendar());
    std::vector<Ticket> tickets;
    for (int i = 0; i < 2000; ++i) {
        Ticket t =
            ticket(1 + i % 4, "2026-03-02 09:00", "2026-03-02 09:30", "",
                   {change("2026-03-02 10:00", "Awaiting Vendor"), change("2026-03-03 10:00", "Active")});
        t.created += i * 3271;
        t.resolved = t.created + 5 * 86400 + i * 17;
        tickets.push_back(t);
    }
    const qint64 now = at("2026-09-01 12:00");
    std::vector<SlaResult> first(tickets.size()), second(tickets.size());
    const auto work = [&](std::vector<SlaResult> *out) {
        for (std::size_t i = 0; i < tickets.size(); ++i)
            (*out)[i] = evaluator.evaluate(tickets[i], now);
    };
    std::thread a(work, &first), b(work, &second);
    a.join();
    b.join();
    QVERIFY(first == second);
    const SlaEvaluator serial(policy(), officeCalendar());
    for (std::size_t i = 0; i < tickets.size(); i += 97)
        QCOMPARE(first[i], serial.evaluate(tickets[i], now));
}

void TestSlaEvaluator::shouldSplitElapsedTimeIntoRunningAndPausedOnRandomTickets()
{
    // Properties on random tickets (fixed seed) on a calendar with a lunch break and holidays:
    // without resolved statuses in the history, running + paused business time is exactly the
    // business time from creation to the end (pauses over closed hours count once); the response
    // clock is the plain business time to its stop; a breached clock breaches at its due instant,
    // where exactly the target has run; explain() agrees with evaluate().
    BusinessCalendar cal = officeCalendar();
    for (int d = Qt::Monday; d <= Qt::Friday; ++d)
        cal.setWeekHours(Qt::DayOfWeek(d), {WorkInterval{8 * 60, 12 * 60}, WorkInterval{13 * 60, 17 * 60}});
    const SlaPolicy rules = policy();
    const SlaEvaluator evaluator(rules, cal);
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<qint64> start(at("2026-01-01 00:00"), at("2026-12-20 00:00"));
    std::uniform_int_distribution<qint64> step(0, 3 * 86400);
    std::uniform_int_distribution<int> severity(1, 4), coin(0, 3);
    const QStringList statuses = {QStringLiteral("Active"), QStringLiteral("Waiting for customer"),
                                  QStringLiteral("In progress"), QStringLiteral("Awaiting Vendor")};
    for (int i = 0; i < 3000; ++i) {
        Ticket t;
        t.key = QStringLiteral("R-%1").arg(i);
        t.severity = severity(rng);
        t.created = start(rng);
        qint64 instant = t.created;
        for (int c = 0; c < coin(rng) + 1; ++c) {
            instant += step(rng);
            t.history.append(StatusChange{instant, statuses.at(coin(rng)), 0});
        }
        if (coin(rng) > 0)
            t.firstResponse = t.created + step(rng) / 8;
        if (coin(rng) > 0)
            t.resolved = instant + step(rng);
        const qint64 now = instant + step(rng);
        const SlaResult r = evaluator.evaluate(t, now);
        QCOMPARE(evaluator.explain(t, now).result, r);
        const SlaSeverityTarget &target = rules.target(t.severity);
        const auto clockElapsed = [&](bool is24x7, qint64 a, qint64 b) {
            return is24x7 ? qMax<qint64>(0, b - a) : cal.elapsed(a, b);
        };
        const qint64 end = r.resolution.stoppedAt.value_or(now);
        QCOMPARE(r.resolution.businessSeconds + r.pausedSeconds,
                 clockElapsed(target.resolution24x7, t.created, end));
        const qint64 responseEnd = r.response.stoppedAt.value_or(now);
        QCOMPARE(r.response.businessSeconds, clockElapsed(target.response24x7, t.created, responseEnd));
        if (r.response.isBreached()) {
            QCOMPARE(r.response.breachedAt, r.response.due);
            QCOMPARE(clockElapsed(target.response24x7, t.created, *r.response.due), r.response.targetSeconds);
        }
        if (r.resolution.isBreached()) {
            QVERIFY(r.resolution.due && *r.resolution.due <= end);
            // Up to the due instant the running part equals the target: re-evaluate at `due`.
            Ticket cut = t;
            cut.resolved.reset();
            cut.firstResponse.reset();
            const SlaResult atDue = evaluator.evaluate(cut, *r.resolution.due);
            QCOMPARE(atDue.resolution.businessSeconds, r.resolution.targetSeconds);
        }
        QCOMPARE(r.state == SlaState::Breached, r.response.isBreached() || r.resolution.isBreached());
    }
}

QTEST_GUILESS_MAIN(TestSlaEvaluator)
#include "tst_slaevaluator.moc"
