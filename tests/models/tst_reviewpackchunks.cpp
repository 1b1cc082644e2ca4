// The review pack read in chunks of tickets (issue 13: flat memory on a large engagement) must be
// the pack read at once: the same figures, lines, breaches and fingerprint whatever the chunk size,
// on both dialects; and its data appendix, written a row at a time, the tables() it describes.
#include "models/exchange/export/csvtablewriter.h"
#include "models/portfolio.h"
#include "models/reviewpackloader.h"
#include "models/reviewpacktables.h"
#include "models/slarecomputer.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/ticketsubsets.h"
#include "tests/models/dialectportfolio.h"
#include "tests/models/packlines.h"
#include "tests/storage/testdatabases.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using Models::ReviewPack;
using Models::ReviewPackLoader;
using Models::ReviewTicket;

namespace {

using PackLinesTest::allLines;
using Table = Models::ReviewPackLines::Table;

bool sameLines(const QVector<ReviewTicket> &a, const QVector<ReviewTicket> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const ReviewTicket &x = a.at(i);
        const ReviewTicket &y = b.at(i);
        if (x.id != y.id || x.key != y.key || x.title != y.title || x.kind != y.kind || x.level != y.level ||
            x.severity != y.severity || x.created != y.created || x.resolved != y.resolved ||
            x.status != y.status || x.breachedAt != y.breachedAt || x.explanation != y.explanation ||
            x.rootCause != y.rootCause)
            return false;
    }
    return true;
}

bool sameTicketFigures(const Models::ReviewFigures &a, const Models::ReviewFigures &b)
{
    return a.opened == b.opened && a.resolved == b.resolved && a.backlog == b.backlog &&
           a.openedByLevel == b.openedByLevel && a.resolvedByLevel == b.resolvedByLevel &&
           a.openedByKind == b.openedByKind && a.resolvedByKind == b.resolvedByKind &&
           a.breaches == b.breaches;
}

} // namespace

class TestReviewPackChunks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoFile;
    QString m_openDialect;
    Models::Portfolio m_portfolio;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC);

    ReviewPack load(const QString &key, const QString &period, int chunkSize)
    {
        ReviewPack pack;
        ReviewPackLoader loader(*m_portfolio.database());
        loader.setChunkSize(chunkSize);
        const ReviewPackLoader::Error error = loader.load(key, period, m_now, &pack);
        if (error)
            qWarning() << error.message(key, period);
        return pack;
    }

private slots:
    void initTestCase()
    {
        DD_OPEN_DEMO_PORTFOLIO(m_portfolio, m_demoFile, m_dir.path(), m_openDialect, QDate(2026, 11, 25),
                               m_now.toSecsSinceEpoch());
    }

    void initTestCase_data() { StorageTest::addDialectRows(); }

    void init() { DD_PORTFOLIO_ON_DIALECT(m_portfolio, m_demoFile, m_dir.path(), m_openDialect); }

    void shouldReadThePackInChunksAsAtOnce()
    {
        const QString key = QStringLiteral("ATLANTICPET");
        const QString period = QStringLiteral("2026-Q3");
        const ReviewPack whole = load(key, period, 0); // the default: every ticket in one chunk here
        QVERIFY(!whole.fingerprint.isEmpty());
        const QVector<ReviewTicket> wholeBreaches = allLines(whole, Table::Breaches);
        QVERIFY(wholeBreaches.size() > 3);
        QVERIFY(whole.current.opened > 0 && whole.previous.opened > 0);

        // The breached tickets' places among those read: with 3 a chunk, breaches fall in
        // several chunks, some chunks have none, and a chunk boundary is crossed many times.
        std::optional<Domain::Engagement> engagement;
        QVERIFY(Storage::EngagementRepository(*m_portfolio.database()).findByKey(key, &engagement).isNull());
        QVERIFY(engagement);
        const QTimeZone zone(engagement->timeZone);
        const qint64 from = QDateTime(whole.previous.period.start, QTime(0, 0), zone).toSecsSinceEpoch();
        const qint64 to = QDateTime(whole.period.end.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
        Storage::TicketsWithIds active;
        QVERIFY(Storage::TicketSubsets(*m_portfolio.database())
                    .active(engagement->id, from, to, &active)
                    .isNull());
        QVERIFY(active.ids.size() > 30);
        QSet<qsizetype> chunksWithBreaches;
        for (const ReviewTicket &b : wholeBreaches) {
            const qsizetype at = active.ids.indexOf(b.id);
            if (at >= 0)
                chunksWithBreaches.insert(at / 3);
        }
        QVERIFY2(chunksWithBreaches.size() >= 3, "breaches in several chunks of three");
        QVERIFY(chunksWithBreaches.size() < (active.ids.size() + 2) / 3);

        for (int chunkSize : {1, 2, 3, 7, int(active.ids.size()) - 1}) {
            const ReviewPack chunked = load(key, period, chunkSize);
            const QByteArray row = QByteArray::number(chunkSize);
            QVERIFY2(sameTicketFigures(chunked.current, whole.current), row);
            QVERIFY2(sameTicketFigures(chunked.previous, whole.previous), row);
            QVERIFY2(sameLines(allLines(chunked, Table::Breaches), wholeBreaches), row);
            QVERIFY2(sameLines(allLines(chunked, Table::Notable), allLines(whole, Table::Notable)), row);
            QVERIFY2(sameLines(allLines(chunked, Table::Delivered), allLines(whole, Table::Delivered)), row);
            QVERIFY2(sameLines(chunked.listedBreaches, whole.listedBreaches), row);
            QVERIFY2(sameLines(chunked.listedNotable, whole.listedNotable), row);
            QVERIFY2(sameLines(chunked.listedDelivered, whole.listedDelivered), row);
            QCOMPARE(chunked.rootCauses, whole.rootCauses);
            QCOMPARE(chunked.fingerprintRows, whole.fingerprintRows);
            QCOMPARE(chunked.fingerprint, whole.fingerprint);
        }
    }

    void shouldWriteTheDataAppendixAsItsTables()
    {
        const ReviewPack pack = load(QStringLiteral("ATLANTICPET"), QStringLiteral("2026-Q3"), 5);
        QVERIFY(pack.breachCount > 0 && pack.notableCount > 0);
        const QString folder = m_dir.filePath(QStringLiteral("appendix-%1").arg(m_openDialect));
        QString error;
        QVERIFY2(Models::ReviewPackTables::write(pack, folder, &error), qPrintable(error));
        const QVector<Exchange::ExportTable> tables = Models::ReviewPackTables::tables(pack);
        QCOMPARE(tables.size(), 10);
        for (const Exchange::ExportTable &t : tables) {
            QFile file(QDir(folder).filePath(t.name + QStringLiteral(".csv")));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(t.name));
            QCOMPARE(file.readAll(), Exchange::CsvTableWriter::toCsv(t));
        }
        QCOMPARE(tables.at(4).name, QStringLiteral("breaches"));
        QCOMPARE(tables.at(4).rows.size(), pack.breachCount);
        // Written again into the existing folder: the same files.
        QVERIFY2(Models::ReviewPackTables::write(pack, folder, &error), qPrintable(error));
        QFile breaches(QDir(folder).filePath(QStringLiteral("breaches.csv")));
        QVERIFY(breaches.open(QIODevice::ReadOnly));
        QCOMPARE(breaches.readAll(), Exchange::CsvTableWriter::toCsv(tables.at(4)));
    }
};

QTEST_GUILESS_MAIN(TestReviewPackChunks)
#include "tst_reviewpackchunks.moc"
