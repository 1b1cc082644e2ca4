#include "models/domain/sla/slapolicyhistory.h"

#include <QDateTime>
#include <algorithm>

namespace Domain {

namespace {
bool effectiveBefore(const SlaPolicy &p, const QDate &date)
{
    return p.effectiveFrom < date;
}
} // namespace

bool SlaPolicyHistory::addVersion(const SlaPolicy &policy)
{
    if (!policy.effectiveFrom.isValid())
        return false;
    const auto it =
        std::lower_bound(m_versions.begin(), m_versions.end(), policy.effectiveFrom, effectiveBefore);
    if (it != m_versions.end() && it->effectiveFrom == policy.effectiveFrom)
        return false;
    m_versions.insert(it, policy);
    return true;
}

const SlaPolicy *SlaPolicyHistory::versionAt(const QDate &date) const
{
    if (!date.isValid())
        return nullptr;
    // The first version effective after `date`; the one before it is in force.
    const auto it = std::upper_bound(m_versions.cbegin(), m_versions.cend(), date,
                                     [](const QDate &d, const SlaPolicy &p) { return d < p.effectiveFrom; });
    if (it == m_versions.cbegin())
        return nullptr;
    return &*(it - 1);
}

const SlaPolicy *SlaPolicyHistory::versionFor(qint64 created, const QTimeZone &zone) const
{
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    return versionAt(QDateTime::fromSecsSinceEpoch(created, z).date());
}

} // namespace Domain
