// Bundles (standalone SQLite files) taken from either dialect: the demo portfolio is written to a
// source database once per dialect, the first time a test function runs on it; each dialect's
// bundles go to a folder of their own.
#include "testdatabases.h"

#include "models/domain/demoportfolio.h"
#include "models/storage/budgetrepository.h"
#include "models/storage/bundlewriter.h"
#include "models/storage/database.h"
#include "models/storage/demodatawriter.h"
#include "models/storage/engagementrepository.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <map>

using Storage::BundleInfo;
using Storage::BundleWriter;
using Storage::Database;
using Storage::StorageError;

namespace {
const QDateTime s_takenAt(QDate(2026, 11, 25), QTime(10, 15), Qt::UTC);

qint64 scalar(const Database &db, const QString &sql, const QVariant &bind = {})
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql))
        return -1; // as a failed exec: the comparison that follows fails
    if (bind.isValid())
        q.bindValue(QStringLiteral(":v"), bind);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

class TestBundleWriter : public QObject
{
    Q_OBJECT

private:
    struct Source
    {
        std::unique_ptr<Database> db;
        QString key;
        qint64 engagementId = 0;
    };
    QTemporaryDir m_dir;
    std::map<QString, Source> m_sources; ///< by dialect
    QString m_dialect;                   ///< of the current test row
    Database *m_source = nullptr;        ///< the current dialect's, and its engagement:
    QString m_key;
    qint64 m_engagementId = 0;

    QString folder() const { return m_dir.filePath(m_dialect); }
    QString out(const QString &name) const { return folder() + QLatin1Char('/') + name; }

    void openBundle(const QString &path, Database *db)
    {
        const StorageError error = db->open(path, Database::Access::ReadOnly);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
    }

    /// The demo portfolio in a new database of the current dialect.
    void makeSource(QString location, Source *source)
    {
        if (!Database::isServerAddress(location)) // the name the "source database" row refuses
            location = out(QStringLiteral("source.sqlite"));
        auto db = std::make_unique<Database>();
        StorageError error =
            db->open(location, Database::Access::ReadWrite, Database::Creation::CreateIfMissing);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        error = Storage::DemoDataWriter(*db).write(Domain::DemoPortfolio::generate(QDate(2026, 10, 1)));
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        QVector<Domain::Engagement> all;
        QVERIFY(Storage::EngagementRepository(*db).all(&all).isNull());
        QVERIFY(all.size() >= 2);
        // The engagement with the most tickets, so that the filter has something to leave out.
        qint64 most = -1;
        for (const Domain::Engagement &e : qAsConst(all)) {
            const qint64 tickets =
                scalar(*db, QStringLiteral("SELECT count(*) FROM tickets WHERE engagement_id = :v"), e.id);
            if (tickets > most) {
                most = tickets;
                source->key = e.key;
                source->engagementId = e.id;
            }
        }
        QVERIFY(most > 0);
        // Months with a commitment of their own in every engagement (the demo stores none), so that
        // the bundle has some of its engagement's to copy and other engagements' to leave out.
        for (const Domain::Engagement &e : qAsConst(all)) {
            const Storage::BudgetRepository budgets(*db);
            Domain::BudgetPolicy policy;
            Domain::ChangeStamp read; // the demo saved its rules: save over that version
            QVERIFY(budgets.policyFor(e, &policy, &read).isNull());
            policy.setMonthlyBudget({QDate(2026, 9, 1), 40 * 60});
            policy.setMonthlyBudget({QDate(2026, 10, 1), 44 * 60});
            const StorageError saved = budgets.savePolicy(e.id, policy, &read);
            QVERIFY2(saved.isNull(), qPrintable(saved.toString()));
        }
        source->db = std::move(db);
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QFETCH_GLOBAL(QString, dialect);
        m_dialect = dialect;
        Source &source = m_sources[dialect];
        if (!source.db) {
            QVERIFY(QDir().mkpath(folder()));
            QString location;
            DD_FRESH_DATABASE(location, folder());
            makeSource(location, &source);
            QVERIFY(source.db);
        }
        m_source = source.db.get();
        m_key = source.key;
        m_engagementId = source.engagementId;
    }

