#include "models/domain/sla/slaevaluator.h"
#include "models/exchange/export/exporttables.h"
#include "models/exchange/sla/slaexplaintext.h"

#include <QDateTime>
#include <QTest>

using Exchange::ExportColumn;
using Exchange::ExportTable;
using Exchange::ExportTables;

namespace {
const QTimeZone s_stockholm("Europe/Stockholm");
constexpr qint64 s_created = 1773046800; // 2026-03-09 09:00 UTC, 10:00 in Stockholm

Domain::Ticket ticket(const QString &key, qint64 created, std::optional<qint64> response,
                      std::optional<qint64> resolved)
{
    Domain::Ticket t;
    t.key = key;
    t.kind = Domain::TicketKind::Incident;
    t.severity = 2;
    t.serviceLevel = Domain::ServiceLevel::L1;
    t.activity = QStringLiteral("incident-management");
    t.title = QStringLiteral("Checkout down");
    t.status = resolved ? QStringLiteral("Resolved") : QStringLiteral("In Progress");
    t.created = created;
    t.firstResponse = response;
    t.resolved = resolved;
    return t;
}

Domain::SlaPolicyHistory policy()
{
    Domain::SlaPolicy version;
    version.effectiveFrom = QDate(2026, 1, 1);
    version.target(2).responseMinutes = 60;
    version.target(2).resolutionMinutes = 240;
    Domain::SlaPolicyHistory history;
    history.addVersion(version);
    return history;
}
} // namespace

/// The results the stored SLA results would hold: every ticket evaluated under `policy` at `now`.
static QVector<Domain::SlaResult> evaluate(const QVector<Domain::Ticket> &tickets,
                                           const Domain::SlaPolicyHistory &policy,
                                           const Domain::BusinessCalendar &calendar, qint64 now)
{
    QVector<Domain::SlaResult> results;
    for (const Domain::Ticket &ticket : tickets)
        results.append(Domain::SlaEvaluator::evaluate(ticket, policy, calendar, now));
    return results;
}

class TestExportTables : public QObject
{
    Q_OBJECT

private slots:
    void shouldListTicketsWithInstantsInTheZone()
    {
        const ExportTable table = ExportTables::tickets(
            {ticket(QStringLiteral("INC1"), s_created, s_created + 1800, std::nullopt)}, s_stockholm);
        QCOMPARE(table.name, QStringLiteral("tickets"));
        QCOMPARE(table.columns.size(), 11);
        QCOMPARE(table.columns.at(7).type, ExportColumn::Type::DateTime);
        const QVector<QVariant> &row = table.rows.at(0);
        QCOMPARE(row.at(0).toString(), QStringLiteral("INC1"));
        QCOMPARE(row.at(1).toString(), QStringLiteral("incident"));
        QCOMPARE(row.at(2).toInt(), 2);
        QCOMPARE(row.at(3).toString(), QStringLiteral("L1"));
        QCOMPARE(row.at(7).toDateTime().time(), QTime(10, 0));
        QCOMPARE(row.at(8).toDateTime().time(), QTime(10, 30));
        QVERIFY(row.at(9).isNull());
        QCOMPARE(row.at(10).toLongLong(), 0);
    }

