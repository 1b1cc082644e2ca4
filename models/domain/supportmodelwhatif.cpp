#include "models/domain/supportmodelwhatif.h"

#include "models/domain/sla/slapolicyevaluator.h"
#include "models/domain/supportmodelcatalogue.h"

#include <algorithm>
#include <vector>

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

/// Adds one ticket created in the period to the result of one model.
void countTicket(const WhatIfInput &input, const Period &period, const SlaPolicyEvaluator &evaluator,
                 const Ticket &t, WhatIfModelResult *r)
{
    const qint64 until = qMin(period.end, input.now);
    ++r->tickets;
    if (t.severity == 1 && t.created < until) {
        const qint64 stop = t.resolved && *t.resolved <= until ? qMax(*t.resolved, t.created) : until;
        r->severity1OutOfHoursSeconds += (stop - t.created) - input.calendar.elapsed(t.created, stop);
        if (!input.calendar.isWorking(t.created))
            ++r->severity1CreatedOutOfHours;
    }
    if (!SupportModelWhatIf::isUnderSla(r->model, t))
        return;
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

/// Whether `w` is a worklog of the period on a ticket, dated on a day without business hours.
bool isDayOffTicketWork(const WhatIfInput &input, const Period &period, const Worklog &w)
{
    return w.date >= period.firstDay && w.date < period.endDay && !w.ticketKey.isEmpty() &&
           !input.calendar.isWorkingDay(w.date);
}

} // namespace

WhatIfModelResult SupportModelWhatIf::replay(const WhatIfInput &input, SupportModel model)
{
    return replayAll(input).at(int(model));
}

QVector<WhatIfModelResult> SupportModelWhatIf::replayAll(const WhatIfInput &input)
{
    WhatIfReplay replay(input);
    replay.addTickets(input.tickets);
    return replay.results();
}

/// The period, each model's result so far and the evaluator of its SLA clocks.
struct WhatIfReplay::Models
{
    Period period;
    std::array<WhatIfModelResult, SupportModelCount> results;
    std::vector<SlaPolicyEvaluator> evaluators;
};

WhatIfReplay::WhatIfReplay(const WhatIfInput &input) : m_input(input)
{
    if (!input.firstMonth.isValid() || !input.lastMonth.isValid() || input.lastMonth < input.firstMonth)
        return;
    m_models = std::make_unique<Models>();
    m_models->period = periodOf(input);
    m_models->evaluators.reserve(SupportModelCount);
    for (SupportModel model : allSupportModels()) {
        m_models->results[std::size_t(model)].model = model;
        m_models->evaluators.emplace_back(SupportModelWhatIf::withModelClocks(
                                              input.policies.at(std::size_t(model)), model, input.engagement),
                                          input.calendar);
    }
    for (const Worklog &w : input.worklogs) {
        if (isDayOffTicketWork(input, m_models->period, w))
            m_dayOffKeys.insert(w.ticketKey);
    }
}

WhatIfReplay::~WhatIfReplay() = default;

void WhatIfReplay::addTickets(const QVector<Ticket> &tickets)
{
    if (!m_models)
        return;
    const Period &period = m_models->period;
    for (const Ticket &t : tickets) {
        if (t.severity == 1 && m_dayOffKeys.contains(t.key))
            m_severity1DayOffKeys.insert(t.key);
        if (t.created < period.start || t.created >= period.end)
            continue;
        for (std::size_t i = 0; i < m_models->results.size(); ++i)
            countTicket(m_input, period, m_models->evaluators[i], t, &m_models->results[i]);
    }
}

QVector<WhatIfModelResult> WhatIfReplay::results() const
{
    QVector<WhatIfModelResult> out;
    for (SupportModel model : allSupportModels()) {
        WhatIfModelResult r;
        if (m_models) {
            r = m_models->results.at(std::size_t(model));
            countHours(m_input, m_models->period, model, &r);
            qint64 dayOffSeconds = 0;
            for (const Worklog &w : m_input.worklogs) {
                if (isDayOffTicketWork(m_input, m_models->period, w) &&
                    m_severity1DayOffKeys.contains(w.ticketKey))
                    dayOffSeconds += w.seconds;
            }
            r.severity1NonWorkingDayMinutes = Worklog::roundedMinutes(dayOffSeconds);
        }
        r.model = model;
        r.cover = SupportModelWhatIf::cover(model, m_input.engagement);
        out.append(r);
    }
    return out;
}

} // namespace Domain
