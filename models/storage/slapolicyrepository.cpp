#include "models/storage/slapolicyrepository.h"

#include "models/exchange/sla/policyfile.h"
#include "models/storage/changestamps.h"
#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/transactionguard.h"

#include <QSqlQuery>

namespace Storage {

namespace {

/// Targets of one severity in a default policy: minutes and 24×7 flags.
struct DefaultTarget
{
    int response;
    int resolution;
    bool response24x7;
    bool resolution24x7;
    double percent;
};

/// Default targets per support model (see the header and docs/sla/calendar-and-policy-store.md); `cover` is
/// the engagement's 24×7 severity-1 cover.
std::array<DefaultTarget, 4> defaultTargets(Domain::SupportModel model, bool cover)
{
    switch (model) {
    case Domain::SupportModel::ManagedService:
        return {{{30, 240, true, true, 95},
                 {120, 960, true, false, 95},
                 {480, 2400, true, false, 90},
                 {960, 4800, true, false, 90}}};
    case Domain::SupportModel::SlaHotfix:
        return {{{30, 240, cover, cover, 95},
                 {120, 960, false, false, 95},
                 {240, 2400, false, false, 90},
                 {480, 4800, false, false, 90}}};
    case Domain::SupportModel::SlaCriticalDedicated:
        return {{{30, 240, cover, cover, 95},
                 {60, 960, false, false, 95},
                 {0, 0, false, false, 95},
                 {0, 0, false, false, 95}}};
    case Domain::SupportModel::FixedCapacity:
        break;
    }
    return {{{60, 0, false, false, 90},
             {240, 0, false, false, 90},
             {480, 0, false, false, 90},
             {960, 0, false, false, 90}}};
}

QString versionRecord(qint64 engagementId, const QDate &effective)
{
    return QStringLiteral("%1 %2").arg(engagementId).arg(effective.toString(Qt::ISODate));
}

QString definitionOf(const Domain::SlaPolicy &version, const QString &name)
{
    Domain::SlaPolicyHistory single;
    single.setName(name);
    single.addVersion(version);
    return QString::fromUtf8(Exchange::PolicyFile::toJson(single));
}

} // namespace

SlaPolicyRepository::SlaPolicyRepository(const Database &database) : m_database(database)
{
}

StorageError SlaPolicyRepository::versionStamps(qint64 engagementId,
                                                QMap<QDate, Domain::ChangeStamp> *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT effective_from, %1 FROM sla_policies WHERE engagement_id = :e")
                       .arg(ChangeStamps::columns())))
        return queryError(q, QStringLiteral("read SLA policy"), QString::number(engagementId));
    q.bindValue(QStringLiteral(":e"), engagementId);
    if (!q.exec())
        return queryError(q, QStringLiteral("read SLA policy"), QString::number(engagementId));
    out->clear();
    while (q.next())
        out->insert(dateFromSql(q.value(0)), ChangeStamps::fromQuery(q, 1));
    return {};
}

StorageError SlaPolicyRepository::history(qint64 engagementId, Domain::SlaPolicyHistory *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT effective_from, definition FROM sla_policies WHERE engagement_id = :e "
                           "ORDER BY effective_from")))
        return queryError(q, QStringLiteral("read SLA policy"), QString::number(engagementId));
    q.bindValue(QStringLiteral(":e"), engagementId);
    if (!q.exec())
        return queryError(q, QStringLiteral("read SLA policy"), QString::number(engagementId));
    *out = {};
    while (q.next()) {
        const QDate effective = dateFromSql(q.value(0));
        const QString record = versionRecord(engagementId, effective);
        Exchange::ExchangeError parseError;
        const std::optional<Domain::SlaPolicyHistory> row =
            Exchange::PolicyFile::fromJson(q.value(1).toString().toUtf8(), &parseError, record);
        if (!row || row->versions().size() != 1)
            return {StorageError::Kind::Query, QStringLiteral("read SLA policy"), record,
                    row ? QStringLiteral("a stored version row holds %1 versions").arg(row->versions().size())
                        : QStringLiteral("the stored policy cannot be read: %1").arg(parseError.reason)};
        Domain::SlaPolicy version = row->versions().constFirst();
        // The column is what the UNIQUE constraint guards, so it decides the date.
        version.effectiveFrom = effective;
        out->addVersion(version);
        out->setName(row->name());
    }
    return {};
}

