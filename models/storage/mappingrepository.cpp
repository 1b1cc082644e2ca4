#include "models/storage/mappingrepository.h"

#include "models/storage/changestamps.h"
#include "models/storage/database.h"
#include "models/storage/sqlhelpers.h"
#include "models/storage/transactionguard.h"

#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace Storage {

namespace {

const QString s_priority = QStringLiteral("priority");
const QString s_workClass = QStringLiteral("work-class");
const QString s_personRole = QStringLiteral("person-role");
const QString s_pauseStatus = QStringLiteral("pause-status");
const QString s_removed = QStringLiteral("-");

struct Row
{
    QString kind;
    QString value;
    QString target;
};

QString workClassTarget(const Exchange::WorkClass &w)
{
    return Domain::ticketKindId(w.kind) + QLatin1Char('/') + Domain::serviceLevelId(w.level) +
           QLatin1Char('/') + w.activity;
}

bool workClassFromTarget(const QString &target, Exchange::WorkClass *out)
{
    const QStringList parts = target.split(QLatin1Char('/'));
    return parts.size() == 3 && Domain::ticketKindFromId(parts.at(0), &out->kind) &&
           Domain::serviceLevelFromId(parts.at(1), &out->level) && (out->activity = parts.at(2), true);
}

/// Rows for every entry of `current` that differs from `defaults`, and a removal row for every
/// default that `current` no longer has.
template<typename T, typename ToText>
void addDifferences(const QString &kind, const QHash<QString, T> &current, const QHash<QString, T> &defaults,
                    ToText toText, QVector<Row> *rows)
{
    for (auto it = current.constBegin(); it != current.constEnd(); ++it) {
        const auto d = defaults.constFind(it.key());
        if (d == defaults.constEnd() || !(*d == it.value()))
            rows->append({kind, it.key(), toText(it.value())});
    }
    for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it) {
        if (!current.contains(it.key()))
            rows->append({kind, it.key(), s_removed});
    }
}

QVector<Row> differences(const Exchange::ImportMappings &m)
{
    const Exchange::ImportMappings d = Exchange::ImportMappings::defaults();
    QVector<Row> rows;
    addDifferences(
        s_priority, m.severities(), d.severities(), [](int s) { return QString::number(s); }, &rows);
    addDifferences(s_workClass, m.workClasses(), d.workClasses(), workClassTarget, &rows);
    addDifferences(s_personRole, m.roles(), d.roles(), Domain::roleId, &rows);
    if (m.pauseStatuses() != d.pauseStatuses()) {
        const QStringList statuses = m.pauseStatuses();
        for (int i = 0; i < statuses.size(); ++i)
            rows.append({s_pauseStatus, statuses.at(i), QStringLiteral("pause %1").arg(i)});
        if (m.pauseStatuses().isEmpty())
            rows.append({s_pauseStatus, QString(), QStringLiteral("none")});
    }
    return rows;
}

void apply(const Row &row, Exchange::ImportMappings *m, QMap<int, QString> *pauses, bool *pausesStored)
{
    const bool removed = row.target == s_removed;
    if (row.kind == s_priority) {
        bool ok = false;
        const int severity = row.target.toInt(&ok);
        if (removed)
            m->removeSeverity(row.value);
        else if (ok && severity >= 1 && severity <= 4)
            m->setSeverity(row.value, severity);
    } else if (row.kind == s_workClass) {
        Exchange::WorkClass w;
        if (removed)
            m->removeWorkClass(row.value);
        else if (workClassFromTarget(row.target, &w))
            m->setWorkClass(row.value, w);
    } else if (row.kind == s_personRole) {
        Domain::Role role;
        if (removed)
            m->removeRole(row.value);
        else if (Domain::roleFromId(row.target, &role))
            m->setRole(row.value, role);
    } else if (row.kind == s_pauseStatus) {
        *pausesStored = true;
        // "pause N": the list's order is kept (the table's key sorts by name).
        bool ok = false;
        const int position =
            row.target.startsWith(QLatin1String("pause ")) ? row.target.mid(6).toInt(&ok) : -1;
        if (ok)
            pauses->insert(position, row.value);
    }
}

} // namespace

