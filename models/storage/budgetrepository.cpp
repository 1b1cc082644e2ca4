#include "models/storage/budgetrepository.h"

#include "models/domain/supportmodel.h"
#include "models/storage/changestamps.h"
#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/transactionguard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace Storage {

namespace {

const QString s_saveOperation = QStringLiteral("save budget policy");
const QString s_readOperation = QStringLiteral("read budget policy");
const std::array<const char *, 3> s_carryIds = {"none", "up-to-minutes", "up-to-percent"};

QString problemText(const Domain::BudgetIssue &issue)
{
    // English detail for logs and the command line; the UI validates first and shows CapacityText.
    const QString month = issue.month.isValid() ? issue.month.toString(QStringLiteral("yyyy-MM")) : QString();
    switch (issue.problem) {
    case Domain::BudgetProblem::NegativeCommitted:
        return QStringLiteral("negative committed hours %1").arg(month).trimmed();
    case Domain::BudgetProblem::AbsurdCommitted:
        return QStringLiteral("more committed hours than a team can work %1").arg(month).trimmed();
    case Domain::BudgetProblem::InvalidMonth:
        return QStringLiteral("a monthly budget has no valid month");
    case Domain::BudgetProblem::MonthBeforeStart:
        return QStringLiteral("a monthly budget for %1, before the engagement started").arg(month);
    case Domain::BudgetProblem::MonthAfterEnd:
        return QStringLiteral("a monthly budget for %1, after the engagement's end").arg(month);
    case Domain::BudgetProblem::NegativeCap:
        return QStringLiteral("a negative rollover cap or expiry");
    case Domain::BudgetProblem::CapPercentOver100:
        return QStringLiteral("a rollover cap over 100 %");
    }
    return {};
}

QDate monthFromSql(const QVariant &value)
{
    return QDate::fromString(value.toString() + QStringLiteral("-01"), Qt::ISODate);
}

} // namespace

BudgetRepository::BudgetRepository(const Database &database) : m_database(database)
{
}

QByteArray BudgetRepository::rulesToJson(const Domain::BudgetPolicy &policy)
{
    const Domain::RolloverRule &rule = policy.rolloverRule();
    QJsonObject rollover{
        {QStringLiteral("carry"), QLatin1String(s_carryIds.at(static_cast<size_t>(rule.carry)))},
        {QStringLiteral("cap_minutes"), rule.capMinutes},
        {QStringLiteral("cap_percent"), rule.capPercent},
        {QStringLiteral("expiry_months"), rule.expiryMonths},
        {QStringLiteral("deduct_overrun"), rule.deductOverrun},
    };
    QJsonObject levels;
    for (Domain::ServiceLevel level : Domain::allServiceLevels())
        levels.insert(Domain::serviceLevelId(level), policy.countsLevel(level));
    QJsonObject activities;
    const QHash<QString, bool> rules = policy.activityRules();
    for (auto it = rules.cbegin(); it != rules.cend(); ++it)
        activities.insert(it.key(), it.value());
    const QJsonObject root{{QStringLiteral("rollover"), rollover},
                           {QStringLiteral("counts_levels"), levels},
                           {QStringLiteral("counts_activities"), activities}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool BudgetRepository::rulesFromJson(const QByteArray &json, Domain::BudgetPolicy *policy)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject root = document.object();
    const QJsonObject rollover = root.value(QStringLiteral("rollover")).toObject();
    Domain::RolloverRule rule;
    const QString carry = rollover.value(QStringLiteral("carry")).toString(QStringLiteral("none"));
    const auto carryIt = std::find_if(s_carryIds.cbegin(), s_carryIds.cend(),
                                      [&carry](const char *id) { return carry == QLatin1String(id); });
    if (carryIt == s_carryIds.cend())
        return false;
    rule.carry = static_cast<Domain::RolloverRule::Carry>(carryIt - s_carryIds.cbegin());
    rule.capMinutes = rollover.value(QStringLiteral("cap_minutes")).toInt();
    rule.capPercent = rollover.value(QStringLiteral("cap_percent")).toInt();
    rule.expiryMonths = rollover.value(QStringLiteral("expiry_months")).toInt();
    rule.deductOverrun = rollover.value(QStringLiteral("deduct_overrun")).toBool();
    Domain::BudgetPolicy result = *policy;
    result.setRolloverRule(rule);
    const QJsonObject levels = root.value(QStringLiteral("counts_levels")).toObject();
    for (auto it = levels.constBegin(); it != levels.constEnd(); ++it) {
        Domain::ServiceLevel level;
        if (!Domain::serviceLevelFromId(it.key(), &level) || !it.value().isBool())
            return false;
        result.setCountsLevel(level, it.value().toBool());
    }
    const QJsonObject activities = root.value(QStringLiteral("counts_activities")).toObject();
    for (auto it = activities.constBegin(); it != activities.constEnd(); ++it) {
        if (!it.value().isBool())
            return false;
        result.setCountsActivity(it.key(), it.value().toBool());
    }
    *policy = result;
    return true;
}

StorageError BudgetRepository::readOverrides(qint64 engagementId, Domain::BudgetPolicy *policy) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT month, committed_minutes FROM monthly_budgets WHERE engagement_id = :e "
                           "ORDER BY month")))
        return queryError(q, s_readOperation, QString::number(engagementId));
    q.bindValue(QStringLiteral(":e"), engagementId);
    if (!q.exec())
        return queryError(q, s_readOperation, QString::number(engagementId));
    while (q.next())
        policy->setMonthlyBudget({monthFromSql(q.value(0)), q.value(1).toInt()});
    return {};
}

