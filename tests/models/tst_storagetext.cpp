// One language per message: the sentence is translated here, storage's English (the operation and
// the driver's words) stays on a detail line of its own and never inside the sentence.
#include "models/storagetext.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
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

    void shouldSayWhoChangedARowAndWhenOrThatItIsGone()
    {
        StorageError error{Kind::Conflict, QStringLiteral("save allocation"),
                           QStringLiteral("Ali Hassan, NORDSHOP, 2026-11"),
                           QStringLiteral("changed by alice since it was read")};
        error.row = StorageError::Row::Allocation;
        error.changedBy = QStringLiteral("alice");
        error.changedAt = QDateTime(QDate(2026, 12, 5), QTime(10, 42), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(
            StorageText::sentence(error),
            QStringLiteral("alice changed this allocation on 5 Dec 2026 10:42; your change was not saved. "
                           "Reload to see theirs."));
        // The sentence says it all: no detail line in storage's English under it
        QCOMPARE(StorageText::detailLine(error), QString());
        QCOMPARE(StorageText::message(error), StorageText::sentence(error));
        // In Swedish, with Swedish month names (the tests run with TZ=UTC: the time is as stored)
        QVERIFY(QCoreApplication::installTranslator(&m_swedish));
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
        const QString swedish = StorageText::sentence(error);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::removeTranslator(&m_swedish);
        QCOMPARE(swedish,
                 QStringLiteral("alice ändrade den här allokeringen den 5 dec. 2026 10:42; din ändring "
                                "sparades inte. Läs in igen för att se ändringen."));

        error.changedAt = 0; // written before who-changed-what was kept
        error.row = StorageError::Row::ReviewNotes;
        QCOMPARE(
            StorageText::sentence(error),
            QStringLiteral("alice changed these review notes since you read it; your change was not saved. "
                           "Reload to see theirs."));
        error.row = StorageError::Row::ImportProfile; // a removal of a profile someone saved since
        error.rowName = QStringLiteral("Kassan");
        QCOMPARE(StorageText::sentence(error),
                 QStringLiteral(
                     "alice changed the profile \"Kassan\" since you read it; your change was not saved. "
                     "Reload to see theirs."));
        error.rowName.clear();
        error.rowDeleted = true;
        error.row = StorageError::Row::Engagement;
        QCOMPARE(StorageText::sentence(error),
                 QStringLiteral("Someone else deleted this engagement since you read it; your change was not "
                                "saved. Reload to see what is there now."));
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
