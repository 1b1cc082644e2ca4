// The import mappings as `mapping set|remove` and the import wizard save them: a save replaces the
// stored mappings, so a removed entry stays removed and a load reads back what was saved.
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
};

QTEST_GUILESS_MAIN(TestImportMappingStore)
#include "tst_importmappingstore.moc"
