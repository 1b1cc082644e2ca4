#include "models/exchange/sla/slaexplaintext.h"

#include "models/domain/sla/slaevaluator.h"

#include <QDateTime>
#include <QSet>
#include <QtTest>

using namespace Domain;
using Exchange::SlaExplainText;

namespace {
const QTimeZone s_zone("Europe/Stockholm");

qint64 at(const char *local)
{
    const QDateTime dt = QDateTime::fromString(QLatin1String(local), QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(dt.date(), dt.time(), s_zone).toSecsSinceEpoch();
}
} // namespace

class TestSlaExplainText : public QObject
{
    Q_OBJECT

private slots:
    void shouldFormatDurations_data();
    void shouldFormatDurations();
    void shouldShowInstantsInTheGivenZone_data();
    void shouldShowInstantsInTheGivenZone();
    void shouldRenderATimeline();
    void shouldHaveATextForEveryKindStateAndProblem();
    void shouldExplainWhyATicketCannotBeEvaluated();
};

void TestSlaExplainText::shouldFormatDurations_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 h 00 min");
    QTest::newRow("one hour") << qint64(3600) << QStringLiteral("1 h 00 min");
    QTest::newRow("ninety minutes") << qint64(5400) << QStringLiteral("1 h 30 min");
    QTest::newRow("more than a day in hours") << qint64(90060) << QStringLiteral("25 h 01 min");
    QTest::newRow("seconds shown when not whole minutes") << qint64(61) << QStringLiteral("0 h 01 min 1 s");
    QTest::newRow("negative") << qint64(-600) << QStringLiteral("-0 h 10 min");
}

void TestSlaExplainText::shouldFormatDurations()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(SlaExplainText::duration(seconds), text);
}

void TestSlaExplainText::shouldShowInstantsInTheGivenZone_data()
{
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("text");
    QTest::newRow("stockholm winter")
        << QStringLiteral("2026-03-02T08:00:00Z") << QByteArray("Europe/Stockholm")
        << QStringLiteral("2026-03-02 09:00 +01:00");
    QTest::newRow("stockholm summer")
        << QStringLiteral("2026-03-30T07:00:00Z") << QByteArray("Europe/Stockholm")
        << QStringLiteral("2026-03-30 09:00 +02:00");
    QTest::newRow("new york") << QStringLiteral("2026-03-02T14:00:30Z") << QByteArray("America/New_York")
                              << QStringLiteral("2026-03-02 09:00:30 -05:00");
    QTest::newRow("utc") << QStringLiteral("2026-12-31T23:59:00Z") << QByteArray("UTC")
                         << QStringLiteral("2026-12-31 23:59 +00:00");
}

void TestSlaExplainText::shouldShowInstantsInTheGivenZone()
{
    QFETCH(QString, utc);
    QFETCH(QByteArray, zone);
    QFETCH(QString, text);
    const qint64 t = QDateTime::fromString(utc, Qt::ISODate).toSecsSinceEpoch();
    QCOMPARE(SlaExplainText::instant(t, QTimeZone(zone)), text);
}

