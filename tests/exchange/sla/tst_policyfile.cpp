#include "models/exchange/sla/policyfile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Domain;
using Exchange::ExchangeError;
using Exchange::PolicyFile;

namespace {
QString examplePath()
{
    return QStringLiteral(DD_TEST_DATA_DIR "/sla/policy.json");
}

/// A valid one-version file with `severity2` as the body of severity 2 and `extra` added to the version.
QByteArray policyJson(const char *severity2 = R"({"response_minutes": 60, "resolution_minutes": 480})",
                      const char *extra = "")
{
    return QByteArray(R"({"versions": [{"effective": "2026-01-01", )") + extra +
           R"("severities": {"1": {"response_minutes": 30, "resolution_minutes": 240}, "2": )" + severity2 +
           R"(, "3": {"response_minutes": 240, "resolution_minutes": 1440}, "4": {"response_minutes": 480, "resolution_minutes": 0}}}]})";
}
} // namespace

class TestPolicyFile : public QObject
{
    Q_OBJECT

private slots:
    void shouldRefuseRawControlCharactersInStrings_data();
    void shouldRefuseRawControlCharactersInStrings();
    void shouldReadTheExampleFile();
    void shouldApplyDefaultsForOptionalKeys();
    void shouldRoundTripThroughJsonAndFiles();
    void shouldRefuseBadFilesNamingKeyAndValue_data();
    void shouldRefuseBadFilesNamingKeyAndValue();
    void shouldReportAMissingFile();
};

void TestPolicyFile::shouldReadTheExampleFile()
{
    ExchangeError error;
    const auto history = PolicyFile::read(examplePath(), &error);
    QVERIFY2(history, qPrintable(error.toString()));
    QCOMPARE(history->name(), QStringLiteral("Nordshop SLA"));
    QCOMPARE(history->versions().size(), 2);
    const SlaPolicy &first = history->versions().at(0);
    QCOMPARE(first.effectiveFrom, QDate(2026, 1, 1));
    QCOMPARE(first.target(1), (SlaSeverityTarget{30, 240, true, true, 0.75, 95.0}));
    QCOMPARE(first.target(3).warningFraction, 0.8);
    QCOMPARE(first.target(4).resolutionMinutes, 0);
    QVERIFY(first.isPauseStatus(QStringLiteral("awaiting vendor")));
    QVERIFY(!first.isPauseStatus(QStringLiteral("Awaiting Problem"))); // the file's list replaces the default
    QCOMPARE(history->versions().at(1).target(1).responseMinutes, 15);
}

void TestPolicyFile::shouldApplyDefaultsForOptionalKeys()
{
    ExchangeError error;
    const auto history = PolicyFile::fromJson(policyJson(), &error);
    QVERIFY2(history, qPrintable(error.toString()));
    const SlaPolicy &p = history->versions().constFirst();
    QCOMPARE(p.pauseStatuses, SlaPolicy::defaultPauseStatuses());
    QCOMPARE(p.resolvedStatuses, SlaPolicy::defaultResolvedStatuses());
    QCOMPARE(p.target(2), (SlaSeverityTarget{60, 480, false, false, 0.75, 95.0}));
    QVERIFY(history->name().isEmpty());
}

void TestPolicyFile::shouldRoundTripThroughJsonAndFiles()
{
    ExchangeError error;
    const auto original = PolicyFile::read(examplePath(), &error);
    QVERIFY(original);
    const auto again = PolicyFile::fromJson(PolicyFile::toJson(*original), &error);
    QVERIFY2(again, qPrintable(error.toString()));
    QCOMPARE(*again, *original);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("policy.json"));
    QVERIFY(PolicyFile::write(path, *original, &error));
    const auto reread = PolicyFile::read(path, &error);
    QVERIFY(reread);
    QCOMPARE(*reread, *original);
}

