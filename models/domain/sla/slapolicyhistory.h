#pragma once

#include "models/domain/sla/slapolicy.h"

#include <QString>
#include <QTimeZone>
#include <QVector>

namespace Domain {

/// The versions of an engagement's SLA policy, ordered by effective date. A ticket is evaluated
/// under the version in force on its creation date, so a later change never re-evaluates older
/// tickets.
class SlaPolicyHistory
{
public:
    /// A display name of the policy (e.g. "Nordshop SLA"); may be empty.
    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }

    /// Adds a version, keeping the order by effective date. Returns false (and changes nothing)
    /// when the version has no effective date or a version with the same date already exists:
    /// versions are never rewritten.
    bool addVersion(const SlaPolicy &policy);
    const QVector<SlaPolicy> &versions() const { return m_versions; }
    bool isEmpty() const { return m_versions.isEmpty(); }

    /// The version in force on `date`: the latest with effectiveFrom ≤ date; nullptr when `date`
    /// lies before the first version.
    const SlaPolicy *versionAt(const QDate &date) const;
    /// The version in force for a ticket created at `created` (UTC epoch seconds), taking the
    /// creation date in `zone` (the engagement's time zone).
    const SlaPolicy *versionFor(qint64 created, const QTimeZone &zone) const;

    bool operator==(const SlaPolicyHistory &o) const
    {
        return m_name == o.m_name && m_versions == o.m_versions;
    }
    bool operator!=(const SlaPolicyHistory &o) const { return !(*this == o); }

private:
    QString m_name;
    QVector<SlaPolicy> m_versions;
};

} // namespace Domain