StorageError SlaPolicyRepository::historyFor(qint64 engagementId, Domain::SlaPolicyHistory *out,
                                             bool *isStored) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT support_model, start_date, sev1_24x7 FROM engagements "
                                  "WHERE id = :id AND deleted_at IS NULL")))
        return queryError(q, QStringLiteral("read SLA policy"), QString::number(engagementId));
    q.bindValue(QStringLiteral(":id"), engagementId);
    if (!q.exec())
        return queryError(q, QStringLiteral("read SLA policy"), QString::number(engagementId));
    if (!q.next())
        return {StorageError::Kind::NotFound, QStringLiteral("read SLA policy"),
                QString::number(engagementId), QStringLiteral("there is no such engagement")};
    Domain::Engagement engagement;
    Domain::supportModelFromId(q.value(0).toString(), &engagement.model);
    engagement.start = dateFromSql(q.value(1));
    engagement.severity1Cover24x7 = q.value(2).toBool();
    q.finish();
    if (StorageError error = history(engagementId, out))
        return error;
    if (isStored)
        *isStored = !out->isEmpty();
    if (out->isEmpty())
        *out = defaultPolicy(engagement);
    return {};
}

StorageError SlaPolicyRepository::addVersion(qint64 engagementId, const Domain::SlaPolicy &version,
                                             const QString &name) const
{
    const QString record = versionRecord(engagementId, version.effectiveFrom);
    if (m_database.isReadOnly())
        return readOnlyError(QStringLiteral("add SLA policy version"), record);
    if (!version.isValid())
        return {StorageError::Kind::Query, QStringLiteral("add SLA policy version"), record,
                QStringLiteral("the policy version is not valid")};
    QSqlQuery q(m_database.connection());
    // Versions are never rewritten: the stamp says who added this one and when, and the unique
    // date refuses a second user's version of the same date (Duplicate) instead of a row version.
    if (!q.prepare(QStringLiteral("INSERT INTO sla_policies (engagement_id, effective_from, definition, "
                                  "row_version, created_by, created_at, updated_by, updated_at) "
                                  "VALUES (:e, :effective, :definition, 1, :cby, :cat, :by, :at)")))
        return queryError(q, QStringLiteral("add SLA policy version"), record);
    ChangeStamps::bind(q, ChangeStamps::next({}, m_database.userName()));
    q.bindValue(QStringLiteral(":e"), engagementId);
    q.bindValue(QStringLiteral(":effective"), dateToSql(version.effectiveFrom));
    q.bindValue(QStringLiteral(":definition"), definitionOf(version, name));
    if (!q.exec()) {
        StorageError error = queryError(q, QStringLiteral("add SLA policy version"), record);
        if (error.kind == StorageError::Kind::Duplicate)
            error.detail =
                QStringLiteral("a version effective from this date is already stored; versions are never "
                               "rewritten, add one with a later date");
        return error;
    }
    return {};
}

StorageError SlaPolicyRepository::save(qint64 engagementId, const Domain::SlaPolicyHistory &history,
                                       PolicyVersionCounts *counts) const
{
    Domain::SlaPolicyHistory stored;
    if (StorageError error = this->history(engagementId, &stored))
        return error;
    QSqlDatabase db = m_database.connection();
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return transaction.beginError(QStringLiteral("save SLA policy"), QString::number(engagementId));
    PolicyVersionCounts done;
    for (const Domain::SlaPolicy &version : history.versions()) {
        const Domain::SlaPolicy *existing = stored.versionAt(version.effectiveFrom);
        if (existing && existing->effectiveFrom == version.effectiveFrom) {
            if (*existing != version)
                return {
                    StorageError::Kind::Duplicate, QStringLiteral("save SLA policy"),
                    versionRecord(engagementId, version.effectiveFrom),
                    QStringLiteral("a different version effective from this date is already stored; versions "
                                   "are never rewritten, add one with a later date")};
            ++done.unchanged;
            continue;
        }
        if (StorageError error = addVersion(engagementId, version, history.name()))
            return error;
        ++done.added;
    }
    if (!transaction.commit())
        return {StorageError::Kind::Query, QStringLiteral("save SLA policy"), QString::number(engagementId),
                QStringLiteral("the transaction could not be committed")};
    if (counts)
        *counts = done;
    return {};
}

Domain::SlaPolicyHistory SlaPolicyRepository::defaultPolicy(const Domain::Engagement &engagement)
{
    Domain::SlaPolicy version;
    version.effectiveFrom = engagement.start.isValid() ? engagement.start : QDate(2000, 1, 1);
    const std::array<DefaultTarget, 4> targets =
        defaultTargets(engagement.model, engagement.severity1Cover24x7);
    for (int severity = 1; severity <= Domain::SlaPolicy::SeverityCount; ++severity) {
        const DefaultTarget &t = targets[std::size_t(severity - 1)];
        Domain::SlaSeverityTarget &target = version.target(severity);
        target.responseMinutes = t.response;
        target.resolutionMinutes = t.resolution;
        target.response24x7 = t.response24x7;
        target.resolution24x7 = t.resolution24x7;
        target.targetPercent = t.percent;
    }
    Domain::SlaPolicyHistory history;
    history.setName(QStringLiteral("Default %1 SLA").arg(Domain::supportModelId(engagement.model)));
    history.addVersion(version);
    return history;
}

} // namespace Storage