StorageError BudgetRepository::monthStamps(qint64 engagementId, QMap<QDate, Domain::ChangeStamp> *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT month, %1 FROM monthly_budgets WHERE engagement_id = :e")
                       .arg(ChangeStamps::columns())))
        return queryError(q, s_readOperation, QString::number(engagementId));
    q.bindValue(QStringLiteral(":e"), engagementId);
    if (!q.exec())
        return queryError(q, s_readOperation, QString::number(engagementId));
    out->clear();
    while (q.next())
        out->insert(monthFromSql(q.value(0)), ChangeStamps::fromQuery(q, 1));
    return {};
}

StorageError BudgetRepository::readRules(const Domain::Engagement &engagement, Domain::BudgetPolicy *policy,
                                         Domain::ChangeStamp *stamp) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    *stamp = {};
    if (!q.prepare(QStringLiteral("SELECT definition, %1 FROM budget_policies WHERE engagement_id = :e")
                       .arg(ChangeStamps::columns())))
        return queryError(q, s_readOperation, engagement.key);
    q.bindValue(QStringLiteral(":e"), engagement.id);
    if (!q.exec())
        return queryError(q, s_readOperation, engagement.key);
    if (!q.next())
        return {};
    if (!rulesFromJson(q.value(0).toString().toUtf8(), policy))
        return {StorageError::Kind::Query, s_readOperation, engagement.key,
                QStringLiteral("the stored rollover and counting rules are not valid JSON")};
    *stamp = ChangeStamps::fromQuery(q, 1);
    return {};
}

StorageError BudgetRepository::policyFor(const Domain::Engagement &engagement, Domain::BudgetPolicy *out,
                                         Domain::ChangeStamp *stamp) const
{
    Domain::ChangeStamp read;
    Domain::BudgetPolicy policy(engagement.committedMinutesPerMonth);
    policy.setStartMonth(engagement.start);
    if (StorageError error = readOverrides(engagement.id, &policy))
        return error;
    if (StorageError error = readRules(engagement, &policy, &read))
        return error;
    *out = policy;
    if (stamp)
        *stamp = read;
    return {};
}

