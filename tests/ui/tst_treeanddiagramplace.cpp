// A refresh keeps the expanded items of trees and the support model diagram's zoom and centre
// (issue 15): trees by the items' key paths (items gone are ignored, new ones take the tree's
// default), the diagram when it is drawn again for the same engagement; fit stays fit; another
// engagement starts at the default.
#include "models/portfolio.h"
#include "models/storage/database.h"
#include "tests/ui/placetest.h"
#include "ui/diagram/diagramview.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/supportmodelpage.h"
#include "ui/viewstatekeeper.h"

#include <QApplication>
#include <QDir>
#include <QGraphicsScene>
#include <QScrollBar>
#include <QSplitter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using Gui::DiagramView;
using Gui::ViewStateKeeper;
using PlaceTest::changeElsewhere;
using PlaceTest::grab;

namespace {
/// Groups of 3 subgroups of 5 leaves each, all collapsed except the groups in `open` (the
/// tree's default, as a page's reload gives it).
void fillGroups(QTreeWidget *tree, const QStringList &groups, const QStringList &open = {})
{
    tree->clear();
    for (const QString &group : groups) {
        auto *top = new QTreeWidgetItem(tree, {group});
        for (int s = 0; s < 3; ++s) {
            auto *sub = new QTreeWidgetItem(top, {QStringLiteral("%1-%2").arg(group).arg(s)});
            for (int i = 0; i < 5; ++i)
                new QTreeWidgetItem(sub, {QStringLiteral("%1-%2-%3").arg(group).arg(s).arg(i)});
        }
        top->setExpanded(open.contains(group));
    }
}

QTreeWidgetItem *itemAt(QTreeWidget *tree, const QStringList &path)
{
    QTreeWidgetItem *found = nullptr;
    for (const QString &text : path) {
        const int count = found ? found->childCount() : tree->topLevelItemCount();
        QTreeWidgetItem *next = nullptr;
        for (int i = 0; !next && i < count; ++i) {
            QTreeWidgetItem *item = found ? found->child(i) : tree->topLevelItem(i);
            if (item->text(0) == text)
                next = item;
        }
        if (!next)
            return nullptr;
        found = next;
    }
    return found;
}

bool isExpanded(QTreeWidget *tree, const QStringList &path)
{
    QTreeWidgetItem *item = itemAt(tree, path);
    return item && item->isExpanded();
}

/// The tree's top-level item named `text`.
QTreeWidgetItem *topItem(QTreeWidget *tree, const QString &text)
{
    return itemAt(tree, {text});
}

bool fitsTheView(const DiagramView *view)
{
    const QRect shown = view->mapFromScene(view->scene()->sceneRect()).boundingRect();
    return view->viewport()->rect().adjusted(-2, -2, 2, 2).contains(shown);
}
} // namespace

class TestTreeAndDiagramPlace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Gui::LanguageManager m_languages;

