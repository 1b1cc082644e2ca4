// A reload keeps the user's place in tables and lists (issue 15): the scroll position and the
// current row by the row's identity (rows inserted above do not move it), the current column by
// its heading; and the window's refresh of what others changed keeps it in its pages.
#include "models/allocationgridmodel.h"
#include "models/portfolio.h"
#include "models/storage/database.h"
#include "models/tickettablemodel.h"
#include "tests/ui/placetest.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/slapage.h"
#include "ui/viewstatekeeper.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using Gui::ViewState;
using Gui::ViewStateKeeper;

namespace {
/// `rows` rows "T<n>" (id n in Qt::UserRole) of 20 columns headed "M1".."M20", new ones above.
void fill(QStandardItemModel *model, int rows, int firstId, const QString &prefix = QStringLiteral("T"))
{
    model->clear();
    model->setColumnCount(20);
    for (int c = 0; c < 20; ++c)
        model->setHorizontalHeaderItem(c, new QStandardItem(QStringLiteral("M%1").arg(c + 1)));
    for (int r = 0; r < rows; ++r) {
        QList<QStandardItem *> items;
        for (int c = 0; c < 20; ++c) {
            auto *item = new QStandardItem(c == 0 ? prefix + QString::number(firstId + r)
                                                  : QStringLiteral("value %1/%2").arg(firstId + r).arg(c));
            item->setData(firstId + r, Qt::UserRole);
            items << item;
        }
        model->appendRow(items);
    }
}

QString textOf(const QModelIndex &index)
{
    return index.sibling(index.row(), 0).data().toString();
}

using PlaceTest::grab;

QModelIndex topOf(const QAbstractItemView *view)
{
    return view->indexAt(QPoint(0, 0));
}
} // namespace

class TestViewStateKeeper : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Gui::LanguageManager m_languages;

