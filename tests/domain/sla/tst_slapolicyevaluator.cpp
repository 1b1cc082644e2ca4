#include "models/domain/sla/slapolicyevaluator.h"

#include <QDateTime>
#include <QtTest>

using namespace Domain;

namespace {
const QTimeZone s_zone("Europe/Stockholm");

qint64 at(const char *local)
{
    const QDateTime dt = QDateTime::fromString(QLatin1String(local), QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(dt.date(), dt.time(), s_zone).toSecsSinceEpoch();
}

BusinessCalendar officeCalendar()
{
    BusinessCalendar c;
    c.setTimeZone("Europe/Stockholm");
    for (int d = Qt::Monday; d <= Qt::Friday; ++d)
        c.setWeekHours(Qt::DayOfWeek(d), {WorkInterval{8 * 60, 17 * 60}});
    return c;
}

SlaPolicyHistory history()
{
    SlaPolicyHistory h;
    SlaPolicy p;
    p.effectiveFrom = QDate(2026, 1, 1);
    p.target(3) = {240, 1440, false, false, 0.75, 90.0};
    h.addVersion(p);
    p.effectiveFrom = QDate(2026, 3, 3);
    p.target(3).resolutionMinutes = 120;
    h.addVersion(p);
    return h;
}

Ticket ticket(const char *created, const char *resolved)
{
    Ticket t;
    t.key = QStringLiteral("T");
    t.severity = 3;
    t.created = created ? at(created) : 0;
    t.firstResponse = t.created > 0 ? std::optional<qint64>(t.created + 600) : std::nullopt;
    t.resolved = at(resolved);
    return t;
}
} // namespace

class TestSlaPolicyEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void shouldEvaluateUnderTheVersionOfTheCreationDate_data();
    void shouldEvaluateUnderTheVersionOfTheCreationDate();
    void shouldAgreeWithTheSingleVersionEvaluator();
};

void TestSlaPolicyEvaluator::shouldEvaluateUnderTheVersionOfTheCreationDate_data()
{
    QTest::addColumn<Ticket>("ticket");
    QTest::addColumn<qint64>("targetSeconds");
    QTest::addColumn<SlaState>("state");
    QTest::addColumn<int>("problems");
    QTest::newRow("created before the change, resolved after it")
        << ticket("2026-03-02 16:00", "2026-03-03 12:00") << qint64(1440 * 60) << SlaState::Met << 0;
    QTest::newRow("created just after local midnight of the change")
        << ticket("2026-03-03 00:30", "2026-03-03 12:00") << qint64(120 * 60) << SlaState::Breached << 0;
    QTest::newRow("created before the first version")
        << ticket("2025-12-31 23:30", "2026-01-02 12:00") << qint64(0) << SlaState::Invalid
        << int(SlaDataProblem::NoPolicyInForce);
    QTest::newRow("no creation: missing creation, not missing policy")
        << ticket(nullptr, "2026-01-02 12:00") << qint64(0) << SlaState::Invalid
        << int(SlaDataProblem::MissingCreation);
}

void TestSlaPolicyEvaluator::shouldEvaluateUnderTheVersionOfTheCreationDate()
{
    QFETCH(Ticket, ticket);
    QFETCH(qint64, targetSeconds);
    QFETCH(SlaState, state);
    QFETCH(int, problems);
    const SlaPolicyEvaluator evaluator(history(), officeCalendar());
    const SlaResult r = evaluator.evaluate(ticket, at("2026-06-01 12:00"));
    QCOMPARE(r.resolution.targetSeconds, targetSeconds);
    QCOMPARE(r.state, state);
    QCOMPARE(r.problems.toInt(), problems);
    const SlaExplanation e = evaluator.explain(ticket, at("2026-06-01 12:00"));
    QCOMPARE(e.result, r);
    QVERIFY(!e.events.isEmpty());
}

void TestSlaPolicyEvaluator::shouldAgreeWithTheSingleVersionEvaluator()
{
    const SlaPolicyHistory h = history();
    const BusinessCalendar cal = officeCalendar();
    const SlaPolicyEvaluator evaluator(h, cal);
    const qint64 now = at("2026-06-01 12:00");
    // Every half hour around the change (2026-03-03 local), in local time and at the UTC day edge.
    for (int step = 0; step < 4 * 48; ++step) {
        Ticket t = ticket("2026-03-01 10:00", "2026-03-09 12:00");
        t.created = at("2026-03-01 22:00") + step * 1800 + (step % 3 == 0 ? 59 : 0);
        const SlaResult expected = SlaEvaluator::evaluate(t, h, cal, now);
        QCOMPARE(evaluator.evaluate(t, now), expected);
        QVERIFY(evaluator.versionFor(t) == h.versionFor(t.created, s_zone));
    }
}

QTEST_GUILESS_MAIN(TestSlaPolicyEvaluator)
#include "tst_slapolicyevaluator.moc"
