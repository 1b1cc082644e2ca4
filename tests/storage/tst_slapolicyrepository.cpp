// SLA policies in the database: versions round trip, are never rewritten, and default by support model.
#include "models/domain/demoportfolio.h"
#include "models/domain/sla/slaevaluator.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/database.h"
#include "models/storage/demodatawriter.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/ticketrepository.h"
#include "testdatabases.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using Domain::SlaPolicy;
using Domain::SlaPolicyHistory;
using Domain::SupportModel;
using Storage::SlaPolicyRepository;
using Storage::StorageError;

namespace {

SlaPolicy version(const QDate &effective, int sev2ResolutionMinutes)
{
    SlaPolicy p;
    p.effectiveFrom = effective;
    p.target(1) = {30, 240, true, true, 0.75, 95};
    p.target(2) = {60, sev2ResolutionMinutes, false, false, 0.75, 95};
    p.target(3) = {240, 1440, false, false, 0.8, 90};
    p.target(4) = {480, 0, false, false, 0.75, 90};
    p.pauseStatuses = {QStringLiteral("Waiting for customer"), QStringLiteral("Awaiting Vendor")};
    return p;
}

SlaPolicyHistory twoVersions()
{
    SlaPolicyHistory h;
    h.setName(QStringLiteral("Nordshop SLA"));
    h.addVersion(version(QDate(2026, 1, 1), 480));
    h.addVersion(version(QDate(2026, 7, 1), 360));
    return h;
}

Domain::Engagement engagementOf(SupportModel model, bool cover)
{
    Domain::Engagement e;
    e.key = QStringLiteral("E%1").arg(int(model));
    e.client = QStringLiteral("Client");
    e.model = model;
    e.start = QDate(2025, 9, 1);
    e.timeZone = "Europe/Stockholm";
    e.committedMinutesPerMonth = 80 * 60;
    e.severity1Cover24x7 = cover;
    return e;
}

} // namespace

class TestSlaPolicyRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;

    qint64 addEngagement(SupportModel model = SupportModel::SlaHotfix, bool cover = false)
    {
        Domain::Engagement e = engagementOf(model, cover);
        const StorageError error = Storage::EngagementRepository(*m_db).insert(&e);
        if (error)
            qWarning() << error.toString();
        return e.id;
    }

    int rowCount()
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sla_policies")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void initTestCase_data() { StorageTest::addDialectRows(); }
    void init()
    {
        m_db = std::make_unique<Storage::Database>();
        DD_OPEN_FRESH_DATABASE(*m_db, m_dir.path());
    }
    void cleanup() { m_db.reset(); }

    void shouldRoundTripAHistoryAsOneRowPerVersion()
    {
        const SlaPolicyRepository repo(*m_db);
        const qint64 engagement = addEngagement();
        Storage::PolicyVersionCounts counts;
        QVERIFY(repo.save(engagement, twoVersions(), &counts).isNull());
        QCOMPARE(counts, (Storage::PolicyVersionCounts{2, 0}));
        QCOMPARE(rowCount(), 2);
        SlaPolicyHistory loaded;
        QVERIFY(repo.history(engagement, &loaded).isNull());
        QCOMPARE(loaded, twoVersions());
        bool stored = false;
        QVERIFY(repo.historyFor(engagement, &loaded, &stored).isNull());
        QVERIFY(stored);
        QCOMPARE(loaded, twoVersions());
    }

    void shouldStampWhoAddedEachVersionAndWhen()
    {
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        QVERIFY(SlaPolicyRepository(*m_db).save(addEngagement(), twoVersions()).isNull());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT row_version, created_by, created_at, updated_by, updated_at "
                                      "FROM sla_policies")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            QCOMPARE(q.value(0).toLongLong(), qint64(1));
            QCOMPARE(q.value(1).toString(), m_db->userName());
            QVERIFY(!m_db->userName().isEmpty());
            QVERIFY(q.value(2).toLongLong() >= before);
            QCOMPARE(q.value(3).toString(), m_db->userName());
            QCOMPARE(q.value(4).toLongLong(), q.value(2).toLongLong());
        }
        QCOMPARE(rows, 2);
    }

    void shouldRefuseASecondVersionOnTheSameDate_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::newRow("a different version") << 300;
        QTest::newRow("an equal version") << 480;
    }

    void shouldRefuseASecondVersionOnTheSameDate()
    {
        QFETCH(int, minutes);
        const SlaPolicyRepository repo(*m_db);
        const qint64 engagement = addEngagement();
        QVERIFY(repo.addVersion(engagement, version(QDate(2026, 1, 1), 480)).isNull());
        const StorageError error = repo.addVersion(engagement, version(QDate(2026, 1, 1), minutes));
        QCOMPARE(error.kind, StorageError::Kind::Duplicate);
        QVERIFY2(error.detail.contains(QStringLiteral("never rewritten")), qPrintable(error.detail));
        SlaPolicyHistory loaded;
        QVERIFY(repo.history(engagement, &loaded).isNull());
        QCOMPARE(loaded.versions().size(), 1);
        QCOMPARE(loaded.versions().first().target(2).resolutionMinutes, 480);
    }

    void shouldKeepEqualVersionsAndAddNewDatesWhenSavingAgain()
    {
        const SlaPolicyRepository repo(*m_db);
        const qint64 engagement = addEngagement();
        QVERIFY(repo.save(engagement, twoVersions()).isNull());
        SlaPolicyHistory more = twoVersions();
        more.addVersion(version(QDate(2027, 1, 1), 240));
        Storage::PolicyVersionCounts counts;
        QVERIFY(repo.save(engagement, more, &counts).isNull());
        QCOMPARE(counts, (Storage::PolicyVersionCounts{1, 2}));
        SlaPolicyHistory loaded;
        QVERIFY(repo.history(engagement, &loaded).isNull());
        QCOMPARE(loaded, more);
    }

    void shouldWriteNothingWhenASavedVersionWouldRewriteAStoredOne()
    {
        const SlaPolicyRepository repo(*m_db);
        const qint64 engagement = addEngagement();
        QVERIFY(repo.addVersion(engagement, version(QDate(2026, 7, 1), 480)).isNull());
        // 2026-01-01 is new, but 2026-07-01 differs from the stored one: the whole save fails.
        const StorageError error = repo.save(engagement, twoVersions());
        QCOMPARE(error.kind, StorageError::Kind::Duplicate);
        QVERIFY2(error.record.contains(QStringLiteral("2026-07-01")), qPrintable(error.record));
        QCOMPARE(rowCount(), 1);
    }

    void shouldRefuseAnInvalidVersion()
    {
        const SlaPolicyRepository repo(*m_db);
        const qint64 engagement = addEngagement();
        SlaPolicy bad = version(QDate(2026, 1, 1), 480);
        bad.target(3).warningFraction = 1.5;
        QVERIFY(!repo.addVersion(engagement, bad).isNull());
        SlaPolicy undated = version(QDate(), 480);
        QVERIFY(!repo.addVersion(engagement, undated).isNull());
        QCOMPARE(rowCount(), 0);
    }

    void shouldKeepVersionsPerEngagement()
    {
        const SlaPolicyRepository repo(*m_db);
        const qint64 a = addEngagement(SupportModel::SlaHotfix);
        const qint64 b = addEngagement(SupportModel::ManagedService);
        QVERIFY(repo.addVersion(a, version(QDate(2026, 1, 1), 480)).isNull());
        QVERIFY(repo.addVersion(b, version(QDate(2026, 1, 1), 300)).isNull());
        SlaPolicyHistory ofA;
        QVERIFY(repo.history(a, &ofA).isNull());
        QCOMPARE(ofA.versions().size(), 1);
        QCOMPARE(ofA.versions().first().target(2).resolutionMinutes, 480);
    }

    void shouldFallBackToTheDefaultPolicyOfTheModel()
    {
        const SlaPolicyRepository repo(*m_db);
        const qint64 engagement = addEngagement(SupportModel::ManagedService, true);
        SlaPolicyHistory loaded;
        bool stored = true;
        QVERIFY(repo.historyFor(engagement, &loaded, &stored).isNull());
        QVERIFY(!stored);
        QCOMPARE(loaded,
                 SlaPolicyRepository::defaultPolicy(engagementOf(SupportModel::ManagedService, true)));
        QCOMPARE(rowCount(), 0);
    }

    void shouldRefuseAnUnknownEngagement()
    {
        SlaPolicyHistory loaded;
        QCOMPARE(SlaPolicyRepository(*m_db).historyFor(77, &loaded).kind, StorageError::Kind::NotFound);
    }

    void shouldChooseDefaultTargetsBySupportModel_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<bool>("cover");
        QTest::addColumn<QString>("withResponse");   // severities with a response target
        QTest::addColumn<QString>("withResolution"); // severities with a resolution target
        QTest::addColumn<QString>("response24x7");
        QTest::addColumn<QString>("resolution24x7");
        QTest::newRow("managed service: all, 24x7 response")
            << int(SupportModel::ManagedService) << false << "1234"
            << "1234"
            << "1234"
            << "1";
        QTest::newRow("hotfix with cover: all, sev 1 24x7") << int(SupportModel::SlaHotfix) << true << "1234"
                                                            << "1234"
                                                            << "1"
                                                            << "1";
        QTest::newRow("hotfix without cover: all, business hours")
            << int(SupportModel::SlaHotfix) << false << "1234"
            << "1234"
            << ""
            << "";
        QTest::newRow("critical dedicated with cover: sev 1 and 2")
            << int(SupportModel::SlaCriticalDedicated) << true << "12"
            << "12"
            << "1"
            << "1";
        QTest::newRow("critical dedicated without cover: sev 1 and 2, business hours")
            << int(SupportModel::SlaCriticalDedicated) << false << "12"
            << "12"
            << ""
            << "";
        QTest::newRow("fixed capacity: responses only") << int(SupportModel::FixedCapacity) << true << "1234"
                                                        << ""
                                                        << ""
                                                        << "";
    }

    void shouldChooseDefaultTargetsBySupportModel()
    {
        QFETCH(int, model);
        QFETCH(bool, cover);
        QFETCH(QString, withResponse);
        QFETCH(QString, withResolution);
        QFETCH(QString, response24x7);
        QFETCH(QString, resolution24x7);
        const Domain::Engagement e = engagementOf(SupportModel(model), cover);
        const SlaPolicyHistory history = SlaPolicyRepository::defaultPolicy(e);
        QCOMPARE(history.versions().size(), 1);
        const SlaPolicy &p = history.versions().first();
        QVERIFY(p.isValid());
        QCOMPARE(p.effectiveFrom, e.start);
        QString response, resolution, r24, s24;
        for (int severity = 1; severity <= 4; ++severity) {
            const QString s = QString::number(severity);
            if (p.target(severity).responseMinutes > 0)
                response += s;
            if (p.target(severity).resolutionMinutes > 0)
                resolution += s;
            if (p.target(severity).response24x7)
                r24 += s;
            if (p.target(severity).resolution24x7)
                s24 += s;
            if (severity > 1 && p.target(severity).resolutionMinutes > 0)
                QVERIFY(p.target(severity).resolutionMinutes >= p.target(severity - 1).resolutionMinutes);
        }
        QCOMPARE(response, withResponse);
        QCOMPARE(resolution, withResolution);
        QCOMPARE(r24, response24x7);
        QCOMPARE(s24, resolution24x7);
    }

    void shouldStartTheDefaultOnAFixedDateWithoutEngagementStart()
    {
        Domain::Engagement e = engagementOf(SupportModel::SlaHotfix, false);
        e.start = QDate();
        QCOMPARE(SlaPolicyRepository::defaultPolicy(e).versions().first().effectiveFrom, QDate(2000, 1, 1));
    }

    void shouldGiveEveryDemoEngagementACalendarTwoVersionsAndSomeBreaches()
    {
        const QDate asOf(2026, 11, 25);
        const Domain::DemoPortfolio demo = Domain::DemoPortfolio::generate(asOf);
        QVERIFY(Storage::DemoDataWriter(*m_db).write(demo).isNull());
        QVector<Domain::Engagement> engagements;
        QVERIFY(Storage::EngagementRepository(*m_db).all(&engagements).isNull());
        QCOMPARE(engagements.size(), 4);
        const qint64 now = QDateTime(asOf, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
        for (const Domain::Engagement &e : qAsConst(engagements)) {
            Domain::BusinessCalendar calendar;
            bool stored = false;
            QVERIFY(Storage::CalendarRepository(*m_db).calendarFor(e.id, &calendar, &stored).isNull());
            QVERIFY2(stored, qPrintable(e.key));
            QCOMPARE(calendar.timeZoneId(), e.timeZone);
            SlaPolicyHistory policy;
            QVERIFY(SlaPolicyRepository(*m_db).historyFor(e.id, &policy, &stored).isNull());
            QVERIFY(stored);
            QCOMPARE(policy.versions().size(), 2);
            QCOMPARE(policy.versions().at(1).effectiveFrom, QDate(2026, 6, 1));
            QVector<Domain::Ticket> tickets;
            QVERIFY(Storage::TicketRepository(*m_db).list(e.id, &tickets).isNull());
            int breached = 0, met = 0;
            for (const Domain::Ticket &t : qAsConst(tickets)) {
                const Domain::SlaResult r = Domain::SlaEvaluator::evaluate(t, policy, calendar, now);
                breached += r.state == Domain::SlaState::Breached ? 1 : 0;
                met += r.state == Domain::SlaState::Met ? 1 : 0;
            }
            QVERIFY2(breached > 0, qPrintable(e.key));
            QVERIFY2(met > 2 * breached,
                     qPrintable(QStringLiteral("%1: %2 met, %3 breached").arg(e.key).arg(met).arg(breached)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSlaPolicyRepository)
#include "tst_slapolicyrepository.moc"
