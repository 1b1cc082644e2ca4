// Review notes (migration 005): risks and actions per engagement and period, root-cause notes per
// ticket; round trips, replacement, removal by emptying, refusals, bundles and read-only access.
#include "models/storage/bundlewriter.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/reviewnoterepository.h"
#include "models/storage/ticketrepository.h"
#include "testdatabases.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using Storage::Database;
using Storage::ReviewNoteRepository;
using Storage::StorageError;

namespace {

qint64 utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

Domain::Ticket ticket(const QString &key, qint64 created)
{
    Domain::Ticket t;
    t.key = key;
    t.severity = 1;
    t.created = created;
    return t;
}

int rowsOf(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestReviewNoteRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    qint64 m_nord = 0;
    qint64 m_other = 0;
    QVector<qint64> m_nordTickets; ///< NORD's SUP-1, SUP-2
    qint64 m_otherTicket = 0;

    const QString nord = QStringLiteral("NORD");
    const QDate oct1 = QDate(2026, 10, 1);
    const QDate oct31 = QDate(2026, 10, 31);

    qint64 addEngagement(const QString &key)
    {
        Domain::Engagement e;
        e.key = key;
        e.client = key + QStringLiteral(" AB");
        e.start = QDate(2026, 1, 1);
        e.timeZone = "Europe/Stockholm";
        const StorageError error = Storage::EngagementRepository(*m_db).insert(&e);
        if (error)
            qWarning() << error.toString();
        return e.id;
    }

    /// The stamp of a period's notes as this test last read or wrote them, as the page holds it.
    Domain::ChangeStamp *stamp(const QString &key, const QDate &start, const QDate &end)
    {
        return &m_stamps[key + start.toString(Qt::ISODate) + end.toString(Qt::ISODate)];
    }
    QHash<QString, Domain::ChangeStamp> m_stamps;

    /// The stamp of a ticket's root-cause note as this test last read or wrote it.
    Domain::ChangeStamp *rootStamp(const QString &key, qint64 ticketId)
    {
        return &m_rootStamps[qMakePair(key, ticketId)];
    }
    QHash<QPair<QString, qint64>, Domain::ChangeStamp> m_rootStamps;

    qint64 ticketId(qint64 engagement, const QString &key)
    {
        qint64 id = 0;
        Domain::Ticket t;
        const StorageError error = Storage::TicketRepository(*m_db).find(engagement, key, &t, &id);
        if (error)
            qWarning() << error.toString();
        return id;
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_stamps.clear();
        m_rootStamps.clear();
        DD_FRESH_DATABASE(m_path, m_dir.path());
        m_db = std::make_unique<Database>();
        {
            const auto openError =
                m_db->open(m_path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing);
            QVERIFY2(openError.isNull(), qPrintable(openError.toString()));
        }
        m_nord = addEngagement(nord);
        m_other = addEngagement(QStringLiteral("OTHER"));
        QVERIFY(m_nord > 0 && m_other > 0);
        Storage::UpsertCounts counts;
        const Storage::TicketRepository tickets(*m_db);
        QVERIFY(tickets
                    .upsert(m_nord, QStringLiteral("jira"),
                            {ticket(QStringLiteral("SUP-1"), utc(2026, 10, 2)),
                             ticket(QStringLiteral("SUP-2"), utc(2026, 10, 5))},
                            &counts)
                    .isNull());
        QVERIFY(tickets
                    .upsert(m_other, QStringLiteral("jira"),
                            {ticket(QStringLiteral("OTH-1"), utc(2026, 10, 3))}, &counts)
                    .isNull());
        m_nordTickets = {ticketId(m_nord, QStringLiteral("SUP-1")),
                         ticketId(m_nord, QStringLiteral("SUP-2"))};
        m_otherTicket = ticketId(m_other, QStringLiteral("OTH-1"));
        QVERIFY(m_nordTickets.at(0) > 0 && m_nordTickets.at(1) > 0 && m_otherTicket > 0);
    }
    void cleanup() { m_db.reset(); }

    void shouldReadEmptyNotesOfAPeriodNothingWasWrittenFor()
    {
        ReviewNoteRepository::PeriodNotes notes;
        notes.risks = QStringLiteral("stale");
        QVERIFY(ReviewNoteRepository(*m_db).periodNotes(nord, oct1, oct31, &notes).isNull());
        QVERIFY(notes.risks.isEmpty());
        QVERIFY(notes.actions.isEmpty());
        QCOMPARE(notes.stamp.version, qint64(0));
    }

    void shouldRoundTripAndReplaceThePeriodsRisksAndActions()
    {
        const ReviewNoteRepository repository(*m_db);
        const QString risks = QStringLiteral("Peak season: Black Friday traffic ×3\nÅtgärd: extra on-call");
        QVERIFY(repository
                    .setPeriodNotes(nord, oct1, oct31, risks, QStringLiteral("Hire QA"), utc(2026, 11, 2),
                                    stamp(nord, oct1, oct31))
                    .isNull());
        QVERIFY(repository
                    .setPeriodNotes(nord, oct1, oct31, risks, QStringLiteral("Hire two QA"), utc(2026, 11, 3),
                                    stamp(nord, oct1, oct31))
                    .isNull());
        ReviewNoteRepository::PeriodNotes notes;
        QVERIFY(repository.periodNotes(nord, oct1, oct31, &notes).isNull());
        QCOMPARE(notes.risks, risks);
        QCOMPARE(notes.actions, QStringLiteral("Hire two QA"));
        QCOMPARE(notes.stamp.updatedAt, utc(2026, 11, 3));
        QCOMPARE(notes.stamp.createdAt, utc(2026, 11, 2));
        QCOMPARE(notes.stamp.version, qint64(2));
        QCOMPARE(notes.stamp.updatedBy, m_db->userName());
        QCOMPARE(rowsOf(*m_db, QStringLiteral("review_notes")), 1);
    }

    void shouldKeepPeriodsAndEngagementsApart()
    {
        const ReviewNoteRepository repository(*m_db);
        const QDate q4end(2026, 12, 31);
        QVERIFY(
            repository
                .setPeriodNotes(nord, oct1, oct31, QStringLiteral("month"), {}, 1, stamp(nord, oct1, oct31))
                .isNull());
        QVERIFY(
            repository
                .setPeriodNotes(nord, oct1, q4end, QStringLiteral("quarter"), {}, 2, stamp(nord, oct1, q4end))
                .isNull());
        QVERIFY(repository
                    .setPeriodNotes(QStringLiteral("OTHER"), oct1, oct31, QStringLiteral("other"), {}, 3,
                                    stamp(QStringLiteral("OTHER"), oct1, oct31))
                    .isNull());
        ReviewNoteRepository::PeriodNotes notes;
        QVERIFY(repository.periodNotes(nord, oct1, oct31, &notes).isNull());
        QCOMPARE(notes.risks, QStringLiteral("month"));
        QVERIFY(repository.periodNotes(nord, oct1, q4end, &notes).isNull());
        QCOMPARE(notes.risks, QStringLiteral("quarter"));
        QVERIFY(repository.periodNotes(QStringLiteral("OTHER"), oct1, oct31, &notes).isNull());
        QCOMPARE(notes.risks, QStringLiteral("other"));
        QVERIFY(repository.periodNotes(nord, QDate(2026, 11, 1), QDate(2026, 11, 30), &notes).isNull());
        QVERIFY(notes.risks.isEmpty());
    }

    void shouldRemoveThePeriodsRowWhenBothTextsAreEmptied()
    {
        const ReviewNoteRepository repository(*m_db);
        QVERIFY(repository
                    .setPeriodNotes(nord, oct1, oct31, QStringLiteral("r"), QStringLiteral("a"), 1,
                                    stamp(nord, oct1, oct31))
                    .isNull());
        QVERIFY(
            repository.setPeriodNotes(nord, oct1, oct31, {}, QStringLiteral("a"), 2, stamp(nord, oct1, oct31))
                .isNull());
        QCOMPARE(rowsOf(*m_db, QStringLiteral("review_notes")), 1);
        QVERIFY(repository.setPeriodNotes(nord, oct1, oct31, {}, {}, 3, stamp(nord, oct1, oct31)).isNull());
        QCOMPARE(rowsOf(*m_db, QStringLiteral("review_notes")), 0);
    }

    void shouldRefuseTheSecondOfTwoSavesOfAPeriodNamingWhoSavedFirst()
    {
        QVERIFY(
            ReviewNoteRepository(*m_db)
                .setPeriodNotes(nord, oct1, oct31, QStringLiteral("risk"), {}, 10, stamp(nord, oct1, oct31))
                .isNull());
        Database alice;
        QVERIFY(StorageTest::openAs(&alice, m_path, QStringLiteral("alice")).isNull());
        Database bob;
        QVERIFY(StorageTest::openAs(&bob, m_path, QStringLiteral("bob")).isNull());
        ReviewNoteRepository::PeriodNotes byAlice;
        ReviewNoteRepository::PeriodNotes byBob;
        QVERIFY(ReviewNoteRepository(alice).periodNotes(nord, oct1, oct31, &byAlice).isNull());
        QVERIFY(ReviewNoteRepository(bob).periodNotes(nord, oct1, oct31, &byBob).isNull());

        QVERIFY(ReviewNoteRepository(alice)
                    .setPeriodNotes(nord, oct1, oct31, QStringLiteral("Alice's risk"), {}, 20, &byAlice.stamp)
                    .isNull());
        QCOMPARE(byAlice.stamp.updatedBy, QStringLiteral("alice"));
        const StorageError error =
            ReviewNoteRepository(bob).setPeriodNotes(nord, oct1, oct31, {}, {}, 30, &byBob.stamp);

        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QCOMPARE(error.row, StorageError::Row::ReviewNotes);
        QCOMPARE(error.changedBy, QStringLiteral("alice"));
        QCOMPARE(error.changedAt, qint64(20));
        ReviewNoteRepository::PeriodNotes stored;
        QVERIFY(ReviewNoteRepository(*m_db).periodNotes(nord, oct1, oct31, &stored).isNull());
        QCOMPARE(stored.risks, QStringLiteral("Alice's risk"));
        QCOMPARE(stored.stamp, byAlice.stamp);
    }

    void shouldRefuseToWriteNotesSomeoneElseAddedOrRemovedSinceRead()
    {
        const ReviewNoteRepository repository(*m_db);
        Domain::ChangeStamp none; // read when the period had no notes
        QVERIFY(
            repository
                .setPeriodNotes(nord, oct1, oct31, QStringLiteral("first"), {}, 1, stamp(nord, oct1, oct31))
                .isNull());
        StorageError error =
            repository.setPeriodNotes(nord, oct1, oct31, QStringLiteral("mine"), {}, 2, &none);
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QVERIFY(!error.rowDeleted);
        const Domain::ChangeStamp stale = *stamp(nord, oct1, oct31);
        QVERIFY(repository.setPeriodNotes(nord, oct1, oct31, {}, {}, 3, stamp(nord, oct1, oct31)).isNull());
        Domain::ChangeStamp afterRemoval = stale;
        error = repository.setPeriodNotes(nord, oct1, oct31, QStringLiteral("again"), {}, 4, &afterRemoval);
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QVERIFY(error.rowDeleted);
        QCOMPARE(afterRemoval, stale);
        QCOMPARE(rowsOf(*m_db, QStringLiteral("review_notes")), 0);
    }

    void shouldRefuseTheSecondOfTwoSavesOfARootCauseNamingWhoSavedFirst()
    {
        const qint64 ticket = m_nordTickets.at(0);
        QVERIFY(ReviewNoteRepository(*m_db)
                    .setRootCause(nord, ticket, QStringLiteral("First"), 10, rootStamp(nord, ticket))
                    .isNull());
        QCOMPARE(rootStamp(nord, ticket)->version, qint64(1));
        Database alice;
        QVERIFY(StorageTest::openAs(&alice, m_path, QStringLiteral("alice")).isNull());
        Database bob;
        QVERIFY(StorageTest::openAs(&bob, m_path, QStringLiteral("bob")).isNull());
        // GIVEN both read the note
        ReviewNoteRepository::RootCause byAlice;
        ReviewNoteRepository::RootCause byBob;
        QVERIFY(ReviewNoteRepository(alice).rootCause(nord, ticket, &byAlice).isNull());
        QVERIFY(ReviewNoteRepository(bob).rootCause(nord, ticket, &byBob).isNull());
        QCOMPARE(byAlice.note, QStringLiteral("First"));
        QCOMPARE(byAlice.stamp, *rootStamp(nord, ticket));
        // WHEN alice saves, then bob
        QVERIFY(ReviewNoteRepository(alice)
                    .setRootCause(nord, ticket, QStringLiteral("Alice's cause"), 20, &byAlice.stamp)
                    .isNull());
        QCOMPARE(byAlice.stamp.version, qint64(2));
        QCOMPARE(byAlice.stamp.updatedBy, QStringLiteral("alice"));
        const Domain::ChangeStamp bobRead = byBob.stamp;
        const StorageError error = ReviewNoteRepository(bob).setRootCause(
            nord, ticket, QStringLiteral("Bob's cause"), 30, &byBob.stamp);
        // THEN bob's is refused naming alice, when and the ticket; nothing of it is written
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QCOMPARE(error.row, StorageError::Row::RootCause);
        QCOMPARE(error.changedBy, QStringLiteral("alice"));
        QCOMPARE(error.changedAt, qint64(20));
        QCOMPARE(error.rowName, QStringLiteral("SUP-1"));
        QVERIFY(!error.rowDeleted);
        QCOMPARE(byBob.stamp, bobRead);
        ReviewNoteRepository::RootCause stored;
        QVERIFY(ReviewNoteRepository(*m_db).rootCause(nord, ticket, &stored).isNull());
        QCOMPARE(stored.note, QStringLiteral("Alice's cause"));
        QCOMPARE(stored.stamp, byAlice.stamp);
        QCOMPARE(stored.stamp.createdBy, rootStamp(nord, ticket)->createdBy);
        QCOMPARE(stored.updatedAt, qint64(20));
        // AND the stamps come with every note of the engagement too
        QHash<qint64, ReviewNoteRepository::RootCause> all;
        QVERIFY(ReviewNoteRepository(bob).rootCauses(nord, &all).isNull());
        QCOMPARE(all.value(ticket).stamp, byAlice.stamp);
    }

    void shouldRefuseARootCauseSomeoneElseAddedOrRemovedSinceRead()
    {
        const qint64 ticket = m_nordTickets.at(1);
        Database alice;
        QVERIFY(StorageTest::openAs(&alice, m_path, QStringLiteral("alice")).isNull());
        Database bob;
        QVERIFY(StorageTest::openAs(&bob, m_path, QStringLiteral("bob")).isNull());
        // GIVEN both read the ticket without a note, and alice adds one
        Domain::ChangeStamp aliceRead;
        Domain::ChangeStamp bobRead;
        QVERIFY(ReviewNoteRepository(alice)
                    .setRootCause(nord, ticket, QStringLiteral("Alice's"), 5, &aliceRead)
                    .isNull());
        // WHEN bob adds his, or clears the cell he read empty
        StorageError error =
            ReviewNoteRepository(bob).setRootCause(nord, ticket, QStringLiteral("Bob's"), 6, &bobRead);
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QCOMPARE(error.changedBy, QStringLiteral("alice"));
        error = ReviewNoteRepository(bob).setRootCause(nord, ticket, QString(), 6, &bobRead);
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QCOMPARE(bobRead, Domain::ChangeStamp());
        // GIVEN bob reads alice's note; WHEN alice removes it (a delete racing bob's save)
        ReviewNoteRepository::RootCause read;
        QVERIFY(ReviewNoteRepository(bob).rootCause(nord, ticket, &read).isNull());
        QVERIFY(ReviewNoteRepository(alice).setRootCause(nord, ticket, QString(), 7, &aliceRead).isNull());
        QCOMPARE(aliceRead, Domain::ChangeStamp());
        // THEN bob's change, and bob's removal, are refused as deleted; nothing comes back
        error = ReviewNoteRepository(bob).setRootCause(nord, ticket, QStringLiteral("Bob's"), 8, &read.stamp);
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QVERIFY(error.rowDeleted);
        QCOMPARE(error.row, StorageError::Row::RootCause);
        error = ReviewNoteRepository(bob).setRootCause(nord, ticket, QString(), 8, &read.stamp);
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QVERIFY(error.rowDeleted);
        QCOMPARE(rowsOf(*m_db, QStringLiteral("root_cause_notes")), 0);
    }

    void shouldRefuseAnUnknownEngagementAndABadPeriod()
    {
        const ReviewNoteRepository repository(*m_db);
        ReviewNoteRepository::PeriodNotes notes;
        StorageError error = repository.periodNotes(QStringLiteral("NOPE"), oct1, oct31, &notes);
        QCOMPARE(error.kind, StorageError::Kind::NotFound);
        QCOMPARE(error.record, QStringLiteral("NOPE"));
        error = repository.setPeriodNotes(nord, oct31, oct1, QStringLiteral("x"), {}, 1,
                                          stamp(nord, oct31, oct1));
        QCOMPARE(error.kind, StorageError::Kind::Query);
        QVERIFY2(error.detail.contains(QLatin1String("starts after")), qPrintable(error.detail));
        error = repository.setPeriodNotes(nord, QDate(), oct31, QStringLiteral("x"), {}, 1,
                                          stamp(nord, QDate(), oct31));
        QCOMPARE(error.kind, StorageError::Kind::Query);
        QCOMPARE(rowsOf(*m_db, QStringLiteral("review_notes")), 0);
        // A deleted engagement is unknown too.
        QVERIFY(Storage::EngagementRepository(*m_db).remove(m_other).isNull());
        QCOMPARE(repository
                     .setPeriodNotes(QStringLiteral("OTHER"), oct1, oct31, QStringLiteral("x"), {}, 1,
                                     stamp(QStringLiteral("OTHER"), oct1, oct31))
                     .kind,
                 StorageError::Kind::NotFound);
    }

    void shouldRoundTripRootCausesOfTheEngagementsTicketsOnly()
    {
        const ReviewNoteRepository repository(*m_db);
        QVERIFY(repository
                    .setRootCause(nord, m_nordTickets.at(0), QStringLiteral("Cache node ran out of memory"),
                                  5, rootStamp(nord, m_nordTickets.at(0)))
                    .isNull());
        QVERIFY(repository
                    .setRootCause(nord, m_nordTickets.at(1),
                                  QStringLiteral("Waiting on the payment provider"), 6,
                                  rootStamp(nord, m_nordTickets.at(1)))
                    .isNull());
        QVERIFY(repository
                    .setRootCause(nord, m_nordTickets.at(0), QStringLiteral("Cache node out of memory"), 7,
                                  rootStamp(nord, m_nordTickets.at(0)))
                    .isNull());
        QVERIFY(repository
                    .setRootCause(QStringLiteral("OTHER"), m_otherTicket, QStringLiteral("other"), 8,
                                  rootStamp(QStringLiteral("OTHER"), m_otherTicket))
                    .isNull());
        const StorageError refused = repository.setRootCause(nord, m_otherTicket, QStringLiteral("wrong"), 9,
                                                             rootStamp(nord, m_otherTicket));
        QCOMPARE(refused.kind, StorageError::Kind::NotFound);
        QCOMPARE(
            repository.setRootCause(nord, 999999, QStringLiteral("none"), 9, rootStamp(nord, 999999)).kind,
            StorageError::Kind::NotFound);

        QHash<qint64, ReviewNoteRepository::RootCause> notes;
        QVERIFY(repository.rootCauses(nord, &notes).isNull());
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.value(m_nordTickets.at(0)).note, QStringLiteral("Cache node out of memory"));
        QCOMPARE(notes.value(m_nordTickets.at(0)).updatedAt, 7);
        QCOMPARE(notes.value(m_nordTickets.at(1)).note, QStringLiteral("Waiting on the payment provider"));

        QVERIFY(
            repository
                .setRootCause(nord, m_nordTickets.at(1), QString(), 10, rootStamp(nord, m_nordTickets.at(1)))
                .isNull());
        QVERIFY(repository.rootCauses(nord, &notes).isNull());
        QCOMPARE(notes.keys(), QList<qint64>{m_nordTickets.at(0)});
    }

