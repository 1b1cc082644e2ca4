#pragma once

#include "models/domain/supportmodel.h"

#include <QString>
#include <QVector>

namespace Domain {

/// Which tickets a model's SLA covers.
enum class SlaScope { None, CriticalIncidents, AllTickets };
/// How delivery (enhancement) resources are provided.
enum class DeliveryResources { WithinFixedHours, MonthlyAllocation, Dedicated };

/// One contract model of the playbook. Texts are untranslated source strings in the
/// "Catalogue" translation context (QT_TRANSLATE_NOOP); views translate them.
struct SupportModelInfo
{
    SupportModel model;
    const char *name;
    const char *summary;
    bool fixedCapacity;  ///< a fixed number of committed hours per month
    int typicalMinHours; ///< typical committed hours per month (0 when not hour-based)
    int typicalMaxHours;
    SlaScope slaScope;
    bool optional24x7Severity1; ///< 24×7 cover of severity 1 can be added
    bool always24x7Response;    ///< 24×7 response time is part of the model
    DeliveryResources delivery;
    bool unlimitedOperationalSupport;
    bool devOpsForHotfixes;
    bool coversAllRoles;            ///< Dev/QA/SA/PM/RM and operational support
    bool changeManagementProcess;   ///< additional resources follow the agreed change-management process
    QVector<const char *> includes; ///< the playbook's bullet points for the model
};

/// One entry of the service catalogue.
struct ActivityInfo
{
    const char *id; ///< stable identifier, e.g. "incident-management"
    ServiceLevel level;
    const char *name; ///< "Catalogue" context
};

struct ServiceLevelInfo
{
    ServiceLevel level;
    const char *name;
    const char *summary;
};

struct RoleInfo
{
    Role role;
    const char *name;
    const char *summary;
};

/// The support-model catalogue of the playbook, as data.
class SupportModelCatalogue
{
public:
    static const QVector<SupportModelInfo> &models();
    static const SupportModelInfo &model(SupportModel model);
    static const QVector<ServiceLevelInfo> &serviceLevels();
    static const ServiceLevelInfo &serviceLevel(ServiceLevel level);
    static const QVector<ActivityInfo> &activities();
    /// The activities of one service level, in catalogue order.
    static QVector<ActivityInfo> activities(ServiceLevel level);
    /// nullptr when `id` is not in the catalogue.
    static const ActivityInfo *activity(const QString &id);
    /// Delivery and service management activities, part of every model.
    static const QVector<const char *> &serviceManagementActivities();
    static const QVector<RoleInfo> &roles();
    static const RoleInfo &role(Role role);
    /// The service levels a model includes by default (optional services are an add-on).
    static QVector<ServiceLevel> levelsInForce(SupportModel model);

    // The support-model diagram of the playbook: the client's side, the spanning function and the
    // arrows between them, as catalogue terms ("Catalogue" context) like everything above.
    /// "Client organisation": the client's side of the diagram.
    static const char *clientOrganisation();
    /// The parties on the client's side: business, IT, third-party vendors.
    static const QVector<const char *> &clientParties();
    /// "Delivery and service management": the function that spans L1–L3.
    static const char *serviceManagement();
    /// Arrow labels: escalation between levels, change management, governance and communication.
    static const char *escalation();
    static const char *changeManagement();
    static const char *governanceAndCommunication();
    /// The roles that staff a level (the playbook's Dev/QA/SA/PM/RM plus Ops), in role order.
    static QVector<Role> staffingRoles(ServiceLevel level);
    /// The level a role mostly works on, for placing a person who logged nothing yet.
    static ServiceLevel primaryLevel(Role role);
};

} // namespace Domain
