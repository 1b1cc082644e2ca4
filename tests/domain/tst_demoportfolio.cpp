#include "models/domain/demoportfolio.h"

#include <QSet>
#include <QtTest>

using namespace Domain;

class TestDemoPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void shouldBeTheSameForTheSameSeedAndMonth()
    {
        const DemoPortfolio a = DemoPortfolio::generate(QDate(2026, 11, 25));
        const DemoPortfolio b = DemoPortfolio::generate(QDate(2026, 11, 25));
        QCOMPARE(a.engagements.size(), b.engagements.size());
        for (int i = 0; i < a.engagements.size(); ++i) {
            QCOMPARE(a.engagements[i].engagement, b.engagements[i].engagement);
            QCOMPARE(a.engagements[i].tickets, b.engagements[i].tickets);
            QCOMPARE(a.engagements[i].worklogs, b.engagements[i].worklogs);
        }
        const DemoPortfolio other = DemoPortfolio::generate(QDate(2026, 11, 25), 7);
        QVERIFY(other.engagements[0].tickets != a.engagements[0].tickets);
    }

    void shouldCoverEveryModelWithValidEngagementsAndBudgetsFrom40To160Hours()
    {
        const DemoPortfolio p = DemoPortfolio::generate(QDate(2026, 11, 25));
        QCOMPARE(p.engagements.size(), SupportModelCount);
        QSet<SupportModel> models;
        for (const auto &data : p.engagements) {
            models.insert(data.engagement.model);
            QVERIFY2(data.engagement.isValid(), qPrintable(data.engagement.key));
            QVERIFY(data.engagement.committedMinutesPerMonth >= 40 * 60);
            QVERIFY(data.engagement.committedMinutesPerMonth <= 160 * 60);
        }
        QCOMPARE(models.size(), SupportModelCount);
    }

    void shouldHaveTwelveMonthsOfRealisticTickets()
    {
        const QDate asOf(2026, 11, 25);
        const DemoPortfolio p = DemoPortfolio::generate(asOf);
        QSet<int> severities;
        int waiting = 0, open = 0, late = 0, total = 0;
        for (const auto &data : p.engagements) {
            QVERIFY(data.tickets.size() > 100);
            for (const Ticket &t : data.tickets) {
                ++total;
                severities.insert(t.severity);
                QVERIFY(!t.history.isEmpty());
                QCOMPARE(t.history.first().at, t.created);
                for (int i = 1; i < t.history.size(); ++i)
                    QVERIFY(t.history[i - 1].at <= t.history[i].at);
                for (const StatusChange &c : t.history)
                    waiting += c.status == QLatin1String("Waiting for customer") ? 1 : 0;
                open += t.resolved ? 0 : 1;
                if (t.resolved && t.severity == 1 && *t.resolved - t.created > 4 * 3600)
                    ++late;
                const QDate created = QDateTime::fromSecsSinceEpoch(t.created, Qt::UTC).date();
                QVERIFY(created >= QDate(2025, 11, 30) && created <= asOf);
            }
            QSet<Role> roles;
            for (const Worklog &w : data.worklogs) {
                QVERIFY(w.seconds > 0 && w.seconds <= 8 * 3600);
                QVERIFY(w.role.has_value());
                roles.insert(*w.role);
            }
            QVERIFY(roles.size() >= 3);
        }
        QCOMPARE(severities.size(), 4);
        QVERIFY2(waiting > total / 10, "some tickets wait for the customer");
        QVERIFY2(open > 0, "some tickets are still open at the end");
        QVERIFY2(late > 0, "some severity-1 tickets breach their resolution target");
    }

    void shouldHaveWorklogsByEveryRoleAcrossThePortfolio()
    {
        const DemoPortfolio p = DemoPortfolio::generate(QDate(2026, 11, 25));
        QSet<Role> roles;
        for (const auto &data : p.engagements) {
            for (const Worklog &w : data.worklogs)
                roles.insert(*w.role);
        }
        QCOMPARE(roles.size(), RoleCount);
    }
};

QTEST_GUILESS_MAIN(TestDemoPortfolio)
#include "tst_demoportfolio.moc"