    void shouldKeepARootCauseAcrossAReimportOfItsTicket()
    {
        const ReviewNoteRepository repository(*m_db);
        QVERIFY(repository
                    .setRootCause(nord, m_nordTickets.at(0), QStringLiteral("Deploy without rollback"), 1,
                                  rootStamp(nord, m_nordTickets.at(0)))
                    .isNull());
        Domain::Ticket changed = ticket(QStringLiteral("SUP-1"), utc(2026, 10, 2));
        changed.title = QStringLiteral("Checkout down");
        changed.resolved = utc(2026, 10, 3);
        Storage::UpsertCounts counts;
        QVERIFY(Storage::TicketRepository(*m_db)
                    .upsert(m_nord, QStringLiteral("jira"), {changed}, &counts)
                    .isNull());
        QCOMPARE(counts.updated, 1);
        QHash<qint64, ReviewNoteRepository::RootCause> notes;
        QVERIFY(repository.rootCauses(nord, &notes).isNull());
        QCOMPARE(notes.value(m_nordTickets.at(0)).note, QStringLiteral("Deploy without rollback"));
    }

    void shouldGoWithItsEngagementWhenPurged()
    {
        const ReviewNoteRepository repository(*m_db);
        QVERIFY(repository
                    .setPeriodNotes(QStringLiteral("OTHER"), oct1, oct31, QStringLiteral("r"), {}, 1,
                                    stamp(QStringLiteral("OTHER"), oct1, oct31))
                    .isNull());
        QVERIFY(repository
                    .setRootCause(QStringLiteral("OTHER"), m_otherTicket, QStringLiteral("n"), 1,
                                  rootStamp(QStringLiteral("OTHER"), m_otherTicket))
                    .isNull());
        QVERIFY(repository
                    .setRootCause(nord, m_nordTickets.at(0), QStringLiteral("kept"), 1,
                                  rootStamp(nord, m_nordTickets.at(0)))
                    .isNull());
        const Storage::EngagementRepository engagements(*m_db);
        QVERIFY(engagements.remove(m_other).isNull());
        QVERIFY(engagements.purgeDeleted().isNull());
        QCOMPARE(rowsOf(*m_db, QStringLiteral("review_notes")), 0);
        QCOMPARE(rowsOf(*m_db, QStringLiteral("root_cause_notes")), 1);
    }