MappingRepository::MappingRepository(const Database &database) : m_database(database)
{
}

StorageError MappingRepository::load(Exchange::ImportMappings *out) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT kind, source_value, target FROM value_mappings ORDER BY kind, source_value")))
        return queryError(q, QStringLiteral("read import mappings"));
    if (!q.exec())
        return queryError(q, QStringLiteral("read import mappings"));
    *out = Exchange::ImportMappings::defaults();
    QMap<int, QString> pauses;
    bool pausesStored = false;
    while (q.next())
        apply({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}, out, &pauses,
              &pausesStored);
    if (pausesStored)
        out->setPauseStatuses(pauses.values());
    return {};
}

StorageError MappingRepository::save(const Exchange::ImportMappings &mappings) const
{
    const QString operation = QStringLiteral("save import mappings");
    if (m_database.isReadOnly())
        return readOnlyError(operation, {});
    QSqlDatabase db = m_database.connection();
    TransactionGuard guard(db);
    if (!guard.isActive())
        return guard.beginError(operation, {});
    QSqlQuery clear(db), insert(db);
    if (!clear.prepare(QStringLiteral("DELETE FROM value_mappings")))
        return queryError(clear, operation);
    if (!clear.exec())
        return queryError(clear, operation);
    if (!insert.prepare(
            QStringLiteral("INSERT INTO value_mappings (kind, source_value, target) VALUES (:k, :v, :t)")))
        return queryError(insert, operation);
    for (const Row &row : differences(mappings)) {
        insert.bindValue(QStringLiteral(":k"), row.kind);
        insert.bindValue(QStringLiteral(":v"), textToSql(row.value));
        insert.bindValue(QStringLiteral(":t"), textToSql(row.target));
        if (!insert.exec())
            return queryError(insert, operation, row.value);
    }
    if (!guard.commit())
        return {StorageError::Kind::Query, operation, {}, db.lastError().text()};
    return {};
}

StorageError MappingRepository::update(const std::function<bool(Exchange::ImportMappings *)> &change) const
{
    const QString operation = QStringLiteral("save import mappings");
    if (m_database.isReadOnly())
        return readOnlyError(operation, {});
    QSqlDatabase db = m_database.connection();
    // SQLite: the guard's BEGIN IMMEDIATE is the write lock already. PostgreSQL: a lock mode that
    // conflicts with itself (and not with reads), so that the next writer reads after this one.
    TransactionGuard guard(db);
    if (!guard.isActive())
        return guard.beginError(operation, {});
    if (m_database.isServer()) {
        QSqlQuery lock(db);
        if (!lock.exec(QStringLiteral("LOCK TABLE value_mappings IN SHARE ROW EXCLUSIVE MODE")))
            return queryError(lock, operation);
    }
    Exchange::ImportMappings mappings;
    if (StorageError error = load(&mappings))
        return error;
    if (!change(&mappings))
        return {};
    if (StorageError error = save(mappings))
        return error;
    if (!guard.commit())
        return {StorageError::Kind::Query, operation, {}, db.lastError().text()};
    return {};
}

StorageError MappingRepository::profileNames(QStringList *out) const
{
    QVector<StoredProfile> stored;
    if (StorageError error = profiles(&stored))
        return error;
    out->clear();
    for (const StoredProfile &profile : qAsConst(stored))
        out->append(profile.name);
    return {};
}

