// The at-risk list of the SLA page: rows as given, words and colours for breached and at risk, the
// due time in the engagement's zone, sort values and the model's own sort; under
// QAbstractItemModelTester.
#include "models/slaatriskmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using Models::SlaAtRiskModel;
using Models::SlaAtRiskTicket;

namespace {
const qint64 s_now = QDateTime(QDate(2026, 11, 24), QTime(13, 0), QTimeZone::utc()).toSecsSinceEpoch();

SlaAtRiskTicket ticket(const QString &key, int severity, qint64 secondsLeft, bool breached)
{
    SlaAtRiskTicket t;
    t.ticketId = key.mid(3).toLongLong();
    t.key = key;
    t.title = QStringLiteral("Checkout fails for %1").arg(key);
    t.severity = severity;
    t.clock = severity == 1 ? SlaAtRiskTicket::Clock::Response : SlaAtRiskTicket::Clock::Resolution;
    t.breached = breached;
    t.due = s_now + secondsLeft;
    t.secondsLeft = secondsLeft;
    t.targetSeconds = 8 * 3600;
    t.businessSeconds = breached ? 10 * 3600 : 7 * 3600;
    return t;
}
} // namespace

class TestSlaAtRiskModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void shouldShowEveryTicketInWordsAndColour()
    {
        // GIVEN a tester watching the model before it is filled
        SlaAtRiskModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // WHEN a breached and an at-risk ticket are set
        model.setTickets({ticket(QStringLiteral("FG-12"), 2, -(2 * 3600 + 10 * 60), true),
                          ticket(QStringLiteral("FG-40"), 1, 45 * 60, false)},
                         QTimeZone("Europe/Stockholm"));
        // THEN one reset, two rows, every column
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SlaAtRiskModel::ColumnCount));
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, SlaAtRiskModel::TicketColumn).toString(), QStringLiteral("FG-12"));
        QCOMPARE(cell(0, SlaAtRiskModel::TimeLeftColumn).toString(),
                 QStringLiteral("breached 2 h 10 min ago"));
        QCOMPARE(cell(1, SlaAtRiskModel::TimeLeftColumn).toString(), QStringLiteral("45 min left"));
        QCOMPARE(cell(0, SlaAtRiskModel::UsedColumn).toString(), QStringLiteral("125 % of 8 h 0 min"));
        QCOMPARE(cell(1, SlaAtRiskModel::ClockColumn).toString(), QStringLiteral("Response"));
        QCOMPARE(cell(0, SlaAtRiskModel::TimeLeftColumn, Qt::ForegroundRole).value<QColor>(),
                 SlaAtRiskModel::breachedColor());
        QCOMPARE(cell(1, SlaAtRiskModel::TimeLeftColumn, Qt::ForegroundRole).value<QColor>(),
                 SlaAtRiskModel::atRiskColor());
        QCOMPARE(cell(0, 0, SlaAtRiskModel::BreachedRole).toBool(), true);
        // The due time is the engagement's local time (UTC+1 in November), in figures as the
        // window's other tables write it (en_GB's short form would be "24/11/2026 14:45")
        QCOMPARE(cell(1, SlaAtRiskModel::DueColumn).toString(), QStringLiteral("2026-11-24 14:45"));
        // AND sorting by time left puts the breach first
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SlaAtRiskModel::SortRole);
        proxy.sort(SlaAtRiskModel::TimeLeftColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("FG-40"));
        proxy.sort(SlaAtRiskModel::TimeLeftColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("FG-12"));
        // WHEN emptied THEN no rows
        model.setTickets({}, QTimeZone::utc());
        QCOMPARE(model.rowCount(), 0);
    }

    // The model sorts itself: for every column and order, the rows a QSortFilterProxyModel on
    // SortRole shows (ties in the order given); a persistent index follows its ticket; a reload
    // keeps the order.
    void shouldSortAsAProxyOnTheSortRole()
    {
        QVector<SlaAtRiskTicket> tickets;
        for (int i = 0; i < 60; ++i) {
            SlaAtRiskTicket t =
                ticket(QStringLiteral("FG-%1").arg((i * 37) % 60), 1 + i % 3, (i % 7 - 3) * 1800, i % 7 < 3);
            t.ticketId = 1000 + i;
            if (i % 5 == 0)
                t.title = QStringLiteral("checkout fails"); // ties, and lower case after upper
            if (i % 4 == 0)
                t.targetSeconds = 0; // "used" without a target
            t.businessSeconds = 3600 * (i % 11);
            tickets.append(t);
        }
        SlaAtRiskModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTickets(tickets, QTimeZone::utc());
        const auto idsShown = [](const QAbstractItemModel &m) {
            QVector<qint64> ids;
            for (int row = 0; row < m.rowCount(); ++row)
                ids.append(m.index(row, 0).data(SlaAtRiskModel::TicketIdRole).toLongLong());
            return ids;
        };
        for (int column = 0; column < SlaAtRiskModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QSortFilterProxyModel proxy;
                proxy.setSortRole(SlaAtRiskModel::SortRole);
                proxy.setSourceModel(&model);
                model.sort(-1); // the order given, as the proxy's source
                proxy.sort(column, order);
                const QVector<qint64> expected = idsShown(proxy);
                proxy.setSourceModel(nullptr);
                model.sort(column, order);
                QCOMPARE(idsShown(model), expected);
            }
        }
        // a persistent index (the view's current row) follows its ticket through a sort
        model.sort(SlaAtRiskModel::TimeLeftColumn, Qt::AscendingOrder);
        const QPersistentModelIndex current = model.index(7, SlaAtRiskModel::TitleColumn);
        const qint64 id = current.data(SlaAtRiskModel::TicketIdRole).toLongLong();
        model.sort(SlaAtRiskModel::TicketColumn, Qt::DescendingOrder);
        QCOMPARE(current.data(SlaAtRiskModel::TicketIdRole).toLongLong(), id);
        QCOMPARE(current.column(), int(SlaAtRiskModel::TitleColumn));
        QCOMPARE(model.ticketAt(current.row()).ticketId, id);
        // a reload keeps the order sorted by; tickets() stays as given
        const QVector<qint64> sorted = idsShown(model);
        model.setTickets(tickets, QTimeZone::utc());
        QCOMPARE(idsShown(model), sorted);
        QCOMPARE(model.tickets(), tickets);
    }
};

QTEST_GUILESS_MAIN(TestSlaAtRiskModel)
#include "tst_slaatriskmodel.moc"
