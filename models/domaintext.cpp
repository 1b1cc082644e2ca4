#include "models/domaintext.h"

#include <QLocale>

namespace Models {

QString DomainText::catalogue(const char *sourceText)
{
    return QCoreApplication::translate("Catalogue", sourceText);
}

QString DomainText::supportModel(Domain::SupportModel model)
{
    return catalogue(Domain::SupportModelCatalogue::model(model).name);
}

QString DomainText::supportModelShort(Domain::SupportModel model)
{
    switch (model) {
    case Domain::SupportModel::FixedCapacity:
        return tr("Fixed capacity");
    case Domain::SupportModel::SlaHotfix:
        return tr("SLA with hotfix");
    case Domain::SupportModel::SlaCriticalDedicated:
        return tr("SLA for critical incidents");
    case Domain::SupportModel::ManagedService:
        return tr("Managed service");
    }
    return supportModel(model);
}

QString DomainText::serviceLevel(Domain::ServiceLevel level)
{
    return catalogue(Domain::SupportModelCatalogue::serviceLevel(level).name);
}

QString DomainText::serviceLevelShort(Domain::ServiceLevel level)
{
    switch (level) {
    case Domain::ServiceLevel::L1:
        return QStringLiteral("L1");
    case Domain::ServiceLevel::L2:
        return QStringLiteral("L2");
    case Domain::ServiceLevel::L3:
        return QStringLiteral("L3");
    case Domain::ServiceLevel::OptionalL3:
        return tr("Optional");
    }
    return {};
}

QString DomainText::role(Domain::Role role)
{
    return catalogue(Domain::SupportModelCatalogue::role(role).name);
}

QString DomainText::roleShort(Domain::Role role)
{
    return Domain::roleId(role);
}

QString DomainText::activity(const QString &activityId)
{
    const Domain::ActivityInfo *info = Domain::SupportModelCatalogue::activity(activityId);
    return info ? catalogue(info->name) : activityId;
}

QString DomainText::slaScope(Domain::SlaScope scope)
{
    switch (scope) {
    case Domain::SlaScope::None:
        return tr("No SLA: hours are the commitment");
    case Domain::SlaScope::CriticalIncidents:
        return tr("SLA for critical incidents");
    case Domain::SlaScope::AllTickets:
        return tr("SLA for all support tickets");
    }
    return {};
}

QString DomainText::deliveryResources(Domain::DeliveryResources delivery)
{
    switch (delivery) {
    case Domain::DeliveryResources::WithinFixedHours:
        return tr("Within the committed hours");
    case Domain::DeliveryResources::MonthlyAllocation:
        return tr("Allocated month by month");
    case Domain::DeliveryResources::Dedicated:
        return tr("Dedicated delivery team");
    }
    return {};
}

QString DomainText::engagementProblem(Domain::EngagementProblem problem)
{
    switch (problem) {
    case Domain::EngagementProblem::MissingKey:
        return tr("Enter a short key for the engagement.");
    case Domain::EngagementProblem::InvalidKey:
        return tr("The key may only hold capital letters A–Z, digits, '-' and '_' (at most 32).");
    case Domain::EngagementProblem::MissingClient:
        return tr("Enter the client's name.");
    case Domain::EngagementProblem::MissingStart:
        return tr("Enter the start date.");
    case Domain::EngagementProblem::EndBeforeStart:
        return tr("The end date lies before the start date.");
    case Domain::EngagementProblem::NegativeHours:
        return tr("Committed hours per month cannot be negative.");
    case Domain::EngagementProblem::AbsurdHours:
        return tr("Committed hours per month are more than a team of ten can work (%1 h).")
            .arg(QLocale().toString(Domain::Engagement::MaxCommittedMinutesPerMonth / 60));
    case Domain::EngagementProblem::UnknownTimeZone:
        return tr("The time zone is not a known IANA time zone (such as Europe/Stockholm).");
    case Domain::EngagementProblem::NoRolesCovered:
        return tr("This support model covers all roles: select the roles the contract covers.");
    }
    return {};
}

QString DomainText::hours(qint64 minutes)
{
    const QLocale locale;
    if (minutes % 60 == 0)
        return tr("%1 h").arg(locale.toString(minutes / 60));
    // Tenths of an hour rounded in integers, ties away from zero (9 min is 0.2 h, not the 0.1 h a
    // binary 0.15 would give), so every page and file rounds a figure the same way.
    const qint64 tenths = minutes >= 0 ? (minutes + 3) / 6 : -((-minutes + 3) / 6);
    return tr("%1 h").arg(locale.toString(double(tenths) / 10.0, 'f', 1));
}

QString DomainText::monthInSentence(const QDate &month)
{
    if (!month.isValid())
        return {};
    // monthName() is the form a month takes in running text (a genitive in some languages);
    // standaloneMonthName() is for headings. Swedish writes both in lower case.
    const QLocale locale;
    return tr("%1 %2", "a month in a sentence: month name, year")
        .arg(locale.monthName(month.month(), QLocale::LongFormat), QString::number(month.year()));
}

QString DomainText::date(const QDate &day)
{
    return day.isValid() ? day.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString DomainText::dateTime(const QDateTime &at)
{
    return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace Models