StorageError MappingRepository::profiles(QVector<StoredProfile> *out) const
{
    const QString operation = QStringLiteral("list import profiles");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT name, %1 FROM import_profiles ORDER BY name")
                       .arg(ChangeStamps::columns())))
        return queryError(q, operation);
    if (!q.exec())
        return queryError(q, operation);
    out->clear();
    while (q.next())
        out->append({q.value(0).toString(), ChangeStamps::fromQuery(q, 1)});
    return {};
}

StorageError MappingRepository::profileStamp(const QString &name, Domain::ChangeStamp *out) const
{
    const QString operation = QStringLiteral("read import profile");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT %1 FROM import_profiles WHERE name = :n").arg(ChangeStamps::columns())))
        return queryError(q, operation, name);
    q.bindValue(QStringLiteral(":n"), textToSql(name));
    if (!q.exec())
        return queryError(q, operation, name);
    *out = q.next() ? ChangeStamps::fromQuery(q, 0) : Domain::ChangeStamp{};
    return {};
}

StorageError MappingRepository::loadProfile(const QString &name, Exchange::ColumnMapping *out,
                                            Domain::ChangeStamp *stamp) const
{
    const QString operation = QStringLiteral("read import profile");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT definition, %1 FROM import_profiles WHERE name = :n")
                       .arg(ChangeStamps::columns())))
        return queryError(q, operation, name);
    q.bindValue(QStringLiteral(":n"), textToSql(name));
    if (!q.exec())
        return queryError(q, operation, name);
    if (!q.next())
        return {StorageError::Kind::NotFound, operation, name,
                QStringLiteral("no import profile of this name")};
    QString error;
    const QJsonDocument json = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    if (!json.isObject() || !Exchange::ColumnMapping::fromJson(json.object(), out, &error))
        return {StorageError::Kind::Query, operation, name,
                error.isEmpty() ? QStringLiteral("not a JSON object") : error};
    if (stamp)
        *stamp = ChangeStamps::fromQuery(q, 1);
    return {};
}

StorageError MappingRepository::saveProfile(const Exchange::ColumnMapping &mapping,
                                            const Domain::ChangeStamp &read,
                                            Domain::ChangeStamp *written) const
{
    const QString operation = QStringLiteral("save import profile");
    if (m_database.isReadOnly())
        return readOnlyError(operation, mapping.name);
    if (mapping.name.trimmed().isEmpty())
        return {StorageError::Kind::Query, operation, mapping.name, QStringLiteral("a profile needs a name")};
    // Version 0: INSERT … ON CONFLICT DO NOTHING, so a profile of this name someone else added
    // since (also one whose transaction commits while this waits for it) is refused, not replaced.
    ChangeStamps::VersionedWrite row;
    row.table = QStringLiteral("import_profiles");
    row.key = {{QStringLiteral("name"), mapping.name}};
    row.values = {{QStringLiteral("definition"),
                   QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact))}};
    row.read = read;
    if (StorageError error = ChangeStamps::save(m_database, row, StorageError::Row::ImportProfile, operation,
                                                mapping.name, written)) {
        error.rowName = mapping.name;
        return error;
    }
    return {};
}

StorageError MappingRepository::removeProfile(const QString &name, const Domain::ChangeStamp &read) const
{
    const QString operation = QStringLiteral("remove import profile");
    if (m_database.isReadOnly())
        return readOnlyError(operation, name);
    if (!read.isStored())
        return {StorageError::Kind::NotFound, operation, name,
                QStringLiteral("no import profile of this name")};
    ChangeStamps::VersionedWrite row;
    row.table = QStringLiteral("import_profiles");
    row.key = {{QStringLiteral("name"), name}};
    row.read = read;
    if (StorageError error =
            ChangeStamps::save(m_database, row, StorageError::Row::ImportProfile, operation, name)) {
        if (error.kind == StorageError::Kind::Conflict && error.rowDeleted)
            return {StorageError::Kind::NotFound, operation, name,
                    QStringLiteral("no import profile of this name")};
        error.rowName = name;
        return error;
    }
    return {};
}

} // namespace Storage
