#include "models/supportmodelwhatifmodel.h"

#include "models/capacitytext.h"
#include "models/domaintext.h"

#include <QFont>
#include <QLocale>

namespace Models {

using Domain::SupportModel;
using Domain::WhatIfModelResult;

namespace {

const char *const s_figureIds[] = {"capacity_hours",
                                   "counted_hours",
                                   "over_capacity_hours",
                                   "carried_hours",
                                   "billed_separately_hours",
                                   "tickets",
                                   "under_sla",
                                   "breached",
                                   "no_target",
                                   "not_evaluable",
                                   "sev1_out_of_hours_hours",
                                   "sev1_24x7_carried_hours",
                                   "sev1_created_out_of_hours",
                                   "sev1_non_working_day_hours",
                                   "roles_needed",
                                   "roles_not_covered"};
static_assert(sizeof(s_figureIds) / sizeof(s_figureIds[0]) ==
              std::size_t(SupportModelWhatIfModel::FigureCount));

double hoursOf(qint64 minutes)
{
    return qRound64(double(minutes) / 60.0 * 100.0) / 100.0;
}
qint64 minutesOf(qint64 seconds)
{
    return Domain::Worklog::roundedMinutes(seconds);
}

QStringList roleIds(const QVector<Domain::Role> &roles)
{
    QStringList out;
    for (Domain::Role r : roles)
        out.append(Domain::roleId(r));
    return out;
}

} // namespace

SupportModelWhatIfModel::SupportModelWhatIfModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void SupportModelWhatIfModel::setWhatIf(const SupportModelWhatIfData &data)
{
    beginResetModel();
    m_data = data;
    endResetModel();
}

int SupportModelWhatIfModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_data.results.isEmpty() ? 0 : FigureCount;
}

int SupportModelWhatIfModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Domain::SupportModelCount;
}

QString SupportModelWhatIfModel::figureId(Figure figure)
{
    return QLatin1String(s_figureIds[figure]);
}

QString SupportModelWhatIfModel::figureName(Figure figure)
{
    switch (figure) {
    case CapacityHours:
        return tr("Capacity");
    case CountedHours:
        return tr("Counted against the capacity");
    case OverCapacityHours:
        return tr("Over the capacity");
    case CarriedHours:
        return tr("Carried outside the capacity");
    case BilledSeparatelyHours:
        return tr("Billed separately");
    case Tickets:
        return tr("Tickets created");
    case UnderSla:
        return tr("Tickets under SLA");
    case Breached:
        return tr("Would have breached");
    case NoTarget:
        return tr("Under SLA without a target");
    case NotEvaluable:
        return tr("Under SLA, not evaluable");
    case Severity1OutOfHours:
        return tr("Severity 1 open outside business hours");
    case Carried24x7:
        return tr("Carried by 24×7 cover");
    case Severity1CreatedOutOfHours:
        return tr("Severity 1 created outside business hours");
    case Severity1NonWorkingDayHours:
        return tr("Severity 1 hours on days without business hours");
    case RolesNeeded:
        return tr("Roles the work needed");
    case RolesNotCovered:
        return tr("Roles not covered");
    case FigureCount:
        break;
    }
    return {};
}

QVariant SupportModelWhatIfModel::value(Figure figure, SupportModel model) const
{
    const WhatIfModelResult &r = m_data.results.at(int(model));
    switch (figure) {
    case CapacityHours:
        return hoursOf(r.capacityMinutes);
    case CountedHours:
        return hoursOf(r.countedMinutes);
    case OverCapacityHours:
        return hoursOf(r.overCapacityMinutes);
    case CarriedHours:
        return hoursOf(r.carriedMinutes);
    case BilledSeparatelyHours:
        return hoursOf(r.billedSeparatelyMinutes);
    case Tickets:
        return r.tickets;
    case UnderSla:
        return r.underSla;
    case Breached:
        return r.breached;
    case NoTarget:
        return r.noTarget;
    case NotEvaluable:
        return r.notEvaluable;
    case Severity1OutOfHours:
        return hoursOf(minutesOf(r.severity1OutOfHoursSeconds));
    case Carried24x7:
        return hoursOf(minutesOf(r.carriedBy24x7Seconds()));
    case Severity1CreatedOutOfHours:
        return r.severity1CreatedOutOfHours;
    case Severity1NonWorkingDayHours:
        return hoursOf(r.severity1NonWorkingDayMinutes);
    case RolesNeeded:
        return roleIds(r.roleMinutes.keys());
    case RolesNotCovered:
        return roleIds(r.rolesNotCovered);
    case FigureCount:
        break;
    }
    return {};
}

