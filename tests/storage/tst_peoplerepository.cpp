#include "models/storage/allocationrepository.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/peoplerepository.h"
#include "testdatabases.h"

#include <QTemporaryDir>
#include <QtTest>

using Domain::Absence;
using Domain::AbsenceKind;
using Domain::Person;
using Storage::StorageError;

namespace {
Person anna()
{
    Person p;
    p.name = QStringLiteral("Anna Lindqvist");
    p.role = Domain::Role::SA;
    p.onCall = true;
    p.contractedMinutesPerWeek = 40 * 60;
    p.partTimePercent = 80;
    p.start = QDate(2025, 3, 1);
    p.end = QDate(2027, 2, 28);
    p.absences = {{QDate(2026, 7, 6), QDate(2026, 7, 24), AbsenceKind::Vacation},
                  {QDate(2026, 11, 2), QDate(2026, 11, 3), AbsenceKind::SickLeave},
                  {QDate(2026, 12, 21), QDate(2026, 12, 23), AbsenceKind::Other}};
    return p;
}
} // namespace

class TestPeopleRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    QString m_path;
    int m_files = 0;

    QVector<Person> everybody() const
    {
        QVector<Person> out;
        const StorageError error = Storage::PeopleRepository(*m_db).all(&out);
        [&] { QVERIFY2(error.isNull(), qPrintable(error.toString())); }();
        return out;
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void init()
    {
        m_db = std::make_unique<Storage::Database>();
        // One file per test row: rows of a data-driven test must not see each other's writes.
        QString path;
        DD_FRESH_DATABASE(path, m_dir.path());
        m_path = path;
        {
            const auto openError = m_db->open(path, Storage::Database::Access::ReadWrite,
                                              Storage::Database::Creation::CreateIfMissing);
            QVERIFY2(openError.isNull(), qPrintable(openError.toString()));
        }
    }
    void cleanup() { m_db.reset(); }

    void shouldRoundTripAPersonWithAbsences()
    {
        Storage::PeopleRepository repo(*m_db);
        QVERIFY(repo.save(anna()).isNull());
        const QVector<Person> all = everybody();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first(), anna());
    }

    void shouldRoundTripOpenEmploymentAndEveryAbsenceKind()
    {
        Person p;
        p.name = QStringLiteral("Örjan Ek");
        p.role = Domain::Role::Ops;
        for (int i = 0; i < Domain::AbsenceKindCount; ++i)
            p.absences.append(
                {QDate(2026, 1, 5 + 2 * i), QDate(2026, 1, 5 + 2 * i), static_cast<AbsenceKind>(i)});
        QVERIFY(Storage::PeopleRepository(*m_db).save(p).isNull());
        QCOMPARE(everybody(), QVector<Person>{p});
    }

    void shouldListPeopleByName()
    {
        Storage::PeopleRepository repo(*m_db);
        for (const char *name : {"Cecilia", "Anders", "Bo"}) {
            Person p;
            p.name = QLatin1String(name);
            QVERIFY(repo.save(p).isNull());
        }
        QStringList names;
        for (const Person &p : everybody())
            names.append(p.name);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Anders"), QStringLiteral("Bo"), QStringLiteral("Cecilia")}));
    }

    void shouldReplaceThePersonAndTheAbsencesOnSaveByName()
    {
        Storage::PeopleRepository repo(*m_db);
        Person changed = anna();
        QVERIFY(repo.save(anna(), &changed.stamp).isNull());
        QCOMPARE(changed.stamp.version, qint64(1));
        changed.role = Domain::Role::PM;
        changed.partTimePercent = 50;
        changed.onCall = false;
        changed.end = QDate();
        changed.absences = {{QDate(2026, 8, 3), QDate(2026, 8, 7), AbsenceKind::ParentalLeave}};
        QVERIFY(repo.save(changed, &changed.stamp).isNull());
        QCOMPARE(changed.stamp.version, qint64(2));
        QCOMPARE(everybody(), QVector<Person>{changed});
        QCOMPARE(everybody().first().stamp, changed.stamp);
        changed.absences.clear();
        QVERIFY(repo.save(changed, &changed.stamp).isNull());
        QCOMPARE(everybody(), QVector<Person>{changed});
    }

    void shouldRefuseTheSecondOfTwoSavesOfAPersonNamingWhoSavedFirst()
    {
        QVERIFY(Storage::PeopleRepository(*m_db).save(anna()).isNull());
        Storage::Database alice;
        QVERIFY(StorageTest::openAs(&alice, m_path, QStringLiteral("alice")).isNull());
        Storage::Database bob;
        QVERIFY(StorageTest::openAs(&bob, m_path, QStringLiteral("bob")).isNull());
        // GIVEN both read Anna
        QVector<Person> byAlice;
        QVector<Person> byBob;
        QVERIFY(Storage::PeopleRepository(alice).all(&byAlice).isNull());
        QVERIFY(Storage::PeopleRepository(bob).all(&byBob).isNull());
        // WHEN alice changes her absences, then bob her part-time
        Person aliceChange = byAlice.first();
        aliceChange.absences.insert(1, {QDate(2026, 9, 1), QDate(2026, 9, 4), AbsenceKind::SickLeave});
        QVERIFY(Storage::PeopleRepository(alice).save(aliceChange, &aliceChange.stamp).isNull());
        QCOMPARE(aliceChange.stamp.updatedBy, QStringLiteral("alice"));
        Person bobChange = byBob.first();
        bobChange.partTimePercent = 60;
        bobChange.absences.clear();
        const StorageError error = Storage::PeopleRepository(bob).save(bobChange);
        // THEN bob's is refused naming alice and Anna; nothing of it is written, absences neither
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QCOMPARE(error.row, StorageError::Row::Person);
        QCOMPARE(error.changedBy, QStringLiteral("alice"));
        QCOMPARE(error.changedAt, aliceChange.stamp.updatedAt);
        QCOMPARE(error.rowName, anna().name);
        QCOMPARE(everybody(), QVector<Person>{aliceChange});
        QCOMPARE(everybody().first().stamp, aliceChange.stamp);
        // AND adding someone of a name someone else added since is refused the same way
        Person twin = anna();
        twin.role = Domain::Role::Ops;
        QCOMPARE(Storage::PeopleRepository(bob).save(twin).kind, StorageError::Kind::Conflict);
        QCOMPARE(everybody(), QVector<Person>{aliceChange});
    }

    void shouldRefuseASaveOfAPersonSomeoneRemovedAndARemovalOfAChangedOne()
    {
        Person read = anna();
        QVERIFY(Storage::PeopleRepository(*m_db).save(anna(), &read.stamp).isNull());
        Storage::Database alice;
        QVERIFY(StorageTest::openAs(&alice, m_path, QStringLiteral("alice")).isNull());
        // A removal racing a save: alice removes Anna, this user then saves her as read
        QVERIFY(Storage::PeopleRepository(alice).remove(anna().name, read.stamp).isNull());
        Person changed = read;
        changed.partTimePercent = 80;
        StorageError error = Storage::PeopleRepository(*m_db).save(changed);
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QVERIFY(error.rowDeleted);
        QVERIFY(everybody().isEmpty());
        // A save racing a removal: alice adds her again and changes her; removing the old read fails
        Person again = anna();
        QVERIFY(Storage::PeopleRepository(alice).save(again, &again.stamp).isNull());
        again.onCall = false;
        QVERIFY(Storage::PeopleRepository(alice).save(again, &again.stamp).isNull());
        Person stale = anna();
        stale.stamp = again.stamp;
        stale.stamp.version = 1;
        error = Storage::PeopleRepository(*m_db).remove(anna().name, stale.stamp);
        QCOMPARE(error.kind, StorageError::Kind::Conflict);
        QCOMPARE(error.changedBy, QStringLiteral("alice"));
        QCOMPARE(everybody(), QVector<Person>{again});
    }

    void shouldRefuseAnInvalidPerson_data()
    {
        QTest::addColumn<Person>("person");
        Person noName = anna();
        noName.name.clear();
        QTest::newRow("no name") << noName;
        Person thirtyHourDay = anna();
        thirtyHourDay.contractedMinutesPerWeek = 150 * 60;
        QTest::newRow("150 h a week") << thirtyHourDay;
        Person negative = anna();
        negative.contractedMinutesPerWeek = -60;
        QTest::newRow("negative contract") << negative;
        Person partTime = anna();
        partTime.partTimePercent = 0;
        QTest::newRow("0 % part-time") << partTime;
        Person leaves = anna();
        leaves.end = leaves.start.addDays(-1);
        QTest::newRow("leaves before starting") << leaves;
        Person overlap = anna();
        overlap.absences.append({QDate(2026, 7, 20), QDate(2026, 7, 31), AbsenceKind::SickLeave});
        QTest::newRow("overlapping absences") << overlap;
        Person backwards = anna();
        backwards.absences = {{QDate(2026, 7, 24), QDate(2026, 7, 6), AbsenceKind::Vacation}};
        QTest::newRow("absence ending before it starts") << backwards;
    }

    void shouldRefuseAnInvalidPerson()
    {
        QFETCH(Person, person);
        Storage::PeopleRepository repo(*m_db);
        Person stored = anna();
        stored.name = person.name.isEmpty() ? QStringLiteral("Kept") : person.name;
        QVERIFY(repo.save(stored).isNull());
        const StorageError error = repo.save(person);
        QCOMPARE(error.kind, StorageError::Kind::Query);
        QVERIFY(!error.detail.isEmpty());
        QCOMPARE(everybody(), QVector<Person>{stored}); // nothing half-written
    }

    void shouldRemoveAPersonWithAbsencesAndAllocations()
    {
        Storage::PeopleRepository people(*m_db);
        Domain::ChangeStamp stamp;
        QVERIFY(people.save(anna(), &stamp).isNull());
        Domain::Engagement e;
        e.key = QStringLiteral("NORD");
        e.client = QStringLiteral("Nordshop");
        e.start = QDate(2026, 1, 1);
        e.committedMinutesPerMonth = 40 * 60;
        QVERIFY(Storage::EngagementRepository(*m_db).insert(&e).isNull());
        Storage::AllocationRepository allocations(*m_db);
        QVERIFY(allocations.set({anna().name, e.key, QDate(2026, 6, 1), 600}).isNull());
        QVERIFY(people.remove(anna().name, stamp).isNull());
        QVERIFY(everybody().isEmpty());
        QVector<Domain::Allocation> left;
        QVERIFY(allocations.list(QDate(), QDate(), &left).isNull());
        QVERIFY(left.isEmpty());
    }

    void shouldReportRemovingSomeoneUnknown()
    {
        const StorageError error = Storage::PeopleRepository(*m_db).remove(QStringLiteral("Nobody"), {});
        QCOMPARE(error.kind, StorageError::Kind::NotFound);
        QCOMPARE(error.record, QStringLiteral("Nobody"));
    }

    void shouldMapAbsenceKindIdsBothWays()
    {
        for (int i = 0; i < Domain::AbsenceKindCount; ++i) {
            const auto kind = static_cast<AbsenceKind>(i);
            AbsenceKind back = kind == AbsenceKind::Other ? AbsenceKind::Vacation : AbsenceKind::Other;
            QVERIFY(Storage::PeopleRepository::absenceKindFromId(
                Storage::PeopleRepository::absenceKindId(kind), &back));
            QCOMPARE(back, kind);
        }
        AbsenceKind unused;
        QVERIFY(!Storage::PeopleRepository::absenceKindFromId(QStringLiteral("holiday"), &unused));
    }
};

QTEST_GUILESS_MAIN(TestPeopleRepository)
#include "tst_peoplerepository.moc"
