// The refresh keeps a tree's place when items move and across a change of language, the diagram's
// place at the width's zoom across a new layout, and the engagement list's row heights (issue 15).
#include "models/portfolio.h"
#include "models/storage/database.h"
#include "tests/ui/placetest.h"
#include "ui/diagram/diagramview.h"
#include "ui/engagementlistpanel.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/supportmodelpage.h"
#include "ui/viewstatekeeper.h"

#include <QApplication>
#include <QDir>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QScrollBar>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using Gui::DiagramView;
using Gui::ViewState;
using Gui::ViewStateKeeper;
using PlaceTest::changeElsewhere;
using PlaceTest::grab;

namespace {
constexpr int s_idRole = Qt::UserRole + 7;

/// A tree of teams and people: `teams` maps a team to its people; each person has two tasks.
/// Every item carries an id (its untranslated name) in s_idRole; the texts carry `prefix` (another
/// language). All collapsed: the tree's default.
void fillTeams(QTreeWidget *tree, const QVector<QPair<QString, QStringList>> &teams,
               const QString &prefix = QString(), bool sameTaskTexts = false)
{
    tree->clear();
    for (const auto &team : teams) {
        auto *top = new QTreeWidgetItem(tree, {prefix + team.first});
        top->setData(0, s_idRole, QStringLiteral("team/") + team.first);
        for (const QString &person : team.second) {
            auto *item = new QTreeWidgetItem(top, {prefix + person});
            item->setData(0, s_idRole, QStringLiteral("person/") + person);
            for (int t = 0; t < 2; ++t) {
                const QString text = sameTaskTexts ? QStringLiteral("task %1").arg(t)
                                                   : QStringLiteral("%1 task %2").arg(person).arg(t);
                auto *task = new QTreeWidgetItem(item, {prefix + text});
                task->setData(0, s_idRole, QStringLiteral("task/%1/%2").arg(person).arg(t));
            }
        }
    }
}

QTreeWidgetItem *findId(QTreeWidget *tree, const QString &id)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, s_idRole).toString() == id)
            return *it;
    }
    return nullptr;
}

QTreeWidgetItem *findText(QTreeWidget *tree, const QString &text)
{
    const QList<QTreeWidgetItem *> found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return found.size() == 1 ? found.first() : nullptr;
}

const QVector<QPair<QString, QStringList>> s_before = {
    {QStringLiteral("North"), {QStringLiteral("Ada"), QStringLiteral("Bo")}},
    {QStringLiteral("South"), {QStringLiteral("Cy"), QStringLiteral("Di")}},
    {QStringLiteral("West"), {QStringLiteral("Ed")}},
};
// Bo moved from North to West (a colleague's save), the rest where it was.
const QVector<QPair<QString, QStringList>> s_boMoved = {
    {QStringLiteral("North"), {QStringLiteral("Ada")}},
    {QStringLiteral("South"), {QStringLiteral("Cy"), QStringLiteral("Di")}},
    {QStringLiteral("West"), {QStringLiteral("Ed"), QStringLiteral("Bo")}},
};

/// The user's place before the move: North and Bo open, on Bo's second task.
void standOnBosTask(QTreeWidget *tree)
{
    findId(tree, QStringLiteral("team/North"))->setExpanded(true);
    findId(tree, QStringLiteral("person/Bo"))->setExpanded(true);
    tree->setCurrentItem(findId(tree, QStringLiteral("task/Bo/1")));
}

QVector<int> rowHeights(const QTableView *view)
{
    QVector<int> heights;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        heights.append(view->rowHeight(r));
    return heights;
}
} // namespace

class TestTreePlace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Gui::LanguageManager m_languages;

