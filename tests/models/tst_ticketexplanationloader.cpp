// The ticket timeline loader shared by `sla explain` and the timeline dialog, on the demo
// database: a ticket the stored results call breached is explained with its breach, at the
// stored evaluation instant or at a given one; keys are found in any letter case.
#include "models/domain/sla/slaevaluator.h"
#include "models/portfolio.h"
#include "models/ticketexplanationloader.h"
#include "models/tickettablemodel.h"
#include "tests/models/dialectportfolio.h"
#include "tests/storage/testdatabases.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using Models::TicketExplanationLoader;

class TestTicketExplanationLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoFile;    ///< the demo as made, a SQLite file
    QString m_openDialect; ///< the dialect of the database m_portfolio has open
    Models::Portfolio m_portfolio;
    Domain::Engagement m_engagement;
    QString m_breachedKey;
    qint64 m_storedAt = 0;

private slots:
    void initTestCase()
    {
        DD_OPEN_DEMO_PORTFOLIO(m_portfolio, m_demoFile, m_dir.path(), m_openDialect, QDate(2026, 11, 25), 0);
        const int row = m_portfolio.engagements()->rowOfKey(QStringLiteral("FJALLGEAR"));
        QVERIFY(row >= 0);
        m_engagement = m_portfolio.engagements()->engagementAt(row);
        // A breached ticket, found through the stored results
        Models::TicketTableModel model;
        model.setEngagement(m_portfolio.database(), m_engagement.id, QTimeZone(m_engagement.timeZone));
        model.setStateFilter(QStringLiteral("breached"));
        QVERIFY2(model.rowCount() > 0, "the demo has breached tickets");
        m_breachedKey = model.index(0, 0).data(Models::TicketTableModel::TicketKeyRole).toString();
        m_storedAt = model.index(0, 0).data(Models::TicketTableModel::EvaluatedAtRole).toLongLong();
        QVERIFY(m_storedAt > 0);
    }

    // On both dialects (issue 15): the demo file, and a copy of it on the test server (ids kept)
    // that the portfolio opens for the `postgresql` row.
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init() { DD_PORTFOLIO_ON_DIALECT(m_portfolio, m_demoFile, m_dir.path(), m_openDialect); }

    void shouldExplainAStoredBreachAtTheStoredInstant()
    {
        TicketExplanationLoader::Result result;
        const TicketExplanationLoader::Error error =
            TicketExplanationLoader(*m_portfolio.database())
                .loadAsStored(m_engagement, m_breachedKey, 0, &result);
        QVERIFY2(!error, qPrintable(error.message(m_engagement, m_breachedKey)));
        QVERIFY(result.atStoredEvaluation);
        QCOMPARE(result.explainedAt, m_storedAt);
        QCOMPARE(result.zone, QTimeZone(m_engagement.timeZone));
        QCOMPARE(result.explanation.ticketKey, m_breachedKey);
        QCOMPARE(result.explanation.result.state, Domain::SlaState::Breached);
        const auto breach = std::find_if(result.explanation.events.begin(), result.explanation.events.end(),
                                         [](const Domain::SlaEvent &e) {
                                             return e.kind == Domain::SlaEventKind::ResponseBreached ||
                                                    e.kind == Domain::SlaEventKind::ResolutionBreached;
                                         });
        QVERIFY(breach != result.explanation.events.end());
    }

    void shouldExplainAtAGivenInstant()
    {
        // Before the ticket existed nothing can be measured: the instant given is the one used.
        TicketExplanationLoader::Result result;
        const qint64 early = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QVERIFY(!TicketExplanationLoader(*m_portfolio.database())
                     .load(m_engagement, m_breachedKey, early, &result));
        QVERIFY(!result.atStoredEvaluation);
        QCOMPARE(result.explainedAt, early);
        QCOMPARE(result.explanation.result.state, Domain::SlaState::Invalid);
        QVERIFY(result.explanation.result.problems.testFlag(Domain::SlaDataProblem::CreatedAfterNow));
    }

    void shouldFindTheKeyInAnyLetterCase()
    {
        TicketExplanationLoader::Result result;
        QVERIFY(!TicketExplanationLoader(*m_portfolio.database())
                     .loadAsStored(m_engagement, m_breachedKey.toLower(), 0, &result));
        QCOMPARE(result.explanation.ticketKey, m_breachedKey);
    }

    void shouldSayWhichTicketIsMissing()
    {
        TicketExplanationLoader::Result result;
        const TicketExplanationLoader::Error error =
            TicketExplanationLoader(*m_portfolio.database())
                .loadAsStored(m_engagement, QStringLiteral("NOPE-1"), 0, &result);
        QCOMPARE(error.problem, TicketExplanationLoader::Problem::NoSuchTicket);
        QCOMPARE(error.message(m_engagement, QStringLiteral("NOPE-1")),
                 QStringLiteral("engagement FJALLGEAR has no ticket 'NOPE-1'"));
    }
};

QTEST_GUILESS_MAIN(TestTicketExplanationLoader)
#include "tst_ticketexplanationloader.moc"
