#include "models/domain/engagement.h"

#include <QtTest>

using Domain::Engagement;
using Domain::EngagementProblem;

Q_DECLARE_METATYPE(QVector<Domain::EngagementProblem>)

namespace {
Engagement valid()
{
    Engagement e;
    e.key = QStringLiteral("NORDSHOP");
    e.client = QStringLiteral("Nordshop AB");
    e.model = Domain::SupportModel::FixedCapacity;
    e.start = QDate(2026, 1, 1);
    e.end = QDate(2026, 12, 31);
    e.timeZone = "Europe/Stockholm";
    e.committedMinutesPerMonth = 80 * 60;
    return e;
}
} // namespace

class TestEngagement : public QObject
{
    Q_OBJECT

private slots:
    void shouldExplainWhatIsWrong_data()
    {
        QTest::addColumn<Engagement>("engagement");
        QTest::addColumn<QVector<EngagementProblem>>("problems");
        Engagement e = valid();
        QTest::newRow("valid") << e << QVector<EngagementProblem>{};
        e = valid();
        e.key.clear();
        QTest::newRow("missing key") << e << QVector<EngagementProblem>{EngagementProblem::MissingKey};
        e = valid();
        e.key = QStringLiteral("nord shop");
        QTest::newRow("key with space and lower case")
            << e << QVector<EngagementProblem>{EngagementProblem::InvalidKey};
        e = valid();
        e.key = QString(33, QLatin1Char('A'));
        QTest::newRow("key too long") << e << QVector<EngagementProblem>{EngagementProblem::InvalidKey};
        e = valid();
        e.client = QStringLiteral("   ");
        QTest::newRow("blank client") << e << QVector<EngagementProblem>{EngagementProblem::MissingClient};
        e = valid();
        e.end = QDate(2025, 12, 31);
        QTest::newRow("end before start")
            << e << QVector<EngagementProblem>{EngagementProblem::EndBeforeStart};
        e = valid();
        e.end = e.start;
        QTest::newRow("one-day engagement") << e << QVector<EngagementProblem>{};
        e = valid();
        e.end = QDate();
        QTest::newRow("open-ended") << e << QVector<EngagementProblem>{};
        e = valid();
        e.start = QDate();
        QTest::newRow("missing start") << e << QVector<EngagementProblem>{EngagementProblem::MissingStart};
        e = valid();
        e.committedMinutesPerMonth = -60;
        QTest::newRow("negative hours") << e << QVector<EngagementProblem>{EngagementProblem::NegativeHours};
        e = valid();
        e.committedMinutesPerMonth = Engagement::MaxCommittedMinutesPerMonth + 1;
        QTest::newRow("absurd hours") << e << QVector<EngagementProblem>{EngagementProblem::AbsurdHours};
        e = valid();
        e.committedMinutesPerMonth = 0;
        QTest::newRow("zero hours (SLA-only contract)") << e << QVector<EngagementProblem>{};
        e = valid();
        e.timeZone = "Europe/Stockholmm";
        QTest::newRow("unknown time zone")
            << e << QVector<EngagementProblem>{EngagementProblem::UnknownTimeZone};
        e = valid();
        e.model = Domain::SupportModel::ManagedService;
        QTest::newRow("all-roles model without roles")
            << e << QVector<EngagementProblem>{EngagementProblem::NoRolesCovered};
        e.rolesCovered = {Domain::Role::Dev};
        QTest::newRow("all-roles model with a role") << e << QVector<EngagementProblem>{};
        e = valid();
        e.key.clear();
        e.client.clear();
        e.committedMinutesPerMonth = -1;
        QTest::newRow("several, in form order")
            << e
            << QVector<EngagementProblem>{EngagementProblem::MissingKey, EngagementProblem::MissingClient,
                                          EngagementProblem::NegativeHours};
    }

    void shouldExplainWhatIsWrong()
    {
        QFETCH(Engagement, engagement);
        QFETCH(QVector<EngagementProblem>, problems);
        QCOMPARE(engagement.validate(), problems);
        QCOMPARE(engagement.isValid(), problems.isEmpty());
    }

    void shouldKnowWhenItIsActive()
    {
        Engagement e = valid();
        QVERIFY(!e.isActiveOn(QDate(2025, 12, 31)));
        QVERIFY(e.isActiveOn(QDate(2026, 1, 1)));
        QVERIFY(e.isActiveOn(QDate(2026, 12, 31)));
        QVERIFY(!e.isActiveOn(QDate(2027, 1, 1)));
        e.end = QDate();
        QVERIFY(e.isActiveOn(QDate(2040, 1, 1)));
    }

    void shouldCompareEveryField()
    {
        const Engagement a = valid();
        Engagement b = a;
        QCOMPARE(a, b);
        b.optionalServices.append(QStringLiteral("content-production"));
        QVERIFY(a != b);
        b = a;
        b.severity1Cover24x7 = true;
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(TestEngagement)
#include "tst_engagement.moc"
