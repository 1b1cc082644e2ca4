// The SLA overview on the demo database: the charts' months and severities are those of the stored
// results, breaches add up, and the tickets at risk at a fixed `now` are exactly those the engine
// finds when it evaluates the same tickets at that instant.
#include "models/changetext.h"
#include "models/domain/sla/slapolicyevaluator.h"
#include "models/portfolio.h"
#include "models/slaoverviewloader.h"
#include "models/slarecomputer.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/slaoverviewrepository.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/slaresultrepository.h"
#include "tests/models/dialectportfolio.h"
#include "tests/storage/testdatabases.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <tuple>

using Models::SlaAtRiskTicket;
using Models::SlaOverview;
using Models::SlaOverviewLoader;

namespace {
const QDate s_asOf(2026, 11, 25);
/// The instant the demo's results are stored at (the end of its last day).
const qint64 s_evaluatedAt = QDateTime(s_asOf.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
} // namespace

class TestSlaOverviewLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoFile;    ///< the demo as made, a SQLite file
    QString m_openDialect; ///< the dialect of the database m_portfolio has open
    Models::Portfolio m_portfolio;

    Domain::Engagement engagement(const QString &key) const
    {
        const int row = m_portfolio.engagements()->rowOfKey(key);
        return row >= 0 ? m_portfolio.engagements()->engagementAt(row) : Domain::Engagement();
    }