QString SupportModelWhatIfModel::text(Figure figure, SupportModel model) const
{
    const WhatIfModelResult &r = m_data.results.at(int(model));
    const QLocale locale;
    switch (figure) {
    case CapacityHours:
        return DomainText::hours(r.capacityMinutes);
    case CountedHours:
        return DomainText::hours(r.countedMinutes);
    case OverCapacityHours:
        return DomainText::hours(r.overCapacityMinutes);
    case CarriedHours:
        return DomainText::hours(r.carriedMinutes);
    case BilledSeparatelyHours:
        return DomainText::hours(r.billedSeparatelyMinutes);
    case Tickets:
        return locale.toString(r.tickets);
    case UnderSla:
        return locale.toString(r.underSla);
    case Breached:
        return r.underSla == 0 ? QStringLiteral("–")
                               : tr("%1 of %2").arg(locale.toString(r.breached), locale.toString(r.underSla));
    case NoTarget:
        return locale.toString(r.noTarget);
    case NotEvaluable:
        return locale.toString(r.notEvaluable);
    case Severity1OutOfHours:
        return DomainText::hours(minutesOf(r.severity1OutOfHoursSeconds));
    case Carried24x7:
        switch (r.cover) {
        case Domain::Severity1Cover::None:
            return tr("no 24×7 cover");
        case Domain::Severity1Cover::OptionalNotChosen:
            return tr("option not chosen");
        case Domain::Severity1Cover::OptionalChosen:
            return tr("%1 (option)").arg(DomainText::hours(minutesOf(r.carriedBy24x7Seconds())));
        case Domain::Severity1Cover::Included:
            return tr("%1 (included)").arg(DomainText::hours(minutesOf(r.carriedBy24x7Seconds())));
        }
        return {};
    case Severity1CreatedOutOfHours:
        return locale.toString(r.severity1CreatedOutOfHours);
    case Severity1NonWorkingDayHours:
        return DomainText::hours(r.severity1NonWorkingDayMinutes);
    case RolesNeeded: {
        QStringList parts;
        for (auto it = r.roleMinutes.cbegin(); it != r.roleMinutes.cend(); ++it)
            parts.append(tr("%1 %2", "role, hours")
                             .arg(DomainText::roleShort(it.key()), DomainText::hours(it.value())));
        return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(", "));
    }
    case RolesNotCovered: {
        QStringList parts;
        for (Domain::Role role : r.rolesNotCovered)
            parts.append(DomainText::roleShort(role));
        return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
    }
    case FigureCount:
        break;
    }
    return {};
}