private slots:
    void initTestCase() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }

    void shouldKeepTheTopRowTheCurrentCellAndTheSidewaysScrollWhenRowsCameAbove()
    {
        QStandardItemModel model;
        fill(&model, 300, 100);
        QTableView view;
        view.setModel(&model);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentIndex(model.index(150, 6));
        view.scrollTo(model.index(120, 0), QAbstractItemView::PositionAtTop);
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum() / 2);
        const int sideways = view.horizontalScrollBar()->value();
        QVERIFY(sideways > 0);
        QCOMPARE(textOf(topOf(&view)), QStringLiteral("T220"));

        {
            const ViewStateKeeper keeper(&view);
            fill(&model, 307, 93); // seven rows came above: every row moved down by seven
        }
        QCOMPARE(textOf(topOf(&view)), QStringLiteral("T220"));
        QCOMPARE(textOf(view.currentIndex()), QStringLiteral("T250"));
        QCOMPARE(view.currentIndex().row(), 157);
        QCOMPARE(view.currentIndex().column(), 6);
        QVERIFY(view.selectionModel()->isRowSelected(157, {}));
        QCOMPARE(view.horizontalScrollBar()->value(), sideways);

        // Without the keeper the reset starts at the top: what the keeper is for.
        fill(&model, 307, 93);
        QCoreApplication::processEvents();
        QCOMPARE(view.verticalScrollBar()->value(), 0);
    }

    void shouldFindTheRowByTheKeyRoleAndTheColumnByItsHeading()
    {
        QStandardItemModel model;
        fill(&model, 200, 1);
        QTableView view;
        view.setModel(&model);
        ViewState::setRowKey(&view, {Qt::UserRole});
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentIndex(model.index(80, 4)); // id 81, "M5"
        view.scrollTo(model.index(70, 0), QAbstractItemView::PositionAtTop);
        {
            const ViewStateKeeper keeper(&view);
            // Renamed (the text is no identity here), three rows gone above, and a column came
            // before "M5" (a month earlier in the window).
            fill(&model, 197, 4, QStringLiteral("Renamed "));
            model.insertColumn(0);
            model.setHorizontalHeaderItem(0, new QStandardItem(QStringLiteral("M0")));
            for (int r = 0; r < model.rowCount(); ++r)
                model.setItem(r, 0, new QStandardItem(QString()));
        }
        // The key column is column 0 by default: the ids moved to column 1 with the insert.
        QCOMPARE(view.currentIndex().row(), 80); // not found by key: the same number
        {
            ViewState::setRowKey(&view, {Qt::UserRole}, 1);
            view.setCurrentIndex(model.index(77, 5)); // id 81 again
            const ViewStateKeeper keeper(&view);
            fill(&model, 200, 1); // ids 1..200 again, "M1".."M20"
        }
        QCOMPARE(view.currentIndex().data(Qt::UserRole).toInt(), 81);
        QCOMPARE(model.headerData(view.currentIndex().column(), Qt::Horizontal).toString(),
                 QStringLiteral("M5"));
    }

    void shouldLeaveTheCurrentRowTheReloadChoseWhenTheOldOneIsGone()
    {
        QStandardItemModel model;
        fill(&model, 50, 1);
        QTableView view;
        view.setModel(&model);
        view.setCurrentIndex(model.index(20, 2)); // "T21"
        {
            const ViewStateKeeper keeper(&view);
            fill(&model, 49, 22);                    // T21 gone (and every row before it)
            view.setCurrentIndex(model.index(3, 0)); // the page's own choice after the reload
        }
        QCOMPARE(textOf(view.currentIndex()), QStringLiteral("T25"));
        {
            const ViewStateKeeper keeper(&view);
            fill(&model, 30, 100); // T25 gone, and nothing chosen: the same row number
        }
        QCOMPARE(view.currentIndex().row(), 3);
        QCOMPARE(view.currentIndex().column(), 0);
    }

    void shouldKeepTheCurrentItemOfATreeByItsPath()
    {
        QTreeWidget tree;
        tree.setColumnCount(2);
        auto fillTree = [&tree](const QStringList &groups) {
            tree.clear();
            for (const QString &group : groups) {
                auto *parent = new QTreeWidgetItem(&tree, {group, QString()});
                for (int i = 0; i < 40; ++i)
                    new QTreeWidgetItem(parent, {QStringLiteral("%1-%2").arg(group).arg(i), QString()});
            }
            tree.expandAll();
        };
        fillTree({QStringLiteral("B"), QStringLiteral("C")});
        tree.resize(300, 300);
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));
        QTreeWidgetItem *c7 = tree.topLevelItem(1)->child(7);
        tree.setCurrentItem(c7);
        tree.scrollToItem(tree.topLevelItem(1)->child(3), QAbstractItemView::PositionAtTop);
        {
            const ViewStateKeeper keeper(&tree);
            fillTree({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        }
        QCOMPARE(tree.currentItem()->text(0), QStringLiteral("C-7"));
        QCOMPARE(tree.itemAt(0, 0)->text(0), QStringLiteral("C-3"));
    }

    void shouldKeepThePlaceInThePagesWhenTheWindowShowsWhatOthersChanged()
    {
        const QString file = m_dir.filePath(QStringLiteral("refresh.sqlite"));
        PlaceTest::DemoWindow demo;
        QVERIFY(demo.open(file, &m_languages, {1100, 700}, PlaceTest::DemoWindow::Wait::Watching));
        Gui::MainWindow &window = *demo.window;

        // The SLA page's tickets, scrolled down, on a ticket.
        QVERIFY(window.showPage(QStringLiteral("sla")));
        auto *sla = window.findChild<Gui::SlaPage *>();
        QTRY_VERIFY(!sla->isLoading());
        auto *tickets = window.findChild<QTableView *>(QStringLiteral("ticketTable"));
        QVERIFY(tickets);
        QVERIFY2(tickets->model()->rowCount() > 100,
                 qPrintable(QString::number(tickets->model()->rowCount())));
        tickets->setCurrentIndex(tickets->model()->index(90, 1));
        tickets->scrollTo(tickets->model()->index(70, 0), QAbstractItemView::PositionAtTop);
        const QVariant ticketId = tickets->currentIndex().data(Models::TicketTableModel::TicketIdRole);
        const QVariant topId = topOf(tickets).data(Models::TicketTableModel::TicketIdRole);
        const int vertical = tickets->verticalScrollBar()->value();
        QVERIFY(vertical > 0);
        grab(&window, QStringLiteral("refresh-sla-before"));

        // Another connection changes the database (as a colleague's save, or psql, would).
        QSignalSpy loaded(sla, &Gui::SlaPage::loaded);
        {
            Storage::Database theirs;
            QVERIFY(theirs.open(file).isNull());
            QSqlQuery query(theirs.connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE engagements SET notes = 'changed elsewhere'")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        QTRY_VERIFY(!sla->isLoading());
        QCOMPARE(tickets->currentIndex().data(Models::TicketTableModel::TicketIdRole), ticketId);
        QCOMPARE(tickets->currentIndex().column(), 1);
        QCOMPARE(topOf(tickets).data(Models::TicketTableModel::TicketIdRole), topId);
        QCOMPARE(tickets->verticalScrollBar()->value(), vertical);
        grab(&window, QStringLiteral("refresh-sla-after"));
    }

    void shouldKeepThePlaceInTheAllocationGridWhenTheWindowShowsWhatOthersChanged()
    {
        const QString file = m_dir.filePath(QStringLiteral("allocation.sqlite"));
        PlaceTest::DemoWindow demo;
        QVERIFY(demo.open(file, &m_languages, {1100, 500}, PlaceTest::DemoWindow::Wait::Watching));
        Gui::MainWindow &window = *demo.window;
        Models::Portfolio &portfolio = demo.portfolio;
        QVERIFY(window.showPage(QStringLiteral("allocation")));
        auto *grid = window.findChild<QTableView *>(QStringLiteral("allocationGrid"));
        QVERIFY(grid);
        const int rows = grid->model()->rowCount();
        QVERIFY2(rows > 6, qPrintable(QString::number(rows)));
        grid->setCurrentIndex(grid->model()->index(rows - 2, 3));
        grid->scrollToBottom();
        QCoreApplication::processEvents();
        const int vertical = grid->verticalScrollBar()->value();
        const QModelIndex current = grid->currentIndex();
        const QString person = current.data(Models::AllocationGridModel::PersonRole).toString();
        const QString engagement = current.data(Models::AllocationGridModel::EngagementRole).toString();
        const QString month = grid->model()->headerData(current.column(), Qt::Horizontal).toString();
        grab(&window, QStringLiteral("refresh-allocation-before"));

        PlaceTest::changeElsewhere(file, &portfolio, window.currentEngagementId(),
                                   QStringLiteral("changed elsewhere"));
        QTest::qWait(50);
        const QModelIndex after = grid->currentIndex();
        QCOMPARE(after.data(Models::AllocationGridModel::PersonRole).toString(), person);
        QCOMPARE(after.data(Models::AllocationGridModel::EngagementRole).toString(), engagement);
        QCOMPARE(grid->model()->headerData(after.column(), Qt::Horizontal).toString(), month);
        if (vertical > 0)
            QCOMPARE(grid->verticalScrollBar()->value(), vertical);
        grab(&window, QStringLiteral("refresh-allocation-after"));
    }
};

QTEST_MAIN(TestViewStateKeeper)
#include "tst_viewstatekeeper.moc"