void TestSlaExplainText::shouldRenderATimeline()
{
    BusinessCalendar calendar;
    calendar.setTimeZone("Europe/Stockholm");
    for (int d = Qt::Monday; d <= Qt::Friday; ++d)
        calendar.setWeekHours(Qt::DayOfWeek(d), {WorkInterval{8 * 60, 17 * 60}});
    SlaPolicy policy;
    policy.effectiveFrom = QDate(2026, 1, 1);
    policy.target(2) = {60, 480, false, false, 0.75, 95.0};
    Ticket t;
    t.key = QStringLiteral("SUP-7");
    t.severity = 2;
    t.created = at("2026-03-02 09:00");
    t.firstResponse = at("2026-03-02 09:10");
    t.resolved = at("2026-03-03 15:00");
    t.history = {StatusChange{at("2026-03-02 10:00"), QStringLiteral("Waiting for customer"), 0},
                 StatusChange{at("2026-03-02 11:00"), QStringLiteral("Active"), 0},
                 StatusChange{at("2026-03-02 16:00"), QStringLiteral("Resolved"), 0},
                 StatusChange{at("2026-03-03 09:00"), QStringLiteral("Active"), 0}};
    const SlaExplanation e = SlaEvaluator(policy, calendar).explain(t, at("2026-06-01 12:00"));
    const QStringList expected = {
        QStringLiteral("SUP-7: breached, severity 2 — response met (0 h 10 min of 1 h 00 min), resolution "
                       "breached (12 h 00 min of 8 h 00 min), paused 1 h 00 min, reopened 1 time(s)"),
        QStringLiteral(
            "2026-03-02 09:00 +01:00  Created with severity 2: the response and resolution clocks start"),
        QStringLiteral(
            "2026-03-02 09:10 +01:00  First response after 0 h 10 min of business time (target 1 h 00 min)"),
        QStringLiteral(
            "2026-03-02 10:00 +01:00  Status \"Waiting for customer\": the resolution clock pauses at "
            "1 h 00 min of 8 h 00 min"),
        QStringLiteral("2026-03-02 10:00 +01:00  First response due (target 1 h 00 min)"),
        QStringLiteral("2026-03-02 11:00 +01:00  Status \"Active\": the resolution clock resumes at 1 h 00 "
                       "min of 8 h 00 min"),
        QStringLiteral("2026-03-02 16:00 +01:00  Resolution at risk: 6 h 00 min of 8 h 00 min used"),
        QStringLiteral("2026-03-02 16:00 +01:00  Status \"Resolved\": the resolution clock stops at 6 h 00 "
                       "min of 8 h 00 min"),
        QStringLiteral("2026-03-03 09:00 +01:00  Status \"Active\": reopened, the resolution clock resumes "
                       "at 6 h 00 min "
                       "of 8 h 00 min"),
        QStringLiteral(
            "2026-03-03 11:00 +01:00  Resolution due (target 8 h 00 min of business time, moved by pauses)"),
        QStringLiteral("2026-03-03 11:00 +01:00  Resolution target of 8 h 00 min breached"),
        QStringLiteral(
            "2026-03-03 15:00 +01:00  Resolved after 12 h 00 min of business time (target 8 h 00 min)"),
    };
    QCOMPARE(SlaExplainText::lines(e, s_zone), expected);
    QCOMPARE(SlaExplainText::render(e, s_zone), expected.join(QLatin1Char('\n')));
}

void TestSlaExplainText::shouldHaveATextForEveryKindStateAndProblem()
{
    QSet<QString> texts;
    for (int k = int(SlaEventKind::Created); k <= int(SlaEventKind::ResolutionAtRisk); ++k) {
        SlaEvent e;
        e.kind = SlaEventKind(k);
        e.status = QStringLiteral("X");
        e.severity = 2;
        e.previousSeverity = 3;
        texts.insert(SlaExplainText::eventText(e));
    }
    QCOMPARE(texts.size(), int(SlaEventKind::ResolutionAtRisk) + 1);
    QSet<QString> problems;
    for (SlaDataProblem p : AllSlaDataProblems)
        problems.insert(SlaExplainText::problemText(p));
    QCOMPARE(problems.size(), int(std::size(AllSlaDataProblems)));
    QSet<QString> states;
    for (int s = 0; s < SlaStateCount; ++s)
        states.insert(SlaExplainText::stateText(SlaState(s)));
    QCOMPARE(states.size(), SlaStateCount);
    QVERIFY(!states.contains(QString()));
}

void TestSlaExplainText::shouldExplainWhyATicketCannotBeEvaluated()
{
    SlaPolicy policy;
    policy.effectiveFrom = QDate(2026, 1, 1);
    policy.target(3) = {240, 1440, false, false, 0.75, 90.0};
    Ticket t;
    t.key = QStringLiteral("SUP-9");
    t.severity = 3;
    t.resolved = at("2026-03-02 15:00");
    const SlaExplanation e =
        SlaEvaluator(policy, BusinessCalendar::alwaysOpen()).explain(t, at("2026-06-01 12:00"));
    const QStringList expected = {
        QStringLiteral(
            "SUP-9: not evaluable, severity 3 — response not measurable, resolution not measurable, "
            "paused 0 h 00 min"),
        QStringLiteral("(no instant)  Data problem: the ticket has no creation time"),
    };
    QCOMPARE(SlaExplainText::lines(e, s_zone), expected);
}

QTEST_GUILESS_MAIN(TestSlaExplainText)
#include "tst_slaexplaintext.moc"
