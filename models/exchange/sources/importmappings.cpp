#include "models/exchange/sources/importmappings.h"

#include "models/domain/supportmodelcatalogue.h"

#include <QJsonArray>

namespace Exchange {

namespace {

using Domain::Role;
using Domain::ServiceLevel;
using Domain::TicketKind;

struct SeverityName
{
    const char *name;
    int severity;
};

// Jira (new and old schemes), ServiceNow, Zendesk, P-numbers and the Swedish Jira names.
const SeverityName s_defaultSeverities[] = {
    {"p1", 1},      {"highest", 1},    {"urgent", 1},   {"critical", 1},     {"1 - critical", 1},
    {"blocker", 1}, {"sev1", 1},       {"sev 1", 1},    {"högsta", 1},       {"kritisk", 1},
    {"akut", 1},    {"brådskande", 1}, {"p2", 2},       {"high", 2},         {"2 - high", 2},
    {"major", 2},   {"sev2", 2},       {"sev 2", 2},    {"hög", 2},          {"p3", 3},
    {"medium", 3},  {"normal", 3},     {"moderate", 3}, {"3 - moderate", 3}, {"minor", 3},
    {"sev3", 3},    {"sev 3", 3},      {"medel", 3},    {"p4", 4},           {"p5", 4},
    {"low", 4},     {"lowest", 4},     {"4 - low", 4},  {"5 - planning", 4}, {"trivial", 4},
    {"sev4", 4},    {"sev 4", 4},      {"låg", 4},      {"lägsta", 4}};

struct WorkClassName
{
    const char *name;
    TicketKind kind;
    ServiceLevel level;
    const char *activity;
};

const WorkClassName s_defaultWorkClasses[] = {
    // Ticket types (Jira, ServiceNow, Zendesk), English and Swedish.
    {"incident", TicketKind::Incident, ServiceLevel::L1, "incident-management"},
    {"bug", TicketKind::Incident, ServiceLevel::L1, "incident-management"},
    {"fel", TicketKind::Incident, ServiceLevel::L1, "incident-management"},
    {"incident management", TicketKind::Incident, ServiceLevel::L1, "incident-management"},
    {"service request", TicketKind::ServiceRequest, ServiceLevel::L1, "service-requests"},
    {"service request with approvals", TicketKind::ServiceRequest, ServiceLevel::L1, "service-requests"},
    {"request", TicketKind::ServiceRequest, ServiceLevel::L1, "service-requests"},
    {"question", TicketKind::ServiceRequest, ServiceLevel::L1, "service-requests"},
    {"tjänstebegäran", TicketKind::ServiceRequest, ServiceLevel::L1, "service-requests"},
    {"fråga", TicketKind::ServiceRequest, ServiceLevel::L1, "service-requests"},
    {"task", TicketKind::ServiceRequest, ServiceLevel::L1, "ticket-management"},
    {"uppgift", TicketKind::ServiceRequest, ServiceLevel::L1, "ticket-management"},
    {"support", TicketKind::Incident, ServiceLevel::L1, "incident-management"},
    {"problem", TicketKind::Problem, ServiceLevel::L2, "problem-management"},
    {"change", TicketKind::Change, ServiceLevel::L2, "change-management"},
    {"change request", TicketKind::Change, ServiceLevel::L2, "change-management"},
    {"ändring", TicketKind::Change, ServiceLevel::L2, "change-management"},
    {"story", TicketKind::Enhancement, ServiceLevel::L3, "design-development"},
    {"new feature", TicketKind::Enhancement, ServiceLevel::L3, "design-development"},
    {"improvement", TicketKind::Enhancement, ServiceLevel::L3, "design-development"},
    {"enhancement", TicketKind::Enhancement, ServiceLevel::L3, "design-development"},
    {"epic", TicketKind::Enhancement, ServiceLevel::L3, "design-development"},
    {"förbättring", TicketKind::Enhancement, ServiceLevel::L3, "design-development"},
    // Worklog activities (Tempo, Kimai, Harvest), English and Swedish.
    {"development", TicketKind::Enhancement, ServiceLevel::L3, "design-development"},
    {"utveckling", TicketKind::Enhancement, ServiceLevel::L3, "design-development"},
    {"testing", TicketKind::Enhancement, ServiceLevel::L3, "functional-testing"},
    {"test", TicketKind::Enhancement, ServiceLevel::L3, "functional-testing"},
    {"deployment", TicketKind::Enhancement, ServiceLevel::L3, "deployment-planning"},
    {"driftsättning", TicketKind::Enhancement, ServiceLevel::L3, "deployment-planning"},
    {"planning", TicketKind::Enhancement, ServiceLevel::L3, "sprint-release-planning"},
    {"planering", TicketKind::Enhancement, ServiceLevel::L3, "sprint-release-planning"},
    {"monitoring", TicketKind::Incident, ServiceLevel::L1, "incident-management"},
    {"övervakning", TicketKind::Incident, ServiceLevel::L1, "incident-management"},
    {"felsökning", TicketKind::Incident, ServiceLevel::L1, "incident-management"},
    {"architecture", TicketKind::Enhancement, ServiceLevel::OptionalL3, "architecture-review"},
    {"arkitektur", TicketKind::Enhancement, ServiceLevel::OptionalL3, "architecture-review"},
};

struct RoleTitle
{
    const char *title;
    Role role;
};

const RoleTitle s_roleTitles[] = {{"dev", Role::Dev},
                                  {"developer", Role::Dev},
                                  {"utvecklare", Role::Dev},
                                  {"engineer", Role::Dev},
                                  {"qa", Role::QA},
                                  {"tester", Role::QA},
                                  {"testare", Role::QA},
                                  {"quality assurance", Role::QA},
                                  {"sa", Role::SA},
                                  {"architect", Role::SA},
                                  {"solution architect", Role::SA},
                                  {"arkitekt", Role::SA},
                                  {"lösningsarkitekt", Role::SA},
                                  {"pm", Role::PM},
                                  {"project manager", Role::PM},
                                  {"projektledare", Role::PM},
                                  {"delivery manager", Role::PM},
                                  {"leveransansvarig", Role::PM},
                                  {"rm", Role::RM},
                                  {"release manager", Role::RM},
                                  {"releaseansvarig", Role::RM},
                                  {"ops", Role::Ops},
                                  {"operations", Role::Ops},
                                  {"drift", Role::Ops},
                                  {"support", Role::Ops},
                                  {"devops", Role::Ops}};

} // namespace

QString ImportMappings::normalized(QStringView name)
{
    return name.toString().simplified().toCaseFolded();
}

ImportMappings ImportMappings::defaults()
{
    ImportMappings m;
    for (const SeverityName &s : s_defaultSeverities)
        m.m_severities.insert(normalized(QString::fromUtf8(s.name)), s.severity);
    // Every catalogue activity is known by its id and its English name.
    for (const Domain::ActivityInfo &a : Domain::SupportModelCatalogue::activities()) {
        const TicketKind kind = a.level == ServiceLevel::L1   ? TicketKind::Incident
                                : a.level == ServiceLevel::L2 ? TicketKind::Problem
                                                              : TicketKind::Enhancement;
        const WorkClass wc{kind, a.level, QLatin1String(a.id)};
        m.m_workClasses.insert(normalized(QString::fromLatin1(a.id)), wc);
        m.m_workClasses.insert(normalized(QString::fromUtf8(a.name)), wc);
    }
    for (const WorkClassName &w : s_defaultWorkClasses)
        m.m_workClasses.insert(normalized(QString::fromUtf8(w.name)),
                               WorkClass{w.kind, w.level, QLatin1String(w.activity)});
    m.m_pauseStatuses = {QStringLiteral("Awaiting*"),
                         QStringLiteral("On Hold"),
                         QStringLiteral("On-hold"),
                         QStringLiteral("Pending"),
                         QStringLiteral("Waiting for customer"),
                         QStringLiteral("Väntar på kund")};
    return m;
}

std::optional<int> ImportMappings::severity(QStringView priority) const
{
    const auto it = m_severities.constFind(normalized(priority));
    return it == m_severities.constEnd() ? std::nullopt : std::optional<int>(it.value());
}

void ImportMappings::setSeverity(const QString &priority, int severity)
{
    m_severities.insert(normalized(priority), qBound(1, severity, 4));
}

void ImportMappings::removeSeverity(const QString &priority)
{
    m_severities.remove(normalized(priority));
}

std::optional<WorkClass> ImportMappings::workClass(QStringView typeOrActivity) const
{
    const auto it = m_workClasses.constFind(normalized(typeOrActivity));
    return it == m_workClasses.constEnd() ? std::nullopt : std::optional<WorkClass>(it.value());
}

void ImportMappings::setWorkClass(const QString &typeOrActivity, const WorkClass &workClass)
{
    m_workClasses.insert(normalized(typeOrActivity), workClass);
}

void ImportMappings::removeWorkClass(const QString &typeOrActivity)
{
    m_workClasses.remove(normalized(typeOrActivity));
}

std::optional<Domain::Role> ImportMappings::role(QStringView person) const
{
    const auto it = m_roles.constFind(normalized(person));
    return it == m_roles.constEnd() ? std::nullopt : std::optional<Domain::Role>(it.value());
}

void ImportMappings::setRole(const QString &person, Domain::Role role)
{
    m_roles.insert(normalized(person), role);
}

void ImportMappings::removeRole(const QString &person)
{
    m_roles.remove(normalized(person));
}

std::optional<Domain::Role> ImportMappings::roleFromTitle(QStringView title)
{
    const QString key = normalized(title);
    for (const RoleTitle &r : s_roleTitles) {
        if (key == QString::fromUtf8(r.title))
            return r.role;
    }
    return std::nullopt;
}

bool ImportMappings::isPauseStatus(QStringView status) const
{
    const QString key = normalized(status);
    for (const QString &entry : m_pauseStatuses) {
        const QString e = normalized(entry);
        if (e.endsWith(QLatin1Char('*')) ? key.startsWith(QStringView(e).chopped(1)) : key == e)
            return true;
    }
    return false;
}

void ImportMappings::setPauseStatuses(const QStringList &statuses)
{
    m_pauseStatuses = statuses;
}

QJsonObject ImportMappings::toJson() const
{
    QJsonObject severities;
    for (auto it = m_severities.constBegin(); it != m_severities.constEnd(); ++it)
        severities.insert(it.key(), it.value());
    QJsonObject workClasses;
    for (auto it = m_workClasses.constBegin(); it != m_workClasses.constEnd(); ++it) {
        workClasses.insert(it.key(), QJsonObject{{QStringLiteral("kind"), Domain::ticketKindId(it->kind)},
                                                 {QStringLiteral("level"), Domain::serviceLevelId(it->level)},
                                                 {QStringLiteral("activity"), it->activity}});
    }
    QJsonObject roles;
    for (auto it = m_roles.constBegin(); it != m_roles.constEnd(); ++it)
        roles.insert(it.key(), Domain::roleId(it.value()));
    return QJsonObject{{QStringLiteral("version"), 1},
                       {QStringLiteral("severities"), severities},
                       {QStringLiteral("defaultSeverity"), m_defaultSeverity},
                       {QStringLiteral("workClasses"), workClasses},
                       {QStringLiteral("roles"), roles},
                       {QStringLiteral("pauseStatuses"), QJsonArray::fromStringList(m_pauseStatuses)}};
}

bool ImportMappings::fromJson(const QJsonObject &json, ImportMappings *mappings, QString *error)
{
    const auto failWith = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return failWith(tr("Unsupported mappings version."));
    ImportMappings m;
    const QJsonObject severities = json.value(QStringLiteral("severities")).toObject();
    for (auto it = severities.constBegin(); it != severities.constEnd(); ++it) {
        const int s = it.value().toInt();
        if (s < 1 || s > 4)
            return failWith(
                tr("Priority \"%1\" maps to severity %2; severities are 1 to 4.").arg(it.key()).arg(s));
        m.setSeverity(it.key(), s);
    }
    m.setDefaultSeverity(json.value(QStringLiteral("defaultSeverity")).toInt(3));
    const QJsonObject workClasses = json.value(QStringLiteral("workClasses")).toObject();
    for (auto it = workClasses.constBegin(); it != workClasses.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        WorkClass wc;
        wc.activity = o.value(QStringLiteral("activity")).toString();
        if (!Domain::ticketKindFromId(o.value(QStringLiteral("kind")).toString(), &wc.kind) ||
            !Domain::serviceLevelFromId(o.value(QStringLiteral("level")).toString(), &wc.level) ||
            (!wc.activity.isEmpty() && !Domain::SupportModelCatalogue::activity(wc.activity)))
            return failWith(tr("\"%1\" has an unknown kind, service level or activity.").arg(it.key()));
        m.setWorkClass(it.key(), wc);
    }
    const QJsonObject roles = json.value(QStringLiteral("roles")).toObject();
    for (auto it = roles.constBegin(); it != roles.constEnd(); ++it) {
        Domain::Role role;
        if (!Domain::roleFromId(it.value().toString(), &role))
            return failWith(tr("\"%1\" has an unknown role \"%2\".").arg(it.key(), it.value().toString()));
        m.setRole(it.key(), role);
    }
    for (const auto &v : json.value(QStringLiteral("pauseStatuses")).toArray())
        m.m_pauseStatuses.append(v.toString());
    *mappings = m;
    return true;
}

bool ImportMappings::operator==(const ImportMappings &o) const
{
    return m_severities == o.m_severities && m_workClasses == o.m_workClasses && m_roles == o.m_roles &&
           m_pauseStatuses == o.m_pauseStatuses && m_defaultSeverity == o.m_defaultSeverity;
}

} // namespace Exchange
