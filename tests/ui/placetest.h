// Shared by the tests of the place a refresh keeps (tst_viewstatekeeper, tst_treeanddiagramplace,
// tst_treeplace): the demo in a shown window, a colleague's save from another connection, and a
// look at the result.
#pragma once

#include "models/portfolio.h"
#include "models/storage/database.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QSqlQuery>
#include <QWidget>
#include <QtTest>

#include <memory>

namespace PlaceTest {

/// With DD_SCREENSHOT_DIR set, the widget as a PNG there (to look at the place kept).
inline void grab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG");
}

/// Another connection changes the engagements (as a colleague's save would) and the window
/// shows it: every engagement's notes become `notes`, and `portfolio` has them for `id`.
inline void changeElsewhere(const QString &file, Models::Portfolio *portfolio, qint64 id,
                            const QString &notes)
{
    {
        Storage::Database theirs;
        QVERIFY(theirs.open(file).isNull());
        QSqlQuery query(theirs.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE engagements SET notes = '%1'").arg(notes)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(portfolio->engagement(id).notes, notes, 10000);
    QTest::qWait(50);
}

/// The demo portfolio as of 25 November 2026 in its own file, shown in a main window.
struct DemoWindow
{
    enum class Wait {
        Exposed,  ///< shown on the screen
        Watching, ///< active, and following what others change in the file
    };

    Models::Portfolio portfolio;
    std::unique_ptr<Gui::MainWindow> window;

    /// False, with the reason as a warning, when the demo or the window could not be had.
    bool open(const QString &file, Gui::LanguageManager *languages, const QSize &size, Wait wait)
    {
        if (const Storage::StorageError error = portfolio.createDemo(file, QDate(2026, 11, 25));
            !error.isNull()) {
            qWarning() << error.toString();
            return false;
        }
        window = std::make_unique<Gui::MainWindow>(&portfolio, languages);
        window->resize(size);
        window->show();
        if (wait == Wait::Exposed)
            return QTest::qWaitForWindowExposed(window.get());
        QApplication::setActiveWindow(window.get());
        return QTest::qWaitForWindowActive(window.get()) &&
               QTest::qWaitFor([this] { return portfolio.isWatching(); }, 5000);
    }
};

} // namespace PlaceTest