    /// The engine's verdict at `now` for every open ticket: key → result, for the at-risk states.
    QMap<QString, Domain::SlaResult> engineAtRisk(const Domain::Engagement &e, qint64 now,
                                                  int severity = 0) const
    {
        const Storage::Database &db = *m_portfolio.database();
        Storage::TicketsWithIds tickets;
        Domain::BusinessCalendar calendar;
        Domain::SlaPolicyHistory history;
        [&] {
            QVERIFY(Storage::SlaResultRepository(db).tickets(e.id, &tickets).isNull());
            QVERIFY(Storage::CalendarRepository(db).calendarFor(e.id, &calendar).isNull());
            QVERIFY(Storage::SlaPolicyRepository(db).historyFor(e.id, &history).isNull());
        }();
        const Domain::SlaPolicyEvaluator evaluator(history, calendar);
        QMap<QString, Domain::SlaResult> out;
        for (const Domain::Ticket &t : qAsConst(tickets.tickets)) {
            const Domain::SlaResult r = evaluator.evaluate(t, now);
            if (r.isResolved() || (severity != 0 && r.severity != severity))
                continue;
            if (r.state == Domain::SlaState::AtRisk || r.state == Domain::SlaState::Breached)
                out.insert(t.key, r);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Stored at a known instant whatever the wall clock says.
        DD_OPEN_DEMO_PORTFOLIO(m_portfolio, m_demoFile, m_dir.path(), m_openDialect, s_asOf, s_evaluatedAt);
    }

    // On both dialects (issue 15): the demo file, and a copy of it on the test server that the
    // portfolio opens for the `postgresql` row.
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init() { DD_PORTFOLIO_ON_DIALECT(m_portfolio, m_demoFile, m_dir.path(), m_openDialect); }

    void shouldChartTheMonthsAndSeveritiesOfTheStoredResults()
    {
        // GIVEN the demo's SLA engagements WHEN their overview is loaded for the default range
        const SlaOverviewLoader loader(*m_portfolio.database());
        for (const QString &key :
             {QStringLiteral("FJALLGEAR"), QStringLiteral("ATLANTICPET"), QStringLiteral("BALTICHOME")}) {
            const Domain::Engagement e = engagement(key);
            SlaOverview data;
            const SlaOverviewLoader::Error error = loader.load(e, {}, {}, 0, s_evaluatedAt - 3600, &data);
            QVERIFY2(!error, qPrintable(error.message(e)));
            // THEN the last twelve months up to the demo's month are shown
            QCOMPARE(data.months.size(), 12);
            QCOMPARE(data.months.first(), QDate(2025, 12, 1));
            QCOMPARE(data.months.last(), QDate(2026, 11, 1));
            QCOMPARE(data.evaluatedAt, std::optional<qint64>(s_evaluatedAt));
            // AND every stored compliance row of the range and shown severities, nothing else
            QVector<Domain::MonthlyCompliance> stored;
            QVERIFY(Storage::SlaResultRepository(*m_portfolio.database())
                        .compliance(e.id, data.from, data.to, &stored)
                        .isNull());
            QVector<Domain::MonthlyCompliance> expected;
            std::copy_if(
                stored.cbegin(), stored.cend(), std::back_inserter(expected),
                [&](const Domain::MonthlyCompliance &m) { return data.severities.contains(m.severity); });
            QVERIFY(!expected.isEmpty());
            QCOMPARE(data.compliance, expected);
            // AND the breaches of a month are at least the stored resolved breaches
            int breaches = 0;
            for (const Domain::MonthlyCompliance &m : qAsConst(expected)) {
                QVERIFY(data.breachesIn(m.month, m.severity) >= m.breaches);
                breaches += m.breaches;
            }
            QVERIFY2(breaches > 0, "the demo has breaches");
            // AND one distribution per severity with the tickets measured in the range
            QCOMPARE(data.distribution.size(), data.severities.size());
            for (const Models::SlaSeverityDistribution &d : qAsConst(data.distribution)) {
                int measured = 0;
                for (const Domain::MonthlyCompliance &m : qAsConst(expected))
                    measured += m.severity == d.severity ? m.resolutionMeasured : 0;
                QCOMPARE(d.resolution.count, measured);
                QVERIFY(d.resolution.low <= d.resolution.lowerQuartile);
                QVERIFY(d.resolution.lowerQuartile <= d.resolution.median);
                QVERIFY(d.resolution.median <= d.resolution.upperQuartile);
                QVERIFY(d.resolution.upperQuartile <= d.resolution.high);
                QVERIFY(d.resolution.high <= d.resolution.maximum);
            }
        }
        // Critical incidents and dedicated capacity: an SLA on severities 1 and 2 only
        SlaOverview baltic;
        QVERIFY(!loader.load(engagement(QStringLiteral("BALTICHOME")), {}, {}, 0, s_evaluatedAt, &baltic));
        QCOMPARE(baltic.severities, QVector<int>({1, 2}));
    }

    void shouldReadTheBusinessTimesOfEveryStoredResultInTheRange()
    {
        // The read takes the table in its own order when the range holds a third of it or more,
        // else the month index: both give every stored result of the range.
        const Storage::Database &db = *m_portfolio.database();
        const Storage::SlaResultRepository results(db);
        QVector<QVector<Storage::StoredSlaResult>> stored;
        qint64 total = 0;
        for (const Domain::Engagement &e : m_portfolio.engagements()->engagements()) {
            stored.append(QVector<Storage::StoredSlaResult>());
            QVERIFY(results.results(e.id, &stored.last()).isNull());
            total += stored.last().size();
        }
        bool scanned = false;
        bool indexed = false;
        const auto key = [](const Storage::StoredBusinessTimes &t) {
            return std::make_tuple(t.severity, t.responseDecided, t.responseSeconds, t.resolutionDecided,
                                   t.resolutionSeconds);
        };
        for (int i = 0; i < stored.size(); ++i) {
            const Domain::Engagement e = m_portfolio.engagements()->engagements().at(i);
            QVector<QPair<QDate, QDate>> ranges = {{QDate(), QDate()}};
            for (const Storage::StoredSlaResult &r : std::as_const(stored.at(i))) {
                if (r.complianceMonth.isValid() && ranges.size() < 4 &&
                    !ranges.contains({r.complianceMonth, r.complianceMonth}))
                    ranges.append({r.complianceMonth, r.complianceMonth});
            }
            for (const auto &[from, to] : std::as_const(ranges)) {
                for (int severity : {0, 2}) {
                    QVector<Storage::StoredBusinessTimes> expected;
                    for (const Storage::StoredSlaResult &r : std::as_const(stored.at(i))) {
                        if (!r.complianceMonth.isValid() ||
                            (from.isValid() && (r.complianceMonth < from || r.complianceMonth > to)) ||
                            (severity != 0 && r.result.severity != severity))
                            continue;
                        Storage::StoredBusinessTimes t;
                        t.severity = r.result.severity;
                        t.responseDecided = r.result.response.isDecided();
                        t.responseSeconds = r.result.response.businessSeconds;
                        t.resolutionDecided = r.result.resolution.isDecided();
                        t.resolutionSeconds = r.result.resolution.businessSeconds;
                        expected.append(t);
                    }
                    if (severity == 0) // the repository decides on the range's count of every severity
                        (expected.size() * 3 >= total ? scanned : indexed) |= !expected.isEmpty();
                    QVector<Storage::StoredBusinessTimes> read;
                    QVERIFY(Storage::SlaOverviewRepository(db)
                                .businessTimes(e.id, from, to, severity, &read)
                                .isNull());
                    const auto less = [&](const auto &a, const auto &b) { return key(a) < key(b); };
                    std::sort(expected.begin(), expected.end(), less);
                    std::sort(read.begin(), read.end(), less);
                    QCOMPARE(read, expected);
                }
            }
        }
        QVERIFY2(scanned && indexed, "both ways of reading are compared");
    }

    void shouldMatchTheEngineAtAFixedNow_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<qint64>("hoursAfter");
        QTest::addColumn<int>("severity");
        for (const char *key : {"FJALLGEAR", "ATLANTICPET", "BALTICHOME"}) {
            for (qint64 hours : {0, 9, 33, 80, 200}) // the evaluation itself, a workday, a weekend, weeks
                QTest::addRow("%s +%lld h", key, hours) << QString::fromLatin1(key) << hours << 0;
        }
        QTest::addRow("FJALLGEAR sev 3 +33 h") << QStringLiteral("FJALLGEAR") << qint64(33) << 3;
    }

