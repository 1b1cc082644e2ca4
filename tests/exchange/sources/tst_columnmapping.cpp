#include "importtesthelpers.h"
#include "models/exchange/sources/columnmapping.h"
#include "models/exchange/sources/importsources.h"

#include <QJsonDocument>
#include <QTest>

using namespace Exchange;
using namespace ImportTest;
using Field = ColumnMapping::Field;

namespace {
QStringList split(const char *header, char delimiter = ',')
{
    return QString::fromUtf8(header).split(QLatin1Char(delimiter));
}
} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void shouldSuggestSwedishTimesheetMapping();
    void shouldSuggestTicketMappingAndDateOrder();
    void shouldUseEachHeaderOnce();
    void shouldListMissingRequiredFields();
    void shouldRoundTripAsJsonProfile();
    void shouldRefuseBrokenProfiles_data();
    void shouldRefuseBrokenProfiles();
    void shouldImportThroughProfiles();
};

void TestColumnMapping::shouldSuggestSwedishTimesheetMapping()
{
    const ColumnMapping m =
        ColumnMapping::suggest(split("Datum;Konsult;Timmar;Aktivitet;Ärende;Beskrivning;Roll", ';'));
    QCOMPARE(m.rowKind, ColumnMapping::RowKind::Worklogs);
    QCOMPARE(m.header(Field::Date), QStringLiteral("Datum"));
    QCOMPARE(m.header(Field::Person), QStringLiteral("Konsult"));
    QCOMPARE(m.header(Field::Duration), QStringLiteral("Timmar"));
    QCOMPARE(m.header(Field::Activity), QStringLiteral("Aktivitet"));
    QCOMPARE(m.header(Field::TicketKey), QStringLiteral("Ärende"));
    QCOMPARE(m.header(Field::Description), QStringLiteral("Beskrivning"));
    QCOMPARE(m.header(Field::Role), QStringLiteral("Roll"));
    QCOMPARE(m.durationUnit, NumberParser::DurationUnit::Hours);
    QVERIFY(m.missingFields().isEmpty());

    const ColumnMapping minutes = ColumnMapping::suggest(split("Date,Employee,Minutes"));
    QCOMPARE(minutes.rowKind, ColumnMapping::RowKind::Worklogs);
    QCOMPARE(minutes.durationUnit, NumberParser::DurationUnit::Minutes);
}

void TestColumnMapping::shouldSuggestTicketMappingAndDateOrder()
{
    const ColumnMapping m = ColumnMapping::suggest(split("Ärendenummer,Rubrik,Prioritet,Skapad,Löst"));
    QCOMPARE(m.rowKind, ColumnMapping::RowKind::Tickets);
    QCOMPARE(m.header(Field::Key), QStringLiteral("Ärendenummer"));
    QCOMPARE(m.header(Field::Title), QStringLiteral("Rubrik"));
    QCOMPARE(m.header(Field::Priority), QStringLiteral("Prioritet"));
    QCOMPARE(m.header(Field::Created), QStringLiteral("Skapad"));
    QCOMPARE(m.header(Field::Resolved), QStringLiteral("Löst"));

    using F = DateTimeParser::Format;
    QCOMPARE(ColumnMapping::suggestDateFormat(
                 {QStringLiteral("02-03-2026 08:00"), QStringLiteral("13-03-2026 10:00")}),
             F::DayMonthYear);
    QCOMPARE(ColumnMapping::suggestDateFormat({QStringLiteral("3/13/2026 1:00 PM")}), F::MonthDayYear);
    QCOMPARE(ColumnMapping::suggestDateFormat({QStringLiteral("12/okt/26 9:15 FM")}), F::DayMonthNameYear);
    QCOMPARE(ColumnMapping::suggestDateFormat({QStringLiteral("2026-03-02")}), F::Iso8601);
}

void TestColumnMapping::shouldUseEachHeaderOnce()
{
    // "Issue key" is the ticket key of a worklog here, never also its person or id.
    const ColumnMapping m = ColumnMapping::suggest(split("Issue key,Work date,Hours,User"));
    QCOMPARE(m.rowKind, ColumnMapping::RowKind::Worklogs);
    QCOMPARE(m.header(Field::TicketKey), QStringLiteral("Issue key"));
    QCOMPARE(m.header(Field::Person), QStringLiteral("User"));
    QVERIFY(m.header(Field::WorklogId).isEmpty());
}

void TestColumnMapping::shouldListMissingRequiredFields()
{
    const ColumnMapping m = ColumnMapping::suggest(split("Summary,Status,Opened"));
    QCOMPARE(m.rowKind, ColumnMapping::RowKind::Tickets);
    QCOMPARE(m.missingFields(), (QVector<Field>{Field::Key, Field::Priority}));
}

