#pragma once
// A fresh database with one engagement, and a checksum of what imports write: shared by the
// import-session tests so each starts from the same state.
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ImportTest {

inline Domain::Engagement engagement(const QString &key, const QByteArray &zone = "Europe/Stockholm")
{
    Domain::Engagement e;
    e.key = key;
    e.client = QStringLiteral("Nordshop AB");
    e.model = Domain::SupportModel::ManagedService;
    e.start = QDate(2016, 1, 1);
    e.timeZone = zone;
    e.committedMinutesPerMonth = 120 * 60;
    e.rolesCovered = {Domain::Role::Dev, Domain::Role::QA, Domain::Role::Ops};
    return e;
}

/// SHA-1 over every row of the tables an import writes, in a fixed order.
inline QByteArray checksum(const Storage::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QStringList queries = {
        QStringLiteral("SELECT * FROM tickets ORDER BY id"),
        QStringLiteral("SELECT * FROM ticket_status_history ORDER BY ticket_id, seq"),
        QStringLiteral("SELECT * FROM worklogs ORDER BY id"),
        QStringLiteral("SELECT * FROM import_settings ORDER BY engagement_id, source"),
    };
    for (const QString &sql : queries) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            return {};
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\x1e");
        }
    }
    return hash.result().toHex();
}

inline qint64 count(const Storage::Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace ImportTest