    void shouldMatchTheEngineAtAFixedNow()
    {
        QFETCH(QString, key);
        QFETCH(qint64, hoursAfter);
        QFETCH(int, severity);
        // GIVEN results stored at s_evaluatedAt and a later `now`
        const Domain::Engagement e = engagement(key);
        const qint64 now = s_evaluatedAt + hoursAfter * 3600;
        // WHEN the tickets at risk are loaded from the stored results
        QVector<SlaAtRiskTicket> atRisk;
        const SlaOverviewLoader::Error error =
            SlaOverviewLoader(*m_portfolio.database()).loadAtRisk(e, severity, now, &atRisk);
        QVERIFY2(!error, qPrintable(error.message(e)));
        // THEN they are the open tickets the engine finds at risk or breached at `now`, with the
        // engine's result to the second
        const QMap<QString, Domain::SlaResult> expected = engineAtRisk(e, now, severity);
        QMap<QString, Domain::SlaResult> actual;
        for (const SlaAtRiskTicket &t : qAsConst(atRisk))
            actual.insert(t.key, t.result);
        QCOMPARE(actual.keys(), expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            // Found, not value(): GCC takes value()'s default SlaResult for one read uninitialized.
            const auto found = actual.constFind(it.key());
            QVERIFY2(found != actual.cend() && *found == it.value(), qPrintable(it.key()));
        }
        // AND sorted by time left, breached first, each with its due time and the clock that is urgent
        for (qsizetype i = 0; i < atRisk.size(); ++i) {
            const SlaAtRiskTicket &t = atRisk.at(i);
            QCOMPARE(t.secondsLeft, t.due - now);
            QCOMPARE(t.breached, t.result.state == Domain::SlaState::Breached);
            QVERIFY(t.breached ? t.secondsLeft <= 0 : t.businessSeconds <= t.targetSeconds);
            if (i > 0)
                QVERIFY(atRisk.at(i - 1).due <= t.due);
        }
    }

    void shouldHaveTicketsAtRiskOnTheDemo()
    {
        // The comparison above is only worth something when there is something to compare.
        int total = 0;
        for (const QString &key :
             {QStringLiteral("FJALLGEAR"), QStringLiteral("ATLANTICPET"), QStringLiteral("BALTICHOME")})
            total += engineAtRisk(engagement(key), s_evaluatedAt + 33 * 3600).size();
        QVERIFY2(total > 0, "the demo has open tickets at risk or breached");
    }

