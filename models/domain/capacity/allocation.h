#pragma once

#include "models/domain/changestamp.h"

#include <QDate>
#include <QMetaType>
#include <QString>

namespace Domain {

/// Planned minutes of a person on an engagement in a month.
struct Allocation
{
    QString person;        ///< Person::name
    QString engagementKey; ///< Engagement::key
    QDate month;           ///< first day of the month
    int minutes = 0;
    ChangeStamp stamp; ///< the stored row it was read from; not part of equality

    bool operator==(const Allocation &o) const
    {
        return person == o.person && engagementKey == o.engagementKey && month == o.month &&
               minutes == o.minutes;
    }
    bool operator!=(const Allocation &o) const { return !(*this == o); }
};

} // namespace Domain

Q_DECLARE_METATYPE(Domain::Allocation)