    void shouldTravelInABundleAndBeReadOnlyThere()
    {
        const ReviewNoteRepository repository(*m_db);
        QVERIFY(repository
                    .setPeriodNotes(nord, oct1, oct31, QStringLiteral("risk"), QStringLiteral("act"), 1,
                                    stamp(nord, oct1, oct31))
                    .isNull());
        QVERIFY(repository
                    .setRootCause(nord, m_nordTickets.at(1), QStringLiteral("cause"), 1,
                                  rootStamp(nord, m_nordTickets.at(1)))
                    .isNull());
        QVERIFY(repository
                    .setRootCause(QStringLiteral("OTHER"), m_otherTicket, QStringLiteral("not in it"), 1,
                                  rootStamp(QStringLiteral("OTHER"), m_otherTicket))
                    .isNull());
        QFETCH_GLOBAL(QString, dialect);
        const QString bundlePath = m_dir.filePath(QStringLiteral("nord-bundle-%1.sqlite").arg(dialect));
        const StorageError written = Storage::BundleWriter(*m_db).write(
            bundlePath, nord, QDateTime(QDate(2026, 11, 4), QTime(9, 0), QTimeZone::utc()));
        QVERIFY2(written.isNull(), qPrintable(written.toString()));

        Database bundle;
        QVERIFY(bundle.open(bundlePath, Database::Access::ReadOnly).isNull());
        const ReviewNoteRepository inBundle(bundle);
        ReviewNoteRepository::PeriodNotes notes;
        QVERIFY(inBundle.periodNotes(nord, oct1, oct31, &notes).isNull());
        QCOMPARE(notes.risks, QStringLiteral("risk"));
        QCOMPARE(notes.actions, QStringLiteral("act"));
        QHash<qint64, ReviewNoteRepository::RootCause> causes;
        QVERIFY(inBundle.rootCauses(nord, &causes).isNull());
        QCOMPARE(causes.size(), 1);
        QCOMPARE(causes.value(m_nordTickets.at(1)).note, QStringLiteral("cause"));
        QCOMPARE(rowsOf(bundle, QStringLiteral("root_cause_notes")), 1);

        QCOMPARE(
            inBundle.setPeriodNotes(nord, oct1, oct31, QStringLiteral("x"), {}, 2, stamp(nord, oct1, oct31))
                .kind,
            StorageError::Kind::ReadOnly);
        QCOMPARE(inBundle
                     .setRootCause(nord, m_nordTickets.at(1), QStringLiteral("x"), 2,
                                   rootStamp(nord, m_nordTickets.at(1)))
                     .kind,
                 StorageError::Kind::ReadOnly);
        QVERIFY(inBundle.periodNotes(nord, oct1, oct31, &notes).isNull());
        QCOMPARE(notes.risks, QStringLiteral("risk"));
    }
};

QTEST_GUILESS_MAIN(TestReviewNoteRepository)
#include "tst_reviewnoterepository.moc"