QString SupportModelWhatIfModel::explanation(Figure figure, SupportModel model) const
{
    const Domain::SupportModelInfo &info = Domain::SupportModelCatalogue::model(model);
    const WhatIfModelResult &r = m_data.results.at(int(model));
    const QString calendar =
        m_data.calendarName.isEmpty() ? tr("the engagement's calendar") : m_data.calendarName;
    const QString policy = m_data.policyStored
                               ? tr("the engagement's SLA policy")
                               : tr("the default SLA policy of this model (the engagement has none stored)");
    switch (figure) {
    case CapacityHours:
        return tr("The engagement's committed hours of each month replayed (%1 to %2), or where it commits "
                  "none, "
                  "the hours allocated to it: the same team under every model.")
            .arg(CapacityText::month(m_data.firstMonth), CapacityText::month(m_data.lastMonth));
    case CountedHours:
        if (info.unlimitedOperationalSupport)
            return tr("Only delivery work is drawn from the capacity: worklogs the budget counts, except "
                      "operations and "
                      "break-fix (L1, L2), which are unlimited operational support under this model.");
        if (info.delivery == Domain::DeliveryResources::MonthlyAllocation)
            return tr(
                "Every worklog the budget counts (L1, L2 and L3 by default, with the engagement's activity "
                "rules) "
                "is drawn from the resources allocated for the month: support and delivery work alike.");
        return tr("Every worklog the budget counts (L1, L2 and L3 by default, with the engagement's activity "
                  "rules) "
                  "is drawn from the fixed capacity.");
    case OverCapacityHours:
        return tr(
            "Month by month, the hours counted above that month's capacity, added up: a month under its "
            "capacity does not make up for another.");
    case CarriedHours:
        if (!info.unlimitedOperationalSupport)
            return tr("Nothing: this model has no unlimited operational support, so every hour in scope is "
                      "drawn from "
                      "the capacity.");
        if (info.devOpsForHotfixes)
            return tr("Operations and break-fix (L1, L2) the budget counts: carried by the model's unlimited "
                      "operational support and complete DevOps for hotfixes, outside the capacity.");
        return tr("Operations and break-fix (L1, L2) the budget counts: carried by the model's unlimited "
                  "operational support, outside the capacity.");
    case BilledSeparatelyHours:
        return tr(
            "Worklogs the budget does not count (optional services unless the engagement says otherwise): "
            "contracted and billed outside every model.");
    case Tickets:
        return tr("Tickets created in the period, by their creation instant in the engagement's time zone.");
    case UnderSla:
        switch (info.slaScope) {
        case Domain::SlaScope::None:
            return tr("None: a fixed-capacity contract sells hours, not response and resolution times.");
        case Domain::SlaScope::CriticalIncidents:
            return tr("Incidents of severity 1 or 2 created in the period: this model's SLA covers critical "
                      "incidents only.");
        case Domain::SlaScope::AllTickets:
            return tr("Every ticket created in the period: this model has SLA on all support tickets.");
        }
        return {};
    case Breached: {
        if (info.slaScope == Domain::SlaScope::None)
            return tr("No ticket falls under SLA in this model.");
        QString clocks;
        if (info.always24x7Response)
            clocks = tr("the response of every severity and the resolution of severity 1");
        else if (r.cover == Domain::Severity1Cover::OptionalChosen)
            clocks = tr("severity 1 (the engagement's 24×7 option)");
        else
            clocks = tr("none (24×7 for severity 1 not chosen)");
        return tr("Tickets under SLA with a response or resolution clock past its target, as known now, on "
                  "%1. "
                  "Clocks counted around the clock: %2; all others on the business hours of %3.")
            .arg(policy, clocks, calendar);
    }
    case NoTarget:
        return tr("Tickets under SLA whose severity has neither a response nor a resolution target in %1: "
                  "they can "
                  "neither meet nor breach.")
            .arg(policy);
    case NotEvaluable:
        return tr(
            "Tickets under SLA whose data cannot be evaluated (no creation time, an unknown severity, or no "
            "policy version in force on their creation date).");
    case Severity1OutOfHours:
        if (m_data.calendarAlwaysOpen)
            return tr("%1 is open around the clock: no time lies outside business hours.").arg(calendar);
        return tr("For severity-1 tickets created in the period: the time from creation to resolution (or to "
                  "the end "
                  "of the period, or now, when earlier) outside the business hours of %1. Paused time is not "
                  "taken off: someone on call still owns the incident.")
            .arg(calendar);
    case Carried24x7:
        switch (r.cover) {
        case Domain::Severity1Cover::None:
            return tr("This model has no 24×7 cover: severity-1 work outside business hours waits for them.");
        case Domain::Severity1Cover::OptionalNotChosen:
            return tr("24×7 cover of severity 1 is an option of this model the engagement has not chosen: "
                      "the work "
                      "waits for business hours; with the option it would carry %1.")
                .arg(DomainText::hours(minutesOf(r.severity1OutOfHoursSeconds)));
        case Domain::Severity1Cover::OptionalChosen:
            return tr(
                "The engagement's 24×7 severity-1 option carries all of the out-of-hours severity-1 time.");
        case Domain::Severity1Cover::Included:
            return tr("24×7 is part of this model: it carries all of the out-of-hours severity-1 time.");
        }
        return {};
    case Severity1CreatedOutOfHours:
        return tr("Severity-1 tickets of the period created outside the business hours of %1.").arg(calendar);
    case Severity1NonWorkingDayHours:
        return tr("Hours logged on severity-1 tickets on dates without business hours (weekends, holidays) "
                  "in %1. "
                  "Worklogs carry a date, not a time, so evening work on a working day is not seen here.")
            .arg(calendar);
    case RolesNeeded:
        return tr("Every worklog of the period by the role it was logged with; without a role: %1.")
            .arg(DomainText::hours(r.unknownRoleMinutes));
    case RolesNotCovered:
        if (info.coversAllRoles)
            return tr("None: this model covers all roles (Dev/QA/SA/PM/RM) and operational support.");
        return tr("Roles the work needed that the engagement's contract does not cover; it covers: %1.")
            .arg(m_data.engagement.rolesCovered.isEmpty()
                     ? tr("none")
                     : roleIds(m_data.engagement.rolesCovered).join(QStringLiteral(", ")));
    case FigureCount:
        break;
    }
    return {};
}

