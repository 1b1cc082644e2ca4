// The fixture of the SLA recompute tests: a demo database written once and copied for every
// test function (a file, or the same on the test server), generated tickets, and reads of the
// stored results.
#pragma once

#include "models/domain/demoportfolio.h"
#include "models/domain/sla/slacompliance.h"
#include "models/domain/sla/slapolicyevaluator.h"
#include "models/slarecomputer.h"
#include "models/storage/calendarrepository.h"
#include "models/storage/database.h"
#include "models/storage/demodatawriter.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/indexsuspension.h"
#include "models/storage/serverticketupsert.h"
#include "models/storage/slapolicyrepository.h"
#include "models/storage/slaresultrepository.h"
#include "models/storage/slaresultwriter.h"
#include "models/storage/sqliteslaresults.h"
#include "models/storage/ticketrepository.h"
#include "tests/storage/testdatabases.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

namespace SlaRecomputeTest {

using Domain::MonthlyCompliance;
using Domain::SlaState;
using Models::CancelRelay;
using Models::SlaRecomputer;
using Models::SlaRecomputeSummary;
using Storage::SlaResultRepository;
using Storage::StorageError;
using Storage::StoredSlaResult;

inline const QDate s_asOf(2026, 11, 25);
inline const qint64 s_now = QDateTime(s_asOf, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();

/// What a month × severity row must say, counted again from the stored per-ticket results.
inline MonthlyCompliance recount(const QVector<StoredSlaResult> &results, const QDate &month, int severity)
{
    MonthlyCompliance m;
    for (const StoredSlaResult &s : results) {
        if (s.complianceMonth != month || s.result.severity != severity)
            continue;
        if (s.result.state == SlaState::Invalid) {
            ++m.excluded;
            continue;
        }
        ++m.tickets;
        m.responseMeasured += s.result.response.isDecided() ? 1 : 0;
        m.responseMet += s.result.response.isMet() ? 1 : 0;
        m.resolutionMeasured += s.result.resolution.isDecided() ? 1 : 0;
        m.resolutionMet += s.result.resolution.isMet() ? 1 : 0;
        m.breaches += s.result.response.isBreached() || s.result.resolution.isBreached() ? 1 : 0;
    }
    return m;
}

/// `count` tickets created from the first day of `month` in `year` over six months (fixed seed):
/// all severities, one in seven still open, some paused and resumed, some without a response.
inline QVector<Domain::Ticket> generatedTickets(int count, int year, int month = 1,
                                                const QString &prefix = QStringLiteral("GEN-"))
{
    QRandomGenerator random(quint32(count * 31 + month));
    const qint64 start = QDateTime(QDate(year, month, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 span = 180LL * 86400 / count;
    QVector<Domain::Ticket> out;
    for (int i = 0; i < count; ++i) {
        Domain::Ticket t;
        t.key = prefix + QString::number(i + 1);
        t.severity = 1 + random.bounded(4);
        t.created = start + i * span + random.bounded(int(span));
        if (random.bounded(10) < 9)
            t.firstResponse = t.created + 60 + random.bounded(4 * 3600);
        if (random.bounded(7) != 0) {
            t.resolved = t.created + 600 + random.bounded(3 * 86400);
            // resolved in the month it was created in, so that months are easy to empty
            const QDate createdOn = QDateTime::fromSecsSinceEpoch(t.created, QTimeZone::utc()).date();
            const qint64 monthEnd = QDateTime(QDate(createdOn.year(), createdOn.month(), 1).addMonths(1),
                                              QTime(0, 0), QTimeZone::utc())
                                        .toSecsSinceEpoch();
            t.resolved = qMin(*t.resolved, monthEnd - 1);
            if (t.firstResponse && *t.firstResponse > *t.resolved)
                t.firstResponse = *t.resolved;
        }
        if (t.firstResponse && t.resolved && random.bounded(3) == 0 && *t.resolved - *t.firstResponse > 600) {
            const qint64 pause = *t.firstResponse + (*t.resolved - *t.firstResponse) / 3;
            t.history = {{*t.firstResponse, QStringLiteral("Active"), t.severity},
                         {pause, QStringLiteral("Awaiting User Info"), t.severity},
                         {pause + 300, QStringLiteral("Active"), t.severity},
                         {*t.resolved, QStringLiteral("Resolved"), t.severity}};
        }
        t.status = t.resolved ? QStringLiteral("Resolved") : QStringLiteral("Active");
        out.append(t);
    }
    return out;
}

class Fixture
{
protected:
    QTemporaryDir m_dir;
    QString m_demoPath;
    std::unique_ptr<Storage::Database> m_db;
    QVector<Domain::Engagement> m_engagements;

    /// The indexes of sla_results with their definitions, and how many have one of their own.
    QStringList resultIndexes(int *own = nullptr)
    {
        QStringList out;
        QSqlQuery q(m_db->connection());
        if (q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                  "tbl_name = 'sla_results' ORDER BY name")))
            while (q.next())
                out.append(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString());
        if (own)
            *own = int(std::count_if(out.cbegin(), out.cend(),
                                     [](const QString &i) { return !i.endsWith(QLatin1Char('|')); }));
        return out;
    }

    /// Every stored result row as written: each value with its SQLite type.
    QStringList rawResults()
    {
        QStringList out;
        QSqlQuery q(m_db->connection());
        if (q.exec(QStringLiteral("SELECT * FROM sla_results ORDER BY ticket_id")))
            while (q.next()) {
                QString row;
                for (int i = 0; i < 24; ++i)
                    row += QLatin1String(q.value(i).typeName()) + QLatin1Char(':') + q.value(i).toString() +
                           QLatin1Char('|');
                out.append(row);
            }
        return out;
    }

    QVector<StoredSlaResult> stored(qint64 engagementId)
    {
        QVector<StoredSlaResult> results;
        const StorageError error = SlaResultRepository(*m_db).results(engagementId, &results);
        if (error)
            qWarning() << error.toString();
        return results;
    }

    /// initTestCase: the demo portfolio written once.
    void writeDemo()
    {
        m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        Storage::Database db;
        QVERIFY(db.open(m_demoPath, Storage::Database::Access::ReadWrite,
                        Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        QVERIFY(Storage::DemoDataWriter(db).write(Domain::DemoPortfolio::generate(s_asOf)).isNull());
    }

    /// init: a copy of the demo file, or of it on the test server (the dialect's row).
    void openCopyOfDemo()
    {
        QString path;
        DD_DATABASE_COPY(path, m_demoPath, m_dir.path());
        m_db = std::make_unique<Storage::Database>();
        QVERIFY(m_db->open(path).isNull());
        QVERIFY(Storage::EngagementRepository(*m_db).all(&m_engagements).isNull());
        QVERIFY(m_engagements.size() >= 2);
    }

    /// cleanup: the database closed and every fast path switched back on.
    void closeAndRestore()
    {
        m_db.reset();
        Storage::IndexSuspension::setMinimumRowsForTests(0);
        Storage::SqliteSlaResults::setEnabled(true);
        Storage::setServerBulkUpsertEnabled(true);
    }
};

} // namespace SlaRecomputeTest
