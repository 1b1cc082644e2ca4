// The Review page's path to the breaches on the demo database, on both dialects: the compact rows
// (ReviewBreachesLoader::loadRows) and their texts read by ticket id (loadTexts) are load()'s
// breaches, in load()'s order, for a month, a quarter and a range that cuts months; and the
// page's model, fed those rows with a text source, shows load()'s titles and explanations while
// reading them a page at a time and keeping only a few pages.
#include "models/portfolio.h"
#include "models/reviewbreachesloader.h"
#include "models/reviewbreachmodel.h"
#include "models/slarecomputer.h"
#include "tests/models/dialectportfolio.h"
#include "tests/storage/testdatabases.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

class TestReviewBreachRows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoFile;
    QString m_openDialect;
    Models::Portfolio m_portfolio;

    Domain::Engagement engagement(const QString &key) const
    {
        const Models::EngagementListModel *list = m_portfolio.engagements();
        return m_portfolio.engagement(list->engagementAt(list->rowOfKey(key)).id);
    }

    static Models::ReviewBreachRow rowOf(const Models::ReviewBreach &b)
    {
        return {b.ticketId, b.breachedAt, b.key, qint8(b.severity), b.resolved};
    }

private slots:
    void initTestCase()
    {
        const QDate asOf(2026, 11, 25);
        DD_OPEN_DEMO_PORTFOLIO(m_portfolio, m_demoFile, m_dir.path(), m_openDialect, asOf,
                               QDateTime(asOf.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    }

    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init() { DD_PORTFOLIO_ON_DIALECT(m_portfolio, m_demoFile, m_dir.path(), m_openDialect); }

    void shouldReadWhatLoadReadsInItsOrder_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("month") << "FJALLGEAR" << QDate(2026, 10, 1) << QDate(2026, 10, 31);
        QTest::newRow("quarter") << "ATLANTICPET" << QDate(2026, 7, 1) << QDate(2026, 9, 30);
        QTest::newRow("range cutting months") << "ATLANTICPET" << QDate(2026, 8, 10) << QDate(2026, 10, 20);
        QTest::newRow("no SLA") << "NORDSHOP" << QDate(2026, 10, 1) << QDate(2026, 10, 31);
    }

    void shouldReadWhatLoadReadsInItsOrder()
    {
        QFETCH(QString, key);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        const Domain::Engagement e = engagement(key);
        const Models::ReviewBreachesLoader loader(*m_portfolio.database());
        QVector<Models::ReviewBreach> whole;
        std::optional<qint64> wholeEvaluated;
        QVERIFY(loader.load(e, start, end, &whole, &wholeEvaluated).isNull());
        QVector<Models::ReviewBreachRow> rows;
        std::optional<qint64> evaluated;
        QVERIFY(loader.loadRows(e, start, end, &rows, &evaluated).isNull());
        QCOMPARE(evaluated, wholeEvaluated);
        QCOMPARE(rows.size(), whole.size());
        if (key != QLatin1String("NORDSHOP"))
            QVERIFY(whole.size() > 3);
        QVector<qint64> ids;
        for (qsizetype i = 0; i < whole.size(); ++i) {
            QCOMPARE(rows.at(i), rowOf(whole.at(i))); // the same breach at the same place
            ids.append(rows.at(i).ticketId);
        }
        QHash<qint64, Models::ReviewBreachTexts> texts;
        QVERIFY(loader.loadTexts(e, ids, &texts).isNull());
        QCOMPARE(texts.size(), whole.size());
        for (const Models::ReviewBreach &b : std::as_const(whole)) {
            QVERIFY(!b.title.isEmpty());
            QCOMPARE(texts.value(b.ticketId), (Models::ReviewBreachTexts{b.title, b.explanation}));
        }
        // A bad period is refused as load() refuses it
        QVERIFY(!loader.loadRows(e, end, start.addDays(-1), &rows).isNull());
        QVERIFY(rows.isEmpty());
    }

    void shouldStopWhenCancelled()
    {
        const Domain::Engagement e = engagement(QStringLiteral("ATLANTICPET"));
        QVector<Models::ReviewBreachRow> rows;
        int asked = 0;
        QVERIFY(Models::ReviewBreachesLoader(*m_portfolio.database())
                    .loadRows(e, QDate(2026, 7, 1), QDate(2026, 9, 30), &rows, nullptr,
                              [&asked] {
                                  return ++asked > 1; // after the first month
                              })
                    .isNull());
        QVERIFY(rows.isEmpty());
        QVERIFY(asked >= 2); // asked between the months, and the rows of the first dropped
    }

    void shouldShowLoadsTextsReadAPageAtATime()
    {
        const Domain::Engagement e = engagement(QStringLiteral("ATLANTICPET"));
        const QDate start(2026, 7, 1), end(2026, 9, 30);
        const Models::ReviewBreachesLoader loader(*m_portfolio.database());
        QVector<Models::ReviewBreach> whole;
        QVERIFY(loader.load(e, start, end, &whole).isNull());
        QVector<Models::ReviewBreachRow> rows;
        QVERIFY(loader.loadRows(e, start, end, &rows).isNull());
        QVERIFY(whole.size() >= 8);
        int reads = 0;
        int most = 0;
        const auto source = [&](const QVector<qint64> &ids, QHash<qint64, Models::ReviewBreachTexts> *out) {
            ++reads;
            most = qMax(most, int(ids.size()));
            return loader.loadTexts(e, ids, out).isNull();
        };
        Models::ReviewBreachModel model;
        model.setPaging(3, 2);
        // The first page came with the rows: it is not read again
        QHash<qint64, Models::ReviewBreachTexts> first;
        QVERIFY(loader.loadTexts(e, {rows.at(0).ticketId, rows.at(1).ticketId, rows.at(2).ticketId}, &first)
                    .isNull());
        model.setRows(rows, source, first, {{whole.at(4).ticketId, QStringLiteral("Known cause")}},
                      QTimeZone(e.timeZone));
        QCOMPARE(model.rowCount(), int(whole.size()));
        using M = Models::ReviewBreachModel;
        QCOMPARE(model.index(1, M::TitleColumn).data().toString(), whole.at(1).title);
        QCOMPARE(reads, 0);
        // Other columns never read texts
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, M::TicketColumn).data().toString(), whole.at(row).key);
            QCOMPARE(model.index(row, M::SeverityColumn).data(Qt::EditRole).toInt(), whole.at(row).severity);
            QCOMPARE(model.index(row, M::TicketColumn).data(M::TicketIdRole).toLongLong(),
                     whole.at(row).ticketId);
        }
        QCOMPARE(model.index(4, M::RootCauseColumn).data().toString(), QStringLiteral("Known cause"));
        QCOMPARE(reads, 0);
        // Every row's texts, in the order shown, from pages of three read once each
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, M::TitleColumn).data().toString(), whole.at(row).title);
            QCOMPARE(model.index(row, M::ExplanationColumn).data().toString(), whole.at(row).explanation);
            QCOMPARE(model.index(row, M::ExplanationColumn).data(Qt::ToolTipRole).toString(),
                     whole.at(row).explanation);
        }
        const int pages = (int(whole.size()) + 2) / 3;
        QCOMPARE(reads, pages - 1);
        QCOMPARE(model.pagesRead(), pages - 1);
        QCOMPARE(most, 3);
        // Only two pages are kept: the first is read again, the last is still there
        QCOMPARE(model.texts(0), (Models::ReviewBreachTexts{whole.at(0).title, whole.at(0).explanation}));
        QCOMPARE(reads, pages);
        model.texts(model.rowCount() - 1);
        QCOMPARE(reads, pages);
        // A reload forgets them
        model.setRows(rows, source, {}, {}, QTimeZone(e.timeZone));
        QCOMPARE(model.pagesRead(), 0);
        model.texts(0);
        QCOMPARE(reads, pages + 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewBreachRows)
#include "tst_reviewbreachrows.moc"
