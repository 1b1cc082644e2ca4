#include "models/domain/capacity/worklogvalidator.h"

#include <QTest>

using namespace Domain;

using Worklogs = QVector<Worklog>;
using Issues = QVector<WorklogIssue>;

namespace {
const QDate s_day(2026, 6, 2);

Worklog log(int minutes, const QString &person = QStringLiteral("Anna"), const QDate &date = s_day,
            const QString &key = {})
{
    Worklog w;
    w.sourceKey = key;
    w.person = person;
    w.date = date;
    w.seconds = qint64(minutes) * 60;
    return w;
}
} // namespace

class TestWorklogValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReportWhyWorklogsCannotBeCounted_data();
    void shouldReportWhyWorklogsCannotBeCounted();
};

void TestWorklogValidator::shouldReportWhyWorklogsCannotBeCounted_data()
{
    QTest::addColumn<Worklogs>("worklogs");
    QTest::addColumn<Issues>("issues");
    const QString anna = QStringLiteral("Anna");
    using P = WorklogProblem;

    QTest::newRow("empty") << Worklogs{} << Issues{};
    QTest::newRow("an ordinary day") << Worklogs{log(480), log(120)} << Issues{};
    QTest::newRow("exactly 24 hours is possible") << Worklogs{log(1000), log(440)} << Issues{};
    QTest::newRow("negative minutes")
        << Worklogs{log(-30)} << Issues{{P::NegativeMinutes, 0, anna, s_day, -30, 0}};
    QTest::newRow("one entry of 30 hours")
        << Worklogs{log(1800)} << Issues{{P::EntryOverADay, 0, anna, s_day, 1800, 1440}};
    QTest::newRow("a 30-hour day from several entries")
        << Worklogs{log(600), log(600), log(600), log(60)}
        << Issues{{P::PersonDayOverADay, 2, anna, s_day, 1800, 1440}};
    QTest::newRow("two people may share a day")
        << Worklogs{log(900), log(900, QStringLiteral("Bo"))} << Issues{};
    QTest::newRow("the same person on two days")
        << Worklogs{log(900), log(900, anna, s_day.addDays(1))} << Issues{};
    QTest::newRow("missing date and person") << Worklogs{log(60, QString(), QDate())}
                                             << Issues{{P::MissingDate, 0, QString(), QDate(), 0, 0},
                                                       {P::MissingPerson, 0, QString(), QDate(), 0, 0}};
    QTest::newRow("duplicate source key")
        << Worklogs{log(60, anna, s_day, QStringLiteral("J-1")), log(30, anna, s_day, QStringLiteral("J-2")),
                    log(60, anna, s_day, QStringLiteral("J-1"))}
        << Issues{{P::DuplicateSourceKey, 2, anna, s_day, 0, 0}};
}

void TestWorklogValidator::shouldReportWhyWorklogsCannotBeCounted()
{
    QFETCH(Worklogs, worklogs);
    QTEST(WorklogValidator::validate(worklogs), "issues");
}

QTEST_GUILESS_MAIN(TestWorklogValidator)
#include "tst_worklogvalidator.moc"
