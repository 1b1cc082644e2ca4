#include "models/exchange/sources/importsettings.h"

#include <QJsonDocument>
#include <QTest>

using namespace Exchange;

class TestImportSettings : public QObject
{
    Q_OBJECT

private slots:
    void shouldDefaultToUtcAndTheSourcesDateOrder();
    void shouldRoundTripAsJson();
    void shouldRefuseUnknownZoneAndFormat_data();
    void shouldRefuseUnknownZoneAndFormat();
};

void TestImportSettings::shouldDefaultToUtcAndTheSourcesDateOrder()
{
    const ImportSettings s;
    QCOMPARE(s.zone, QTimeZone::utc());
    QVERIFY(!s.dateFormat);
    QCOMPARE(s.mappings, ImportMappings::defaults());
    ImportSettings back;
    QVERIFY(ImportSettings::fromJson(QJsonObject(), &back, nullptr));
    QCOMPARE(back, s);
}

void TestImportSettings::shouldRoundTripAsJson()
{
    ImportSettings s;
    s.zone = QTimeZone("Europe/Stockholm");
    s.dateFormat = DateTimeParser::Format::DayMonthYear;
    s.mappings.setRole(QStringLiteral("Bo Ek"), Domain::Role::Ops);
    ImportSettings back;
    QString error;
    const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(s.toJson()).toJson()).object();
    QVERIFY2(ImportSettings::fromJson(json, &back, &error), qPrintable(error));
    QCOMPARE(back, s);
    QCOMPARE(json.value(QStringLiteral("zone")).toString(), QStringLiteral("Europe/Stockholm"));
}

void TestImportSettings::shouldRefuseUnknownZoneAndFormat_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("zone") << QByteArray(R"({"zone":"Mars/Olympus"})") << QStringLiteral("Mars/Olympus");
    QTest::newRow("format") << QByteArray(R"({"zone":"UTC","dateFormat":"ymd"})") << QStringLiteral("ymd");
    QTest::newRow("mappings") << QByteArray(R"({"zone":"UTC","mappings":{"version":9}})")
                              << QStringLiteral("version");
}

void TestImportSettings::shouldRefuseUnknownZoneAndFormat()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reasonPart);
    ImportSettings s;
    s.dateFormat = DateTimeParser::Format::MonthDayYear;
    QString error;
    QVERIFY(!ImportSettings::fromJson(QJsonDocument::fromJson(json).object(), &s, &error));
    QVERIFY2(error.contains(reasonPart), qPrintable(error));
    QCOMPARE(s.dateFormat, std::optional<DateTimeParser::Format>(DateTimeParser::Format::MonthDayYear));
}

QTEST_GUILESS_MAIN(TestImportSettings)
#include "tst_importsettings.moc"
