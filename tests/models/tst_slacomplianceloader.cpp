// The loader behind `sla compliance` and `sla breaches`, on the demo database: stored results are
// read and only recomputed when asked or missing; a month's breaches come with an explanation
// made at the stored evaluation instant; refresh() brings the named engagements up to date.
#include "models/portfolio.h"
#include "models/slacomplianceloader.h"
#include "models/storage/slaresultrepository.h"
#include "tests/models/dialectportfolio.h"
#include "tests/storage/testdatabases.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using Models::SlaComplianceLoader;

namespace {
const QString s_key = QStringLiteral("FJALLGEAR");
const qint64 s_later = QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
} // namespace

class TestSlaComplianceLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoFile;    ///< the demo as made, a SQLite file
    QString m_openDialect; ///< the dialect of the database m_portfolio has open
    Models::Portfolio m_portfolio;
    Domain::Engagement m_engagement;

    std::optional<qint64> lastEvaluation() const
    {
        std::optional<qint64> at;
        if (Storage::SlaResultRepository(*m_portfolio.database()).lastEvaluation(m_engagement.id, &at))
            return std::nullopt;
        return at;
    }

private slots:
    void initTestCase()
    {
        DD_OPEN_DEMO_PORTFOLIO(m_portfolio, m_demoFile, m_dir.path(), m_openDialect, QDate(2026, 11, 25), 0);
        const int row = m_portfolio.engagements()->rowOfKey(s_key);
        QVERIFY(row >= 0);
        m_engagement = m_portfolio.engagements()->engagementAt(row);
    }

    // On both dialects (issue 15): the demo file, and a copy of it on the test server (ids kept)
    // that the portfolio opens for the `postgresql` row.
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init() { DD_PORTFOLIO_ON_DIALECT(m_portfolio, m_demoFile, m_dir.path(), m_openDialect); }

    void shouldReadStoredResultsWithoutRecomputing()
    {
        const std::optional<qint64> stored = lastEvaluation();
        QVERIFY(stored);
        qint64 evaluatedAt = 0;
        QVERIFY(!SlaComplianceLoader(*m_portfolio.database())
                     .ensureResults(m_engagement, false, s_later, &evaluatedAt));
        QCOMPARE(evaluatedAt, *stored);
        QCOMPARE(lastEvaluation(), stored);
    }

    void shouldReadComplianceOfTheMonthsAsked()
    {
        QVector<Domain::MonthlyCompliance> months;
        QVERIFY(!SlaComplianceLoader(*m_portfolio.database())
                     .compliance(m_engagement, QDate(2026, 9, 1), QDate(2026, 10, 1), &months));
        QVERIFY(!months.isEmpty());
        for (const Domain::MonthlyCompliance &m : std::as_const(months)) {
            QVERIFY(m.month >= QDate(2026, 9, 1) && m.month <= QDate(2026, 10, 1));
            QVERIFY(m.severity >= 1 && m.severity <= 4);
        }
    }

    void shouldExplainEachBreachOfAMonth()
    {
        // The months of the demo's history hold breaches; each is explained with its breach
        int found = 0;
        for (QDate month(2026, 6, 1); month <= QDate(2026, 11, 1); month = month.addMonths(1)) {
            Models::SlaBreaches breaches;
            QVERIFY(!SlaComplianceLoader(*m_portfolio.database()).breaches(m_engagement, month, &breaches));
            QVERIFY(breaches.zone.isValid());
            qint64 previous = 0;
            for (const Models::SlaBreach &b : std::as_const(breaches.breaches)) {
                ++found;
                QCOMPARE(b.explanation.ticketKey, b.key);
                QVERIFY(b.breachedAt >= previous); // by breach instant
                previous = b.breachedAt;
                QCOMPARE(b.resolvedAt, b.explanation.result.resolution.stoppedAt);
                const bool explained = std::any_of(
                    b.explanation.events.begin(), b.explanation.events.end(), [](const Domain::SlaEvent &e) {
                        return e.kind == Domain::SlaEventKind::ResponseBreached ||
                               e.kind == Domain::SlaEventKind::ResolutionBreached;
                    });
                QVERIFY2(explained, qPrintable(b.key));
            }
        }
        QVERIFY2(found > 0, "the demo has breaches");
    }

    void shouldRefreshTheEngagementsNamed()
    {
        // Unknown keys are no failure: an engagement removed meanwhile has nothing to refresh
        const auto failed = SlaComplianceLoader(*m_portfolio.database())
                                .refresh({s_key, QStringLiteral("NO-SUCH-ENGAGEMENT")}, s_later);
        QVERIFY(failed.isEmpty());
        QCOMPARE(lastEvaluation(), std::optional<qint64>(s_later));
    }

    void shouldRecomputeWhenAsked()
    {
        const qint64 now = s_later + 3600;
        qint64 evaluatedAt = 0;
        QVERIFY(!SlaComplianceLoader(*m_portfolio.database())
                     .ensureResults(m_engagement, true, now, &evaluatedAt));
        QCOMPARE(evaluatedAt, now);
        QCOMPARE(lastEvaluation(), std::optional<qint64>(now));
    }
};

QTEST_GUILESS_MAIN(TestSlaComplianceLoader)
#include "tst_slacomplianceloader.moc"
