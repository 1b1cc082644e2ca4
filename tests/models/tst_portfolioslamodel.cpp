// The Portfolio page's SLA section: one row per demo engagement with an SLA, this month per
// severity with ✓/✗ against the target, the six-month trend and the open breaches and tickets at
// risk, equal to the loader's; under QAbstractItemModelTester.
#include "models/portfolio.h"
#include "models/portfolioslamodel.h"
#include "models/slarecomputer.h"
#include "tests/models/dialectportfolio.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using Models::PortfolioSlaModel;

namespace {
const QDate s_asOf(2026, 11, 25);
const qint64 s_now = QDateTime(s_asOf.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() - 3600;
} // namespace

class TestPortfolioSlaModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Models::Portfolio m_portfolio;
    QString m_demoFile;
    QString m_openDialect;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        DD_OPEN_DEMO_PORTFOLIO(m_portfolio, m_demoFile, m_dir.path(), m_openDialect, s_asOf, s_now + 3600);
    }

    // On both dialects (issue 15): the demo file, and a copy of it on the test server that the
    // portfolio opens for the `postgresql` row.
    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init() { DD_PORTFOLIO_ON_DIALECT(m_portfolio, m_demoFile, m_dir.path(), m_openDialect); }

    void shouldListEveryEngagementWithAnSla()
    {
        // GIVEN a tester watching the model before it is filled
        PortfolioSlaModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // WHEN the demo's rows are loaded
        QVector<PortfolioSlaModel::Row> rows;
        QVERIFY(!PortfolioSlaModel::load(*m_portfolio.database(), m_portfolio.engagements()->engagements(),
                                         s_now, &rows));
        model.setRows(rows);
        // THEN the three SLA engagements, not the fixed-capacity one
        QStringList keys;
        for (int r = 0; r < model.rowCount(); ++r)
            keys.append(model.index(r, PortfolioSlaModel::EngagementColumn).data().toString());
        keys.sort();
        QCOMPARE(keys, QStringList({QStringLiteral("ATLANTICPET"), QStringLiteral("BALTICHOME"),
                                    QStringLiteral("FJALLGEAR")}));
        bool measured = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            const PortfolioSlaModel::Row &row = model.rows().at(r);
            QCOMPARE(row.trend.size(), PortfolioSlaModel::TrendMonths);
            // Each severity cell says ✓ or ✗ with its percentage, or a dash when nothing was measured
            for (int c = PortfolioSlaModel::Severity1Column; c <= PortfolioSlaModel::Severity4Column; ++c) {
                const QString text = model.index(r, c).data().toString();
                const auto &m = row.thisMonth[std::size_t(c - PortfolioSlaModel::Severity1Column)];
                QCOMPARE(text == QStringLiteral("–"), !m.has_value());
                if (m) {
                    measured = true;
                    QVERIFY(text.startsWith(m->targetMet() ? QStringLiteral("✓") : QStringLiteral("✗")));
                    QCOMPARE(model.index(r, c).data(PortfolioSlaModel::MissedRole).toBool(), !m->targetMet());
                }
            }
            const QString trend = model.index(r, PortfolioSlaModel::TrendColumn).data().toString();
            QVERIFY2(trend.contains(PortfolioSlaModel::trendText(row.direction())), qPrintable(trend));
        }
        QVERIFY2(measured, "the demo's last month has measured tickets");
        // BALTICHOME sells an SLA on severities 1 and 2 only
        for (const PortfolioSlaModel::Row &row : model.rows()) {
            if (row.key == QLatin1String("BALTICHOME")) {
                QVERIFY(!row.thisMonth[2].has_value());
                QVERIFY(!row.thisMonth[3].has_value());
            }
        }
    }

    // Issue 9: on 25 November the trend is May–October; November has not ended and is only "so far".
    void shouldCompareFullMonthsOnly()
    {
        QVector<PortfolioSlaModel::Row> rows;
        QVERIFY(!PortfolioSlaModel::load(*m_portfolio.database(), m_portfolio.engagements()->engagements(),
                                         s_now, &rows));
        QVERIFY(!rows.isEmpty());
        Models::SlaOverviewLoader loader(*m_portfolio.database());
        for (const PortfolioSlaModel::Row &row : rows) {
            QCOMPARE(row.lastFullMonth, QDate(2026, 10, 1));
            QCOMPARE(row.trend.size(), PortfolioSlaModel::TrendMonths);
            const Domain::Engagement e = m_portfolio.engagement(row.engagementId);
            Models::SlaOverview data;
            QVERIFY(!loader.load(e, QDate(2026, 10, 1), QDate(2026, 11, 1), 0, s_now, &data));
            const auto percentOf = [&data](const QDate &month) -> std::optional<double> {
                int met = 0, measured = 0;
                for (int s : std::as_const(data.severities)) {
                    if (const Domain::MonthlyCompliance *c = data.complianceOf(month, s)) {
                        met += c->responseMet + c->resolutionMet;
                        measured += c->responseMeasured + c->resolutionMeasured;
                    }
                }
                return measured > 0 ? std::optional<double>(100.0 * met / measured) : std::nullopt;
            };
            QCOMPARE(row.trend.last(), percentOf(QDate(2026, 10, 1)));
            QCOMPARE(row.soFar, percentOf(QDate(2026, 11, 1)));
        }
        PortfolioSlaModel model;
        model.setRows(rows);
        const QString tip = model.index(0, PortfolioSlaModel::TrendColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("October 2026")) && tip.contains(QStringLiteral("so far")),
                 qPrintable(tip));
    }

    void shouldDrawTheTrendAsBars_data()
    {
        QTest::addColumn<QVector<std::optional<double>>>("values");
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("trend");
        using V = QVector<std::optional<double>>;
        QTest::newRow("better") << V{80.0, 82.0, 85.0, 95.0, 99.0, 100.0} << QStringLiteral("▅▅▆▇██")
                                << int(PortfolioSlaModel::Trend::Better);
        QTest::newRow("worse") << V{100.0, 100.0, 100.0, 90.0, 70.0, 50.0} << QStringLiteral("███▇▄▁")
                               << int(PortfolioSlaModel::Trend::Worse);
        QTest::newRow("steady with a gap")
            << V{95.0, std::nullopt, 96.0, 95.0, 96.0, 95.0} << QStringLiteral("▇·▇▇▇▇")
            << int(PortfolioSlaModel::Trend::Steady);
        QTest::newRow("no data") << V{std::nullopt, std::nullopt} << QStringLiteral("··")
                                 << int(PortfolioSlaModel::Trend::Unknown);
    }

    void shouldDrawTheTrendAsBars()
    {
        QFETCH(QVector<std::optional<double>>, values);
        QFETCH(QString, line);
        QFETCH(int, trend);
        QCOMPARE(PortfolioSlaModel::sparkline(values), line);
        PortfolioSlaModel::Row row;
        row.trend = values;
        QCOMPARE(int(row.direction()), trend);
    }
};

QTEST_GUILESS_MAIN(TestPortfolioSlaModel)
#include "tst_portfolioslamodel.moc"
