#include "models/domain/supportmodelwhatif.h"

#include "models/domain/sla/slapolicyevaluator.h"
#include "models/domain/supportmodelcatalogue.h"

#include <QHash>
#include <algorithm>

namespace Domain {

bool WhatIfModelResult::operator==(const WhatIfModelResult &o) const
{
    return model == o.model && capacityMinutes == o.capacityMinutes && countedMinutes == o.countedMinutes &&
           overCapacityMinutes == o.overCapacityMinutes && carriedMinutes == o.carriedMinutes &&
           billedSeparatelyMinutes == o.billedSeparatelyMinutes && tickets == o.tickets &&
           underSla == o.underSla && breached == o.breached && noTarget == o.noTarget &&
           notEvaluable == o.notEvaluable && cover == o.cover &&
           severity1OutOfHoursSeconds == o.severity1OutOfHoursSeconds &&
           severity1CreatedOutOfHours == o.severity1CreatedOutOfHours &&
           severity1NonWorkingDayMinutes == o.severity1NonWorkingDayMinutes && roleMinutes == o.roleMinutes &&
           unknownRoleMinutes == o.unknownRoleMinutes && rolesNotCovered == o.rolesNotCovered;
}

qint64 SupportModelWhatIf::capacityOf(const WhatIfInput &input, const QDate &month)
{
    const int committed = input.budget.committedMinutes(month);
    if (committed > 0)
        return committed;
    return input.allocatedMinutes.value(QDate(month.year(), month.month(), 1), 0);
}

bool SupportModelWhatIf::isUnderSla(SupportModel model, const Ticket &ticket)
{
    switch (SupportModelCatalogue::model(model).slaScope) {
    case SlaScope::None:
        return false;
    case SlaScope::AllTickets:
        return true;
    case SlaScope::CriticalIncidents:
        // The same reading as the default policy of the model (severities 1 and 2).
        return ticket.kind == TicketKind::Incident && ticket.severity >= 1 && ticket.severity <= 2;
    }
    return false;
}

bool SupportModelWhatIf::drawsFromCapacity(SupportModel model, const BudgetPolicy &budget,
                                           const Worklog &worklog)
{
    if (!budget.counts(worklog))
        return false;
    if (!SupportModelCatalogue::model(model).unlimitedOperationalSupport)
        return true;
    // Unlimited operational support: operations and break-fix (L1, L2) never touch the capacity.
    return worklog.serviceLevel != ServiceLevel::L1 && worklog.serviceLevel != ServiceLevel::L2;
}

Severity1Cover SupportModelWhatIf::cover(SupportModel model, const Engagement &engagement)
{
    const SupportModelInfo &info = SupportModelCatalogue::model(model);
    if (info.always24x7Response)
        return Severity1Cover::Included;
    if (info.optional24x7Severity1)
        return engagement.severity1Cover24x7 ? Severity1Cover::OptionalChosen
                                             : Severity1Cover::OptionalNotChosen;
    return Severity1Cover::None;
}

SlaPolicyHistory SupportModelWhatIf::withModelClocks(const SlaPolicyHistory &history, SupportModel model,
                                                     const Engagement &engagement)
{
    const Severity1Cover c = cover(model, engagement);
    const bool severity1 = c == Severity1Cover::Included || c == Severity1Cover::OptionalChosen;
    const bool allResponses = SupportModelCatalogue::model(model).always24x7Response;
    SlaPolicyHistory out;
    out.setName(history.name());
    for (SlaPolicy version : history.versions()) {
        for (int severity = 1; severity <= SlaPolicy::SeverityCount; ++severity) {
            SlaSeverityTarget &target = version.target(severity);
            target.response24x7 = allResponses || (severity == 1 && severity1);
            target.resolution24x7 = severity == 1 && severity1;
        }
        out.addVersion(version);
    }
    return out;
}

namespace {

struct Period
{
    qint64 start = 0;
    qint64 end = 0; ///< exclusive
    QDate firstDay;
    QDate endDay; ///< exclusive
};

Period periodOf(const WhatIfInput &input)
{
    Period p;
    p.firstDay = QDate(input.firstMonth.year(), input.firstMonth.month(), 1);
    p.endDay = QDate(input.lastMonth.year(), input.lastMonth.month(), 1).addMonths(1);
    p.start = input.calendar.startOfDay(p.firstDay);
    p.end = input.calendar.startOfDay(p.endDay);
    return p;
}

void countHours(const WhatIfInput &input, const Period &period, SupportModel model, WhatIfModelResult *r)
{
    QMap<QDate, qint64> countedSeconds;
    qint64 counted = 0;
    qint64 carried = 0;
    qint64 billed = 0;
    QMap<Role, qint64> roleSeconds;
    qint64 unknownRole = 0;
    for (const Worklog &w : input.worklogs) {
        if (w.date < period.firstDay || w.date >= period.endDay)
            continue;
        if (w.role)
            roleSeconds[*w.role] += w.seconds;
        else
            unknownRole += w.seconds;
        if (SupportModelWhatIf::drawsFromCapacity(model, input.budget, w)) {
            counted += w.seconds;
            countedSeconds[QDate(w.date.year(), w.date.month(), 1)] += w.seconds;
        } else if (input.budget.counts(w)) {
            carried += w.seconds;
        } else {
            billed += w.seconds;
        }
    }
    for (QDate month = period.firstDay; month < period.endDay; month = month.addMonths(1)) {
        const qint64 capacity = SupportModelWhatIf::capacityOf(input, month);
        r->capacityMinutes += capacity;
        r->overCapacityMinutes +=
            qMax<qint64>(0, Worklog::roundedMinutes(countedSeconds.value(month)) - capacity);
    }
    r->countedMinutes = Worklog::roundedMinutes(counted);
    r->carriedMinutes = Worklog::roundedMinutes(carried);
    r->billedSeparatelyMinutes = Worklog::roundedMinutes(billed);
    for (auto it = roleSeconds.cbegin(); it != roleSeconds.cend(); ++it)
        r->roleMinutes.insert(it.key(), Worklog::roundedMinutes(it.value()));
    r->unknownRoleMinutes = Worklog::roundedMinutes(unknownRole);
    const SupportModelInfo &info = SupportModelCatalogue::model(model);
    for (auto it = r->roleMinutes.cbegin(); it != r->roleMinutes.cend(); ++it) {
        if (it.value() > 0 && !info.coversAllRoles && !input.engagement.rolesCovered.contains(it.key()))
            r->rolesNotCovered.append(it.key());
    }
}

void countTickets(const WhatIfInput &input, const Period &period, SupportModel model, WhatIfModelResult *r)
{
    const SlaPolicyEvaluator evaluator(
        SupportModelWhatIf::withModelClocks(input.policies.at(std::size_t(model)), model, input.engagement),
        input.calendar);
    const qint64 until = qMin(period.end, input.now);
    QHash<QString, bool> severity1Keys;
    for (const Ticket &t : input.tickets) {
        if (t.severity == 1)
            severity1Keys.insert(t.key, true);
        if (t.created < period.start || t.created >= period.end)
            continue;
        ++r->tickets;
        if (t.severity == 1 && t.created < until) {
            const qint64 stop = t.resolved && *t.resolved <= until ? qMax(*t.resolved, t.created) : until;
            r->severity1OutOfHoursSeconds += (stop - t.created) - input.calendar.elapsed(t.created, stop);
            if (!input.calendar.isWorking(t.created))
                ++r->severity1CreatedOutOfHours;
        }
        if (!SupportModelWhatIf::isUnderSla(model, t))
            continue;
        ++r->underSla;
        const SlaResult result = evaluator.evaluate(t, input.now);
        if (result.state == SlaState::Invalid)
            ++r->notEvaluable;
        else if (result.response.outcome == SlaClockOutcome::NoTarget &&
                 result.resolution.outcome == SlaClockOutcome::NoTarget)
            ++r->noTarget;
        else if (result.response.isBreached() || result.resolution.isBreached())
            ++r->breached;
    }
    qint64 nonWorkingSeconds = 0;
    for (const Worklog &w : input.worklogs) {
        if (w.date >= period.firstDay && w.date < period.endDay && !w.ticketKey.isEmpty() &&
            severity1Keys.contains(w.ticketKey) && !input.calendar.isWorkingDay(w.date))
            nonWorkingSeconds += w.seconds;
    }
    r->severity1NonWorkingDayMinutes = Worklog::roundedMinutes(nonWorkingSeconds);
}

} // namespace

WhatIfModelResult SupportModelWhatIf::replay(const WhatIfInput &input, SupportModel model)
{
    WhatIfModelResult r;
    r.model = model;
    r.cover = cover(model, input.engagement);
    if (!input.firstMonth.isValid() || !input.lastMonth.isValid() || input.lastMonth < input.firstMonth)
        return r;
    const Period period = periodOf(input);
    countHours(input, period, model, &r);
    countTickets(input, period, model, &r);
    return r;
}

QVector<WhatIfModelResult> SupportModelWhatIf::replayAll(const WhatIfInput &input)
{
    QVector<WhatIfModelResult> out;
    for (SupportModel model : allSupportModels())
        out.append(replay(input, model));
    return out;
}

} // namespace Domain
