#pragma once

#include "models/domain/engagement.h"
#include "models/domain/ticket.h"
#include "models/domain/worklog.h"

#include <QDate>
#include <QVector>

namespace Domain {

/// A person of the demo team.
struct DemoPerson
{
    QString name;
    Role role;
    int minutesPerWeek = 40 * 60;
    int partTimePercent = 100;
    bool onCall = false;
};

/// A realistic, deterministic portfolio for the demo database, the tests and the screenshots:
/// one engagement per support model, twelve months of tickets with status histories (waiting for
/// the customer, some breaches) and worklogs by people in every role.
struct DemoPortfolio
{
    struct EngagementData
    {
        Engagement engagement;
        QVector<Ticket> tickets;
        QVector<Worklog> worklogs;
        /// The day the demo contract's SLA was renegotiated (the first day of the demo year's
        /// seventh month): the writer stores the engagement's default policy from its start and
        /// a second, tighter version from this day, so that pages show a versioned policy.
        QDate slaChange;
        /// The second version's targets in percent of the first's (75: a quarter tighter).
        int slaChangePercent = 75;
    };

    QVector<DemoPerson> people;
    QVector<EngagementData> engagements;

    /// Generates the twelve months that end with `lastMonth` (any date in it). The same seed and
    /// month always give the same portfolio.
    static DemoPortfolio generate(const QDate &lastMonth, quint32 seed = 20261125);
};

} // namespace Domain
