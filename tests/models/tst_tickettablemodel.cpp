// The tickets table model: a valid item model while it is filled, filtered and sorted in SQL
// (QAbstractItemModelTester created before filling), the words, colours and zone it shows, and
// on 100,000 generated tickets that it never holds more than a bounded number of rows however
// the view scrolls, while the rows still come in order from both ends of the table.
#include "models/slarecomputer.h"
#include "models/storage/database.h"
#include "models/storage/engagementrepository.h"
#include "models/storage/ticketbrowserepository.h"
#include "models/storage/ticketbrowsesql.h"
#include "models/storage/ticketrepository.h"
#include "models/storage/transactionguard.h"
#include "models/tickettablemodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using Models::TicketTableModel;

namespace {

const qint64 s_start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
const qint64 s_now = QDateTime(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();

/// An export's table as written, in memory.
struct TableCollector : Exchange::TableStream
{
    QString name;
    QVector<Exchange::ExportColumn> columns;
    QVector<QVector<QVariant>> rows;
    bool committed = false;

    bool beginTable(const QString &table, const QVector<Exchange::ExportColumn> &heading, QString *) override
    {
        name = table;
        columns = heading;
        return true;
    }
    bool addRow(const QVector<QVariant> &row, QString *) override
    {
        rows.append(row);
        return true;
    }
    bool endTable(QString *) override { return true; }
    bool commit(QString *) override { return committed = true; }
};

/// `count` tickets over 2025 (after bench/sla/bench_sla_store's generator, without the status
/// history, which this model never reads: nine in ten resolved), titles from a few words so that
/// text filters match some of them.
QVector<Domain::Ticket> generate(int count, quint32 seed)
{
    static const char *const words[] = {"Checkout",   "Payment", "Search", "Login",
                                        "Newsletter", "Price",   "Stock"};
    QRandomGenerator random(seed);
    QVector<Domain::Ticket> tickets;
    tickets.reserve(count);
    for (int i = 0; i < count; ++i) {
        Domain::Ticket t;
        t.key = QStringLiteral("GEN-%1").arg(i);
        t.title = QStringLiteral("%1 problem %2")
                      .arg(QLatin1String(words[random.bounded(7)]))
                      .arg(random.bounded(1000));
        t.severity = 1 + int(random.bounded(4));
        t.kind = Domain::TicketKind(random.bounded(Domain::TicketKindCount));
        t.created = s_start + qint64(random.bounded(365 * 86400));
        t.firstResponse = t.created + random.bounded(8 * 3600);
        if (random.bounded(10) != 0)
            t.resolved = *t.firstResponse + random.bounded(120 * 3600);
        t.status = t.resolved ? QStringLiteral("Resolved") : QStringLiteral("In Progress");
        tickets.append(t);
    }
    return tickets;
}

} // namespace

class TestTicketTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Storage::Database m_db;
    qint64 m_small = 0; ///< 300 tickets, New York
    qint64 m_large = 0; ///< 100,000 tickets, Stockholm

    qint64 addEngagement(const QString &key, const QByteArray &zone, int tickets, quint32 seed)
    {
        Domain::Engagement e;
        e.key = key;
        e.client = key;
        e.model = Domain::SupportModel::SlaHotfix;
        e.start = QDate(2024, 1, 1);
        e.timeZone = zone;
        [&] { QVERIFY(Storage::EngagementRepository(m_db).insert(&e).isNull()); }();
        {
            Storage::TransactionGuard guard(m_db.connection());
            Storage::UpsertCounts counts;
            const Storage::StorageError error = Storage::TicketRepository(m_db).upsert(
                e.id, QStringLiteral("gen"), generate(tickets, seed), &counts);
            [&] {
                QVERIFY2(error.isNull(), qPrintable(error.toString()));
                QVERIFY(guard.commit());
            }();
        }
        [&] { QVERIFY(Models::SlaRecomputer::recompute(m_db, e.id, s_now).isNull()); }();
        return e.id;
    }

