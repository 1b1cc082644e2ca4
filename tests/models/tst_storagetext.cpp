// One language per message: the sentence is translated here, storage's English (the operation and
// the driver's words) stays on a detail line of its own and never inside the sentence.
#include "models/storagetext.h"

#include <QLocale>
#include <QTranslator>
#include <QtTest>

using Kind = Storage::StorageError::Kind;
using Models::StorageText;
using Storage::StorageError;

class TestStorageText : public QObject
{
    Q_OBJECT

    QTranslator m_swedish;

private slots:
    void initTestCase() { QVERIFY(m_swedish.load(QStringLiteral(":/i18n/deliverydesk_sv.qm"))); }
    void cleanup() { QCoreApplication::removeTranslator(&m_swedish); }

    void shouldKeepTheDriversWordsOnTheDetailLine()
    {
        const StorageError error{Kind::Query, QStringLiteral("save engagement"), QStringLiteral("NORDSHOP"),
                                 QStringLiteral("disk I/O error")};
        QCOMPARE(StorageText::sentence(error), QStringLiteral("A database operation failed (NORDSHOP)"));
        QCOMPARE(StorageText::detailLine(error),
                 QStringLiteral("Detail: save engagement (NORDSHOP): disk I/O error"));
        QCOMPARE(StorageText::message(error),
                 QStringLiteral("A database operation failed (NORDSHOP)\n"
                                "Detail: save engagement (NORDSHOP): disk I/O error"));
    }

    void shouldSayTheSentenceInSwedishWithoutEnglishInIt()
    {
        QVERIFY(QCoreApplication::installTranslator(&m_swedish));
        const StorageError error{
            Kind::Query, QStringLiteral("save review notes"), {}, QStringLiteral("database is locked")};
        // THEN the first line is Swedish only; the operation that was English in it moved down
        const QStringList lines = StorageText::message(error).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("En databasåtgärd misslyckades"));
        QCOMPARE(lines.at(1), QStringLiteral("Detalj: save review notes: database is locked"));
    }

    void shouldPutTheCallersHeadlineBeforeTheSentence()
    {
        QVERIFY(QCoreApplication::installTranslator(&m_swedish));
        const StorageError error{Kind::Duplicate, QStringLiteral("save profile"), QStringLiteral("Generic"),
                                 QStringLiteral("UNIQUE constraint failed: import_profiles.name")};
        QCOMPARE(
            StorageText::message(QStringLiteral("Profilen sparades inte"), error),
            QStringLiteral("Profilen sparades inte: Generic finns redan\n"
                           "Detalj: save profile (Generic): UNIQUE constraint failed: import_profiles.name"));
    }

    void shouldAddNoDetailWhereThereIsNone()
    {
        QCOMPARE(StorageText::message(StorageError{
                     Kind::ReadOnly, QStringLiteral("save engagement"), {}, QStringLiteral("read-only")}),
                 QStringLiteral("This is a read-only copy; nothing can be changed in it"));
        QCOMPARE(StorageText::message(StorageError{
                     Kind::NotFound, QStringLiteral("delete calendar"), QStringLiteral("7"), {}}),
                 QStringLiteral("7 is no longer in the database"));
        QCOMPARE(StorageText::message(StorageError()), QString());
    }
};

QTEST_GUILESS_MAIN(TestStorageText)
#include "tst_storagetext.moc"