private slots:
    void initTestCase() { QVERIFY(m_languages.setLanguage(QStringLiteral("en"))); }

    void shouldKeepExpandedAndCollapsedItemsByTheirPathAcrossAReload()
    {
        QTreeWidget tree;
        tree.resize(300, 400);
        fillGroups(&tree, {QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")},
                   {QStringLiteral("D")});
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));
        // The user opens B and its second subgroup, closes D (open by default), stands in B-1.
        topItem(&tree, QStringLiteral("B"))->setExpanded(true);
        itemAt(&tree, {QStringLiteral("B"), QStringLiteral("B-1")})->setExpanded(true);
        topItem(&tree, QStringLiteral("D"))->setExpanded(false);
        tree.setCurrentItem(
            itemAt(&tree, {QStringLiteral("B"), QStringLiteral("B-1"), QStringLiteral("B-1-3")}));
        {
            const ViewStateKeeper keeper(&tree);
            // Another writer: A came above (closed by default), C went, E came (open by default).
            fillGroups(&tree,
                       {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("D"), QStringLiteral("E")},
                       {QStringLiteral("D"), QStringLiteral("E")});
        }
        QVERIFY(isExpanded(&tree, {QStringLiteral("B")}));
        QVERIFY(isExpanded(&tree, {QStringLiteral("B"), QStringLiteral("B-1")}));
        QVERIFY(!isExpanded(&tree, {QStringLiteral("B"), QStringLiteral("B-0")}));
        QVERIFY(!isExpanded(&tree, {QStringLiteral("D")})); // the user's choice over the default
        QVERIFY(!isExpanded(&tree, {QStringLiteral("A")})); // new: the default
        QVERIFY(isExpanded(&tree, {QStringLiteral("E")}));  // new: the default
        QVERIFY(tree.currentItem());
        QCOMPARE(tree.currentItem()->text(0), QStringLiteral("B-1-3"));
        QCOMPARE(tree.currentItem()->parent()->text(0), QStringLiteral("B-1"));

        // Without the keeper the reload's default comes back: what the keeper is for.
        fillGroups(&tree, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("D")},
                   {QStringLiteral("D")});
        QVERIFY(!isExpanded(&tree, {QStringLiteral("B")}));
    }

    void shouldLeaveTheCurrentItemHiddenUnderAParentTheUserCollapsed()
    {
        QTreeWidget tree;
        tree.resize(300, 400);
        fillGroups(&tree, {QStringLiteral("B"), QStringLiteral("C")});
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));
        topItem(&tree, QStringLiteral("C"))->setExpanded(true);
        tree.setCurrentItem(itemAt(&tree, {QStringLiteral("C"), QStringLiteral("C-2")}));
        topItem(&tree, QStringLiteral("C"))->setExpanded(false);
        {
            const ViewStateKeeper keeper(&tree);
            fillGroups(&tree, {QStringLiteral("B"), QStringLiteral("C")});
        }
        QCOMPARE(tree.currentItem()->text(0), QStringLiteral("C-2"));
        QVERIFY(!isExpanded(&tree, {QStringLiteral("C")}));
        {
            // The current item's parent gone, and every item: nothing breaks, nothing is expanded.
            const ViewStateKeeper keeper(&tree);
            fillGroups(&tree, {QStringLiteral("X")});
        }
        QVERIFY(!isExpanded(&tree, {QStringLiteral("X")}));
    }

    void shouldKeepTheTreeAndTheDiagramWhenTheWindowShowsWhatOthersChanged()
    {
        const QString file = m_dir.filePath(QStringLiteral("supportmodel.sqlite"));
        PlaceTest::DemoWindow demo;
        QVERIFY(demo.open(file, &m_languages, {1100, 750}, PlaceTest::DemoWindow::Wait::Watching));
        Gui::MainWindow &window = *demo.window;
        Models::Portfolio &portfolio = demo.portfolio;
        QVERIFY(window.showPage(QStringLiteral("support-model")));
        auto *page = window.findChild<Gui::SupportModelPage *>();
        QTreeWidget *tree = page->tree();
        DiagramView *view = page->diagram();
        const qint64 id = window.currentEngagementId();
        QVERIFY(id != 0);
        QTRY_VERIFY(!view->boxes().isEmpty());
        // Room for the tree under the diagram (to see it in the screenshots).
        auto *splitter = page->findChild<QSplitter *>();
        QVERIFY(splitter);
        splitter->setSizes({300, 250});
        QCoreApplication::processEvents();

        // The user opens a service level (closed by default), closes the roles (open by
        // default), stands on an activity, zooms in and scrolls the diagram.
        QTreeWidgetItem *level = tree->topLevelItem(1);
        QVERIFY(level && !level->isExpanded() && level->childCount() > 2);
        const QString levelText = level->text(0);
        level->setExpanded(true);
        const QString activityText = level->child(2)->text(0);
        tree->setCurrentItem(level->child(2));
        QTreeWidgetItem *roles = tree->topLevelItem(tree->topLevelItemCount() - 1);
        QVERIFY(roles->isExpanded());
        const QString rolesText = roles->text(0);
        roles->setExpanded(false);
        view->zoomIn();
        view->zoomIn();
        const qreal zoom = view->zoom();
        QCoreApplication::processEvents(); // the scroll bars the zoom needs are shown
        const QRectF scene = view->scene()->sceneRect();
        view->centerOn(scene.center() + QPointF(scene.width() / 5, scene.height() / 6));
        QCoreApplication::processEvents();
        const QPointF centre = view->place().centre;
        QVERIFY(view->horizontalScrollBar()->value() > 0 && view->verticalScrollBar()->value() > 0);
        grab(&window, QStringLiteral("refresh-diagram-before"));

        changeElsewhere(file, &portfolio, id, QStringLiteral("changed elsewhere"));
        QVERIFY(isExpanded(tree, {levelText}));
        QVERIFY(!isExpanded(tree, {rolesText}));
        QVERIFY(tree->currentItem());
        QCOMPARE(tree->currentItem()->text(0), activityText);
        QCOMPARE(tree->currentItem()->parent()->text(0), levelText);
        QCOMPARE(view->zoomMode(), DiagramView::ZoomMode::Set);
        QCOMPARE(view->zoom(), zoom);
        const QPointF after = view->place().centre;
        QVERIFY2(qAbs(after.x() - centre.x()) <= 2 && qAbs(after.y() - centre.y()) <= 2,
                 qPrintable(QStringLiteral("(%1, %2) became (%3, %4)")
                                .arg(centre.x())
                                .arg(centre.y())
                                .arg(after.x())
                                .arg(after.y())));
        grab(&window, QStringLiteral("refresh-diagram-after"));

        // Fit stays fit, fitted to the drawing as it is now.
        // (The fit made with the scroll bars of the zoom shown is a little smaller: not compared.)
        view->fitToWindow();
        changeElsewhere(file, &portfolio, id, QStringLiteral("changed again"));
        QCOMPARE(view->zoomMode(), DiagramView::ZoomMode::Fit);
        QVERIFY(fitsTheView(view));
        const qreal refitted = view->zoom();
        view->fitToWindow();
        QCOMPARE(view->zoom(), refitted);

        // At the width's zoom (the default), the place scrolled to stays too. ("100 %" keeps zoom 1
        // until the drawing is next laid out: the refresh before scrolling settles it.)
        view->actualSize();
        changeElsewhere(file, &portfolio, id, QStringLiteral("changed a third time"));
        QCoreApplication::processEvents();
        QVERIFY(view->verticalScrollBar()->maximum() > 0);
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2 + 1);
        const int vertical = view->verticalScrollBar()->value();
        const qreal widthZoom = view->zoom();
        QVERIFY(vertical > 0);
        changeElsewhere(file, &portfolio, id, QStringLiteral("changed a fourth time"));
        QCOMPARE(view->zoomMode(), DiagramView::ZoomMode::FollowWidth);
        QCOMPARE(view->zoom(), widthZoom);
        QVERIFY2(
            qAbs(view->verticalScrollBar()->value() - vertical) <= 1,
            qPrintable(QStringLiteral("%1 became %2").arg(vertical).arg(view->verticalScrollBar()->value())));
    }

    void shouldStartAnotherEngagementAtTheDefault()
    {
        PlaceTest::DemoWindow demo;
        QVERIFY(demo.open(m_dir.filePath(QStringLiteral("another.sqlite")), &m_languages, {1100, 750},
                          PlaceTest::DemoWindow::Wait::Exposed));
        Gui::MainWindow &window = *demo.window;
        Models::Portfolio &portfolio = demo.portfolio;
        QVERIFY(window.showPage(QStringLiteral("support-model")));
        auto *page = window.findChild<Gui::SupportModelPage *>();
        QTreeWidget *tree = page->tree();
        DiagramView *view = page->diagram();
        const QString first = portfolio.engagement(window.currentEngagementId()).key;
        tree->topLevelItem(1)->setExpanded(true);
        view->zoomIn();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QVERIFY(view->verticalScrollBar()->value() > 0);

        // The same engagement drawn for another month keeps the place.
        page->setMonth(page->month().addMonths(-1));
        QVERIFY(tree->topLevelItem(1)->isExpanded());
        QCOMPARE(view->zoomMode(), DiagramView::ZoomMode::Set);
        QVERIFY(view->verticalScrollBar()->value() > 0);

        QString other;
        for (int r = 0; other.isEmpty() && r < portfolio.engagements()->rowCount(); ++r) {
            const QString key = portfolio.engagements()->engagements().at(r).key;
            if (key != first)
                other = key;
        }
        QVERIFY(window.selectEngagementByKey(other));
        QVERIFY(!tree->topLevelItem(1)->isExpanded());
        QVERIFY(tree->topLevelItem(tree->topLevelItemCount() - 1)->isExpanded());
        QCOMPARE(view->zoomMode(), DiagramView::ZoomMode::FollowWidth);
        QVERIFY(view->zoom() <= 1.0);
        QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->minimum());
        QCOMPARE(view->horizontalScrollBar()->value(), view->horizontalScrollBar()->minimum());

        // Back to the first: another engagement again, at the default too.
        view->fitToWindow();
        QVERIFY(window.selectEngagementByKey(first));
        QCOMPARE(view->zoomMode(), DiagramView::ZoomMode::FollowWidth);
    }
};

QTEST_MAIN(TestTreeAndDiagramPlace)
#include "tst_treeanddiagramplace.moc"