private slots:
    void initTestCase() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }
    void cleanup() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }

    void shouldFindAnItemMovedUnderAnotherParentByItsUniqueKey()
    {
        // Keyed by the texts (no key role): the last key of the path, unique in the tree.
        QTreeWidget tree;
        tree.resize(300, 500);
        fillTeams(&tree, s_before);
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));
        standOnBosTask(&tree);
        {
            const ViewStateKeeper keeper(&tree);
            fillTeams(&tree, s_boMoved);
        }
        grab(&tree, QStringLiteral("moved-tree"));
        QTreeWidgetItem *bo = findText(&tree, QStringLiteral("Bo"));
        QVERIFY(bo);
        QCOMPARE(bo->parent()->text(0), QStringLiteral("West"));
        QVERIFY(bo->isExpanded());           // expanded where it now is
        QVERIFY(bo->parent()->isExpanded()); // its new parent opened: the current item is in sight
        QVERIFY(findText(&tree, QStringLiteral("North"))->isExpanded()); // the old parent as it was
        QVERIFY(!findText(&tree, QStringLiteral("South"))->isExpanded());
        QVERIFY(tree.currentItem());
        QCOMPARE(tree.currentItem()->text(0), QStringLiteral("Bo task 1"));
        QCOMPARE(tree.currentItem()->parent(), bo);
    }

    void shouldFindAnItemUnderAMovedParentByThePathBelowIt()
    {
        // Every person's tasks are "task 0" and "task 1": Bo's is found below Bo, wherever Bo is.
        QTreeWidget tree;
        tree.resize(300, 500);
        fillTeams(&tree, s_before, QString(), true);
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));
        standOnBosTask(&tree);
        QCOMPARE(tree.currentItem()->text(0), QStringLiteral("task 1"));
        {
            const ViewStateKeeper keeper(&tree);
            fillTeams(&tree, s_boMoved, QString(), true);
        }
        QTreeWidgetItem *bo = findText(&tree, QStringLiteral("Bo"));
        QVERIFY(bo && bo->isExpanded() && bo->parent()->isExpanded());
        QVERIFY(tree.currentItem());
        QCOMPARE(tree.currentItem()->parent(), bo);
        QCOMPARE(tree.currentItem()->text(0), QStringLiteral("task 1"));
    }

    void shouldFindAMovedItemByTheKeyRoleWhateverItsText()
    {
        // Keyed by an id role: texts in another language (the catalogue's case) and a move.
        QTreeWidget tree;
        tree.resize(300, 500);
        ViewState::setRowKey(&tree, {s_idRole});
        fillTeams(&tree, s_before);
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));
        standOnBosTask(&tree);
        findId(&tree, QStringLiteral("team/South"))->setExpanded(true);
        {
            const ViewStateKeeper keeper(&tree);
            fillTeams(&tree, s_before, QStringLiteral("sv: "));
        }
        QVERIFY(findId(&tree, QStringLiteral("team/North"))->isExpanded());
        QVERIFY(findId(&tree, QStringLiteral("team/South"))->isExpanded());
        QVERIFY(findId(&tree, QStringLiteral("person/Bo"))->isExpanded());
        QVERIFY(!findId(&tree, QStringLiteral("person/Ada"))->isExpanded());
        QCOMPARE(tree.currentItem(), findId(&tree, QStringLiteral("task/Bo/1")));
        {
            const ViewStateKeeper keeper(&tree);
            fillTeams(&tree, s_boMoved);
        }
        QTreeWidgetItem *bo = findId(&tree, QStringLiteral("person/Bo"));
        QCOMPARE(bo->parent(), findId(&tree, QStringLiteral("team/West")));
        QVERIFY(bo->isExpanded());
        QVERIFY(bo->parent()->isExpanded());
        QCOMPARE(tree.currentItem(), findId(&tree, QStringLiteral("task/Bo/1")));
    }

    void shouldLeaveAKeyThatSeveralItemsHaveByItsPathOnly()
    {
        // "Bo" twice: which one moved is not known; nothing is guessed.
        QTreeWidget tree;
        tree.resize(300, 500);
        const QVector<QPair<QString, QStringList>> twice = {
            {QStringLiteral("North"), {QStringLiteral("Bo")}},
            {QStringLiteral("South"), {QStringLiteral("Bo")}},
        };
        fillTeams(&tree, twice);
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));
        tree.topLevelItem(0)->setExpanded(true);
        tree.topLevelItem(0)->child(0)->setExpanded(true);
        {
            const ViewStateKeeper keeper(&tree);
            fillTeams(&tree, {{QStringLiteral("North"), {}},
                              {QStringLiteral("South"), {QStringLiteral("Bo")}},
                              {QStringLiteral("West"), {QStringLiteral("Bo")}}});
        }
        QVERIFY(!tree.topLevelItem(1)->child(0)->isExpanded());
        QVERIFY(!tree.topLevelItem(2)->child(0)->isExpanded());
    }

    void shouldKeepTheCatalogueTreeAcrossAChangeOfLanguage()
    {
        PlaceTest::DemoWindow demo;
        QVERIFY(demo.open(m_dir.filePath(QStringLiteral("language.sqlite")), &m_languages, {1100, 750},
                          PlaceTest::DemoWindow::Wait::Exposed));
        Gui::MainWindow &window = *demo.window;
        QVERIFY(window.showPage(QStringLiteral("support-model")));
        auto *page = window.findChild<Gui::SupportModelPage *>();
        QTreeWidget *tree = page->tree();
        page->findChild<QSplitter *>()->setSizes({300, 250});
        QCoreApplication::processEvents();
        // Open a service level (closed by default), close the roles (open by default), stand on
        // an activity.
        QTreeWidgetItem *level = tree->topLevelItem(1);
        QVERIFY(level && !level->isExpanded() && level->childCount() > 2);
        level->setExpanded(true);
        tree->setCurrentItem(level->child(2));
        const QString activityEn = level->child(2)->text(0);
        QTreeWidgetItem *roles = tree->topLevelItem(tree->topLevelItemCount() - 1);
        QVERIFY(roles->isExpanded());
        roles->setExpanded(false);
        const QString rolesEn = roles->text(0);
        grab(page, QStringLiteral("language-tree-en"));

        QVERIFY(m_languages.setLanguage(QStringLiteral("sv")));
        QCoreApplication::processEvents();
        grab(page, QStringLiteral("language-tree-sv"));
        QVERIFY(tree->topLevelItem(tree->topLevelItemCount() - 1)->text(0) != rolesEn); // translated
        QVERIFY(tree->topLevelItem(1)->isExpanded());
        QVERIFY(!tree->topLevelItem(tree->topLevelItemCount() - 1)->isExpanded());
        QVERIFY(tree->currentItem());
        QCOMPARE(tree->currentItem(), tree->topLevelItem(1)->child(2));
        QVERIFY(tree->currentItem()->text(0) != activityEn);

        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QVERIFY(tree->topLevelItem(1)->isExpanded());
        QCOMPARE(tree->currentItem()->text(0), activityEn);
    }

    void shouldKeepTheDiagramsPlaceAtTheWidthsZoomWhenTheWindowIsResized()
    {
        PlaceTest::DemoWindow demo;
        // the view wider than the drawing's narrowest layout
        QVERIFY(demo.open(m_dir.filePath(QStringLiteral("resize.sqlite")), &m_languages, {1400, 750},
                          PlaceTest::DemoWindow::Wait::Exposed));
        Gui::MainWindow &window = *demo.window;
        QVERIFY(window.showPage(QStringLiteral("support-model")));
        auto *page = window.findChild<Gui::SupportModelPage *>();
        DiagramView *view = page->diagram();
        QTRY_VERIFY(!view->boxes().isEmpty());
        page->findChild<QSplitter *>()->setSizes({250, 300});
        QCoreApplication::processEvents();
        QCOMPARE(view->zoomMode(), DiagramView::ZoomMode::FollowWidth);
        QScrollBar *bar = view->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum() / 2);
        const QRectF scene = view->scene()->sceneRect();
        const qreal share = (view->mapToScene(QPoint(0, 0)).y() - scene.top()) / scene.height();
        QVERIFY(share > 0.1);

        const int viewWidth = view->viewport()->width();
        window.resize(1600, 750); // a wider view: laid out again
        QTRY_VERIFY(view->viewport()->width() > viewWidth);
        QCoreApplication::processEvents();
        QVERIFY(view->scene()->sceneRect().width() != scene.width());
        QVERIFY(bar->value() > 0);
        const QRectF after = view->scene()->sceneRect();
        const qreal shareAfter = (view->mapToScene(QPoint(0, 0)).y() - after.top()) / after.height();
        QVERIFY2(qAbs(shareAfter - share) < 0.01,
                 qPrintable(QStringLiteral("%1 became %2").arg(share).arg(shareAfter)));
    }

    void shouldKeepTheDiagramsPlaceWhenANewDrawingBringsAScrollBar()
    {
        // The page's way: each new width is laid out again (the drawing's height follows a
        // variable here), and a redraw ends with setBoxes(). Too wide for the view even at the
        // smallest zoom: scrolled to the right, a vertical scroll bar that comes narrows the view,
        // which lays the drawing out again.
        QGraphicsScene scene;
        DiagramView view;
        view.setScene(&scene);
        view.resize(420, 300);
        qreal height = 200;
        auto draw = [&](qreal width) {
            scene.clear();
            scene.setSceneRect(0, 0, qMax(width, 1200.0), height);
            scene.addRect(QRectF(0, 0, qMax(width, 1200.0), height));
            view.setBoxes({});
        };
        connect(&view, &DiagramView::layoutWidthChanged, &view, draw);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        draw(view.viewport()->width());
        QCoreApplication::processEvents();
        QVERIFY(!view.verticalScrollBar()->isVisible());
        QScrollBar *across = view.horizontalScrollBar();
        QVERIFY(across->maximum() > 0);
        across->setValue(across->maximum() * 3 / 4);
        const qreal left = view.mapToScene(QPoint(0, 0)).x();
        QVERIFY(left > 100);

        // The redraw keeps the place as the page does (the centre, at the same width)...
        const DiagramView::Place place = view.place();
        height = 900;
        draw(view.viewport()->width());
        view.restorePlace(place);
        // ... and the scroll bar that comes after it lays the drawing out again.
        QTRY_VERIFY(view.verticalScrollBar()->isVisible());
        QCoreApplication::processEvents();
        const qreal leftAfter = view.mapToScene(QPoint(0, 0)).x();
        QVERIFY2(qAbs(leftAfter - left) * view.zoom() <= 2.5, // pixels
                 qPrintable(QStringLiteral("%1 became %2").arg(left).arg(leftAfter)));

        // And back: the scroll bar goes.
        height = 200;
        const DiagramView::Place again = view.place();
        draw(view.viewport()->width());
        view.restorePlace(again);
        QTRY_VERIFY(!view.verticalScrollBar()->isVisible());
        QCoreApplication::processEvents();
        const qreal leftBack = view.mapToScene(QPoint(0, 0)).x();
        QVERIFY2(qAbs(leftBack - left) * view.zoom() <= 2.5,
                 qPrintable(QStringLiteral("%1 became %2").arg(left).arg(leftBack)));
    }

    void shouldKeepTheEngagementListsRowHeightsAcrossARefresh()
    {
        const QString file = m_dir.filePath(QStringLiteral("rows.sqlite"));
        PlaceTest::DemoWindow demo;
        QVERIFY(demo.open(file, &m_languages, {1100, 750}, PlaceTest::DemoWindow::Wait::Watching));
        Gui::MainWindow &window = *demo.window;
        Models::Portfolio &portfolio = demo.portfolio;
        QCoreApplication::processEvents();
        QTableView *list = window.engagementList()->view();
        const QVector<int> before = rowHeights(list);
        QVERIFY(before.size() > 2);
        grab(window.engagementList(), QStringLiteral("rows-before"));

        changeElsewhere(file, &portfolio, window.currentEngagementId(), QStringLiteral("changed elsewhere"));
        QCoreApplication::processEvents();
        grab(window.engagementList(), QStringLiteral("rows-after"));
        QCOMPARE(rowHeights(list), before);
        window.refreshFromDatabase();
        QCoreApplication::processEvents();
        QCOMPARE(rowHeights(list), before);
    }
};

QTEST_MAIN(TestTreePlace)
#include "tst_treeplace.moc"
