// The breaches of a review period from the stored SLA results on the demo database: a month is
// exactly `sla breaches`' month, a quarter the union of its months by breach instant, a range that
// cuts months keeps only what was resolved (or breached, while open) inside it, and each breach
// carries the engine's summary line of its stored result.
#include "models/exchange/sla/slaexplaintext.h"
#include "models/portfolio.h"
#include "models/reviewbreachesloader.h"
#include "models/slarecomputer.h"
#include "models/storage/slaresultrepository.h"
#include "tests/models/dialectportfolio.h"
#include "tests/storage/testdatabases.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

class TestReviewBreachesLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoFile;    ///< the demo as made, a SQLite file
    QString m_openDialect; ///< the dialect of the database m_portfolio has open
    Models::Portfolio m_portfolio;
    Domain::Engagement m_engagement;
    QTimeZone m_zone;

    QVector<Models::ReviewBreach> load(const QDate &start, const QDate &end)
    {
        QVector<Models::ReviewBreach> out;
        const Storage::StorageError error =
            Models::ReviewBreachesLoader(*m_portfolio.database()).load(m_engagement, start, end, &out);
        if (error)
            qWarning() << error.toString();
        return out;
    }

    qint64 startOf(const QDate &date) const
    {
        return QDateTime(date, QTime(0, 0), m_zone).toSecsSinceEpoch();
    }

    QVector<qint64> storedIds(const QDate &month)
    {
        QVector<Storage::StoredSlaResult> rows;
        const Storage::StorageError error =
            Storage::SlaResultRepository(*m_portfolio.database())
                .breaches(m_engagement.id, month, startOf(month), startOf(month.addMonths(1)), &rows);
        if (error)
            qWarning() << error.toString();
        QVector<qint64> ids;
        for (const Storage::StoredSlaResult &r : rows)
            ids.append(r.ticketId);
        return ids;
    }

    static QSet<qint64> setOf(const QVector<qint64> &ids) { return QSet<qint64>(ids.cbegin(), ids.cend()); }

    static QVector<qint64> idsOf(const QVector<Models::ReviewBreach> &breaches)
    {
        QVector<qint64> ids;
        for (const Models::ReviewBreach &b : breaches)
            ids.append(b.ticketId);
        return ids;
    }

private slots:
    void initTestCase()
    {
        const QDate asOf(2026, 11, 25);
        DD_OPEN_DEMO_PORTFOLIO(m_portfolio, m_demoFile, m_dir.path(), m_openDialect, asOf,
                               QDateTime(asOf.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
        const Models::EngagementListModel *list = m_portfolio.engagements();
        m_engagement =
            m_portfolio.engagement(list->engagementAt(list->rowOfKey(QStringLiteral("ATLANTICPET"))).id);
        m_zone = QTimeZone(m_engagement.timeZone);
        QVERIFY(m_zone.isValid());
    }

    // On both dialects (issue 15): the demo file, and a copy of it on the test server (ids kept)
    // that the portfolio opens for the `postgresql` row.
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init() { DD_PORTFOLIO_ON_DIALECT(m_portfolio, m_demoFile, m_dir.path(), m_openDialect); }

    void shouldReadAMonthAsTheSlaBreachesCommandDoes()
    {
        const QDate oct(2026, 10, 1);
        const QVector<Models::ReviewBreach> breaches = load(oct, QDate(2026, 10, 31));
        QVERIFY(!breaches.isEmpty());
        QCOMPARE(setOf(idsOf(breaches)).size(), breaches.size());
        const QVector<qint64> stored = storedIds(oct);
        QCOMPARE(setOf(idsOf(breaches)), setOf(stored));
        for (qsizetype i = 1; i < breaches.size(); ++i)
            QVERIFY(breaches.at(i - 1).breachedAt <= breaches.at(i).breachedAt);
        for (const Models::ReviewBreach &b : breaches) {
            QCOMPARE(b.result.state, Domain::SlaState::Breached);
            QCOMPARE(b.severity, b.result.severity);
            QCOMPARE(b.resolved, b.result.isResolved());
            QVERIFY(!b.title.isEmpty());
            Domain::SlaExplanation explanation;
            explanation.ticketKey = b.key;
            explanation.result = b.result;
            QCOMPARE(b.explanation, Exchange::SlaExplainText::summary(explanation));
        }
    }

    void shouldReadAQuarterAsItsMonthsTogether()
    {
        const QVector<Models::ReviewBreach> quarter = load(QDate(2026, 7, 1), QDate(2026, 9, 30));
        QVector<qint64> months;
        for (int m = 7; m <= 9; ++m)
            months += storedIds(QDate(2026, m, 1));
        QCOMPARE(quarter.size(), months.size());
        QCOMPARE(setOf(idsOf(quarter)), setOf(months));
        for (qsizetype i = 1; i < quarter.size(); ++i)
            QVERIFY(quarter.at(i - 1).breachedAt <= quarter.at(i).breachedAt);
    }

    void shouldKeepOnlyWhatHappenedInsideAPartOfAMonth()
    {
        const QDate from(2026, 10, 10), to(2026, 10, 20);
        const QVector<Models::ReviewBreach> part = load(from, to);
        const QVector<Models::ReviewBreach> month = load(QDate(2026, 10, 1), QDate(2026, 10, 31));
        QVERIFY(part.size() < month.size());
        int expected = 0;
        for (const Models::ReviewBreach &b : month) {
            const qint64 at = b.resolved ? *b.result.resolution.stoppedAt : b.breachedAt;
            expected += at >= startOf(from) && at < startOf(to.addDays(1)) ? 1 : 0;
        }
        QCOMPARE(part.size(), expected);
        for (const Models::ReviewBreach &b : part) {
            const qint64 at = b.resolved ? *b.result.resolution.stoppedAt : b.breachedAt;
            QVERIFY(at >= startOf(from) && at < startOf(to.addDays(1)));
        }
    }

    void shouldRefuseAReversedPeriod()
    {
        QVector<Models::ReviewBreach> out(1);
        const Storage::StorageError error =
            Models::ReviewBreachesLoader(*m_portfolio.database())
                .load(m_engagement, QDate(2026, 10, 31), QDate(2026, 10, 1), &out);
        QCOMPARE(error.kind, Storage::StorageError::Kind::Query);
        QVERIFY(out.isEmpty());
    }

    void shouldSayWhenTheResultsWereComputed()
    {
        std::optional<qint64> evaluatedAt;
        QVector<Models::ReviewBreach> out;
        QVERIFY(Models::ReviewBreachesLoader(*m_portfolio.database())
                    .load(m_engagement, QDate(2026, 10, 1), QDate(2026, 10, 31), &out, &evaluatedAt)
                    .isNull());
        QCOMPARE(evaluatedAt, std::optional<qint64>(
                                  QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()));
    }
};

QTEST_GUILESS_MAIN(TestReviewBreachesLoader)
#include "tst_reviewbreachesloader.moc"
