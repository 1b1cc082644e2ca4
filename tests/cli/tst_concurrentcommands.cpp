// Several users at once on a team database (issue 15), as the real binary meets them: one
// `deliverydesk import` while another `deliverydesk allocation set` runs again and again, both
// against one PostgreSQL server the test starts. Both land, nothing is lost, and a write that
// waits on another user's lock ends as an error message and a non-zero exit, never a hang.
#include "tests/cli/clirun.h"
#include "tests/storage/importtestdatabase.h"
#include "tests/storage/testdatabases.h"

#include "models/storage/allocationrepository.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/peoplerepository.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using CliTest::Run;

const QString s_key = QStringLiteral("NORDSHOP");
const QString s_person = QStringLiteral("Ali Hassan");
const QString s_month = QStringLiteral("2026-11");
constexpr int s_processTimeoutMs = 120000; ///< past it a process counts as hung

/// The environment of both processes: a short busy limit, so that a wait on a lock ends as an
/// error well before the test's own timeout.
QProcessEnvironment environment(int waitSeconds)
{
    QProcessEnvironment env = CliTest::headlessEnvironment();
    env.insert(QStringLiteral("DELIVERYDESK_WAIT_SECONDS"), QString::number(waitSeconds));
    return env;
}

QStringList setCommand(const QString &database, int hours)
{
    return {QStringLiteral("allocation"),
            QStringLiteral("set"),
            s_person,
            s_key,
            QString::number(hours),
            QStringLiteral("--month"),
            s_month,
            QStringLiteral("--database"),
            database};
}
} // namespace

class TestConcurrentCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// A new server database holding the engagement s_key and the person s_person.
    QString newServerDatabase()
    {
        QString location;
        [&] { DD_FRESH_DATABASE_OF(location, QStringLiteral("postgresql"), m_dir.path()); }();
        if (location.isEmpty())
            return {};
        Storage::Database db;
        if (!db.open(location).isNull())
            return {};
        Domain::Engagement e = ImportTest::engagement(s_key);
        Domain::Person p;
        p.name = s_person;
        if (!Storage::EngagementRepository(db).insert(&e).isNull() ||
            !Storage::PeopleRepository(db).save(p).isNull())
            return {};
        return location;
    }

    /// A ServiceNow event log of `incidents` incidents with three updates each.
    QString eventLog(int incidents)
    {
        QByteArray data = "number,incident_state,sys_mod_count,opened_at,sys_updated_at,priority\n";
        static const char *const states[] = {"New", "Active", "Resolved"};
        const QDateTime start(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < incidents; ++i) {
            const QDateTime opened = start.addSecs(qint64(i) * 120);
            for (int u = 0; u < 3; ++u)
                data += "INC" + QByteArray::number(2000000 + i) + ',' + states[u] + ',' +
                        QByteArray::number(u) + ',' +
                        opened.toString(QStringLiteral("dd-MM-yyyy HH:mm")).toLatin1() + ',' +
                        opened.addSecs(u * 1800).toString(QStringLiteral("dd-MM-yyyy HH:mm")).toLatin1() +
                        ",2 - High\n";
        }
        const QString path = m_dir.filePath(QStringLiteral("events-%1.csv").arg(incidents));
        return ImportTest::writeFile(path, data) ? path : QString();
    }

    static qint64 count(const Storage::Database &db, const QString &table)
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

