// Whether stored SLA results are older than the calendar or policy they count on (the SLA page's
// banner, the warning of `sla compliance` and `sla breaches`): the newest change after the
// evaluation, of either, with who made it; nothing while an engagement counts on defaults. On both
// dialects (issue 15): a new database per test function.
#include "models/calendarloader.h"
#include "models/slapolicyloader.h"
#include "models/slastaleness.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "tests/storage/testdatabases.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using Models::SlaRulesChange;
using Models::SlaStaleness;

class TestSlaStaleness : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Storage::Database m_db;
    Domain::Engagement m_engagement;

    /// What find() says once the results were stored at `computedAt` (evaluated at `evaluatedAt`,
    /// which does not count: a recompute as of a past instant is of the rules of its day).
    std::optional<SlaRulesChange> staleBy(qint64 computedAt, qint64 evaluatedAt = 0)
    {
        QSqlQuery q(m_db.connection());
        if (!q.prepare(
                QStringLiteral("INSERT INTO sla_evaluations (engagement_id, evaluated_at, tickets, "
                               "computed_at) VALUES (?, ?, 0, ?) ON CONFLICT (engagement_id) DO UPDATE "
                               "SET evaluated_at = excluded.evaluated_at, computed_at = "
                               "excluded.computed_at")) ||
            (q.addBindValue(m_engagement.id), q.addBindValue(evaluatedAt), q.addBindValue(computedAt),
             !q.exec()))
            qWarning("%s", qPrintable(q.lastError().text()));
        return find();
    }

    std::optional<SlaRulesChange> find()
    {
        std::optional<SlaRulesChange> change = SlaRulesChange{};
        const Storage::StorageError error = SlaStaleness::find(m_db, m_engagement.id, &change);
        if (error)
            qWarning("%s", qPrintable(error.toString()));
        return change;
    }

    /// Sets the change stamps of the engagement's stored rules: what a save at those instants
    /// writes (the test does not wait for the clock).
    bool stamp(const char *table, qint64 createdAt, qint64 updatedAt, const QString &by)
    {
        QSqlQuery q(m_db.connection());
        return q.prepare(QStringLiteral("UPDATE %1 SET created_at = ?, updated_at = ?, updated_by = ?")
                             .arg(QLatin1String(table))) &&
               (q.addBindValue(createdAt), q.addBindValue(updatedAt), q.addBindValue(by), q.exec());
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init()
    {
        m_db.close();
        DD_OPEN_FRESH_DATABASE(m_db, m_dir.path());
        m_engagement = {};
        m_engagement.key = QStringLiteral("NORDSHOP");
        m_engagement.client = QStringLiteral("Nordshop AB");
        m_engagement.model = Domain::SupportModel::SlaHotfix;
        m_engagement.start = QDate(2026, 1, 1);
        m_engagement.timeZone = "Europe/Stockholm";
        QVERIFY(Storage::EngagementRepository(m_db).insert(&m_engagement).isNull());
    }

    void shouldFindNothingOnDefaults()
    {
        // The zone's default calendar and the support model's default policy have no stamps.
        QCOMPARE(staleBy(0), std::optional<SlaRulesChange>());
    }

    void shouldFindNothingBeforeAnythingIsComputed()
    {
        Domain::BusinessCalendar calendar;
        calendar.setName(QStringLiteral("Stockholm office"));
        QStringList users;
        QVERIFY(Models::CalendarLoader(m_db).save(m_engagement.id, calendar, &users).isNull());
        QCOMPARE(find(), std::optional<SlaRulesChange>()); // "not computed yet" says enough
        QVERIFY(staleBy(100));                             // once computed, before the save
    }

    void shouldFindTheNewestChangeAfterTheEvaluation()
    {
        // A calendar saved now, by the database's user.
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        Domain::BusinessCalendar calendar;
        calendar.setName(QStringLiteral("Stockholm office"));
        calendar.setTimeZone("Europe/Stockholm");
        QStringList users;
        QVERIFY(Models::CalendarLoader(m_db).save(m_engagement.id, calendar, &users).isNull());
        std::optional<SlaRulesChange> change = staleBy(before - 1);
        QVERIFY(change);
        QCOMPARE(change->what, SlaRulesChange::What::Calendar);
        QCOMPARE(change->by, m_db.userName());
        QVERIFY(change->at >= before && change->at <= QDateTime::currentSecsSinceEpoch());
        QCOMPARE(staleBy(change->at), std::optional<SlaRulesChange>()); // computed in that second
        // What counts is when they were computed, not the instant they were evaluated at.
        QCOMPARE(staleBy(change->at, before - 86400), std::optional<SlaRulesChange>());
        QVERIFY(staleBy(before - 1, change->at + 86400));
        // Results stored before migration 13 have no computation instant: the evaluation's stands in.
        QCOMPARE(staleBy(0, change->at), std::optional<SlaRulesChange>());
        QVERIFY(staleBy(0, before - 1));

        // A policy version added too: the newer of the two counts.
        Domain::SlaPolicyHistory history;
        QVERIFY(Models::SlaPolicyLoader(m_db).load(m_engagement.id, &history).isNull());
        Domain::SlaPolicy version = history.versions().constFirst();
        version.effectiveFrom = QDate(2026, 7, 1);
        QVERIFY(history.addVersion(version));
        Models::SlaPolicyLoader::SaveCounts counts;
        QVERIFY(Models::SlaPolicyLoader(m_db).save(m_engagement.id, history, &counts).isNull());
        QVERIFY(stamp("calendars", 1000, 1000, QStringLiteral("anna")));
        QVERIFY(stamp("sla_policies", 2000, 2000, QStringLiteral("bertil")));
        QCOMPARE(staleBy(500),
                 (SlaRulesChange{SlaRulesChange::What::Policy, QStringLiteral("bertil"), 2000}));
        QCOMPARE(staleBy(1500),
                 (SlaRulesChange{SlaRulesChange::What::Policy, QStringLiteral("bertil"), 2000}));
        QCOMPARE(staleBy(2000), std::optional<SlaRulesChange>());
        // The calendar saved over later: its save, not its creation, counts.
        QVERIFY(stamp("calendars", 1000, 3000, QStringLiteral("cecilia")));
        QCOMPARE(staleBy(2500),
                 (SlaRulesChange{SlaRulesChange::What::Calendar, QStringLiteral("cecilia"), 3000}));
        // Rows written before who-and-when was kept (version 7) have no instant: not newer.
        QVERIFY(stamp("calendars", 0, 0, QStringLiteral("")));
        QVERIFY(stamp("sla_policies", 0, 0, QStringLiteral("")));
        QCOMPARE(staleBy(100), std::optional<SlaRulesChange>());
    }

    void shouldReadADatabaseOfTheSchemaBeforeOpenedReadOnly()
    {
        DD_ONLY_ON("sqlite", "a file of schema 12 (a bundle taken before migration 13)");
        Domain::BusinessCalendar calendar;
        calendar.setName(QStringLiteral("Stockholm office"));
        QStringList users;
        QVERIFY(Models::CalendarLoader(m_db).save(m_engagement.id, calendar, &users).isNull());
        QVERIFY(staleBy(0, 100)); // stored before the calendar's save
        const QString path = m_db.path();
        {
            QSqlQuery q(m_db.connection());
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE sla_evaluations DROP COLUMN computed_at")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version >= 13")));
        }
        m_db.close();
        QVERIFY(m_db.open(path, Storage::Database::Access::ReadOnly).isNull());
        QCOMPARE(m_db.schemaVersion(), 12);
        const std::optional<SlaRulesChange> change = find(); // the evaluation instant stands in
        QVERIFY(change);
        QCOMPARE(change->what, SlaRulesChange::What::Calendar);
    }

    void shouldSayWhatChangedWhenAndByWhom()
    {
        const QTimeZone zone("Europe/Stockholm");
        const qint64 at = QDateTime(QDate(2026, 12, 7), QTime(18, 50), zone).toSecsSinceEpoch();
        QCOMPARE(SlaStaleness::text({SlaRulesChange::What::Calendar, QStringLiteral("anna"), at}, zone),
                 QStringLiteral("The SLA results were computed before anna changed the business calendar on "
                                "2026-12-07 18:50: they count on the old hours until recomputed."));
        QCOMPARE(SlaStaleness::text({SlaRulesChange::What::Policy, QString(), at}, QTimeZone::utc()),
                 QStringLiteral("The SLA results were computed before the SLA policy was changed on "
                                "2026-12-07 17:50: they count on the old targets until recomputed."));
    }
};

QTEST_GUILESS_MAIN(TestSlaStaleness)
#include "tst_slastaleness.moc"
