#include "models/portfolio.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "tests/storage/testdatabases.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using Models::Portfolio;

class TestPortfolio : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoFile; ///< a demo made once, copied for the tests that change one

private slots:
    // On both dialects (issue 15) where a portfolio opens a database; creating the demo makes a file.
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void initTestCase()
    {
        m_demoFile = m_dir.filePath(QStringLiteral("made.sqlite"));
        Portfolio portfolio;
        QVERIFY(portfolio.createDemo(m_demoFile, QDate(2026, 11, 25)).isNull());
    }

    void shouldCreateAndOpenTheDemo()
    {
        DD_ONLY_ON("sqlite", "the demo is made as a file");
        Portfolio portfolio;
        QSignalSpy opened(&portfolio, &Portfolio::opened);
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(portfolio.createDemo(path, QDate(2026, 11, 25)).isNull());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(portfolio.engagements()->rowCount(), 4);
        const Domain::Engagement first = portfolio.engagements()->engagementAt(0);
        Models::EngagementActivity activity;
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc());
        QVERIFY(portfolio.activity(first.id, now, &activity).isNull());
        QVERIFY(activity.tickets > 100);
        // The budget ledger from the start month to the month of "now"
        QCOMPARE(activity.months.constFirst().ledger.month,
                 QDate(first.start.year(), first.start.month(), 1));
        QCOMPARE(activity.months.constLast().ledger.month, QDate(2026, 11, 1));
        QCOMPARE(activity.months.constLast().ledger.state, Domain::LedgerMonth::State::Open);
        QVERIFY(activity.months.constLast().ledger.used > 0);
        // A second demo at the same path is refused, and the first stays intact.
        QSignalSpy errors(&portfolio, &Portfolio::errorOccurred);
        QVERIFY(!portfolio.createDemo(path, QDate(2026, 11, 25)).isNull());
        QCOMPARE(errors.count(), 1);
        QCOMPARE(portfolio.engagements()->rowCount(), 4);
    }

    void shouldUndoADeleteWithAllTheEngagementsData()
    {
        Portfolio portfolio;
        QString path;
        DD_DATABASE_COPY(path, m_demoFile, m_dir.path());
        QVERIFY(portfolio.open(path).isNull());
        const Domain::Engagement e = portfolio.engagements()->engagementAt(0);
        Models::EngagementActivity before;
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc());
        QVERIFY(portfolio.activity(e.id, now, &before).isNull());

        QVERIFY(portfolio.removeEngagement(e.id).isNull());
        QCOMPARE(portfolio.engagements()->rowCount(), 3);
        QVERIFY(portfolio.restoreEngagement(e.id).isNull());
        QCOMPARE(portfolio.engagements()->rowCount(), 4);
        Models::EngagementActivity after;
        QVERIFY(portfolio.activity(e.id, now, &after).isNull());
        QCOMPARE(after.tickets, before.tickets);
        QVERIFY(after.months == before.months);

        // A delete that was not undone is final once the database is opened again.
        QVERIFY(portfolio.removeEngagement(e.id).isNull());
        portfolio.close();
        QVERIFY(portfolio.open(path).isNull());
        QCOMPARE(portfolio.engagements()->rowCount(), 3);
        QSqlQuery q(portfolio.database()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE engagement_id = %1").arg(e.id)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void shouldRefuseAnEditOverAnotherUsersSaveAndShowTheirs()
    {
        Portfolio portfolio;
        QString path;
        DD_DATABASE_COPY(path, m_demoFile, m_dir.path());
        QVERIFY(portfolio.open(path).isNull());
        QSignalSpy errors(&portfolio, &Portfolio::errorOccurred);
        Domain::Engagement mine = portfolio.engagements()->engagementAt(0);
        // GIVEN alice saves the engagement on another connection after this window read it
        Storage::Database alice; // DELIVERYDESK_USER on SQLite, a role of the test server
        const Storage::StorageError opened = StorageTest::openAs(&alice, path, QStringLiteral("alice"));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        Domain::Engagement theirs = mine;
        theirs.notes = QStringLiteral("Alice's notes");
        QVERIFY(Storage::EngagementRepository(alice).update(theirs).isNull());
        // WHEN this window saves its edit
        mine.notes = QStringLiteral("Mine");
        const Storage::StorageError error = portfolio.updateEngagement(mine);
        // THEN it is refused with who, alice's notes are kept and the list shows them
        QCOMPARE(error.kind, Storage::StorageError::Kind::Conflict);
        QCOMPARE(error.changedBy, QStringLiteral("alice"));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(
            errors.first().first().toString().startsWith(QLatin1String("alice changed this engagement on ")),
            qPrintable(errors.first().first().toString()));
        QCOMPARE(portfolio.engagement(mine.id).notes, QStringLiteral("Alice's notes"));
        QVERIFY(portfolio.engagement(mine.id).stamp.version > mine.stamp.version);
        // ... and the next save names her version, so it goes through
        mine.notes = QStringLiteral("Mine, after reading hers");
        QVERIFY(portfolio.updateEngagement(mine).isNull());
        std::optional<Domain::Engagement> stored;
        QVERIFY(Storage::EngagementRepository(alice).findByKey(mine.key, &stored).isNull());
        QCOMPARE(stored->notes, QStringLiteral("Mine, after reading hers"));
    }

    void shouldKeepThePreviousDatabaseWhenOpeningFails()
    {
        DD_ONLY_ON("sqlite", "about files");
        Portfolio portfolio;
        const QString good = m_dir.filePath(QStringLiteral("good.sqlite"));
        QVERIFY(portfolio
                    .open(good, Storage::Database::Access::ReadWrite,
                          Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        QSignalSpy errors(&portfolio, &Portfolio::errorOccurred);
        QVERIFY(!portfolio.open(m_dir.filePath(QStringLiteral("missing.sqlite"))).isNull());
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("missing.sqlite")));
        QVERIFY(portfolio.isOpen());
        QCOMPARE(QFileInfo(portfolio.path()).fileName(), QStringLiteral("good.sqlite"));
    }

    void shouldReportADuplicateKeyWithoutChangingTheList()
    {
        Portfolio portfolio;
        QString location;
        DD_FRESH_DATABASE(location, m_dir.path());
        QVERIFY(portfolio
                    .open(location, Storage::Database::Access::ReadWrite,
                          Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        Domain::Engagement e;
        e.key = QStringLiteral("ONE");
        e.client = QStringLiteral("One AB");
        e.start = QDate(2026, 1, 1);
        const Storage::StorageError added = portfolio.addEngagement(&e);
        QVERIFY2(added.isNull(), qPrintable(added.toString()));
        Domain::Engagement again = e;
        again.id = 0;
        QSignalSpy errors(&portfolio, &Portfolio::errorOccurred);
        QCOMPARE(portfolio.addEngagement(&again).kind, Storage::StorageError::Kind::Duplicate);
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("ONE already exists")));
        QCOMPARE(portfolio.engagements()->rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPortfolio)
#include "tst_portfolio.moc"
