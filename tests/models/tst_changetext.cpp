// The who-changed-what line of tooltips: who saved a row last and when, in this computer's zone
// (the tests run with TZ=UTC) and the locale's month names; nothing for rows of unknown authorship.
#include "models/changetext.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QtTest>

using Models::ChangeText;

Q_DECLARE_METATYPE(Domain::ChangeStamp)

namespace {
Domain::ChangeStamp stamp(qint64 version, const QString &by)
{
    Domain::ChangeStamp s;
    s.version = version;
    s.createdBy = QStringLiteral("bo");
    s.createdAt = QDateTime(QDate(2026, 1, 2), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();
    s.updatedBy = by;
    s.updatedAt = QDateTime(QDate(2026, 12, 5), QTime(10, 42), QTimeZone::utc()).toSecsSinceEpoch();
    return s;
}
} // namespace

class TestChangeText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void shouldSayWhoChangedARowLastAndWhen_data()
    {
        QTest::addColumn<Domain::ChangeStamp>("stamp");
        QTest::addColumn<QString>("line");
        QTest::newRow("changed") << stamp(3, QStringLiteral("alice"))
                                 << QStringLiteral("Changed by alice on 5 Dec 2026 10:42");
        QTest::newRow("added, never changed")
            << stamp(1, QStringLiteral("alice")) << QStringLiteral("Added by alice on 5 Dec 2026 10:42");
        QTest::newRow("written before it was kept") << Domain::ChangeStamp{1, {}, 0, {}, 0} << QString();
        QTest::newRow("not stored") << Domain::ChangeStamp{} << QString();
    }

    void shouldSayWhoChangedARowLastAndWhen()
    {
        QFETCH(Domain::ChangeStamp, stamp);
        QFETCH(QString, line);
        QCOMPARE(ChangeText::line(stamp), line);
        QCOMPARE(ChangeText::appended(QStringLiteral("Nordshop"), stamp),
                 line.isEmpty() ? QStringLiteral("Nordshop") : QStringLiteral("Nordshop\n") + line);
    }

    void shouldWriteTheTimeWithTheLocalesMonthNames()
    {
        const qint64 at = stamp(2, {}).updatedAt;
        QCOMPARE(ChangeText::time(at), QStringLiteral("5 Dec 2026 10:42"));
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
        QCOMPARE(ChangeText::time(at), QStringLiteral("5 dec. 2026 10:42"));
    }
};

QTEST_GUILESS_MAIN(TestChangeText)
#include "tst_changetext.moc"
