#pragma once

#include "models/domain/supportmodel.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <optional>

namespace Domain {

/// A finding of an allocation plan check. Kinds up to PersonOverbooked are warnings the plan may be
/// saved with; the others are validation errors that must be fixed first (see isError()).
struct AllocationWarning
{
    enum class Kind {
        // Warnings
        PersonOverbooked,         ///< value = allocated, limit = capacity (over 100 %)
        EngagementUnderAllocated, ///< value = allocated, limit = committed minutes
        NoOnCallCover,            ///< 24×7 severity-1 cover, nobody allocated in Ops or flagged on-call
        RoleNotCovered,           ///< person allocated in a role the engagement does not cover (work outside
                                  ///< the contract); value = allocated minutes, role = the person's role
        RequiredRoleMissing,      ///< role = the role the support model requires
        // Errors
        UnknownPerson,
        UnknownEngagement,
        InvalidMonth,
        NegativeMinutes,      ///< value = minutes
        AbsurdMinutes,        ///< value = minutes, limit = 24 h × days of the month
        DuplicateAllocation,  ///< the same person, engagement and month twice
        PersonNotStarted,     ///< the month lies before the person's start date
        PersonHasLeft,        ///< the month lies after the person's end date
        EngagementNotStarted, ///< the month lies before the engagement's start month
        EngagementEnded,      ///< the month lies after the engagement's end
    };

    Kind kind;
    QString person;     ///< empty when not about a person
    QString engagement; ///< empty when not about an engagement
    QDate month;
    qint64 value = 0;
    qint64 limit = 0;
    std::optional<Role> role;

    bool isError() const { return kind > Kind::RequiredRoleMissing; }

    bool operator==(const AllocationWarning &o) const
    {
        return kind == o.kind && person == o.person && engagement == o.engagement && month == o.month &&
               value == o.value && limit == o.limit && role == o.role;
    }
    bool operator!=(const AllocationWarning &o) const { return !(*this == o); }
};

} // namespace Domain

Q_DECLARE_METATYPE(Domain::AllocationWarning)
