#pragma once

#include "models/domain/engagement.h"
#include "models/domain/sla/slapolicy.h"
#include "models/storage/storageerror.h"

#include <QDate>
#include <QString>
#include <QVector>
#include <array>
#include <optional>

namespace Storage {
class Database;
}

namespace Models {

/// A person allocated to the engagement in the month, placed on the level they work on.
struct DiagramPerson
{
    QString name;
    Domain::Role role = Domain::Role::Dev;
    qint64 allocatedMinutes = 0;
    /// The level of the person's most hours logged on the engagement this month; without any, the
    /// catalogue's primary level of the role (SupportModelCatalogue::primaryLevel).
    Domain::ServiceLevel level = Domain::ServiceLevel::L3;
    bool operator==(const DiagramPerson &o) const
    {
        return name == o.name && role == o.role && allocatedMinutes == o.allocatedMinutes && level == o.level;
    }
};

/// Everything the support-model diagram draws for one engagement-month: the page and
/// `deliverydesk diagram` both draw from this.
struct SupportModelDiagramData
{
    Domain::Engagement engagement;
    QDate month;                                                   ///< first day
    QVector<DiagramPerson> people;                                 ///< by name
    std::array<qint64, Domain::ServiceLevelCount> loggedMinutes{}; ///< this month's worklogs by level
    std::optional<Domain::SlaPolicy> policy; ///< the version in force on the month's last day
    bool policyStored = false;               ///< false: the model's default policy
    qint64 committedMinutes = 0;             ///< the month's committed hours (budget)

    /// The people on one level, by name.
    QVector<DiagramPerson> peopleOn(Domain::ServiceLevel level) const;
    /// Whether severity 1 is covered around the clock (chosen, or part of the model).
    bool severity1AroundTheClock() const;
};

/// Reads what the diagram shows from storage: allocations, people, worklogs, SLA policy, budget.
class SupportModelDiagramLoader
{
public:
    explicit SupportModelDiagramLoader(const Storage::Database &database);

    Storage::StorageError load(const Domain::Engagement &engagement, const QDate &month,
                               SupportModelDiagramData *out) const;

private:
    const Storage::Database &m_database;
};

} // namespace Models
