// The review notes as the page and the review pack read them: a period's risks and actions with
// every root-cause note of the engagement, saved and read back, errors reported with empty notes.
#include "models/reviewnotesloader.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/ticketrepository.h"
#include "tests/storage/testdatabases.h"

#include <QTemporaryDir>
#include <QtTest>

class TestReviewNotesLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Storage::Database m_db;
    QString m_location;
    qint64 m_ticket = 0;
    const QString nord = QStringLiteral("NORD");

private slots:
    // On both dialects (issue 15): a new SQLite file, or a new database on the test server, per test.
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        m_db.close();
        QString location;
        DD_FRESH_DATABASE(location, m_dir.path());
        m_location = location;
        QVERIFY(m_db.open(location, Storage::Database::Access::ReadWrite,
                          Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        Domain::Engagement e;
        e.key = nord;
        e.client = QStringLiteral("Nordshop AB");
        e.start = QDate(2026, 1, 1);
        QVERIFY(Storage::EngagementRepository(m_db).insert(&e).isNull());
        Domain::Ticket t;
        t.key = QStringLiteral("NS-1");
        t.severity = 2;
        t.created = 1790000000;
        Storage::UpsertCounts counts;
        QVERIFY(Storage::TicketRepository(m_db).upsert(e.id, QStringLiteral("jira"), {t}, &counts).isNull());
        Domain::Ticket found;
        QVERIFY(Storage::TicketRepository(m_db).find(e.id, t.key, &found, &m_ticket).isNull());
    }

    void shouldReadBackWhatWasSaved()
    {
        const Models::ReviewNotesLoader loader(m_db);
        QVERIFY(!loader.isReadOnly());
        Storage::StorageError error;
        Domain::ChangeStamp stamp;
        QVERIFY(loader.saveRisksAndActions(nord, QDate(2026, 10, 1), QDate(2026, 12, 31),
                                           QStringLiteral("Risk\nTwo lines"), QStringLiteral("Act"), 100,
                                           &stamp, &error));
        QVERIFY(error.isNull());
        Domain::ChangeStamp cause;
        QVERIFY(loader.saveRootCause(nord, m_ticket, QStringLiteral("Config drift"), 100, &cause, nullptr));
        Models::ReviewNotes expected;
        expected.risks = QStringLiteral("Risk\nTwo lines");
        expected.actions = QStringLiteral("Act");
        expected.rootCauses.insert(m_ticket, QStringLiteral("Config drift"));
        QCOMPARE(loader.load(nord, QDate(2026, 10, 1), QDate(2026, 12, 31), &error), expected);
        QVERIFY(error.isNull());
        // Root causes belong to the ticket: another period of the engagement has them too
        const Models::ReviewNotes october =
            loader.load(nord, QDate(2026, 10, 1), QDate(2026, 10, 31), nullptr);
        QVERIFY(october.risks.isEmpty());
        QCOMPARE(october.rootCauses, expected.rootCauses);
    }

    void shouldReportAnErrorWithEmptyNotes()
    {
        const Models::ReviewNotesLoader loader(m_db);
        Storage::StorageError error;
        Domain::ChangeStamp stamp;
        QCOMPARE(loader.load(QStringLiteral("NOPE"), QDate(2026, 10, 1), QDate(2026, 10, 31), &error),
                 Models::ReviewNotes());
        QCOMPARE(error.kind, Storage::StorageError::Kind::NotFound);
        Domain::ChangeStamp none;
        QVERIFY(!loader.saveRootCause(nord, m_ticket + 1000, QStringLiteral("x"), 1, &none, &error));
        QCOMPARE(error.kind, Storage::StorageError::Kind::NotFound);
        QVERIFY(!loader.saveRisksAndActions(nord, QDate(2026, 10, 31), QDate(2026, 10, 1),
                                            QStringLiteral("x"), {}, 1, &stamp, &error));
        QCOMPARE(error.kind, Storage::StorageError::Kind::Query);
        // A later success clears the error
        loader.load(nord, QDate(2026, 10, 1), QDate(2026, 10, 31), &error);
        QVERIFY(error.isNull());
    }

    void shouldRefuseARootCauseSomeoneElseSavedSinceItWasLoaded()
    {
        // GIVEN two users load the notes: the ticket's note and its stamp come with them
        Storage::Database anna; // DELIVERYDESK_USER on SQLite, a role of the test server
        const Storage::StorageError opened = StorageTest::openAs(&anna, m_location, QStringLiteral("anna"));
        QVERIFY2(opened.isNull(), qPrintable(opened.toString()));
        const Models::ReviewNotesLoader mine(m_db);
        const Models::ReviewNotesLoader hers(anna);
        Models::ReviewNotes readByMe = mine.load(nord, QDate(2026, 11, 1), QDate(2026, 11, 30), nullptr);
        Models::ReviewNotes readByAnna = hers.load(nord, QDate(2026, 11, 1), QDate(2026, 11, 30), nullptr);
        QCOMPARE(readByMe.rootCauseStamps.value(m_ticket), readByAnna.rootCauseStamps.value(m_ticket));
        // WHEN anna saves first
        Domain::ChangeStamp annaStamp = readByAnna.rootCauseStamps.value(m_ticket);
        QVERIFY(hers.saveRootCause(nord, m_ticket, QStringLiteral("Anna's cause"), 200, &annaStamp, nullptr));
        QCOMPARE(annaStamp.updatedBy, QStringLiteral("anna"));
        Domain::ChangeStamp myStamp = readByMe.rootCauseStamps.value(m_ticket);
        const Domain::ChangeStamp myRead = myStamp;
        Storage::StorageError error;
        QVERIFY(!mine.saveRootCause(nord, m_ticket, QStringLiteral("Mine"), 300, &myStamp, &error));
        // THEN mine is refused naming anna and the ticket, and hers is what is stored
        QCOMPARE(error.kind, Storage::StorageError::Kind::Conflict);
        QCOMPARE(error.changedBy, QStringLiteral("anna"));
        QCOMPARE(error.rowName, QStringLiteral("NS-1"));
        QCOMPARE(myStamp, myRead);
        QString stored;
        Domain::ChangeStamp storedStamp;
        QVERIFY(mine.loadRootCause(nord, m_ticket, &stored, &storedStamp, nullptr));
        QCOMPARE(stored, QStringLiteral("Anna's cause"));
        QCOMPARE(storedStamp, annaStamp);
        QCOMPARE(
            mine.load(nord, QDate(2026, 11, 1), QDate(2026, 11, 30), nullptr).rootCauseStamps.value(m_ticket),
            annaStamp);
    }
};

QTEST_GUILESS_MAIN(TestReviewNotesLoader)
#include "tst_reviewnotesloader.moc"
