#include "models/domain/supportmodelcatalogue.h"

#include <QtGlobal>

namespace Domain {

const QVector<SupportModelInfo> &SupportModelCatalogue::models()
{
    static const QVector<SupportModelInfo> s_models = {
        {SupportModel::FixedCapacity,
         QT_TRANSLATE_NOOP("Catalogue", "Fixed capacity"),
         QT_TRANSLATE_NOOP(
             "Catalogue",
             "A fixed number of committed hours per month for production support and enhancements. "
             "Suited to smaller organisations with simple ecosystems, or brands with a sizeable "
             "technology team of their own."),
         true,
         40,
         160,
         SlaScope::None,
         false,
         false,
         DeliveryResources::WithinFixedHours,
         false,
         false,
         false,
         false,
         {QT_TRANSLATE_NOOP("Catalogue", "Committed hours per month, typically 40–160 h"),
          QT_TRANSLATE_NOOP("Catalogue",
                            "The type of work and resources depends on the scope of support needed")}},
        {SupportModel::SlaHotfix,
         QT_TRANSLATE_NOOP("Catalogue", "SLA support with hotfix"),
         QT_TRANSLATE_NOOP(
             "Catalogue", "SLA on every support ticket, with monthly allocation of resources for support and "
                          "delivery work."),
         false,
         0,
         0,
         SlaScope::AllTickets,
         true,
         false,
         DeliveryResources::MonthlyAllocation,
         false,
         false,
         false,
         true,
         {QT_TRANSLATE_NOOP("Catalogue", "Optional 24×7 support for severity 1"),
          QT_TRANSLATE_NOOP("Catalogue", "SLA for all support tickets"),
          QT_TRANSLATE_NOOP("Catalogue", "Monthly allocation of resources for support and delivery work"),
          QT_TRANSLATE_NOOP("Catalogue",
                            "Additional resources follow the agreed change-management process")}},
        {SupportModel::SlaCriticalDedicated,
         QT_TRANSLATE_NOOP("Catalogue", "SLA for critical incidents with dedicated delivery capacity"),
         QT_TRANSLATE_NOOP(
             "Catalogue",
             "SLA for critical incidents, fixed delivery resources and unlimited operational support."),
         false,
         0,
         0,
         SlaScope::CriticalIncidents,
         true,
         false,
         DeliveryResources::Dedicated,
         true,
         false,
         true,
         true,
         {QT_TRANSLATE_NOOP("Catalogue", "Optional 24×7 support with SLA for severity 1 incidents"),
          QT_TRANSLATE_NOOP("Catalogue", "Fixed delivery resources and unlimited operational support"),
          QT_TRANSLATE_NOOP("Catalogue",
                            "Additional delivery resources follow the agreed change-management process"),
          QT_TRANSLATE_NOOP("Catalogue", "Covers all roles (Dev/QA/SA/PM/RM) and operational support")}},
        {SupportModel::ManagedService,
         QT_TRANSLATE_NOOP("Catalogue", "Managed service with fixed maintenance capacity"),
         QT_TRANSLATE_NOOP(
             "Catalogue",
             "An outcome-driven model: SLA on all tickets with 24×7 response, fixed maintenance capacity "
             "and costs, complete DevOps for hotfixes."),
         true,
         0,
         0,
         SlaScope::AllTickets,
         false,
         true,
         DeliveryResources::Dedicated,
         true,
         true,
         true,
         true,
         {QT_TRANSLATE_NOOP("Catalogue", "SLA for all support tickets, including 24×7 response time"),
          QT_TRANSLATE_NOOP("Catalogue",
                            "Fixed delivery resources and unlimited operational support to meet the SLA"),
          QT_TRANSLATE_NOOP("Catalogue", "Complete DevOps for hotfix support"),
          QT_TRANSLATE_NOOP("Catalogue",
                            "Additional delivery resources follow the agreed change-management process"),
          QT_TRANSLATE_NOOP("Catalogue", "Covers all roles (Dev/QA/SA/PM/RM) and operational support")}},
    };
    return s_models;
}

const SupportModelInfo &SupportModelCatalogue::model(SupportModel model)
{
    return models().at(static_cast<int>(model));
}

const QVector<ServiceLevelInfo> &SupportModelCatalogue::serviceLevels()
{
    static const QVector<ServiceLevelInfo> s_levels = {
        {ServiceLevel::L1, QT_TRANSLATE_NOOP("Catalogue", "L1 – Monitoring and incident management"),
         QT_TRANSLATE_NOOP("Catalogue",
                           "Operations and break-fix: keeping the platform running and restoring service.")},
        {ServiceLevel::L2,
         QT_TRANSLATE_NOOP("Catalogue", "L2 – Problem management and continuous improvement"),
         QT_TRANSLATE_NOOP("Catalogue",
                           "Operations and break-fix: removing root causes and improving the service.")},
        {ServiceLevel::L3, QT_TRANSLATE_NOOP("Catalogue", "L3 – Enhancements"),
         QT_TRANSLATE_NOOP("Catalogue", "Planned changes to the platform: from backlog to deployment.")},
        {ServiceLevel::OptionalL3, QT_TRANSLATE_NOOP("Catalogue", "Optional services"),
         QT_TRANSLATE_NOOP("Catalogue", "Services added to the contract when the client needs them.")},
    };
    return s_levels;
}

const ServiceLevelInfo &SupportModelCatalogue::serviceLevel(ServiceLevel level)
{
    return serviceLevels().at(static_cast<int>(level));
}

const QVector<ActivityInfo> &SupportModelCatalogue::activities()
{
    static const QVector<ActivityInfo> s_activities = {
        {"incident-management", ServiceLevel::L1, QT_TRANSLATE_NOOP("Catalogue", "Incident management")},
        {"ticket-management", ServiceLevel::L1, QT_TRANSLATE_NOOP("Catalogue", "Ticket management")},
        {"service-requests", ServiceLevel::L1, QT_TRANSLATE_NOOP("Catalogue", "Service requests")},
        {"priority-notification", ServiceLevel::L1,
         QT_TRANSLATE_NOOP("Catalogue", "Priority notification and reporting")},
        {"problem-management", ServiceLevel::L2, QT_TRANSLATE_NOOP("Catalogue", "Problem management")},
        {"change-management", ServiceLevel::L2, QT_TRANSLATE_NOOP("Catalogue", "Change management")},
        {"peak-support", ServiceLevel::L2, QT_TRANSLATE_NOOP("Catalogue", "Peak support")},
        {"backlog-grooming", ServiceLevel::L3,
         QT_TRANSLATE_NOOP("Catalogue", "Backlog grooming and prioritisation")},
        {"sprint-release-planning", ServiceLevel::L3,
         QT_TRANSLATE_NOOP("Catalogue", "Sprint and release planning")},
        {"design-development", ServiceLevel::L3, QT_TRANSLATE_NOOP("Catalogue", "Design and development")},
        {"functional-testing", ServiceLevel::L3, QT_TRANSLATE_NOOP("Catalogue", "Functional sprint testing")},
        {"perf-security-testing-support", ServiceLevel::L3,
         QT_TRANSLATE_NOOP("Catalogue", "Performance and security testing support")},
        {"deployment-planning", ServiceLevel::L3, QT_TRANSLATE_NOOP("Catalogue", "Deployment planning")},
        {"architecture-review", ServiceLevel::OptionalL3,
         QT_TRANSLATE_NOOP("Catalogue", "Architecture review and recommendations")},
        {"perf-security-testing", ServiceLevel::OptionalL3,
         QT_TRANSLATE_NOOP("Catalogue", "Performance and security testing")},
        {"business-operations", ServiceLevel::OptionalL3,
         QT_TRANSLATE_NOOP("Catalogue", "Business operations support")},
        {"content-production", ServiceLevel::OptionalL3,
         QT_TRANSLATE_NOOP("Catalogue", "Content production")},
        {"merchandising-operations", ServiceLevel::OptionalL3,
         QT_TRANSLATE_NOOP("Catalogue", "Merchandising operations")},
        {"strategic-advisory", ServiceLevel::OptionalL3,
         QT_TRANSLATE_NOOP("Catalogue", "Strategic advisory")},
        {"platform-upgrades", ServiceLevel::OptionalL3, QT_TRANSLATE_NOOP("Catalogue", "Platform upgrades")},
    };
    return s_activities;
}

QVector<ActivityInfo> SupportModelCatalogue::activities(ServiceLevel level)
{
    QVector<ActivityInfo> out;
    for (const ActivityInfo &a : activities()) {
        if (a.level == level)
            out.append(a);
    }
    return out;
}

const ActivityInfo *SupportModelCatalogue::activity(const QString &id)
{
    for (const ActivityInfo &a : activities()) {
        if (id == QLatin1String(a.id))
            return &a;
    }
    return nullptr;
}

const QVector<const char *> &SupportModelCatalogue::serviceManagementActivities()
{
    static const QVector<const char *> s_items = {
        QT_TRANSLATE_NOOP("Catalogue", "Delivery and service control, floor and shift management"),
        QT_TRANSLATE_NOOP("Catalogue", "Incident and problem resolution"),
        QT_TRANSLATE_NOOP("Catalogue", "Stakeholder communication and management"),
        QT_TRANSLATE_NOOP("Catalogue", "Service reporting and governance"),
        QT_TRANSLATE_NOOP("Catalogue", "Continuous improvement"),
        QT_TRANSLATE_NOOP("Catalogue", "Process review"),
        QT_TRANSLATE_NOOP("Catalogue", "Documentation and reporting"),
        QT_TRANSLATE_NOOP("Catalogue", "Platform updates"),
    };
    return s_items;
}

const QVector<RoleInfo> &SupportModelCatalogue::roles()
{
    static const QVector<RoleInfo> s_roles = {
        {Role::Dev, QT_TRANSLATE_NOOP("Catalogue", "Developer"),
         QT_TRANSLATE_NOOP("Catalogue", "Designs and builds fixes and enhancements")},
        {Role::QA, QT_TRANSLATE_NOOP("Catalogue", "Quality assurance"),
         QT_TRANSLATE_NOOP("Catalogue", "Tests fixes and enhancements")},
        {Role::SA, QT_TRANSLATE_NOOP("Catalogue", "Solution architect"),
         QT_TRANSLATE_NOOP("Catalogue", "Owns the solution design and technical direction")},
        {Role::PM, QT_TRANSLATE_NOOP("Catalogue", "Project manager"),
         QT_TRANSLATE_NOOP("Catalogue", "Plans the work and runs governance with the client")},
        {Role::RM, QT_TRANSLATE_NOOP("Catalogue", "Release manager"),
         QT_TRANSLATE_NOOP("Catalogue", "Plans and runs deployments")},
        {Role::Ops, QT_TRANSLATE_NOOP("Catalogue", "Operations"),
         QT_TRANSLATE_NOOP("Catalogue", "Monitors the platform and handles operational support")},
    };
    return s_roles;
}

const RoleInfo &SupportModelCatalogue::role(Role role)
{
    return roles().at(static_cast<int>(role));
}

QVector<ServiceLevel> SupportModelCatalogue::levelsInForce(SupportModel model)
{
    Q_UNUSED(model)
    // Every model of the playbook covers operations (L1/L2) and enhancements (L3); optional
    // services are contracted on top and recorded per engagement.
    return {ServiceLevel::L1, ServiceLevel::L2, ServiceLevel::L3};
}

const char *SupportModelCatalogue::clientOrganisation()
{
    return QT_TRANSLATE_NOOP("Catalogue", "Client organisation");
}

const QVector<const char *> &SupportModelCatalogue::clientParties()
{
    static const QVector<const char *> s_parties = {
        QT_TRANSLATE_NOOP("Catalogue", "Business"),
        QT_TRANSLATE_NOOP("Catalogue", "IT"),
        QT_TRANSLATE_NOOP("Catalogue", "Third-party vendors (hosting, platform vendor)"),
    };
    return s_parties;
}

const char *SupportModelCatalogue::serviceManagement()
{
    return QT_TRANSLATE_NOOP("Catalogue", "Delivery and service management");
}
const char *SupportModelCatalogue::escalation()
{
    return QT_TRANSLATE_NOOP("Catalogue", "Escalation");
}
// The same source text as the L2 activity, so both read the same in every language.
const char *SupportModelCatalogue::changeManagement()
{
    return QT_TRANSLATE_NOOP("Catalogue", "Change management");
}
const char *SupportModelCatalogue::governanceAndCommunication()
{
    return QT_TRANSLATE_NOOP("Catalogue", "Governance and communication");
}

QVector<Role> SupportModelCatalogue::staffingRoles(ServiceLevel level)
{
    switch (level) {
    case ServiceLevel::L1:
        return {Role::Dev, Role::Ops};
    case ServiceLevel::L2:
        return {Role::Dev, Role::SA, Role::Ops};
    case ServiceLevel::L3:
        return {Role::Dev, Role::QA, Role::SA, Role::PM, Role::RM};
    case ServiceLevel::OptionalL3:
        return {Role::QA, Role::SA};
    }
    return {};
}

ServiceLevel SupportModelCatalogue::primaryLevel(Role role)
{
    switch (role) {
    case Role::Ops:
        return ServiceLevel::L1;
    case Role::Dev:
    case Role::QA:
    case Role::SA:
    case Role::PM:
    case Role::RM:
        return ServiceLevel::L3;
    }
    return ServiceLevel::L3;
}

} // namespace Domain
