#pragma once

#include "models/domain/capacity/budgetpolicy.h"
#include "models/domain/changestamp.h"
#include "models/domain/engagement.h"
#include "models/storage/storageerror.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace Storage {
class Database;
}

namespace Models {

/// An engagement's budget as people edit it: the committed hours of single months, the rollover
/// rule and what counts against it. The Budget dialog (through the Portfolio), `deliverydesk budget`
/// and every page that counts the budget (BurnDownLoader::policyFor) read it here.
class BudgetLoader
{
    Q_DECLARE_TR_FUNCTIONS(BudgetLoader)

public:
    explicit BudgetLoader(const Storage::Database &database) : m_database(database) {}

    /// The stored policy with the engagement's contract (period, covered roles, contracted
    /// optional services); `stamp` (optional) says who saved it last (version 0: never saved, the
    /// library's rules and the engagement's hours).
    Storage::StorageError load(const Domain::Engagement &engagement, Domain::BudgetPolicy *out,
                               Domain::ChangeStamp *stamp = nullptr) const;
    /// Who set each month's own commitment, by month (first day).
    Storage::StorageError monthStamps(const Domain::Engagement &engagement,
                                      QMap<QDate, Domain::ChangeStamp> *out) const;
    /// Saves the policy's month overrides and rules over the version `*stamp` was read with and
    /// sets it to the new one. Refused with nothing written: a budget someone else saved since
    /// (Conflict: who and when), a busy or lost database, and a policy with problems(), which the
    /// callers show in their words before they save.
    Storage::StorageError save(const Domain::Engagement &engagement, const Domain::BudgetPolicy &policy,
                               Domain::ChangeStamp *stamp) const;

    /// What is wrong with the policy, one translated sentence each; empty when it can be saved.
    static QStringList problems(const Domain::BudgetPolicy &policy);

private:
    const Storage::Database &m_database;
};

} // namespace Models