    void shouldListWorklogsInDecimalHours_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<double>("hours");
        QTest::newRow("ninety minutes") << 90 << 1.5;
        QTest::newRow("twenty minutes rounds to two places") << 20 << 0.33;
        QTest::newRow("zero") << 0 << 0.0;
        QTest::newRow("a long day") << 725 << 12.08;
    }
    void shouldListWorklogsInDecimalHours()
    {
        QFETCH(int, minutes);
        QFETCH(double, hours);
        Domain::Worklog w;
        w.sourceKey = QStringLiteral("w1");
        w.date = QDate(2026, 3, 9);
        w.person = QStringLiteral("Anna Berg");
        w.role = Domain::Role::QA;
        w.seconds = qint64(minutes) * 60;
        const ExportTable table = ExportTables::worklogs({w});
        QCOMPARE(table.rows.at(0).at(1).toDate(), QDate(2026, 3, 9));
        QCOMPARE(table.rows.at(0).at(3).toString(), QStringLiteral("QA"));
        QCOMPARE(table.rows.at(0).at(4).toDouble(), hours);
    }

    void shouldLeaveTheRoleEmptyWhenUnknown()
    {
        Domain::Worklog w;
        w.date = QDate(2026, 3, 9);
        QVERIFY(ExportTables::worklogs({w}).rows.at(0).at(3).isNull());
    }

    void shouldExportSlaOutcomesPerTicket()
    {
        const QVector<Domain::Ticket> tickets = {
            ticket(QStringLiteral("MET"), s_created, s_created + 1800, s_created + 3600),
            ticket(QStringLiteral("LATE"), s_created, s_created + 1800, s_created + 5 * 3600),
            ticket(QStringLiteral("OLD"), s_created - 200 * 86400, std::nullopt, std::nullopt),
        };
        const QVector<Domain::SlaResult> results =
            evaluate(tickets, policy(), Domain::BusinessCalendar::alwaysOpen(), s_created + 10 * 3600);
        const ExportTable table = ExportTables::slaResults(tickets, results, s_stockholm);
        QCOMPARE(table.name, QStringLiteral("sla"));
        QCOMPARE(table.rows.size(), 3);
        const QVector<QVariant> met = table.rows.at(0);
        QCOMPARE(met.at(2).toString(), QStringLiteral("met"));
        QCOMPARE(met.at(3).toString(), QStringLiteral("met"));
        QCOMPARE(met.at(4).toDouble(), 1.0);
        QCOMPARE(met.at(5).toDouble(), 0.5);
        QVERIFY(met.at(11).isNull());
        const QVector<QVariant> late = table.rows.at(1);
        QCOMPARE(late.at(2).toString(), QStringLiteral("breached"));
        QCOMPARE(late.at(7).toString(), QStringLiteral("breached"));
        QCOMPARE(late.at(8).toDouble(), 4.0);
        QCOMPARE(late.at(9).toDouble(), 5.0);
        QCOMPARE(late.at(11).toDateTime().toSecsSinceEpoch(), s_created + 4 * 3600);
        const QVector<QVariant> old = table.rows.at(2);
        QCOMPARE(old.at(2).toString(), QStringLiteral("invalid"));
        QCOMPARE(old.at(14).toString(), QStringLiteral("no-policy-in-force"));
    }

    void shouldWriteStatesAsWordsOutsideEnglish()
    {
        QCOMPARE(ExportTables::stateValuesFor(QLocale(QLocale::English)), ExportTables::StateValues::Ids);
        QCOMPARE(ExportTables::stateValuesFor(QLocale(QLocale::Swedish)), ExportTables::StateValues::Words);
        const QVector<Domain::Ticket> tickets = {
            ticket(QStringLiteral("OLD"), s_created - 200 * 86400, std::nullopt, std::nullopt)};
        const QVector<Domain::SlaResult> results =
            evaluate(tickets, policy(), Domain::BusinessCalendar::alwaysOpen(), s_created + 10 * 3600);
        const ExportTable words =
            ExportTables::slaResults(tickets, results, s_stockholm, ExportTables::StateValues::Words);
        QCOMPARE(words.rows.at(0).at(2).toString(),
                 Exchange::SlaExplainText::stateText(Domain::SlaState::Invalid));
        QCOMPARE(words.rows.at(0).at(3).toString(),
                 Exchange::SlaExplainText::outcomeText(results.at(0).response.outcome));
        QVERIFY(words.rows.at(0).at(2).toString() != QStringLiteral("invalid"));
    }

    void shouldNameDataProblemsInFlagOrder()
    {
        const Domain::SlaDataProblems problems =
            Domain::SlaDataProblem::ResponseMissing | Domain::SlaDataProblem::MissingCreation;
        QCOMPARE(ExportTables::problemIds(problems), QStringLiteral("missing-creation response-missing"));
        QCOMPARE(ExportTables::problemIds({}), QString());
    }
};

QTEST_GUILESS_MAIN(TestExportTables)
#include "tst_exporttables.moc"