    void shouldCopyTheWholePortfolio()
    {
        const QString path = out(QStringLiteral("portfolio.sqlite"));
        const StorageError error = BundleWriter(*m_source).write(path, QString(), s_takenAt);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        Database bundle;
        openBundle(path, &bundle);
        QVERIFY(bundle.isReadOnly());
        for (const QString &table :
             {QStringLiteral("engagements"), QStringLiteral("tickets"),
              QStringLiteral("ticket_status_history"), QStringLiteral("worklogs"), QStringLiteral("people"),
              QStringLiteral("allocations"), QStringLiteral("calendars"), QStringLiteral("sla_policies")}) {
            const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(table);
            QCOMPARE(scalar(bundle, sql), scalar(*m_source, sql));
        }
        QVERIFY(scalar(bundle, QStringLiteral("SELECT count(*) FROM worklogs")) > 0);
        QCOMPARE(bundle.schemaVersion(), m_source->schemaVersion());
        // Set aside while the rows went in, the indexes were built again: a fresh file's.
        Database fresh;
        QVERIFY(fresh
                    .open(out(QStringLiteral("fresh.sqlite")), Database::Access::ReadWrite,
                          Database::Creation::CreateIfMissing)
                    .isNull());
        QCOMPARE(StorageTest::sqliteIndexes(bundle), StorageTest::sqliteIndexes(fresh));
    }

    void shouldRecordWhatTheBundleIsACopyOf()
    {
        BundleInfo info;
        QVERIFY(BundleWriter::readInfo(out(QStringLiteral("portfolio.sqlite")), &info).isNull());
        QVERIFY(info.isBundle());
        QVERIFY(info.isPortfolio());
        QCOMPARE(info.source,
                 m_source->isServer() ? m_source->path() : QFileInfo(m_source->path()).absoluteFilePath());
        QCOMPARE(info.takenAt, s_takenAt);
        QCOMPARE(info.takenAt.timeSpec(), Qt::UTC);
    }

