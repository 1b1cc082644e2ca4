#pragma once

#include "models/domain/calendar/businesscalendar.h"
#include "models/domain/capacity/budgetpolicy.h"
#include "models/domain/engagement.h"
#include "models/domain/sla/slapolicyhistory.h"
#include "models/domain/ticket.h"
#include "models/domain/worklog.h"

#include <QDate>
#include <QMap>
#include <QSet>
#include <QVector>
#include <array>
#include <memory>

namespace Domain {

/// How a model carries severity-1 work outside the engagement's business hours.
enum class Severity1Cover {
    None,              ///< no 24×7 cover: the work waits for business hours
    OptionalNotChosen, ///< 24×7 severity-1 cover can be added; this engagement has not chosen it
    OptionalChosen,    ///< 24×7 severity-1 cover is an add-on this engagement has chosen
    Included,          ///< 24×7 is part of the model
};

/// What replaying a period of an engagement's tickets and worklogs under one support model gives.
/// Minutes are whole minutes; the counting rules are in docs/support-model/support-models.md.
struct WhatIfModelResult
{
    SupportModel model = SupportModel::FixedCapacity;

    // Hours
    qint64 capacityMinutes = 0;     ///< the engagement's capacity over the period (same for every model)
    qint64 countedMinutes = 0;      ///< worklogs the model draws from the capacity
    qint64 overCapacityMinutes = 0; ///< Σ per month of max(0, counted − capacity)
    qint64 carriedMinutes =
        0; ///< in-scope work the model carries outside the capacity (unlimited operational support)
    qint64 billedSeparatelyMinutes =
        0; ///< work outside the contract's scope (optional services by the budget rules)

    // Tickets
    int tickets = 0;      ///< tickets created in the period
    int underSla = 0;     ///< of those, the ones the model's SLA covers
    int breached = 0;     ///< under SLA and a clock breached (known at `now`)
    int noTarget = 0;     ///< under SLA but the policy sets no target for their severity
    int notEvaluable = 0; ///< under SLA but their data cannot be evaluated (SlaState::Invalid)

    // Severity 1 outside business hours
    Severity1Cover cover = Severity1Cover::None;
    qint64 severity1OutOfHoursSeconds = 0; ///< open time of severity-1 tickets outside business hours
    int severity1CreatedOutOfHours = 0;    ///< severity-1 tickets created outside business hours
    qint64 severity1NonWorkingDayMinutes =
        0; ///< worklogs on severity-1 tickets dated on days without business hours
    /// The out-of-hours open time 24×7 cover would carry under this model (0 without cover).
    qint64 carriedBy24x7Seconds() const
    {
        return cover == Severity1Cover::Included || cover == Severity1Cover::OptionalChosen
                   ? severity1OutOfHoursSeconds
                   : 0;
    }

    // Roles
    QMap<Role, qint64> roleMinutes; ///< every worklog of the period by its role
    qint64 unknownRoleMinutes = 0;  ///< worklogs without a role
    QVector<Role> rolesNotCovered;  ///< roles the work needed that the model (as contracted) does not cover

    bool operator==(const WhatIfModelResult &o) const;
};

/// The data a replay needs, all read beforehand: nothing here touches storage or the clock.
struct WhatIfInput
{
    Engagement engagement;
    QDate firstMonth;                     ///< first day of the first month replayed
    QDate lastMonth;                      ///< first day of the last month replayed
    BusinessCalendar calendar;            ///< the engagement's calendar (its time zone decides dates)
    BudgetPolicy budget;                  ///< committed minutes per month and which worklogs are in scope
    QMap<QDate, qint64> allocatedMinutes; ///< month (first day) → minutes allocated to the engagement
    /// The SLA policy each model is replayed under, indexed by SupportModel.
    std::array<SlaPolicyHistory, SupportModelCount> policies;
    /// The tickets created in the period, and any older severity-1 ticket that a worklog of the
    /// period names (only its key and severity matter). A replay of many tickets leaves this empty
    /// and feeds them to a WhatIfReplay in chunks instead.
    QVector<Ticket> tickets;
    QVector<Worklog> worklogs;
    qint64 now = 0; ///< UTC epoch seconds: what is known
};

/// Replays an engagement's recent tickets and worklogs under each of the four support models.
class SupportModelWhatIf
{
public:
    /// The capacity of a month: the committed minutes of the budget, or where the engagement
    /// commits none, the minutes allocated to it.
    static qint64 capacityOf(const WhatIfInput &input, const QDate &month);
    /// Whether the model's SLA covers `ticket` (critical incidents: incidents of severity 1 or 2).
    static bool isUnderSla(SupportModel model, const Ticket &ticket);
    /// Whether the model draws `worklog` from the capacity (else it is carried or billed separately).
    static bool drawsFromCapacity(SupportModel model, const BudgetPolicy &budget, const Worklog &worklog);
    static Severity1Cover cover(SupportModel model, const Engagement &engagement);
    /// `history` with the 24×7 flags the model sets: severity 1 (response and resolution) when the
    /// model's cover is Included or OptionalChosen, the response of every severity under
    /// ManagedService; every other clock on the business calendar.
    static SlaPolicyHistory withModelClocks(const SlaPolicyHistory &history, SupportModel model,
                                            const Engagement &engagement);

    static WhatIfModelResult replay(const WhatIfInput &input, SupportModel model);
    /// One result per model, in SupportModel order: a WhatIfReplay fed `input.tickets` at once.
    static QVector<WhatIfModelResult> replayAll(const WhatIfInput &input);
};

/// A replay whose tickets come in chunks (issue 13: a quarter of a million-ticket engagement is
/// 250,000 tickets with their histories). Every ticket figure is a sum over tickets, and the
/// worklogs only need to know which of the tickets they name have severity 1, so the replay keeps
/// the sums and that small set of keys, never the tickets. Feeding every ticket of `input.tickets`
/// in any number of chunks gives what SupportModelWhatIf::replayAll(input) gives.
class WhatIfReplay
{
public:
    /// `input` (without its tickets: addTickets() brings them) must outlive the replay.
    explicit WhatIfReplay(const WhatIfInput &input);
    ~WhatIfReplay();
    WhatIfReplay(const WhatIfReplay &) = delete;
    WhatIfReplay &operator=(const WhatIfReplay &) = delete;

    /// Counts `tickets` (each once: a ticket fed twice is counted twice). Tickets created outside
    /// the period count for nothing but the severity of the key a worklog of the period names.
    void addTickets(const QVector<Ticket> &tickets);
    /// One result per model, in SupportModel order: the tickets fed so far, the worklogs and the
    /// capacity.
    QVector<WhatIfModelResult> results() const;

private:
    struct Models;
    const WhatIfInput &m_input;
    std::unique_ptr<Models> m_models;    ///< null when the period is not valid
    QSet<QString> m_dayOffKeys;          ///< tickets named by worklogs of the period on days off
    QSet<QString> m_severity1DayOffKeys; ///< of those, the ones fed with severity 1
};

} // namespace Domain
