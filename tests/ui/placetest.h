// Shared by the tests of the place a refresh keeps (tst_treeanddiagramplace, tst_treeplace): a
// colleague's save from another connection, and a look at the result.
#pragma once

#include "models/portfolio.h"
#include "models/storage/database.h"

#include <QDir>
#include <QSqlQuery>
#include <QWidget>
#include <QtTest>

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

} // namespace PlaceTest