QVariant SupportModelWhatIfModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        m_data.results.size() != Domain::SupportModelCount)
        return {};
    const auto figure = Figure(index.row());
    const auto model = SupportModel(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(figure, model);
    case Qt::ToolTipRole:
        return explanation(figure, model);
    case Qt::TextAlignmentRole:
        return figure == RolesNeeded || figure == RolesNotCovered ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                                                  : int(Qt::AlignRight | Qt::AlignVCenter);
    case ValueRole:
        return value(figure, model);
    case IsOwnModelRole:
        return model == m_data.engagement.model;
    case KeyRole:
        return figureId(figure);
    default:
        return {};
    }
}

namespace {
QString wrappedOnWords(const QString &text, int lineLength)
{
    QStringList lines;
    for (const QString &word : text.split(QLatin1Char(' '))) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= lineLength)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines.append(word);
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QVariant SupportModelWhatIfModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < Domain::SupportModelCount) {
        const auto model = SupportModel(section);
        if (role == Qt::DisplayRole) {
            const QString name = model == m_data.engagement.model && !m_data.results.isEmpty()
                                     ? tr("%1 (this engagement)").arg(DomainText::supportModel(model))
                                     : DomainText::supportModel(model);
            // Wrapped on words so that four long names fit side by side over the columns.
            return wrappedOnWords(name, 22);
        }
        if (role == Qt::ToolTipRole)
            return DomainText::supportModel(model);
        if (role == KeyRole)
            return Domain::supportModelId(model);
        if (role == Qt::FontRole && model == m_data.engagement.model) {
            QFont font;
            font.setBold(true);
            return font;
        }
    }
    // The figures' names wrapped too: the longest ("Allvarlighetsgrad 1 timmar på dagar utan
    // kontorstid") made the row headings a third of the table at 1024 px, the models' too narrow.
    if (orientation == Qt::Vertical && section >= 0 && section < FigureCount && role == Qt::DisplayRole)
        return wrappedOnWords(figureName(Figure(section)), 20);
    if (orientation == Qt::Vertical && section >= 0 && section < FigureCount && role == Qt::ToolTipRole)
        return figureName(Figure(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Models
