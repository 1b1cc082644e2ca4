#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace Domain {

/// The four contract models of the support-models playbook.
enum class SupportModel {
    FixedCapacity,        ///< fixed hours per month for support and enhancements (typically 40–160 h)
    SlaHotfix,            ///< SLA on all tickets, optional 24×7 severity 1, monthly resource allocation
    SlaCriticalDedicated, ///< SLA for critical incidents plus dedicated delivery capacity
    ManagedService,       ///< SLA on all tickets with 24×7 response, fixed maintenance capacity, DevOps
};
inline constexpr int SupportModelCount = 4;

/// Service levels: L1 operations, L2 problem management, L3 enhancements, optional services.
enum class ServiceLevel { L1, L2, L3, OptionalL3 };
inline constexpr int ServiceLevelCount = 4;

/// Delivery roles of the playbook plus operational support.
enum class Role { Dev, QA, SA, PM, RM, Ops };
inline constexpr int RoleCount = 6;

/// Stable, untranslated identifiers used in storage, files and the command line.
QString supportModelId(SupportModel model);
bool supportModelFromId(const QString &id, SupportModel *model);
QString serviceLevelId(ServiceLevel level);
bool serviceLevelFromId(const QString &id, ServiceLevel *level);
QString roleId(Role role);
bool roleFromId(const QString &id, Role *role);

QVector<SupportModel> allSupportModels();
QVector<ServiceLevel> allServiceLevels();
QVector<Role> allRoles();

} // namespace Domain

Q_DECLARE_METATYPE(Domain::SupportModel)
Q_DECLARE_METATYPE(Domain::ServiceLevel)
Q_DECLARE_METATYPE(Domain::Role)
