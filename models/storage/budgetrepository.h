#pragma once

#include "models/domain/capacity/budgetpolicy.h"
#include "models/domain/changestamp.h"
#include "models/domain/engagement.h"
#include "models/storage/storageerror.h"

#include <QByteArray>
#include <QMap>

namespace Storage {

class Database;

/// An engagement's budget policy: the engagement's committed minutes as the default, month
/// overrides (table `monthly_budgets`, months 'YYYY-MM') and the rollover and counting rules
/// (table `budget_policies`, JSON, see docs/capacity/capacity.md).
class BudgetRepository
{
public:
    explicit BudgetRepository(const Database &database);

    /// The policy of `engagement`: default = its committedMinutesPerMonth, start month = its start,
    /// plus the stored month overrides and rules (library defaults when none are stored).
    /// `stamp` (optional) gets the stamp of the saved budget (version 0 when none was saved).
    StorageError policyFor(const Domain::Engagement &engagement, Domain::BudgetPolicy *out,
                           Domain::ChangeStamp *stamp = nullptr) const;
    /// Replaces the month overrides and rules of the engagement in one transaction, if the budget
    /// is still the version `stamp` was read with (null: none was saved), and sets `stamp` to the
    /// new one; months that did not change keep who set them. The default committed minutes stay
    /// the engagement's own (edited with the engagement). Refused, with nothing written: a budget
    /// someone else saved since (Conflict, naming who and when), a problem BudgetPolicy::validate()
    /// finds (an override before the engagement's start month included), an unknown engagement.
    StorageError savePolicy(qint64 engagementId, const Domain::BudgetPolicy &policy,
                            Domain::ChangeStamp *stamp = nullptr) const;

    /// Who set each month's own commitment, by month (first day); months keep theirs when a save
    /// leaves them unchanged.
    StorageError monthStamps(qint64 engagementId, QMap<QDate, Domain::ChangeStamp> *out) const;
    /// The rules part of a policy as stored (rollover rule, level and activity rules).
    static QByteArray rulesToJson(const Domain::BudgetPolicy &policy);
    /// Applies stored rules to `policy`; false (and `policy` unchanged) when the JSON is not valid.
    static bool rulesFromJson(const QByteArray &json, Domain::BudgetPolicy *policy);

private:
    StorageError readOverrides(qint64 engagementId, Domain::BudgetPolicy *policy) const;
    StorageError readRules(const Domain::Engagement &engagement, Domain::BudgetPolicy *policy,
                           Domain::ChangeStamp *stamp) const;
    StorageError writeOverrides(qint64 engagementId, const Domain::BudgetPolicy &policy) const;
    const Database &m_database;
};

} // namespace Storage