    void shouldSayWhichPolicyVersionsCountAndWhoAddedThem()
    {
        // GIVEN the demo, which stores every engagement's policy versions (FJALLGEAR's tightened once)
        const SlaOverviewLoader loader(*m_portfolio.database());
        const Domain::Engagement e = engagement(QStringLiteral("FJALLGEAR"));
        SlaOverview data;
        QVERIFY(!loader.load(e, {}, {}, 0, s_evaluatedAt, &data));
        Domain::SlaPolicyHistory history;
        QVERIFY(Storage::SlaPolicyRepository(*m_portfolio.database()).history(e.id, &history).isNull());
        // THEN every stored version is there with who added it, and the text names each
        QVERIFY(history.versions().size() >= 1);
        QCOMPARE(data.policyStamps.size(), history.versions().size());
        QStringList lines{QStringLiteral("SLA policy versions:")};
        for (const Domain::SlaPolicy &version : history.versions()) {
            QVERIFY(data.policyStamps.contains(version.effectiveFrom));
            const Domain::ChangeStamp stamp = data.policyStamps.value(version.effectiveFrom);
            QCOMPARE(stamp.version, qint64(1));
            QVERIFY(!stamp.updatedBy.isEmpty());
            lines.append(QStringLiteral("In force from %1\nAdded by %2 on %3")
                             .arg(version.effectiveFrom.toString(Qt::ISODate), stamp.updatedBy,
                                  Models::ChangeText::time(stamp.updatedAt)));
        }
        QCOMPARE(SlaOverviewLoader::policyText(data), lines.join(QLatin1Char('\n')));
        // A policy nobody imported is the support model's default.
        QCOMPARE(SlaOverviewLoader::policyText(SlaOverview()),
                 QStringLiteral("SLA policy: the support model's default (none imported)"));
    }

    void shouldSayAFixedCapacityEngagementHasNoSla()
    {
        const Domain::Engagement e = engagement(QStringLiteral("NORDSHOP"));
        SlaOverview data;
        const SlaOverviewLoader::Error error =
            SlaOverviewLoader(*m_portfolio.database()).load(e, {}, {}, 0, s_evaluatedAt, &data);
        QCOMPARE(error.problem, SlaOverviewLoader::Problem::NoSla);
        QVERIFY(error.message(e).contains(QStringLiteral("NORDSHOP")));
        QVERIFY(!error.message(e).contains(QLatin1Char('\n')));
    }

    void shouldKeepOnlyTheChosenSeverityAndRange()
    {
        const Domain::Engagement e = engagement(QStringLiteral("ATLANTICPET"));
        SlaOverview data;
        QVERIFY(!SlaOverviewLoader(*m_portfolio.database())
                     .load(e, QDate(2026, 3, 9), QDate(2026, 5, 20), 2, s_evaluatedAt, &data));
        QCOMPARE(data.months, QVector<QDate>({QDate(2026, 3, 1), QDate(2026, 4, 1), QDate(2026, 5, 1)}));
        QCOMPARE(data.severities, QVector<int>({2}));
        for (const Domain::MonthlyCompliance &m : qAsConst(data.compliance)) {
            QCOMPARE(m.severity, 2);
            QVERIFY(m.month >= QDate(2026, 3, 1) && m.month <= QDate(2026, 5, 1));
        }
        for (const SlaAtRiskTicket &t : qAsConst(data.atRisk))
            QCOMPARE(t.severity, 2);
        // A first month after the last is refused
        QCOMPARE(SlaOverviewLoader(*m_portfolio.database())
                     .load(e, QDate(2026, 6, 1), QDate(2026, 5, 1), 0, s_evaluatedAt, &data)
                     .problem,
                 SlaOverviewLoader::Problem::InvalidRange);
    }

    void shouldSayTheTimeLeftInWords_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("breached 2 h 10 min ago")
            << qint64(-(2 * 3600 + 10 * 60)) << QStringLiteral("breached 2 h 10 min ago");
        QTest::newRow("a started minute counts") << qint64(30) << QStringLiteral("1 min left");
        QTest::newRow("hours") << qint64(3 * 3600 + 20 * 60) << QStringLiteral("3 h 20 min left");
        QTest::newRow("days from 48 h") << qint64(3 * 86400 + 4 * 3600) << QStringLiteral("3 d 4 h left");
    }

    void shouldSayTheTimeLeftInWords()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(SlaOverviewLoader::timeLeftText(seconds), text);
    }

    void shouldGiveNearestRankQuartiles()
    {
        const Models::SlaBoxStats s = Models::SlaBoxStats::of({40, 10, 20, 30, 50, 60, 70, 80, 90, 100});
        QCOMPARE(s.count, 10);
        QCOMPARE(s.low, qint64(10));
        QCOMPARE(s.lowerQuartile, qint64(30));
        QCOMPARE(s.median, qint64(50));
        QCOMPARE(s.upperQuartile, qint64(80));
        QCOMPARE(s.high, qint64(100));
        QCOMPARE(Models::SlaBoxStats::of({}).count, 0);
    }
};

QTEST_GUILESS_MAIN(TestSlaOverviewLoader)
#include "tst_slaoverviewloader.moc"