void TestPolicyFile::shouldRefuseBadFilesNamingKeyAndValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("syntax error with line and column")
        << QByteArray("{\n  \"versions\": [\n    {\"effective\": \"2026-01-01\" \"severities\": {}}\n  ]\n}")
        << QStringLiteral("not valid JSON: unterminated object") << qint64(3) << 33;
    QTest::newRow("not an object") << QByteArray("[1, 2]")
                                   << QStringLiteral("a policy file is a JSON object with \"versions\"")
                                   << qint64(0) << 0;
    QTest::newRow("unknown top-level key")
        << QByteArray(R"({"verions": []})") << QStringLiteral("verions: unknown key") << qint64(0) << 0;
    QTest::newRow("no versions") << QByteArray(R"({"name": "x", "versions": []})")
                                 << QStringLiteral("versions: [] is not a non-empty list of policy versions")
                                 << qint64(0) << 0;
    QTest::newRow("bad effective date")
        << QByteArray(R"({"versions": [{"effective": "2026-02-30", "severities": {}}]})")
        << QStringLiteral("versions[0].effective: \"2026-02-30\" is not a date YYYY-MM-DD") << qint64(0) << 0;
    QTest::newRow("missing severity")
        << QByteArray(
               R"({"versions": [{"effective": "2026-01-01", "severities": {"1": {"response_minutes": 1, "resolution_minutes": 2}}}]})")
        << QStringLiteral("versions[0].severities.2: missing: every severity from 1 to 4 needs targets")
        << qint64(0) << 0;
    QTest::newRow("severity five")
        << policyJson(R"({"response_minutes": 60, "resolution_minutes": 480}, "5": {})")
        << QStringLiteral("versions[0].severities.5: unknown severity (expected \"1\" to \"4\")") << qint64(0)
        << 0;
    QTest::newRow("negative minutes")
        << policyJson(R"({"response_minutes": -5, "resolution_minutes": 480})")
        << QStringLiteral("versions[0].severities.2.response_minutes: -5 is not a whole "
                          "number of minutes (0 for no target)")
        << qint64(0) << 0;
    QTest::newRow("minutes as text") << policyJson(R"({"response_minutes": "60", "resolution_minutes": 480})")
                                     << QStringLiteral(
                                            "versions[0].severities.2.response_minutes: \"60\" is not a "
                                            "whole number of minutes (0 for no target)")
                                     << qint64(0) << 0;
    QTest::newRow("fractional minutes")
        << policyJson(R"({"response_minutes": 60, "resolution_minutes": 480.5})")
        << QStringLiteral("versions[0].severities.2.resolution_minutes: 480.5 is not "
                          "a whole number of minutes (0 for no target)")
        << qint64(0) << 0;
    QTest::newRow("missing resolution")
        << policyJson(R"({"response_minutes": 60})")
        << QStringLiteral("versions[0].severities.2.resolution_minutes: nothing is "
                          "not a whole number of minutes (0 for no target)")
        << qint64(0) << 0;
    QTest::newRow("warning above one")
        << policyJson(R"({"response_minutes": 60, "resolution_minutes": 480, "warning_at": 1.5})")
        << QStringLiteral("versions[0].severities.2.warning_at: 1.5 is not a fraction above 0 and at most 1")
        << qint64(0) << 0;
    QTest::newRow("percent above 100")
        << policyJson(R"({"response_minutes": 60, "resolution_minutes": 480, "target_percent": 101})")
        << QStringLiteral("versions[0].severities.2.target_percent: 101 is not a percentage from 0 to 100")
        << qint64(0) << 0;
    QTest::newRow("24x7 as text")
        << policyJson(R"({"response_minutes": 60, "resolution_minutes": 480, "response_24x7": "yes"})")
        << QStringLiteral("versions[0].severities.2.response_24x7: \"yes\" is not true or false") << qint64(0)
        << 0;
    QTest::newRow("unknown target key")
        << policyJson(R"({"response_minutes": 60, "resolution_minutes": 480, "calendar": "24x7"})")
        << QStringLiteral("versions[0].severities.2.calendar: unknown key") << qint64(0) << 0;
    QTest::newRow("empty pause status")
        << policyJson(R"({"response_minutes": 60, "resolution_minutes": 480})",
                      R"("pause_statuses": ["On hold", " "], )")
        << QStringLiteral("versions[0].pause_statuses[1]: \" \" is not a status name") << qint64(0) << 0;
    QTest::newRow("status pauses and resolves")
        << policyJson(R"({"response_minutes": 60, "resolution_minutes": 480})",
                      R"("pause_statuses": ["closed"], )")
        << QStringLiteral("versions[0].pause_statuses: \"closed\" is also a resolved status") << qint64(0)
        << 0;
    const QByteArray one = policyJson();
    QByteArray two = one;
    two.replace("}]}", "}, " +
                           one.mid(one.indexOf("{\"effective\""),
                                   one.lastIndexOf("]}") - one.indexOf("{\"effective\"")) +
                           "]}");
    QTest::newRow("two versions on one date")
        << two << QStringLiteral("versions[1].effective: another version already takes effect on 2026-01-01")
        << qint64(0) << 0;
}

void TestPolicyFile::shouldRefuseBadFilesNamingKeyAndValue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QFETCH(qint64, line);
    QFETCH(int, column);
    ExchangeError error;
    QVERIFY(!PolicyFile::fromJson(json, &error, QStringLiteral("p.json")));
    QCOMPARE(error.reason, reason);
    QCOMPARE(error.file, QStringLiteral("p.json"));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestPolicyFile::shouldReportAMissingFile()
{
    ExchangeError error;
    QVERIFY(!PolicyFile::read(QStringLiteral("/nonexistent/policy.json"), &error));
    QCOMPARE(error.file, QStringLiteral("/nonexistent/policy.json"));
    QVERIFY(error.reason.startsWith(QStringLiteral("cannot open the policy file")));
}

void TestPolicyFile::shouldRefuseRawControlCharactersInStrings_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("NUL") << QByteArray(1, '\0');
    QTest::newRow("TAB") << QByteArray("\t");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("0x01") << QByteArray("\x01");
}

void TestPolicyFile::shouldRefuseRawControlCharactersInStrings()
{
    QFETCH(QByteArray, raw);
    const QByteArray extra = "\n\"pause_statuses\": [\"V\xc3\xa4ntar " + raw + "kund\"], ";
    ExchangeError error;
    const QByteArray json =
        policyJson(R"({"response_minutes": 60, "resolution_minutes": 480})", "@@").replace("@@", extra);
    QVERIFY(!PolicyFile::fromJson(json, &error, QStringLiteral("policy.json")));
    QCOMPARE(error.file, QStringLiteral("policy.json"));
    QCOMPARE(error.line, qint64(2));
    QCOMPARE(error.column, 28);
    QVERIFY2(error.reason.contains(QStringLiteral("not valid JSON")), qPrintable(error.reason));
}

QTEST_GUILESS_MAIN(TestPolicyFile)
#include "tst_policyfile.moc"
