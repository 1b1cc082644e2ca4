// Test data and a fixture shared by the SQLite fast-path tests of an import (issue 13):
// generated tickets and ServiceNow lists, the schema's indexes, and a fresh database a test.
#pragma once

#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/importsession.h"
#include "tests/storage/importtestdatabase.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace FastPathTest {

/// Ticket n of a generated engagement; `version` changes some of them (title, status, history).
inline Domain::Ticket ticket(int n, int version = 0)
{
    Domain::Ticket t;
    t.key = QStringLiteral("INC%1").arg(n, 7, 10, QLatin1Char('0'));
    t.kind = n % 5 == 0 ? Domain::TicketKind::ServiceRequest : Domain::TicketKind::Incident;
    t.severity = 1 + n % 4;
    t.serviceLevel = n % 2 ? Domain::ServiceLevel::L2 : Domain::ServiceLevel::L1;
    if (n % 3 == 0)
        t.activity = QStringLiteral("checkout");
    t.title = n % 7 == 0 ? QString() : QStringLiteral("Kassan fungerar inte %1 – åäö").arg(n);
    t.created = QDateTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc()).toSecsSinceEpoch() + n * 1800;
    if (n % 4 != 0)
        t.firstResponse = t.created + 900;
    if (n % 3 != 0)
        t.resolved = t.created + 7200 + version * 60 * (n % 2);
    t.status = t.resolved ? QStringLiteral("Resolved") : QStringLiteral("In Progress");
    if (n % 6 != 0)
        t.history = {{t.created + 900, QStringLiteral("In Progress"), 0}};
    if (n % 2 == 0)
        t.history.append({t.created + 1800, QStringLiteral("Waiting for customer"), n % 4 == 0 ? 2 : 0});
    if (version > 0 && n % 5 == 1)
        t.history.append({t.created + 3600, QStringLiteral("Reopened"), 0});
    if (n % 11 == 0)
        t.vendorSla = {{QStringLiteral("Time to first response"), QStringLiteral("-1:30"), -5400, true}};
    return t;
}

inline QVector<Domain::Ticket> tickets(int from, int to, int version = 0)
{
    QVector<Domain::Ticket> out;
    for (int n = from; n < to; ++n)
        out.append(ticket(n, version));
    return out;
}

/// Every index of the schema with its definition.
inline QStringList indexes(const Storage::Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")))
        while (q.next())
            out.append(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|') +
                       q.value(2).toString());
    return out;
}

inline int cacheSize(const Storage::Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA cache_size")) && q.next() ? q.value(0).toInt() : 0;
}

inline int ticketIndexCount(const Storage::Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                                 "tbl_name = 'tickets' AND sql IS NOT NULL")) &&
                   q.next()
               ? q.value(0).toInt()
               : -1;
}

/// A ServiceNow list export of `count` tickets from `first` on.
inline QByteArray list(int first, int count, const QByteArray &title = "Checkout down")
{
    QByteArray out = "number,priority,state,opened_at,resolved_at,closed_at,short_description\n";
    const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc());
    for (int n = first; n < first + count; ++n) {
        const QDateTime opened = start.addSecs(qint64(n) * 600);
        const QByteArray at = opened.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1();
        const QByteArray resolved =
            n % 3 ? opened.addSecs(7200).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1()
                  : QByteArray();
        out += "INC" + QByteArray::number(n) + ",3 - Moderate," + (n % 3 ? "Resolved," : "In Progress,") +
               at + "," + resolved + ",," + title + " " + QByteArray::number(n) + "\n";
    }
    return out;
}

/// A fresh database (engagement NORDSHOP) a call, files in one temporary folder, and an import
/// of a file through the session the application uses.
class Fixture
{
protected:
    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<Storage::Database> open(Domain::Engagement *engagement)
    {
        auto db = std::make_unique<Storage::Database>();
        const Storage::StorageError error =
            db->open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases)),
                     Storage::Database::Access::ReadWrite, Storage::Database::Creation::CreateIfMissing);
        if (!error.isNull())
            return nullptr;
        *engagement = ImportTest::engagement(QStringLiteral("NORDSHOP"));
        if (!Storage::EngagementRepository(*db).insert(engagement).isNull())
            return nullptr;
        return db;
    }

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        return ImportTest::writeFile(path, content) ? path : QString();
    }

    static Storage::ImportReport import(const Storage::Database &db, const Domain::Engagement &e,
                                        const QString &path,
                                        const std::function<void(Storage::ImportSession &)> &setUp = {})
    {
        Storage::ImportSession session(db, e);
        if (setUp)
            setUp(session);
        Storage::ImportSession::Options options;
        options.source = QStringLiteral("servicenow");
        options.chunkSize = 500;
        Storage::ImportReport report = session.stage(path, options);
        session.commit(&report);
        return report;
    }
};

} // namespace FastPathTest