    void shouldBeOneSelfContainedFile()
    {
        const QString path = out(QStringLiteral("portfolio.sqlite"));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        Database bundle;
        openBundle(path, &bundle);
        QSqlQuery q(bundle.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("delete"));
        // No temporary files left next to it.
        const QStringList hidden =
            QDir(folder()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".portfolio"));
        QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(QLatin1Char(' '))));
    }

    void shouldCopyOneEngagementWithWhatRefersToIt()
    {
        const QString path = out(QStringLiteral("one.sqlite"));
        const StorageError error = BundleWriter(*m_source).write(path, m_key, s_takenAt);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        Database bundle;
        openBundle(path, &bundle);
        QCOMPARE(scalar(bundle, QStringLiteral("SELECT count(*) FROM engagements")), 1);
        QCOMPARE(scalar(bundle, QStringLiteral("SELECT count(*) FROM engagements WHERE engagement_key = :v"),
                        m_key),
                 1);
        for (const QString &table :
             {QStringLiteral("tickets"), QStringLiteral("worklogs"), QStringLiteral("allocations"),
              QStringLiteral("sla_policies"), QStringLiteral("monthly_budgets")}) {
            QCOMPARE(scalar(bundle, QStringLiteral("SELECT count(*) FROM %1").arg(table)),
                     scalar(*m_source,
                            QStringLiteral("SELECT count(*) FROM %1 WHERE engagement_id = :v").arg(table),
                            m_engagementId));
        }
        for (const QString &table : {QStringLiteral("tickets"), QStringLiteral("worklogs")}) {
            // the same rows, not only as many (read by their ids on SQLite)
            QCOMPARE(scalar(bundle, QStringLiteral("SELECT sum(id * id % 1000003) FROM %1").arg(table)),
                     scalar(*m_source,
                            QStringLiteral("SELECT sum(id * id % 1000003) FROM %1 WHERE engagement_id = :v")
                                .arg(table),
                            m_engagementId));
        }
        QCOMPARE(scalar(bundle, QStringLiteral("SELECT count(*) FROM ticket_status_history")),
                 scalar(*m_source,
                        QStringLiteral("SELECT count(*) FROM ticket_status_history WHERE ticket_id IN "
                                       "(SELECT id FROM tickets WHERE engagement_id = :v)"),
                        m_engagementId));
        QVERIFY(scalar(bundle, QStringLiteral("SELECT count(*) FROM tickets")) <
                scalar(*m_source, QStringLiteral("SELECT count(*) FROM tickets")));
        // Only the people allocated to it, and their rows are whole (no allocation without its person).
        QCOMPARE(scalar(bundle, QStringLiteral("SELECT count(*) FROM people")),
                 scalar(*m_source,
                        QStringLiteral(
                            "SELECT count(DISTINCT person_id) FROM allocations WHERE engagement_id = :v"),
                        m_engagementId));
        QCOMPARE(
            scalar(bundle,
                   QStringLiteral(
                       "SELECT count(*) FROM allocations WHERE person_id NOT IN (SELECT id FROM people)")),
            0);
        QSqlQuery check(bundle.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!check.next(), "the bundle has dangling references");
        BundleInfo info;
        QVERIFY(BundleWriter::readInfo(bundle, &info).isNull());
        QCOMPARE(info.scope, m_key);
        QVERIFY(!info.isPortfolio());
    }

    void shouldRefuseAnExistingFileUnlessToldToReplaceIt()
    {
        const QString path = out(QStringLiteral("existing.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        StorageError error = BundleWriter(*m_source).write(path, m_key, s_takenAt);
        QCOMPARE(error.kind, StorageError::Kind::Duplicate);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
        file.close();
        error = BundleWriter(*m_source).write(path, m_key, s_takenAt, BundleWriter::Overwrite::Replace);
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        BundleInfo info;
        QVERIFY(BundleWriter::readInfo(path, &info).isNull());
        QCOMPARE(info.scope, m_key);
    }

    void shouldRefuseTheSourceItselfAndUnknownEngagements_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("kind");
        QTest::newRow("the source database")
            << QStringLiteral("source.sqlite") << QString() << int(StorageError::Kind::Duplicate);
        QTest::newRow("unknown engagement") << QStringLiteral("unknown.sqlite") << QStringLiteral("NOPE")
                                            << int(StorageError::Kind::NotFound);
        QTest::newRow("a folder") << QString() << QString() << int(StorageError::Kind::CannotOpen);
        QTest::newRow("a missing folder")
            << QStringLiteral("no/such/dir/x.sqlite") << QString() << int(StorageError::Kind::CannotOpen);
    }
    void shouldRefuseTheSourceItselfAndUnknownEngagements()
    {
        QFETCH(QString, path);
        QFETCH(QString, key);
        QFETCH(int, kind);
        if (path == QLatin1String("source.sqlite") && m_source->isServer())
            QSKIP("a server's database is no file a bundle could be written over");
        const QString target = path.isEmpty() ? folder() : out(path);
        const StorageError error =
            BundleWriter(*m_source).write(target, key, s_takenAt, BundleWriter::Overwrite::Replace);
        QCOMPARE(int(error.kind), kind);
        if (!path.isEmpty() && path != QLatin1String("source.sqlite"))
            QVERIFY(!QFile::exists(target));
        QVERIFY(QDir(folder())
                    .entryList(QDir::Files | QDir::Hidden)
                    .filter(QStringLiteral(".unknown"))
                    .isEmpty());
    }

    void shouldLeaveDeletedEngagementsOut()
    {
        Storage::EngagementRepository repository(*m_source);
        QVERIFY(repository.remove(m_engagementId).isNull());
        const QString path = out(QStringLiteral("after-delete.sqlite"));
        const StorageError error = BundleWriter(*m_source).write(path, QString(), s_takenAt);
        QVERIFY(repository.restore(m_engagementId).isNull());
        QVERIFY2(error.isNull(), qPrintable(error.toString()));
        Database bundle;
        openBundle(path, &bundle);
        QCOMPARE(scalar(bundle, QStringLiteral("SELECT count(*) FROM engagements WHERE engagement_key = :v"),
                        m_key),
                 0);
        QCOMPARE(scalar(bundle, QStringLiteral("SELECT count(*) FROM tickets WHERE engagement_id = :v"),
                        m_engagementId),
                 0);
        QCOMPARE(BundleWriter(*m_source).write(path, m_key, s_takenAt).kind, StorageError::Kind::Duplicate);
    }

    void shouldSayAnOrdinaryDatabaseIsNoBundle()
    {
        BundleInfo info;
        QVERIFY(BundleWriter::readInfo(*m_source, &info).isNull());
        QVERIFY(!info.isBundle());
        QCOMPARE(info, BundleInfo());
    }
};

QTEST_GUILESS_MAIN(TestBundleWriter)
#include "tst_bundlewriter.moc"
