// Prints how long the capacity logic takes on large inputs. Not a test: figures only.
#include "models/domain/capacity/allocationplan.h"
#include "models/domain/capacity/budgetledger.h"
#include "models/domain/capacity/budgetsplit.h"
#include "models/domain/capacity/burndown.h"
#include "models/domain/capacity/worklogvalidator.h"
#include "models/domain/engagement.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

using namespace Domain;

namespace {
QTextStream &out()
{
    static QTextStream s_out(stdout);
    return s_out;
}

/// `perWorkingDay` worklogs of 15–480 minutes on every weekday in [from, to].
QVector<Worklog> generate(const QDate &from, const QDate &to, int perWorkingDay, QRandomGenerator &random)
{
    QVector<Worklog> logs;
    const QVector<QDate> days = WorkingDays::inRange(from, to, WorkingDays::weekdays());
    logs.reserve(days.size() * perWorkingDay);
    for (const QDate &d : days) {
        for (int i = 0; i < perWorkingDay; ++i) {
            Worklog w;
            w.date = d;
            w.person = QStringLiteral("P%1").arg(random.bounded(40));
            w.role = Role(random.bounded(RoleCount));
            w.seconds = 60 * (15 + qint64(random.bounded(466)));
            w.serviceLevel = ServiceLevel(random.bounded(ServiceLevelCount));
            logs.append(w);
        }
    }
    return logs;
}

template<typename F> double timeMs(int repeats, F f)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repeats; ++i)
        f();
    return double(timer.nsecsElapsed()) / 1e6 / repeats;
}

void benchLedger(QRandomGenerator &random)
{
    RolloverRule rule;
    rule.carry = RolloverRule::Carry::UpToPercent;
    rule.capPercent = 20;
    rule.expiryMonths = 3;
    rule.deductOverrun = true;
    const BudgetPolicy policy(160 * 60, rule);
    const QVector<Worklog> logs = generate(QDate(2016, 1, 1), QDate(2025, 12, 31), 40, random);
    BudgetLedger ledger;
    const double fromLogs = timeMs(
        20, [&] { ledger = BudgetLedger::compute(policy, QDate(2016, 1, 1), QDate(2025, 12, 1), logs); });
    const QMap<QDate, qint64> used = BudgetLedger::usedByMonth(policy, logs);
    const double fromTotals = timeMs(
        200, [&] { ledger = BudgetLedger::compute(policy, QDate(2016, 1, 1), QDate(2025, 12, 1), used); });
    out() << "ledger, 10 years (" << ledger.months().size() << " months, " << logs.size()
          << " worklogs): " << fromLogs << " ms from worklogs, " << fromTotals << " ms from monthly totals\n";
    // As of a day in the middle of the last month, with a contract (period, roles, services) and a
    // projection: what every page reads (issue 19).
    Engagement contract;
    contract.start = QDate(2016, 1, 10);
    contract.end = QDate(2025, 12, 17);
    contract.committedMinutesPerMonth = 160 * 60;
    contract.rolesCovered = {Role::Dev, Role::QA, Role::PM};
    BudgetPolicy withContract = policy;
    withContract.setContract(contract);
    const double asOf = timeMs(20, [&] {
        ledger = BudgetLedger::compute(withContract, QDate(2016, 1, 1), QDate(2025, 12, 1), logs,
                                       QDate(2025, 12, 10), {{QDate(2025, 12, 1), 9000}});
    });
    const double split = timeMs(
        20, [&] { BudgetSplit::compute(withContract, logs, QDate(2025, 12, 1), QDate(2025, 12, 10)); });
    out() << "ledger as of 2025-12-10 with a contract: " << asOf << " ms; budget split of a month over all "
          << logs.size() << " worklogs: " << split << " ms\n";
}

void benchBurnDown(QRandomGenerator &random)
{
    const QDate month(2026, 6, 1);
    const QVector<Worklog> monthLogs = generate(month, WorkingDays::monthEnd(month), 100000 / 22 + 1, random);
    BurnDownInput in;
    in.month = month;
    in.committed = 100000LL * 240;
    in.isWorkingDay = WorkingDays::weekdays();
    in.today = QDate(2026, 6, 18);
    in.worklogs = monthLogs;
    BurnDown b;
    const double only = timeMs(10, [&] { b = BurnDown::compute(in); });
    out() << "burn-down, " << monthLogs.size() << " worklogs in the month: " << only << " ms (used "
          << b.used / 60 << " h, run-out "
          << (b.runOutDate ? b.runOutDate->toString(Qt::ISODate) : QStringLiteral("none")) << ")\n";
    in.worklogs += generate(QDate(2026, 3, 1), QDate(2026, 5, 31), 100000 / 22 + 1, random);
    const double withHistory = timeMs(10, [&] { b = BurnDown::compute(in); });
    out() << "burn-down, " << in.worklogs.size() << " worklogs incl. 3 months of history: " << withHistory
          << " ms\n";
    const double validation = timeMs(5, [&] { WorklogValidator::validate(monthLogs); });
    out() << "worklog validation, " << monthLogs.size() << " worklogs: " << validation << " ms\n";
}

void benchAllocation(int peopleCount, int engagementCount, int perEngagement, int months)
{
    QVector<Person> people;
    for (int i = 0; i < peopleCount; ++i) {
        Person p;
        p.name = QStringLiteral("P%1").arg(i);
        p.role = Role(i % RoleCount);
        p.absences = {{QDate(2026, 6, 1 + i % 20), QDate(2026, 6, 3 + i % 20), AbsenceKind::Vacation}};
        people.append(p);
    }
    QVector<Engagement> engagements;
    QVector<Allocation> allocations;
    for (int e = 0; e < engagementCount; ++e) {
        Engagement eng;
        eng.key = QStringLiteral("E%1").arg(e);
        eng.model = SupportModel(e % SupportModelCount);
        eng.start = QDate(2025, 1, 1);
        eng.committedMinutesPerMonth = 160 * 60;
        engagements.append(eng);
        for (int m = 0; m < months; ++m) {
            for (int k = 0; k < perEngagement; ++k)
                allocations.append({people.at((e * 7 + k) % peopleCount).name, eng.key,
                                    QDate(2026, 6, 1).addMonths(m), 40 * 60});
        }
    }
    const AllocationPlan plan(people, engagements, allocations);
    QVector<AllocationWarning> warnings;
    const double check = timeMs(5, [&] { warnings = plan.check(QDate(2026, 6, 1)); });
    QVector<PersonMonthLoad> loads;
    const double load = timeMs(5, [&] { loads = plan.loads(QDate(2026, 6, 1)); });
    out() << "allocation check, " << peopleCount << " people x " << engagementCount << " engagements, "
          << allocations.size() << " allocations over " << months << " months: check " << check << " ms ("
          << warnings.size() << " warnings), loads " << load << " ms\n";
}
} // namespace

int main()
{
    QRandomGenerator random(20261125);
    benchLedger(random);
    benchBurnDown(random);
    benchAllocation(200, 50, 20, 1);
    benchAllocation(1000, 200, 10, 12);
    return 0;
}
