#include "models/domain/supportmodelcatalogue.h"

#include <QtGlobal>

#define CAT(text) QT_TRANSLATE_NOOP("Catalogue", text)

namespace Domain {

const QVector<SupportModelInfo> &SupportModelCatalogue::models()
{
    static const QVector<SupportModelInfo> s_models = {
        {SupportModel::FixedCapacity, CAT("Fixed capacity"),
         CAT("A fixed number of committed hours per month for production support and enhancements. "
             "Suited to smaller organisations with simple ecosystems, or brands with a sizeable "
             "technology team of their own."),
         true, 40, 160, SlaScope::None, false, false, DeliveryResources::WithinFixedHours, false, false, false,
         false,
         {CAT("Committed hours per month, typically 40–160 h"),
          CAT("The type of work and resources depends on the scope of support needed")}},
        {SupportModel::SlaHotfix, CAT("SLA support with hotfix"),
         CAT("SLA on every support ticket, with monthly allocation of resources for support and "
             "delivery work."),
         false, 0, 0, SlaScope::AllTickets, true, false, DeliveryResources::MonthlyAllocation, false, false,
         false, true,
         {CAT("Optional 24×7 support for severity 1"), CAT("SLA for all support tickets"),
          CAT("Monthly allocation of resources for support and delivery work"),
          CAT("Additional resources follow the agreed change-management process")}},
        {SupportModel::SlaCriticalDedicated, CAT("SLA for critical incidents with dedicated delivery capacity"),
         CAT("SLA for critical incidents, fixed delivery resources and unlimited operational support."),
         false, 0, 0, SlaScope::CriticalIncidents, true, false, DeliveryResources::Dedicated, true, false, true,
         true,
         {CAT("Optional 24×7 support with SLA for severity 1 incidents"),
          CAT("Fixed delivery resources and unlimited operational support"),
          CAT("Additional delivery resources follow the agreed change-management process"),
          CAT("Covers all roles (Dev/QA/SA/PM/RM) and operational support")}},
        {SupportModel::ManagedService, CAT("Managed service with fixed maintenance capacity"),
         CAT("An outcome-driven model: SLA on all tickets with 24×7 response, fixed maintenance capacity "
             "and costs, complete DevOps for hotfixes."),
         true, 0, 0, SlaScope::AllTickets, false, true, DeliveryResources::Dedicated, true, true, true, true,
         {CAT("SLA for all support tickets, including 24×7 response time"),
          CAT("Fixed delivery resources and unlimited operational support to meet the SLA"),
          CAT("Complete DevOps for hotfix support"),
          CAT("Additional delivery resources follow the agreed change-management process"),
          CAT("Covers all roles (Dev/QA/SA/PM/RM) and operational support")}},
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
        {ServiceLevel::L1, CAT("L1 – Monitoring and incident management"),
         CAT("Operations and break-fix: keeping the platform running and restoring service.")},
        {ServiceLevel::L2, CAT("L2 – Problem management and continuous improvement"),
         CAT("Operations and break-fix: removing root causes and improving the service.")},
        {ServiceLevel::L3, CAT("L3 – Enhancements"),
         CAT("Planned changes to the platform: from backlog to deployment.")},
        {ServiceLevel::OptionalL3, CAT("Optional services"),
         CAT("Services added to the contract when the client needs them.")},
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
        {"incident-management", ServiceLevel::L1, CAT("Incident management")},
        {"ticket-management", ServiceLevel::L1, CAT("Ticket management")},
        {"service-requests", ServiceLevel::L1, CAT("Service requests")},
        {"priority-notification", ServiceLevel::L1, CAT("Priority notification and reporting")},
        {"problem-management", ServiceLevel::L2, CAT("Problem management")},
        {"change-management", ServiceLevel::L2, CAT("Change management")},
        {"peak-support", ServiceLevel::L2, CAT("Peak support")},
        {"backlog-grooming", ServiceLevel::L3, CAT("Backlog grooming and prioritisation")},
        {"sprint-release-planning", ServiceLevel::L3, CAT("Sprint and release planning")},
        {"design-development", ServiceLevel::L3, CAT("Design and development")},
        {"functional-testing", ServiceLevel::L3, CAT("Functional sprint testing")},
        {"perf-security-testing-support", ServiceLevel::L3, CAT("Performance and security testing support")},
        {"deployment-planning", ServiceLevel::L3, CAT("Deployment planning")},
        {"architecture-review", ServiceLevel::OptionalL3, CAT("Architecture review and recommendations")},
        {"perf-security-testing", ServiceLevel::OptionalL3, CAT("Performance and security testing")},
        {"business-operations", ServiceLevel::OptionalL3, CAT("Business operations support")},
        {"content-production", ServiceLevel::OptionalL3, CAT("Content production")},
        {"merchandising-operations", ServiceLevel::OptionalL3, CAT("Merchandising operations")},
        {"strategic-advisory", ServiceLevel::OptionalL3, CAT("Strategic advisory")},
        {"platform-upgrades", ServiceLevel::OptionalL3, CAT("Platform upgrades")},
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
        CAT("Delivery and service control, floor and shift management"),
        CAT("Incident and problem resolution"),
        CAT("Stakeholder communication and management"),
        CAT("Service reporting and governance"),
        CAT("Continuous improvement"),
        CAT("Process review"),
        CAT("Documentation and reporting"),
        CAT("Platform updates"),
    };
    return s_items;
}

const QVector<RoleInfo> &SupportModelCatalogue::roles()
{
    static const QVector<RoleInfo> s_roles = {
        {Role::Dev, CAT("Developer"), CAT("Designs and builds fixes and enhancements")},
        {Role::QA, CAT("Quality assurance"), CAT("Tests fixes and enhancements")},
        {Role::SA, CAT("Solution architect"), CAT("Owns the solution design and technical direction")},
        {Role::PM, CAT("Project manager"), CAT("Plans the work and runs governance with the client")},
        {Role::RM, CAT("Release manager"), CAT("Plans and runs deployments")},
        {Role::Ops, CAT("Operations"), CAT("Monitors the platform and handles operational support")},
    };
    return s_roles;
}

const RoleInfo &SupportModelCatalogue::role(Role role) { return roles().at(static_cast<int>(role)); }

QVector<ServiceLevel> SupportModelCatalogue::levelsInForce(SupportModel model)
{
    Q_UNUSED(model)
    // Every model of the playbook covers operations (L1/L2) and enhancements (L3); optional
    // services are contracted on top and recorded per engagement.
    return {ServiceLevel::L1, ServiceLevel::L2, ServiceLevel::L3};
}

} // namespace Domain