private slots:
    void shouldLandAnImportAndAllocationEditsRunningAtOnce()
    {
        const QString database = newServerDatabase();
        if (database.isEmpty())
            return; // skipped or failed by DD_FRESH_DATABASE_OF, saying why
        const int incidents = 3000;
        const QString file = eventLog(incidents);
        QVERIFY(!file.isEmpty());

        QProcess importer;
        importer.setProcessEnvironment(environment(30));
        importer.start(QStringLiteral(DD_BINARY),
                       {QStringLiteral("import"), QStringLiteral("--database"), database,
                        QStringLiteral("--engagement"), s_key, QStringLiteral("--source"),
                        QStringLiteral("servicenow-events"), file});
        QVERIFY(importer.waitForStarted());
        // The other user edits the same engagement's allocation over and over while the import runs.
        int edits = 0;
        int lastHours = 0;
        QElapsedTimer clock;
        clock.start();
        auto importing = [&importer] {
            // QProcess learns that the child ended, and empties its pipes, in the event loop.
            QCoreApplication::processEvents();
            return importer.state() != QProcess::NotRunning;
        };
        while ((importing() || edits < 3) && clock.elapsed() < s_processTimeoutMs) {
            lastHours = 10 + edits % 50;
            const Run edit =
                CliTest::runCli(setCommand(database, lastHours), {}, environment(30), s_processTimeoutMs);
            QVERIFY2(
                edit.code == 0,
                qPrintable(QStringLiteral("edit %1 (exit %2): %3").arg(edits).arg(edit.code).arg(edit.err)));
            QVERIFY2(edit.out.contains(QStringLiteral("%1 h").arg(lastHours)), qPrintable(edit.out));
            ++edits;
        }
        QVERIFY2(importer.state() == QProcess::NotRunning || importer.waitForFinished(s_processTimeoutMs),
                 "the import hung");
        const QString importErrors = QString::fromUtf8(importer.readAllStandardError());
        QVERIFY2(importer.exitCode() == 0, qPrintable(importErrors));
        QVERIFY2(edits >= 3, qPrintable(QString::number(edits)));
        qInfo("%d allocation edits during the import, %lld ms", edits, clock.elapsed());

        Storage::Database db;
        QVERIFY(db.open(database).isNull());
        QCOMPARE(count(db, QStringLiteral("tickets")), qint64(incidents));
        QCOMPARE(count(db, QStringLiteral("ticket_status_history")), qint64(incidents) * 3);
        QVector<Domain::Allocation> allocations;
        QVERIFY(Storage::AllocationRepository(db).list({}, {}, &allocations).isNull());
        QCOMPARE(allocations.size(), 1);
        QCOMPARE(allocations.first().minutes, lastHours * 60);
        // The first edit added the row and every later one changed it once: none was lost.
        QCOMPARE(allocations.first().stamp.version, qint64(edits));
    }

    void shouldEndAWaitOnAnotherUsersLockWithAMessageAndAnExitCode()
    {
        const QString database = newServerDatabase();
        if (database.isEmpty())
            return;
        QCOMPARE(CliTest::runCli(setCommand(database, 8)).code, 0);
        // Another user's transaction holds the row and does not end.
        Storage::Database other;
        QVERIFY(other.open(database).isNull());
        QSqlDatabase connection = other.connection();
        QVERIFY(connection.transaction());
        QSqlQuery lock(connection);
        QVERIFY(lock.exec(QStringLiteral("UPDATE allocations SET minutes = minutes")));

        QElapsedTimer clock;
        clock.start();
        const Run blocked = CliTest::runCli(setCommand(database, 12), {}, environment(2), s_processTimeoutMs);
        QVERIFY2(clock.elapsed() < 60000, "the wait did not end at the busy limit");
        QCOMPARE(blocked.code, 1);
        QVERIFY2(blocked.err.contains(QLatin1String("The allocation of Ali Hassan was not saved")) &&
                     blocked.err.contains(QLatin1String("busy")),
                 qPrintable(blocked.err));
        QVERIFY(connection.rollback());
        Storage::Database db;
        QVERIFY(db.open(database).isNull());
        QVector<Domain::Allocation> allocations;
        QVERIFY(Storage::AllocationRepository(db).list({}, {}, &allocations).isNull());
        QCOMPARE(allocations.first().minutes, 8 * 60);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentCommands)
#include "tst_concurrentcommands.moc"
