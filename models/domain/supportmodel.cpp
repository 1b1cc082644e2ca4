#include "models/domain/supportmodel.h"

#include <array>

namespace Domain {
namespace {

const std::array<const char *, SupportModelCount> s_modelIds = {"fixed-capacity", "sla-hotfix",
                                                                "sla-critical-dedicated", "managed-service"};
const std::array<const char *, ServiceLevelCount> s_levelIds = {"L1", "L2", "L3", "optional"};
const std::array<const char *, RoleCount> s_roleIds = {"Dev", "QA", "SA", "PM", "RM", "Ops"};

template<typename Enum, std::size_t N>
bool fromId(const std::array<const char *, N> &ids, const QString &id, Enum *out)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (id.compare(QLatin1String(ids[i]), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = static_cast<Enum>(i);
            return true;
        }
    }
    return false;
}

template<typename Enum> QVector<Enum> all(int count)
{
    QVector<Enum> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(static_cast<Enum>(i));
    return out;
}

} // namespace

QString supportModelId(SupportModel model)
{
    return QLatin1String(s_modelIds.at(static_cast<int>(model)));
}
bool supportModelFromId(const QString &id, SupportModel *model)
{
    return fromId(s_modelIds, id, model);
}
QString serviceLevelId(ServiceLevel level)
{
    return QLatin1String(s_levelIds.at(static_cast<int>(level)));
}
bool serviceLevelFromId(const QString &id, ServiceLevel *level)
{
    return fromId(s_levelIds, id, level);
}
QString roleId(Role role)
{
    return QLatin1String(s_roleIds.at(static_cast<int>(role)));
}
bool roleFromId(const QString &id, Role *role)
{
    return fromId(s_roleIds, id, role);
}

QVector<SupportModel> allSupportModels()
{
    return all<SupportModel>(SupportModelCount);
}
QVector<ServiceLevel> allServiceLevels()
{
    return all<ServiceLevel>(ServiceLevelCount);
}
QVector<Role> allRoles()
{
    return all<Role>(RoleCount);
}

} // namespace Domain