StorageError BudgetRepository::writeOverrides(qint64 engagementId, const Domain::BudgetPolicy &policy) const
{
    // Month by month, so that each month keeps who set it and when: unchanged months are left
    // alone. The budget's own row was claimed first (savePolicy), so nobody else writes these now.
    const QString record = QString::number(engagementId);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
                       "SELECT month, committed_minutes, %1 FROM monthly_budgets WHERE engagement_id = :e")
                       .arg(ChangeStamps::columns())))
        return queryError(q, s_saveOperation, record);
    q.bindValue(QStringLiteral(":e"), engagementId);
    if (!q.exec())
        return queryError(q, s_saveOperation, record);
    QMap<QString, QPair<int, Domain::ChangeStamp>> stored;
    while (q.next())
        stored.insert(q.value(0).toString(), {q.value(1).toInt(), ChangeStamps::fromQuery(q, 2)});
    q.finish();
    QMap<QString, int> wanted;
    for (const Domain::MonthlyBudget &budget : policy.monthlyBudgets())
        wanted.insert(budget.month.toString(QStringLiteral("yyyy-MM")), budget.committedMinutes);
    QStringList months = stored.keys() + wanted.keys();
    months.removeDuplicates();
    for (const QString &month : qAsConst(months)) {
        const auto was = stored.constFind(month);
        const auto now = wanted.constFind(month);
        if (was != stored.constEnd() && now != wanted.constEnd() && was->first == *now)
            continue;
        ChangeStamps::VersionedWrite row;
        row.table = QStringLiteral("monthly_budgets");
        row.key = {{QStringLiteral("engagement_id"), engagementId}, {QStringLiteral("month"), month}};
        if (now != wanted.constEnd())
            row.values = {{QStringLiteral("committed_minutes"), *now}};
        if (was != stored.constEnd())
            row.read = was->second;
        if (StorageError error =
                ChangeStamps::save(m_database, row, StorageError::Row::Budget, s_saveOperation,
                                   QStringLiteral("%1, %2").arg(record, month)))
            return error;
    }
    return {};
}

StorageError BudgetRepository::savePolicy(qint64 engagementId, const Domain::BudgetPolicy &policy,
                                          Domain::ChangeStamp *stamp) const
{
    const QString record = QString::number(engagementId);
    if (m_database.isReadOnly())
        return readOnlyError(s_saveOperation, record);
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT start_date FROM engagements WHERE id = :e AND deleted_at IS NULL")))
        return queryError(q, s_saveOperation, record);
    q.bindValue(QStringLiteral(":e"), engagementId);
    if (!q.exec())
        return queryError(q, s_saveOperation, record);
    if (!q.next())
        return {StorageError::Kind::NotFound, s_saveOperation, record, QStringLiteral("no such engagement")};
    Domain::BudgetPolicy checked = policy;
    checked.setStartMonth(dateFromSql(q.value(0)));
    q.finish();
    const QVector<Domain::BudgetIssue> issues = checked.validate();
    if (!issues.isEmpty())
        return {StorageError::Kind::Query, s_saveOperation, record, problemText(issues.constFirst())};
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return transaction.beginError(s_saveOperation, record);
    // The budget's own row first: it carries the version of the budget as a whole, and claiming it
    // refuses a save over someone else's (Conflict) before any month is touched.
    ChangeStamps::VersionedWrite row;
    row.table = QStringLiteral("budget_policies");
    row.key = {{QStringLiteral("engagement_id"), engagementId}};
    row.values = {{QStringLiteral("definition"), QString::fromUtf8(rulesToJson(policy))}};
    if (stamp)
        row.read = *stamp;
    Domain::ChangeStamp written;
    if (StorageError error =
            ChangeStamps::save(m_database, row, StorageError::Row::Budget, s_saveOperation, record, &written))
        return error;
    if (StorageError error = writeOverrides(engagementId, policy))
        return error;
    if (!transaction.commit())
        return {StorageError::Kind::Query, s_saveOperation, record, db.lastError().text()};
    if (stamp)
        *stamp = written;
    return {};
}

} // namespace Storage
