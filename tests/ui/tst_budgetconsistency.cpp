// Issue 12, "One set of numbers everywhere": for every demo engagement and each of the last 12
// months, the hours used against the budget on the Overview, the Burn-down page, Portfolio burn,
// `burndown --format json` and the sum of the counted worklogs are the same number.
#include "models/burndownloader.h"
#include "models/domain/supportmodelcatalogue.h"
#include "models/domaintext.h"
#include "models/portfolio.h"
#include "models/portfolioburnmodel.h"
#include "models/storage/budgetrepository.h"
#include "models/storage/worklogrepository.h"
#include "tests/cli/clirun.h"
#include "ui/burndownpage.h"
#include "ui/overviewpage.h"
#include "ui/portfoliopage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

namespace {
const QDate s_asOf(2026, 11, 25);
const QDateTime s_now(s_asOf, QTime(12, 0), QTimeZone::utc());

/// The counted worklogs, summed by the test itself from the rules of docs/capacity/capacity.md: dated up to
/// today and inside the contract period, by a covered role (or none), an optional service only when
/// contracted, otherwise the stored level and activity rules.
qint64 countedMinutes(const Storage::Database &db, const Domain::Engagement &e, const QDate &month,
                      const QDate &today)
{
    QVector<Domain::Worklog> worklogs;
    const QDate last = qMin(month.addMonths(1).addDays(-1), today);
    if (last < month)
        return 0;
    if (!Storage::WorklogRepository(db).list(e.id, month, last, &worklogs).isNull())
        return -1;
    Domain::BudgetPolicy stored; // without the contract: the stored level and activity rules only
    if (!Storage::BudgetRepository(db).policyFor(e, &stored).isNull())
        return -1;
    const bool allRoles =
        Domain::SupportModelCatalogue::model(e.model).coversAllRoles || e.rolesCovered.isEmpty();
    qint64 seconds = 0;
    for (const Domain::Worklog &w : worklogs) {
        if (w.date < e.start || (e.end.isValid() && w.date > e.end))
            continue;
        if (w.role && !allRoles && !e.rolesCovered.contains(*w.role))
            continue;
        if (w.serviceLevel == Domain::ServiceLevel::OptionalL3 &&
            !stored.activityRules().contains(w.activity)) {
            if (e.optionalServices.contains(w.activity))
                seconds += w.seconds;
            continue;
        }
        if (stored.counts(w))
            seconds += w.seconds;
    }
    return Domain::Worklog::roundedMinutes(seconds);
}
} // namespace

class TestBudgetConsistency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Models::Portfolio m_portfolio;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_portfolio.createDemo(m_dir.filePath(QStringLiteral("demo.sqlite")), s_asOf).isNull());
    }

    void shouldShowTheSameHoursEverywhere()
    {
        Gui::OverviewPage overview(&m_portfolio);
        overview.setNow(s_now);
        Gui::BurnDownPage burnDown(&m_portfolio);
        burnDown.setNow(s_now);
        Gui::PortfolioPage portfolioPage(&m_portfolio);
        portfolioPage.setNow(s_now);
        const QLocale locale;
        const QVector<Domain::Engagement> engagements = m_portfolio.engagements()->engagements();
        QCOMPARE(engagements.size(), 4);
        int compared = 0;
        for (const Domain::Engagement &e : engagements) {
            const QDate today = Models::BurnDownLoader::todayIn(e, s_now);
            overview.showEngagement(e.id);
            burnDown.showEngagement(e.id);
            QTableWidget *table = overview.monthsTable();
            QCOMPARE(table->rowCount(), 12);
            for (int i = 0; i < 12; ++i) {
                const QDate month = QDate(today.year(), today.month(), 1).addMonths(-i);
                const QString where =
                    QStringLiteral("%1 %2").arg(e.key, month.toString(QStringLiteral("yyyy-MM")));
                const qint64 counted = countedMinutes(*m_portfolio.database(), e, month, today);
                QVERIFY2(counted > 0, qPrintable(where));
                // Overview: the row of the month, newest first
                QVERIFY2(
                    table->item(i, 0)->text().startsWith(locale.toString(month, QStringLiteral("MMMM yyyy"))),
                    qPrintable(where + QLatin1Char(' ') + table->item(i, 0)->text()));
                QCOMPARE(table->item(i, 1)->text(), Models::DomainText::hours(counted));
                // Burn-down page
                burnDown.setMonth(month);
                QVERIFY2(burnDown.problem().isEmpty(), qPrintable(burnDown.problem()));
                QCOMPARE(burnDown.data().burnDown.used, counted);
                QCOMPARE(burnDown.data().ledgerMonth.used, counted);
                // Portfolio burn
                portfolioPage.setMonth(month);
                bool found = false;
                for (const Models::PortfolioBurnModel::Row &row : portfolioPage.model()->rows()) {
                    if (row.engagementId == e.id) {
                        QCOMPARE(row.burn.used, counted);
                        QCOMPARE(row.split, burnDown.data().split);
                        found = true;
                    }
                }
                QVERIFY2(found, qPrintable(where));
                // burndown --format json
                const CliTest::Run run = CliTest::runCli(
                    {QStringLiteral("--database"), m_portfolio.path(), QStringLiteral("burndown"),
                     QStringLiteral("--engagement"), e.key, QStringLiteral("--month"),
                     month.toString(QStringLiteral("yyyy-MM")), QStringLiteral("--format"),
                     QStringLiteral("json"), QStringLiteral("--now"), s_now.toString(Qt::ISODate)});
                QVERIFY2(run.code == 0, qPrintable(run.err));
                const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
                QCOMPARE(json.value(QStringLiteral("used")).toDouble(),
                         qRound64(double(counted) / 60.0 * 100.0) / 100.0);
                QCOMPARE(json.value(QStringLiteral("outside_contract"))
                             .toObject()
                             .value(QStringLiteral("hours"))
                             .toDouble(),
                         qRound64(double(burnDown.data().split.outsideContract()) / 60.0 * 100.0) / 100.0);
                ++compared;
            }
        }
        QCOMPARE(compared, 48);
    }
};

QTEST_MAIN(TestBudgetConsistency)
#include "tst_budgetconsistency.moc"
