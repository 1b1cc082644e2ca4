#pragma once

#include "models/domain/supportmodel.h"
#include "models/domain/ticket.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace Exchange {

/// Where a ticket type or a worklog activity belongs: ticket kind, service level and catalogue
/// activity (see Domain::SupportModelCatalogue).
struct WorkClass
{
    Domain::TicketKind kind = Domain::TicketKind::Incident;
    Domain::ServiceLevel level = Domain::ServiceLevel::L1;
    QString activity; ///< catalogue activity id, may be empty

    bool operator==(const WorkClass &o) const
    {
        return kind == o.kind && level == o.level && activity == o.activity;
    }
    bool operator!=(const WorkClass &o) const { return !(*this == o); }
};

/// The user's translation of what exports say into Delivery Desk's words: priority -> severity,
/// ticket type / activity -> work class, person -> role, and which statuses pause the SLA clock.
/// Names match case-insensitively with surrounding and repeated spaces ignored. Remembered per
/// engagement and source as JSON.
class ImportMappings
{
    Q_DECLARE_TR_FUNCTIONS(ImportMappings)

public:
    /// P1/Highest/Urgent/Critical/"1 - Critical"/Blocker -> 1, P2/High/"2 - High" -> 2,
    /// P3/Medium/Normal/"3 - Moderate" -> 3, P4/Low/Lowest/"4 - Low"/"5 - Planning" -> 4 (plus the
    /// Swedish names), ticket types and activities of Jira, ServiceNow, Zendesk and the catalogue,
    /// no persons, `Awaiting*`, On Hold, Pending and "Waiting for customer" as pause statuses.
    static ImportMappings defaults();

    std::optional<int> severity(QStringView priority) const;
    void setSeverity(const QString &priority, int severity);
    void removeSeverity(const QString &priority);
    QHash<QString, int> severities() const { return m_severities; }
    /// Used when a row has no priority at all (Zendesk allows that); the row gets a warning.
    int defaultSeverity() const { return m_defaultSeverity; }
    void setDefaultSeverity(int severity) { m_defaultSeverity = qBound(1, severity, 4); }

    std::optional<WorkClass> workClass(QStringView typeOrActivity) const;
    void setWorkClass(const QString &typeOrActivity, const WorkClass &workClass);
    void removeWorkClass(const QString &typeOrActivity);
    QHash<QString, WorkClass> workClasses() const { return m_workClasses; }

    std::optional<Domain::Role> role(QStringView person) const;
    void setRole(const QString &person, Domain::Role role);
    void removeRole(const QString &person);
    QHash<QString, Domain::Role> roles() const { return m_roles; }
    /// A role from a job title as time trackers write it (Harvest's "Roles"): Developer,
    /// Utvecklare, QA, Testare, Architect, Projektledare, Release manager, Drift ...
    static std::optional<Domain::Role> roleFromTitle(QStringView title);

    /// An entry ending in `*` matches every status starting with the rest (`Awaiting*`).
    bool isPauseStatus(QStringView status) const;
    QStringList pauseStatuses() const { return m_pauseStatuses; }
    void setPauseStatuses(const QStringList &statuses);

    QJsonObject toJson() const;
    /// False with `error` set when the object is not a mappings document or holds unknown ids.
    static bool fromJson(const QJsonObject &json, ImportMappings *mappings, QString *error);
    /// The lookup key of a name: case-folded, trimmed, inner whitespace collapsed.
    static QString normalized(QStringView name);

    bool operator==(const ImportMappings &o) const;
    bool operator!=(const ImportMappings &o) const { return !(*this == o); }

private:
    QHash<QString, int> m_severities;
    QHash<QString, WorkClass> m_workClasses;
    QHash<QString, Domain::Role> m_roles;
    QStringList m_pauseStatuses;
    int m_defaultSeverity = 3;
};

} // namespace Exchange