void TestColumnMapping::shouldRoundTripAsJsonProfile()
{
    ColumnMapping m = ColumnMapping::suggest(split("Datum;Konsult;Minuter;Aktivitet", ';'));
    m.name = QStringLiteral("Acme månadsexport");
    m.dateFormat = DateTimeParser::Format::DayMonthYear;
    const QByteArray json = QJsonDocument(m.toJson()).toJson();
    ColumnMapping back;
    QString error;
    QVERIFY2(ColumnMapping::fromJson(QJsonDocument::fromJson(json).object(), &back, &error),
             qPrintable(error));
    QCOMPARE(back, m);
    QCOMPARE(back.durationUnit, NumberParser::DurationUnit::Minutes);
}

void TestColumnMapping::shouldRefuseBrokenProfiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("no version") << QByteArray(R"({"rows":"tickets"})") << QStringLiteral("version");
    QTest::newRow("bad rows")
        << QByteArray(R"({"version":1,"rows":"people","dateFormat":"iso","durationUnit":"hours"})")
        << QStringLiteral("people");
    QTest::newRow("bad date format")
        << QByteArray(R"({"version":1,"rows":"tickets","dateFormat":"ydm","durationUnit":"hours"})")
        << QStringLiteral("ydm");
    QTest::newRow("bad unit")
        << QByteArray(R"({"version":1,"rows":"tickets","dateFormat":"iso","durationUnit":"days"})")
        << QStringLiteral("days");
    QTest::newRow("bad field")
        << QByteArray(
               R"({"version":1,"rows":"tickets","dateFormat":"iso","durationUnit":"hours","columns":{"colour":"X"}})")
        << QStringLiteral("colour");
}

void TestColumnMapping::shouldRefuseBrokenProfiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reasonPart);
    ColumnMapping m;
    m.name = QStringLiteral("untouched");
    QString error;
    QVERIFY(!ColumnMapping::fromJson(QJsonDocument::fromJson(json).object(), &m, &error));
    QVERIFY2(error.contains(reasonPart), qPrintable(error));
    QCOMPARE(m.name, QStringLiteral("untouched"));
}

void TestColumnMapping::shouldImportThroughProfiles()
{
    ColumnMapping timesheet =
        ColumnMapping::suggest(split("Datum;Konsult;Timmar;Aktivitet;Ärende;Beskrivning;Roll", ';'));
    timesheet.name = QStringLiteral("tidrapport");
    timesheet.dateFormat = DateTimeParser::Format::DayMonthYear;
    auto source = ImportSources::create(timesheet, ImportSettings());
    QCOMPARE(source->id(), QStringLiteral("profile:tidrapport"));
    ImportBatch batch = Importer(source.get()).runFile(dataFile("mapped/swedish_timesheet.csv"));
    QVERIFY2(batch.fileError.isNull(), qPrintable(batch.fileError.toString()));
    QCOMPARE(batch.worklogs.size(), 2);
    QCOMPARE(batch.worklogs.at(0).seconds, qint64(90 * 60));
    QCOMPARE(batch.worklogs.at(0).date, QDate(2026, 3, 2));
    QCOMPARE(batch.worklogs.at(0).ticketKey, QStringLiteral("SUP-1"));
    QCOMPARE(batch.worklogs.at(0).role, std::optional<Domain::Role>(Domain::Role::Dev));
    QCOMPARE(batch.worklogs.at(1).seconds, qint64(15 * 60));
    QCOMPARE(batch.worklogs.at(1).role, std::optional<Domain::Role>(Domain::Role::QA));
    QCOMPARE(where(batch.rejected), QStringList{QStringLiteral("4:3:Timmar")});

    ColumnMapping tickets = ColumnMapping::suggest(split("Ärendenummer,Rubrik,Prioritet,Skapad,Löst"));
    tickets.name = QStringLiteral("ärenden");
    tickets.dateFormat = DateTimeParser::Format::DayMonthYear;
    source = ImportSources::create(tickets, ImportSettings());
    batch = Importer(source.get()).runFile(dataFile("mapped/generic_tickets.csv"));
    QCOMPARE(keys(batch), (QStringList{QStringLiteral("K-1"), QStringLiteral("K-2")}));
    QCOMPARE(batch.tickets.at(0).created, utc(2026, 3, 2, 8, 0));
    QCOMPARE(batch.tickets.at(0).resolved, std::optional<qint64>(utc(2026, 3, 2, 9, 0)));
    QCOMPARE(batch.tickets.at(0).severity, 1);
    QCOMPARE(where(batch.rejected), QStringList{QStringLiteral("4:1:Ärendenummer")});

    // A profile whose column is not in the file names the column.
    tickets.setHeader(Field::Priority, QStringLiteral("Allvar"));
    source = ImportSources::create(tickets, ImportSettings());
    batch = Importer(source.get()).runFile(dataFile("mapped/generic_tickets.csv"));
    QVERIFY(batch.fileError.reason.contains(QStringLiteral("Allvar")));
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
