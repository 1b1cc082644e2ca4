#include "models/portfolio.h"
#include "ui/diagram/diagrambox.h"
#include "ui/diagram/diagramview.h"
#include "ui/languagemanager.h"
#include "ui/supportmodelpage.h"

#include <QGraphicsScene>
#include <QProcess>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using Gui::DiagramBox;

class TestSupportModelPage : public QObject
{
    Q_OBJECT

    Gui::LanguageManager m_languages; ///< this test's language, as the launcher owns one

private:
    QTemporaryDir m_dir;
    Models::Portfolio m_portfolio;

    qint64 idOf(const char *key) const
    {
        const int row = m_portfolio.engagements()->rowOfKey(QLatin1String(key));
        return row < 0 ? 0 : m_portfolio.engagements()->engagementAt(row).id;
    }

private slots:
    void initTestCase()
    {
        m_languages.setLanguage(QStringLiteral("en"));
        QVERIFY(m_portfolio.createDemo(m_dir.filePath(QStringLiteral("demo.sqlite")), QDate(2026, 11, 25))
                    .isNull());
    }

    void shouldDrawTheEngagementsOwnDiagram()
    {
        // GIVEN the page on a demo engagement in the demo's month
        Gui::SupportModelPage page(&m_portfolio);
        page.setMonth(QDate(2026, 11, 1));
        page.showEngagement(idOf("FJALLGEAR"));
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // THEN the diagram shows the people allocated and the hours logged, read from the database
        const Models::SupportModelDiagramData &data = page.diagramData();
        QCOMPARE(data.engagement.key, QStringLiteral("FJALLGEAR"));
        QVERIFY(!data.people.isEmpty());
        QVERIFY(data.policy.has_value());
        QString bodies;
        for (const DiagramBox *b : page.diagram()->boxes())
            bodies += b->body();
        QVERIFY2(bodies.contains(data.people.first().name), qPrintable(bodies));
        QVERIFY(bodies.contains(QStringLiteral("Logged in November 2026")));
        // AND the catalogue tree stays under it
        QVERIFY(page.tree()->topLevelItemCount() >= 5);
    }

    void shouldLayOutAgainForANewWidth()
    {
        Gui::SupportModelPage page(&m_portfolio);
        page.showEngagement(idOf("NORDSHOP"));
        page.resize(1100, 750);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.diagram()->scene()->sceneRect().width() >= 960);
        const qreal narrow = page.diagram()->scene()->sceneRect().width();
        page.resize(2400, 1200);
        QTRY_VERIFY(page.diagram()->scene()->sceneRect().width() > narrow + 500);
        // Zoom leaves the layout alone; fit shows the whole drawing
        page.diagram()->zoomIn();
        QCOMPARE(page.diagram()->zoom(), 1.25);
        page.diagram()->fitToWindow();
        const QRect shown = page.diagram()->mapFromScene(page.diagram()->scene()->sceneRect()).boundingRect();
        QVERIFY(page.diagram()->viewport()->rect().adjusted(-2, -2, 2, 2).contains(shown));
    }

    void shouldStepThroughTheBoxesWithTheKeyboardAnnouncingEach()
    {
        Gui::SupportModelPage page(&m_portfolio);
        page.showEngagement(idOf("ATLANTICPET"));
        page.resize(1280, 800);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        Gui::DiagramView *view = page.diagram();
        const QVector<DiagramBox *> boxes = view->boxes();
        QVERIFY(boxes.size() > 30);
        // Tab into the diagram: the first box is announced
        view->setFocus(Qt::TabFocusReason);
        QCOMPARE(view->currentBox(), boxes.first());
        QCOMPARE(view->accessibleName(), boxes.first()->title());
        // Tab steps in reading order, Shift+Tab back
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(view->currentBox(), boxes.at(1));
        QCOMPARE(view->accessibleName(), boxes.at(1)->title());
        QVERIFY(boxes.at(1)->hasFocus());
        QTest::keyClick(view, Qt::Key_Backtab);
        QCOMPARE(view->currentBox(), boxes.first());
        // Right arrow goes to a box further right; Down to one further down
        const qreal x = boxes.first()->sceneBoundingRect().center().x();
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(view->currentBox()->sceneBoundingRect().center().x() > x);
        QCOMPARE(view->accessibleName(), view->currentBox()->title());
        const qreal y = view->currentBox()->sceneBoundingRect().center().y();
        QTest::keyClick(view, Qt::Key_Down);
        QVERIFY(view->currentBox()->sceneBoundingRect().center().y() > y);
        QVERIFY(!view->accessibleDescription().isEmpty());
        // Past the last box, Tab leaves the diagram: the keyboard is never trapped
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(view->currentBox(), boxes.last());
        QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY(!view->hasFocus());
    }

    void shouldWriteTheSameDrawingAsTheDiagramCommand()
    {
        Gui::SupportModelPage page(&m_portfolio);
        page.setMonth(QDate(2026, 11, 1));
        page.showEngagement(idOf("BALTICHOME"));
        const QString fromPage = m_dir.filePath(QStringLiteral("page.svg"));
        QString reason;
        QVERIFY2(page.exportTo(fromPage, &reason), qPrintable(reason));
        const QString fromCommand = m_dir.filePath(QStringLiteral("command.svg"));
        QProcess process;
        process.start(QStringLiteral(DD_BINARY),
                      {QStringLiteral("diagram"), QStringLiteral("--database"), m_portfolio.path(),
                       QStringLiteral("--engagement"), QStringLiteral("BALTICHOME"),
                       QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--out"),
                       fromCommand, QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QFile a(fromPage);
        QFile b(fromCommand);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray pageSvg = a.readAll();
        QVERIFY(pageSvg.contains("<text"));
        QCOMPARE(pageSvg, b.readAll());
    }
};

QTEST_MAIN(TestSupportModelPage)
#include "tst_supportmodelpage.moc"
