// The import mappings as `mapping set|remove` and the import wizard save them: a save replaces the
// stored mappings, so a removed entry stays removed and a load reads back what was saved. Column
// profiles: a save over a version someone else moved on is refused with who, when and what to do.
#include "models/changetext.h"
#include "models/importmappingstore.h"
#include "models/storage/database.h"

#include <QTemporaryDir>
#include <QtTest>

using Models::ImportMappingStore;

class TestImportMappingStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Storage::Database m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("mappings.sqlite")),
                          Storage::Database::Access::ReadWrite, Storage::Database::Creation::CreateIfMissing)
                    .isNull());
    }

    void shouldReadBackWhatWasSaved()
    {
        const ImportMappingStore store(m_db);
        Exchange::ImportMappings mappings;
        QCOMPARE(store.load(&mappings), QString());
        const Exchange::ImportMappings defaults = mappings;
        mappings.setSeverity(QStringLiteral("Red alert"), 1);
        mappings.setRole(QStringLiteral("Anna Berg"), Domain::Role::QA);
        QCOMPARE(store.save(mappings), QString());

        Exchange::ImportMappings read;
        QCOMPARE(store.load(&read), QString());
        QCOMPARE(read, mappings);

        QVERIFY(!(read == defaults));
        read.removeSeverity(QStringLiteral("Red alert"));
        QCOMPARE(store.save(read), QString());
        Exchange::ImportMappings again;
        QCOMPARE(store.load(&again), QString());
        QCOMPARE(again, read);
        QVERIFY(!(again == mappings));
    }

    void shouldSayWhyASaveFailed()
    {
        // A read-only connection refuses the write: the reason comes back as a sentence
        Storage::Database readOnly;
        QVERIFY(readOnly.open(m_db.path(), Storage::Database::Access::ReadOnly).isNull());
        Exchange::ImportMappings mappings;
        QCOMPARE(ImportMappingStore(readOnly).load(&mappings), QString());
        mappings.setSeverity(QStringLiteral("Trivial"), 4);
        QVERIFY(!ImportMappingStore(readOnly).save(mappings).isEmpty());
    }

    void shouldRefuseAProfileSomeoneElseSavedMeanwhileSayingWhoWhenAndWhatToDo()
    {
        // GIVEN alice's profile "Kassan", saved after this user found the name free
        const QString name = QStringLiteral("Kassan");
        const ImportMappingStore store(m_db);
        Domain::ChangeStamp read;
        QCOMPARE(store.profileStamp(name, &read), QString());
        QVERIFY(!read.isStored());
        qputenv("DELIVERYDESK_USER", "alice");
        Storage::Database alice;
        const Storage::StorageError opened = alice.open(m_db.path());
        qunsetenv("DELIVERYDESK_USER");
        QVERIFY(opened.isNull());
        Exchange::ColumnMapping mapping =
            Exchange::ColumnMapping::suggest({QStringLiteral("Ärendenummer"), QStringLiteral("Skapad")});
        mapping.name = name;
        Domain::ChangeStamp hers;
        QCOMPARE(ImportMappingStore(alice).saveProfile(mapping, &hers), QString());
        QCOMPARE(hers.version, qint64(1));
        // WHEN this user saves under the name as new
        Domain::ChangeStamp mine = read;
        const QString refused = store.saveProfile(mapping, &mine);
        // THEN it is refused naming alice and when and what to do, in one sentence; the stamp is as read
        QCOMPARE(refused, QStringLiteral(
                              "alice saved a profile named \"Kassan\" on %1; yours was not saved. Give yours "
                              "another name, or save again to replace theirs.")
                              .arg(Models::ChangeText::time(hers.updatedAt)));
        QCOMPARE(mine, read);
        // AND over the version it now reads, it lands and says who saved it
        QCOMPARE(store.profileStamp(name, &mine), QString());
        QCOMPARE(mine, hers);
        QCOMPARE(store.saveProfile(mapping, &mine), QString());
        QCOMPARE(mine.version, qint64(2));
        QVector<ImportMappingStore::Profile> listed;
        QCOMPARE(store.profiles(&listed), QString());
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().stamp, mine);
        QCOMPARE(
            ImportMappingStore::profileConflict(name, QString(), 0, true),
            QStringLiteral("Someone else deleted the profile \"Kassan\" meanwhile; yours was not saved. Save "
                           "again to store it under this name."));
        QCOMPARE(ImportMappingStore::profileConflict(name, QString(), 0, false),
                 QStringLiteral(
                     "Someone else saved a profile named \"Kassan\" meanwhile; yours was not saved. Give "
                     "yours another name, or save again to replace theirs."));
    }
};

QTEST_GUILESS_MAIN(TestImportMappingStore)
#include "tst_importmappingstore.moc"