    static QVector<QVariant> column(const TicketTableModel &model, int column, int role = Qt::DisplayRole)
    {
        QVector<QVariant> values;
        for (int row = 0; row < model.rowCount(); ++row)
            values.append(model.index(row, column).data(role));
        return values;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("tickets.sqlite")),
                          Storage::Database::Access::ReadWrite, Storage::Database::Creation::CreateIfMissing)
                    .isNull());
        m_small = addEngagement(QStringLiteral("SMALL"), "America/New_York", 300, 7);
        QElapsedTimer timer;
        timer.start();
        m_large = addEngagement(QStringLiteral("LARGE"), "Europe/Stockholm", 100000, 20261125);
        qInfo("100,000 tickets generated, stored and evaluated in %.1f s", timer.nsecsElapsed() / 1e9);
    }

    void shouldStayAValidModelWhileFilledFilteredAndSorted()
    {
        // GIVEN a model under the tester before it has any rows
        TicketTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy errors(&model, &TicketTableModel::errorOccurred);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(TicketTableModel::ColumnCount));
        // WHEN it shows an engagement THEN one reset brings every ticket
        model.setEngagement(&m_db, m_small, QTimeZone("America/New_York"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 300);
        // Newest first by default
        const QVector<QVariant> created = column(model, TicketTableModel::CreatedColumn);
        for (int i = 1; i < created.size(); ++i)
            QVERIFY(created.at(i - 1).toString() >= created.at(i).toString());
        // WHEN sorted by key THEN keys ascend in their natural order (K-2 before K-10), one reset each
        model.sort(TicketTableModel::KeyColumn, Qt::AscendingOrder);
        QCOMPARE(reset.count(), 2);
        const QVector<QVariant> keys = column(model, TicketTableModel::KeyColumn);
        for (int i = 1; i < keys.size(); ++i)
            QVERIFY2(
                Storage::TicketBrowseSql::naturalKeyOrderOf(keys.at(i - 1).toString()) <
                    Storage::TicketBrowseSql::naturalKeyOrderOf(keys.at(i).toString()),
                qPrintable(keys.at(i - 1).toString() + QStringLiteral(" before ") + keys.at(i).toString()));
        // the same sort again is no reload
        model.sort(TicketTableModel::KeyColumn, Qt::AscendingOrder);
        QCOMPARE(reset.count(), 2);
        // every column both ways keeps the model valid
        for (int c = 0; c < TicketTableModel::ColumnCount; ++c) {
            for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                model.sort(c, order);
                QCOMPARE(model.rowCount(), 300);
                QVERIFY(model.index(299, c).data().isValid() || c == TicketTableModel::ResolvedColumn ||
                        c == TicketTableModel::RespondedColumn);
            }
        }
        model.sort(TicketTableModel::SeverityColumn, Qt::AscendingOrder);
        const QVector<QVariant> severities = column(model, TicketTableModel::SeverityColumn);
        for (int i = 1; i < severities.size(); ++i)
            QVERIFY(severities.at(i - 1).toInt() <= severities.at(i).toInt());

        // WHEN filtered by severity THEN only that severity, and the count follows
        const int before = int(reset.count());
        model.setSeverityFilter(2);
        QCOMPARE(reset.count(), before + 1);
        QVERIFY(model.rowCount() > 0 && model.rowCount() < 300);
        for (const QVariant &s : column(model, TicketTableModel::SeverityColumn))
            QCOMPARE(s.toInt(), 2);
        model.setSeverityFilter(2); // unchanged: no reload
        QCOMPARE(reset.count(), before + 1);
        // AND by state
        model.setStateFilter(QStringLiteral("breached"));
        for (const QVariant &s : column(model, 0, TicketTableModel::StateIdRole))
            QCOMPARE(s.toString(), QStringLiteral("breached"));
        const int breachedSev2 = model.rowCount();
        // AND by text (key or title, any case)
        model.setSeverityFilter(0);
        model.setStateFilter(QString());
        model.setTextFilter(QStringLiteral("checkout"));
        QVERIFY(model.rowCount() > 0);
        for (const QVariant &title : column(model, TicketTableModel::TitleColumn))
            QVERIFY(title.toString().startsWith(QLatin1String("Checkout")));
        model.setTextFilter(QStringLiteral("gen-12"));
        QCOMPARE(model.rowCount(), 11); // GEN-12 and GEN-120 … GEN-129
        // AND by kind and month
        model.setTextFilter(QString());
        model.setKindFilter(Domain::TicketKind::Change);
        for (const QVariant &kind : column(model, TicketTableModel::KindColumn))
            QCOMPARE(kind.toString(), QStringLiteral("Change"));
        model.setKindFilter(std::nullopt);
        model.setMonthFilter(QDate(2025, 6, 20));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.filter().month, QDate(2025, 6, 1));
        for (const QVariant &resolved : column(model, TicketTableModel::ResolvedColumn)) {
            // resolved in June 2025 in New York (the compliance month in the engagement's zone)
            QVERIFY2(resolved.toString().startsWith(QLatin1String("2025-06")),
                     qPrintable(resolved.toString()));
        }
        // WHEN every filter is cleared THEN every ticket is back
        model.setMonthFilter(QDate());
        QCOMPARE(model.rowCount(), 300);
        QVERIFY(breachedSev2 >= 0);
        QCOMPARE(errors.count(), 0);
        // WHEN the engagement goes THEN the table is empty
        model.setEngagement(nullptr, 0, QTimeZone::utc());
        QCOMPARE(model.rowCount(), 0);
    }

    // A page that read the engagement's summary off the GUI thread hands it over: the table takes
    // it instead of counting again (the given count shows, however wrong).
    void shouldTakeAGivenSummaryInsteadOfCounting()
    {
        Models::TicketTableModel::Summary read;
        QVERIFY(Models::TicketTableModel::readSummary(m_db, m_small, &read).isNull());
        QCOMPARE(read.tickets, qint64(300));
        Models::TicketTableModel model;
        model.setEngagement(&m_db, m_small, QTimeZone("America/New_York"), read);
        QCOMPARE(model.rowCount(), 300);
        model.setEngagement(&m_db, m_small, QTimeZone("America/New_York"),
                            Models::TicketTableModel::Summary{7, read.complete});
        QCOMPARE(model.rowCount(), 7);
        // a reload or another engagement counts again
        model.reload();
        QCOMPARE(model.rowCount(), 300);
    }

    // A filter read off the GUI thread (readFilter(), the tickets panel's job) shows what the
    // table would read itself: the same count and rows, its first page without a read of its own.
    // Sorted again meanwhile, only its count is used; a read of another engagement changes nothing.
    // A sort keeps the count.
    void shouldShowAFilterReadElsewhereAsTheTableWouldReadIt()
    {
        const struct
        {
            qint64 engagement;
            QString text;
            int severity;
            int sortColumn; ///< the table's sort when the read comes; -1: the read's
        } cases[] = {
            {m_large, QStringLiteral("Checkout"), 0, -1},                         // counted, an index walk
            {m_small, QString(), 2, -1},                                          // few: read by ids
            {m_small, QStringLiteral("no such title"), 0, -1},                    // none
            {m_large, QStringLiteral("Payment"), 3, TicketTableModel::KeyColumn}, // sorted again
        };
        for (const auto &c : cases) {
            const QTimeZone zone("Europe/Stockholm");
            TicketTableModel shown, direct;
            shown.setEngagement(&m_db, c.engagement, zone);
            direct.setEngagement(&m_db, c.engagement, zone);
            Storage::TicketBrowseFilter filter;
            filter.text = c.text;
            filter.severity = c.severity;
            const TicketTableModel::FilterRead read = TicketTableModel::readFilter(
                m_db, c.engagement, shown.summary(), filter, shown.sortColumn(), shown.sortOrder());
            QVERIFY2(read.error.isNull(), qPrintable(read.error.toString()));
            if (c.sortColumn >= 0) {
                shown.sort(c.sortColumn, Qt::AscendingOrder);
                direct.sort(c.sortColumn, Qt::AscendingOrder);
            }
            direct.setFilter(filter);
            QSignalSpy reset(&shown, &QAbstractItemModel::modelReset);
            QVERIFY(shown.setFilter(read));
            QCOMPARE(reset.count(), 1);
            QVERIFY(shown.filter() == filter);
            QCOMPARE(shown.rowCount(), direct.rowCount());
            QVERIFY(c.text != QLatin1String("no such title") ? shown.rowCount() > 0 : shown.rowCount() == 0);
            for (int row = 0; row < qMin(shown.rowCount(), TicketTableModel::PageSize + 5); ++row) {
                QVERIFY(shown.rowAt(row) && direct.rowAt(row));
                QCOMPARE(shown.rowAt(row)->id, direct.rowAt(row)->id);
                if (row == 0) // the first page came with the read, unless sorted since
                    QCOMPARE(shown.pagesRead(), c.sortColumn >= 0 ? 1 : 0);
            }
        }
        TicketTableModel model;
        model.setEngagement(&m_db, m_large, QTimeZone("Europe/Stockholm"));
        Storage::TicketBrowseFilter filter;
        filter.text = QStringLiteral("Checkout");
        // A sort shows the same tickets: the count shown stays (here one given, however wrong; a
        // sort inside a filter of a million tickets counted it again, 0.3 s)
        TicketTableModel::FilterRead given = TicketTableModel::readFilter(
            m_db, m_large, model.summary(), filter, model.sortColumn(), model.sortOrder());
        const int counted = int(given.counts.shown);
        given.counts.shown = 7;
        QVERIFY(model.setFilter(given));
        model.sort(TicketTableModel::KeyColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 7);
        model.reload();
        QCOMPARE(model.rowCount(), counted);
        // A read of another engagement changes nothing
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        filter = {};
        filter.severity = 1;
        QVERIFY(!model.setFilter(TicketTableModel::readFilter(m_db, m_small, model.summary(), filter,
                                                              model.sortColumn(), model.sortOrder())));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.filter().text, QStringLiteral("Checkout"));
        // Another engagement under a filter, before its count: no rows, and the read shows them;
        // the same filter set here counts it
        TicketTableModel::Summary small;
        QVERIFY(TicketTableModel::readSummary(m_db, m_small, &small).isNull());
        filter.text = QStringLiteral("Checkout");
        model.setEngagementUncounted(&m_db, m_small, QTimeZone::utc(), small, filter);
        QVERIFY(!model.isCounted());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.engagementId(), m_small);
        TicketTableModel direct;
        direct.setEngagement(&m_db, m_small, QTimeZone::utc());
        direct.setFilter(filter);
        QVERIFY(direct.rowCount() > 0);
        QVERIFY(model.setFilter(TicketTableModel::readFilter(m_db, m_small, model.summary(), filter,
                                                             model.sortColumn(), model.sortOrder())));
        QVERIFY(model.isCounted());
        QCOMPARE(model.rowCount(), direct.rowCount());
        model.setEngagementUncounted(&m_db, m_small, QTimeZone::utc(), small, filter);
        model.setFilter(filter);
        QVERIFY(model.isCounted());
        QCOMPARE(model.rowCount(), direct.rowCount());
    }

    void shouldShowInstantsInTheEngagementsZoneAndStatesInWordsAndColour()
    {
        TicketTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEngagement(&m_db, m_small, QTimeZone("America/New_York"));
        model.setTextFilter(QStringLiteral("GEN-0"));
        model.sort(TicketTableModel::KeyColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex key = model.index(0, TicketTableModel::KeyColumn);
        QCOMPARE(key.data().toString(), QStringLiteral("GEN-0"));
        const Domain::Ticket first = generate(1, 7).constFirst();
        const QString expected = QDateTime::fromSecsSinceEpoch(first.created, QTimeZone("America/New_York"))
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QCOMPARE(model.index(0, TicketTableModel::CreatedColumn).data().toString(), expected);
        QVERIFY(expected != QDateTime::fromSecsSinceEpoch(first.created, QTimeZone::utc())
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        const QModelIndex state = model.index(0, TicketTableModel::StateColumn);
        const QString id = state.data(TicketTableModel::StateIdRole).toString();
        QCOMPARE(state.data().toString(), TicketTableModel::stateText(id));
        QVERIFY(!state.data().toString().isEmpty());
        QCOMPARE(state.data(Qt::DecorationRole).value<QColor>(), TicketTableModel::stateColor(id));
        QVERIFY(TicketTableModel::stateColor(QStringLiteral("breached")) !=
                TicketTableModel::stateColor(QStringLiteral("met")));
        QVERIFY(model.index(0, TicketTableModel::ResolutionTimeColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String(" h ")));
        QVERIFY(key.data(TicketTableModel::TicketIdRole).toLongLong() > 0);
        QCOMPARE(key.data(TicketTableModel::EvaluatedAtRole).toLongLong(), s_now);
    }

    void shouldNeverHoldMoreThanABoundedNumberOfRows()
    {
        // GIVEN 100,000 tickets sorted by a stored SLA column (read from sla_results first)
        TicketTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEngagement(&m_db, m_large, QTimeZone("Europe/Stockholm"));
        QCOMPARE(model.rowCount(), 100000);
        QVERIFY(model.cachedRowCount() <= TicketTableModel::PageSize); // the tester looked at row 0
        model.sort(TicketTableModel::ResolutionTimeColumn, Qt::DescendingOrder);
        // WHEN a view scrolls through every row from top to bottom
        QElapsedTimer timer;
        timer.start();
        qint64 previous = std::numeric_limits<qint64>::max();
        qint64 previousId = std::numeric_limits<qint64>::max();
        int maxHeld = 0;
        QSet<qint64> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Storage::TicketBrowseRow *r = model.rowAt(row);
            QVERIFY(r);
            // THEN rows come in order (ties by id, also in the half read from the end)
            QVERIFY2(r->resolutionSeconds < previous ||
                         (r->resolutionSeconds == previous && r->id < previousId),
                     qPrintable(QStringLiteral("row %1").arg(row)));
            previous = r->resolutionSeconds;
            previousId = r->id;
            seen.insert(r->id);
            maxHeld = std::max(maxHeld, model.cachedRowCount());
        }
        QCOMPARE(seen.size(), 100000);
        qInfo("walked 100,000 rows in %.1f s", timer.nsecsElapsed() / 1e9);
        // AND never more than the bounded cache is held
        QVERIFY2(maxHeld <= TicketTableModel::MaxCachedRows, qPrintable(QString::number(maxHeld)));
        QCOMPARE(model.pagesRead(), 100000 / TicketTableModel::PageSize);
        // WHEN it jumps around (scroll bar dragged) THEN the bound holds too
        QRandomGenerator random(3);
        for (int i = 0; i < 300; ++i) {
            const int row = int(random.bounded(100000));
            QVERIFY(model.index(row, TicketTableModel::KeyColumn)
                        .data()
                        .toString()
                        .startsWith(QLatin1String("GEN-")));
            QVERIFY(model.cachedRowCount() <= TicketTableModel::MaxCachedRows);
        }
        // AND the last row is reached without reading the rows before it
        model.sort(TicketTableModel::TitleColumn, Qt::AscendingOrder);
        const int afterReset = model.pagesRead(); // the tester looks at the first row after a reset
        QVERIFY(afterReset <= 1);
        QVERIFY(model.index(99999, TicketTableModel::TitleColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Stock")));
        QCOMPARE(model.pagesRead(), afterReset + 1);
        QCOMPARE(model.cachedRowCount(), (afterReset + 1) * TicketTableModel::PageSize);
    }

    // A page far inside a large filter comes from the filter's ids read once in the shown order;
    // another filter or sort reads its own (the rows are those of the filter and order shown).
    void shouldShowTheRowsOfTheFilterAndSortShownWhenJumpingInsideALargeFilter()
    {
        TicketTableModel model;
        model.setEngagement(&m_db, m_large, QTimeZone("Europe/Stockholm"));
        const auto expected = [this](const QString &text, Storage::TicketSortKey key, bool descending) {
            // The same rows walked from the top, page after page (never through a set of ids).
            Storage::TicketBrowseRepository repository(m_db);
            repository.setMaxIndexWalk(std::numeric_limits<qint64>::max());
            Storage::TicketBrowseFilter filter;
            filter.text = text;
            Storage::TicketBrowseCounts counts;
            QVector<qint64> ids;
            [&] {
                QVERIFY(repository.summary(m_large, &counts).isNull());
                QVERIFY(repository.count(m_large, filter, &counts.shown).isNull());
                for (qint64 offset = 0; offset < counts.shown; offset += 5000) {
                    QVector<Storage::TicketBrowseRow> page;
                    QVERIFY(repository.rows(m_large, filter, key, descending, offset, 5000, counts, &page)
                                .isNull());
                    for (const Storage::TicketBrowseRow &row : std::as_const(page))
                        ids.append(row.id);
                }
            }();
            return ids;
        };
        const struct
        {
            QString text;
            int column;
            Qt::SortOrder order;
            Storage::TicketSortKey key;
        } shown[] = {
            {QStringLiteral("Checkout"), TicketTableModel::TitleColumn, Qt::DescendingOrder,
             Storage::TicketSortKey::Title},
            {QStringLiteral("Payment"), TicketTableModel::TitleColumn, Qt::DescendingOrder,
             Storage::TicketSortKey::Title},
            {QStringLiteral("Payment"), TicketTableModel::ResolutionTimeColumn, Qt::AscendingOrder,
             Storage::TicketSortKey::ResolutionTime},
        };
        for (const auto &s : shown) {
            model.setTextFilter(s.text);
            model.sort(s.column, s.order);
            const QVector<qint64> ids = expected(s.text, s.key, s.order == Qt::DescendingOrder);
            QCOMPARE(model.rowCount(), ids.size());
            QVERIFY(ids.size() > 10000); // past the ids a count keeps, far from both ends in the middle
            for (const int row : {ids.size() / 2, ids.size() / 3, ids.size() / 2 + 7, 2 * ids.size() / 5}) {
                const Storage::TicketBrowseRow *r = model.rowAt(row);
                QVERIFY(r);
                QCOMPARE(r->id, ids.at(row));
            }
        }
    }

    // With the order read elsewhere (off the GUI thread), a page far inside a large filter is
    // blank and asks once for the order; the order brought for the filter and sort shown fills it
    // with the rows the table reads itself, and an order read before a reset is dropped.
    void shouldLetAFarPageOfALargeFilterWaitForItsOrderReadElsewhere()
    {
        const QTimeZone zone("Europe/Stockholm");
        TicketTableModel model, itself;
        model.setReadsOrderElsewhere(true);
        for (TicketTableModel *m : {&model, &itself}) {
            m->setEngagement(&m_db, m_large, zone);
            m->setTextFilter(QStringLiteral("Checkout"));
            m->sort(TicketTableModel::TitleColumn, Qt::DescendingOrder);
        }
        QSignalSpy needed(&model, &TicketTableModel::orderNeeded);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int rows = model.rowCount();
        QVERIFY(rows > 10000);
        QVERIFY(model.rowAt(0)); // near an end: read at once, no order
        QVERIFY(model.rowAt(rows - 1));
        QVERIFY(!model.isWaitingForOrder());
        QVERIFY(!model.rowAt(rows / 2)); // far: blank
        QVERIFY(!model.rowAt(rows / 3));
        QVERIFY(model.isWaitingForOrder());
        QTRY_COMPARE(needed.count(), 1);
        QTest::qWait(20);
        QCOMPARE(needed.count(), 1); // asked once

        TicketTableModel::OrderRead stale = model.orderRequest();
        TicketTableModel::readOrder(m_db, &stale);
        QVERIFY(stale.error.isNull());
        model.sort(TicketTableModel::ResolutionTimeColumn, Qt::AscendingOrder);
        itself.sort(TicketTableModel::ResolutionTimeColumn, Qt::AscendingOrder);
        QVERIFY(!model.isWaitingForOrder()); // the reset dropped the need
        QVERIFY(!model.rowAt(rows / 2));
        QTRY_COMPARE(needed.count(), 2);
        QVERIFY(!model.setOrder(stale)); // an order of the sort before
        QVERIFY(model.isWaitingForOrder());

        TicketTableModel::OrderRead read = model.orderRequest();
        TicketTableModel::readOrder(m_db, &read);
        QVERIFY(read.error.isNull());
        QCOMPARE(read.order.ids.size(), rows);
        changed.clear();
        QVERIFY(model.setOrder(read));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!model.isWaitingForOrder());
        for (const int row : {rows / 2, rows / 3, rows / 2 + 7, 2 * rows / 5, 0, rows - 1}) {
            const Storage::TicketBrowseRow *r = model.rowAt(row);
            QVERIFY(r);
            QCOMPARE(r->id, itself.rowAt(row)->id);
        }
        QCOMPARE(needed.count(), 2);
        QVERIFY(!model.setOrder(read)); // brought once
    }

    void shouldExportWhatIsShown()
    {
        TicketTableModel model;
        model.setEngagement(&m_db, m_small, QTimeZone("America/New_York"));
        model.setSeverityFilter(1);
        model.sort(TicketTableModel::KeyColumn, Qt::DescendingOrder);
        TableCollector table;
        QString error;
        QVERIFY2(TicketTableModel::writeExport(
                     m_db, model.exportRequest(), table, [](qint64) { return true; }, &error),
                 qPrintable(error));
        QVERIFY(table.committed);
        QCOMPARE(table.name, QStringLiteral("tickets"));
        QCOMPARE(table.rows.size(), model.rowCount());
        QCOMPARE(table.columns.size(), int(TicketTableModel::ColumnCount));
        QCOMPARE(table.columns.at(0).title, QStringLiteral("Key"));
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(table.rows.at(row).at(0).toString(),
                     model.index(row, TicketTableModel::KeyColumn).data().toString());
            QCOMPARE(table.rows.at(row).at(2).toInt(), 1);
        }
        const QDateTime created = table.rows.at(0).at(TicketTableModel::CreatedColumn).toDateTime();
        QCOMPARE(created.timeZone(), QTimeZone("America/New_York"));
    }

    // A large export is read a chunk at a time, in the table's order, and stops when told to with
    // nothing committed.
    void shouldExportALargeFilterInChunksAndStopWhenTold()
    {
        TicketTableModel model;
        model.setEngagement(&m_db, m_large, QTimeZone("Europe/Stockholm"));
        model.setTextFilter(QStringLiteral("Checkout"));
        model.sort(TicketTableModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(model.rowCount() > 5000);
        TableCollector table;
        QString error;
        QVector<qint64> asked;
        QVERIFY2(TicketTableModel::writeExport(
                     m_db, model.exportRequest(), table,
                     [&asked](qint64 written) {
                         asked.append(written);
                         return true;
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(table.rows.size(), model.rowCount());
        QVERIFY(asked.size() > 2 && asked.last() == model.rowCount());
        for (const int row : {0, 2001, model.rowCount() / 2, model.rowCount() - 1})
            QCOMPARE(table.rows.at(row).at(0).toString(),
                     model.index(row, TicketTableModel::KeyColumn).data().toString());
        TableCollector stopped;
        QVERIFY(!TicketTableModel::writeExport(
            m_db, model.exportRequest(), stopped, [](qint64 written) { return written < 2000; }, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(!stopped.committed);
        QVERIFY(stopped.rows.size() < model.rowCount());
    }
};

QTEST_GUILESS_MAIN(TestTicketTableModel)
#include "tst_tickettablemodel.moc"
